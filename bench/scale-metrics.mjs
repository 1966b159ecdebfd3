// The metrics, figures and findings of scale.bench.mjs's generated PostgreSQL ledger, written in bulk by the
// server (no row crosses the wire), so that the metrics and findings pages can be timed at ten million claims.
// Reading ten million claims document by document through MetricsLedger.catchUp (what the workers do as
// documents come in) runs at the rate metrics-build.mjs prints: hours at this size, so not here.
//
// Which metric a claim's figure belongs to is found by the ledger's own rules (metricOf, then the metric of
// the same base whose places fit, in the order claims were stored) for each kind of generated sentence (its
// speaker, counted thing, verb and place); the figures are then the claims, joined to that map. Findings are
// shaped, not checked: a conflict between a figure and the one stored before it in its metric and year when
// their values differ by more than half (about a third of the figures, as a news-shaped ledger's conflicts
// are: metrics-ledger.mjs), and each metric's series over its first ten figures.
import pg from "pg";
import { openLedger } from "../dist/ledger/open.js";
import { fillFindingClaims } from "../dist/ledger/metrics/finding-claims.js";
import { baseKey, mainPlace, METRIC_KEYS_VERSION, metricKey, metricLabel, metricOf, placesCompatible } from "../dist/analysis/metric.js";

const SPEAKERS = ["Ramazon Rahimzoda", "Anna Kowalska", "Interior Ministry", "officials", "Dana Holt", "Oleg Klimov", "World Health Organization", "police"];
const COUNTED = ["people", "terrorist attacks", "homes", "deaths", "refugees", "fighters", "arrests", "cases"];
const VERBS = ["detain", "kill", "return", "be", "stop", "arrest", "displace", "report"];
const PLACES = ["Tajikistan", "Syria", "Iraq", "Afghanistan", "Poland", "Russia", "Turkey", "Chile"];

/** the metric of each kind of generated claim, as the ledger's rules key it (claims-ledger-pg.mjs's sentences) */
function metricMap() {
  const known = new Map(); // base → metrics
  const metrics = [], map = [];
  // claim i: speaker and verb i % 8, counted (i >> 3) % 8, place (i >> 6) % 8: the kinds in the order they first come
  for (let i = 0; i < 512; i++) {
    const s = i % 8, c = (i >> 3) % 8, p = (i >> 6) % 8;
    const value = "12345";
    const text = `${SPEAKERS[s]} said ${value} ${COUNTED[c]} were affected in ${PLACES[p]} in 2010.`;
    const at = text.indexOf(value);
    const words = { counted: COUNTED[c], predicate: VERBS[s], text, quantityStart: at, quantityEnd: at + value.length, unit: null, kind: "number", places: [PLACES[p]], speaker: SPEAKERS[s] };
    const subject = metricOf(words, mainPlace([[PLACES[p]]]));
    if (!subject) continue;
    const same = known.get(baseKey(subject)) ?? [];
    known.set(baseKey(subject), same);
    let m = same.find((x) => placesCompatible(subject, { ...subject, places: x.places, origin: x.origin }));
    if (!m) {
      m = { id: metrics.length + 1, key: metricKey(subject), base: baseKey(subject), label: metricLabel(subject), places: subject.places, origin: subject.origin };
      same.push(m);
      metrics.push(m);
    }
    map.push({ speaker: SPEAKERS[s], counted: COUNTED[c], predicate: VERBS[s], places: `|${PLACES[p]}|`, metric: m.id, places_of_metric: `|${subject.places.join("|")}|` });
  }
  return { metrics, map };
}

/** the ledger at `url` with its metrics (made unless bench_metrics_complete says they are); logs what it took */
export async function scaleMetrics(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if ((await c.query("select to_regclass('bench_metrics_complete') is not null as done")).rows[0].done) return;
    const t0 = Date.now();
    const lap = (what) => console.log(`  metrics: ${what} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    await c.query("SET maintenance_work_mem = '512MB'");
    await c.query("SET work_mem = '256MB'");
    await c.query("TRUNCATE findings, metric_figures, metrics RESTART IDENTITY CASCADE");
    const { metrics, map } = metricMap();
    for (const m of metrics)
      await c.query("INSERT INTO metrics (id, key, base, label, places, origin, figures) VALUES ($1, $2, $3, $4, $5, $6, 0)",
        [m.id, m.key, m.base, m.label, `|${m.places.join("|")}|`, m.origin]);
    await c.query("CREATE TEMP TABLE metric_map (speaker text, counted text, predicate text, places text, metric int, metric_places text)");
    for (const r of map) await c.query("INSERT INTO metric_map VALUES ($1, $2, $3, $4, $5, $6)", [r.speaker, r.counted, r.predicate, r.places, r.metric, r.places_of_metric]);
    const idx = (await c.query(`select indexname, indexdef from pg_indexes where schemaname = current_schema()
      and tablename in ('metric_figures', 'findings', 'finding_claims') and indexdef not like '%UNIQUE%'`)).rows;
    for (const i of idx) await c.query(`DROP INDEX ${i.indexname}`);
    // in slices of documents, so that no one statement holds the server for many minutes
    const docs = Number((await c.query("select coalesce(max(id), 0) as n from documents")).rows[0].n);
    const SLICE = 50_000;
    for (let from = 0; from < docs; from += SLICE) {
      await c.query(`INSERT INTO metric_figures (metric_id, claim_id, reference_id, document_id, sentence_start, speaker, period_start, period_end, value, upper,
          qualifier, quantity_text, source, sentence, places)
        SELECT m.metric, cl.id, null, cl.document_id, cl.sentence_start, cl.speaker, cl.period_start, cl.period_end, cl.value, cl.upper, cl.qualifier, cl.quantity_text,
          d.source, rtrim(substr(d.text, cl.sentence_start + 1, cl.sentence_end - cl.sentence_start)), m.metric_places
        FROM claims cl JOIN documents d ON d.id = cl.document_id
          JOIN metric_map m ON m.speaker = cl.speaker AND m.counted = cl.counted AND m.predicate = cl.predicate AND m.places = cl.places
        WHERE cl.document_id > $1 AND cl.document_id <= $2 AND cl.quantity_text IS NOT NULL ORDER BY cl.id`, [from, from + SLICE]);
      lap(`figures of ${Math.min(docs, from + SLICE)} documents`);
    }
    await c.query("UPDATE metrics SET figures = n FROM (SELECT metric_id, count(*) AS n FROM metric_figures GROUP BY metric_id) f WHERE f.metric_id = metrics.id");
    // the figures' indexes before the findings: the series reads each metric's earliest figures on one
    for (const i of idx.filter((i) => / ON \S*metric_figures /.test(i.indexdef))) await c.query(i.indexdef);
    lap("the figures' indexes");
    const now = new Date().toISOString();
    const describe = (f) => `'"' || ${f}.quantity_text || '" (' || ${f}.speaker || ', ' || substr(${f}.period_start, 1, 4) || ', ' || ${f}.source || ')'`;
    // a conflict with the figure before in its metric and year, when the two differ by more than half
    await c.query(`INSERT INTO findings (kind, metric_id, metric_key, metric_label, figures, reason, created_at)
      SELECT 'conflict', p.metric_id, m.key, m.label, '[{"claim":' || p.prev_claim || '},{"claim":' || p.claim_id || '}]',
        '"' || p.prev_text || '" (' || p.prev_speaker || ', ' || substr(p.period_start, 1, 4) || ', ' || p.prev_source || ') and ' || ${describe("p")}
          || ' cannot both hold for the same period and place: ' || p.prev_value || ' vs ' || p.value, '${now}'
      FROM (SELECT f.metric_id, f.claim_id, f.value, f.quantity_text, f.speaker, f.source, f.period_start, lag(claim_id) OVER w AS prev_claim, lag(value) OVER w AS prev_value, lag(quantity_text) OVER w AS prev_text,
          lag(speaker) OVER w AS prev_speaker, lag(source) OVER w AS prev_source
        FROM metric_figures f WINDOW w AS (PARTITION BY metric_id, period_start ORDER BY id)) p JOIN metrics m ON m.id = p.metric_id
      WHERE p.prev_claim IS NOT NULL AND abs(p.value - p.prev_value) > 0.5 * greatest(p.value, p.prev_value) ORDER BY p.claim_id`);
    lap("conflicts");
    await c.query(`INSERT INTO findings (kind, metric_id, metric_key, metric_label, figures, reason, created_at)
      SELECT 'series', m.id, m.key, m.label, '[' || string_agg('{"claim":' || f.claim_id || '}', ',' ORDER BY f.id) || ']', 'the figure over time: '
        || string_agg(f.quantity_text, ' → ' ORDER BY f.id), '${now}'
      FROM metrics m CROSS JOIN LATERAL (SELECT * FROM metric_figures WHERE metric_id = m.id ORDER BY period_end, period_start, id LIMIT 10) f GROUP BY m.id, m.key, m.label`);
    {
      // the claims each finding names and the counts by kind, as the ledger keeps them beside its findings
      const ledger = await openLedger(url);
      try {
        await fillFindingClaims(ledger.db, ledger.engine);
      } finally {
        await ledger.close();
      }
      lap("the findings' claims and counts");
    }
    for (const i of idx.filter((i) => !/ ON \S*metric_figures /.test(i.indexdef))) await c.query(i.indexdef);
    lap("the findings' indexes");
    for (const t of ["metrics", "metric_figures", "findings"]) await c.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT coalesce(max(id), 1) FROM ${t}))`);
    // the metrics have read every document, by this release's keying rules
    await c.query("DELETE FROM metrics_progress");
    await c.query("INSERT INTO metrics_progress (name, value) VALUES ('document', $1), ('keys', $2)", [docs, METRIC_KEYS_VERSION]);
    await c.query("VACUUM ANALYZE metrics");
    await c.query("VACUUM ANALYZE metric_figures");
    await c.query("VACUUM ANALYZE findings");
    await c.query("VACUUM ANALYZE finding_claims");
    await c.query("CHECKPOINT").catch(() => {});
    await c.query("CREATE TABLE bench_metrics_complete ()");
    const n = (await c.query("select (select count(*) from metrics) as m, (select count(*) from metric_figures) as f, (select count(*) from findings) as x")).rows[0];
    console.log(`generated ${n.m} metrics, ${n.f} figures, ${n.x} findings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await c.end();
  }
}
