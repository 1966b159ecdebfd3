// A big ledger for the metrics bench, shaped like news rather than noise: documents come in day by day over
// twenty years, each about one story (a metric drawn by popularity: a few metrics, like people killed in
// one country, get a large share of all figures, most get few), with a second story and figures of no metric
// (money, durations) beside it. A story's figures mostly agree (the same figure, "around" it, "more than"
// a lower one, a range around it), one in ten is a rival figure that conflicts with the rest, and the
// year's total is larger than any day's figure. Still adversarial: the most popular metric holds about a
// tenth of all figures (~60,000 at a million claims), so work that grows with a metric's size shows.
//
// Claims are stored through the ledger's own addDocument; the metrics and findings of the generated
// claims are then written in bulk, computed in memory with the same metric rules and checks (each figure
// against the nearest PAIR_CANDIDATES of its metric, the series over the earliest figures): reading a
// million claims document by document through catchUp would take the bench most of an hour.
//
// Built once per generator version and size: SQLite in $TMPDIR/claimledger-bench/, PostgreSQL as a
// database of its own (claimledger_bench_metrics_vV_N); a run works on a copy (file copy, or CREATE
// DATABASE … TEMPLATE), so every run starts from the same ledger.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openLedger } from "../dist/ledger/open.js";
import { fillFindingClaims } from "../dist/ledger/metrics/finding-claims.js";
import { baseKey, dimensionOf, mainPlace, metricKey, metricLabel, metricOf, placesCompatible } from "../dist/analysis/metric.js";
import { CHECKS } from "../dist/analysis/checks/index.js";
import { PAIR_CANDIDATES, CONFLICTS_PER_FIGURE } from "../dist/ledger/metrics/store.js";

/** bump when what the generator writes changes: the cached ledgers are keyed by it */
export const GENERATOR_VERSION = 3;
const PER_DOC = 20;
const DAYS = 7305; // 2000-01-01 … 2019-12-31

const PLACES = ["Syria", "Iraq", "Afghanistan", "Yemen", "Nigeria", "Somalia", "Mali", "Sudan", "Libya", "Ukraine", "Russia", "Turkey",
  "Pakistan", "India", "Bangladesh", "Myanmar", "Philippines", "Indonesia", "China", "Japan", "Mexico", "Colombia", "Venezuela", "Brazil",
  "Chile", "Peru", "Haiti", "Kenya", "Ethiopia", "Congo", "Egypt", "Lebanon", "Iran", "Poland", "France", "Germany", "Italy", "Spain", "Greece", "Tajikistan"];
const STORIES = [["people", "kill"], ["civilians", "kill"], ["people", "injure"], ["people", "arrest"], ["refugees", "flee"], ["homes", "destroy"],
  ["migrants", "rescue"], ["cases", "confirm"], ["schools", "close"], ["troops", "deploy"], ["fighters", "be"], ["protesters", "detain"],
  ["villages", "evacuate"], ["children", "vaccinate"], ["workers", "lay off"], ["soldiers", "kill"], ["prisoners", "release"], ["journalists", "jail"],
  ["hospitals", "damage"], ["flights", "cancel"], ["votes", "count"], ["jobs", "create"], ["families", "displace"], ["wells", "dig"],
  ["tons of aid", "deliver"], ["police officers", "injure"], ["weapons", "seize"], ["buildings", "collapse"], ["patients", "treat"], ["students", "enrol"]];
const FIRST = ["Anna", "Omar", "Li", "Maria", "John", "Fatima", "Ivan", "Aisha", "Carlos", "Yuki", "Ahmed", "Sara", "Pedro", "Olga", "Kofi", "Nadia", "Tomas", "Leila", "Raj", "Elena"];
const LAST = ["Berg", "Haddad", "Chen", "Silva", "Okafor", "Petrov", "Khan", "Garcia", "Tanaka", "Novak", "Mensah", "Rossi", "Ali", "Kowalski", "Dubois"];
const SPEAKERS = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`)).concat(["police", "officials", "the Interior Ministry", "the Red Cross", "the United Nations"]);

// metrics by popularity: Zipf (s = 1) over every story in every place
const METRICS = STORIES.flatMap((s, i) => PLACES.map((p, j) => ({ counted: s[0], verb: s[1], place: p, rank: 0, i, j })));
{
  const r = rng(7);
  for (let i = METRICS.length - 1; i > 0; i--) { const k = Math.floor(r() * (i + 1)); [METRICS[i], METRICS[k]] = [METRICS[k], METRICS[i]]; }
}
const CUMULATIVE = [];
{
  let sum = 0;
  METRICS.forEach((_, k) => CUMULATIVE.push((sum += 1 / (k + 1))));
  for (let k = 0; k < CUMULATIVE.length; k++) CUMULATIVE[k] /= sum;
}

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (...xs) => { let h = 2166136261; for (const c of xs.join("|")) h = Math.imul(h ^ c.charCodeAt(0), 16777619); return h >>> 0; };
const pickMetric = (r) => { const x = r(); let lo = 0, hi = CUMULATIVE.length - 1; while (lo < hi) { const m = (lo + hi) >> 1; if (CUMULATIVE[m] < x) lo = m + 1; else hi = m; } return METRICS[lo]; };
const dayOf = (k) => new Date(Date.UTC(2000, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
const PAST = { kill: "killed", injure: "injured", arrest: "arrested", flee: "fled", destroy: "destroyed", rescue: "rescued", confirm: "confirmed", close: "closed",
  deploy: "deployed", be: "there", detain: "detained", evacuate: "evacuated", vaccinate: "vaccinated", "lay off": "laid off", release: "released", jail: "jailed",
  damage: "damaged", cancel: "cancelled", count: "counted", create: "created", displace: "displaced", dig: "dug", deliver: "delivered", seize: "seized",
  collapse: "collapsed", treat: "treated", enrol: "enrolled" };

/** the d-th generated document (d past the ledger's last one for fresh documents in a bench) */
export function generatedDocument(d, documents, nonce = "") {
  const r = rng(hash("doc", d));
  const dayIndex = Math.min(DAYS - 1, Math.floor((d * DAYS) / Math.max(documents, 1)));
  const day = dayOf(d < documents ? dayIndex : DAYS - 1), year = day.slice(0, 4);
  const story = pickMetric(r), second = pickMetric(r);
  const claims = [];
  const claim = (speaker, qtext, value, upper, qualifier, counted, verb, place, period, kind = "number", unit = null) => {
    const head = `${speaker[0].toUpperCase()}${speaker.slice(1)} said `;
    const tail = kind === "number" ? ` ${counted} were ${PAST[verb]} in ${place}${period ? ` in ${period.text}` : ""}.` : ` was spent in ${place}.`;
    const text = head + qtext + tail;
    claims.push({
      sentence: { start: 0, end: text.length }, text, mode: "indirect", content: { start: head.length, end: text.length - 1 },
      speaker: { name: speaker, mention: speaker, kind: /^[A-Z]/.test(speaker) ? "person" : "organization", role: null, resolved: true, start: 0, end: speaker.length },
      cue: { text: "said", lemma: "say", start: head.length - 5, end: head.length - 1 },
      quantity: { text: qtext, value, upper, qualifier, unit, kind, start: head.length, end: head.length + qtext.length },
      counted, predicate: verb, period, places: [place], hedges: [], evidence: null,
    });
  };
  const figures = (m, n) => {
    const dayTruth = 10 + (hash(m.counted, m.verb, m.place, day) % 5000);
    const yearTruth = 10_000 + (hash(m.counted, m.verb, m.place, year) % 190_000);
    for (let k = 0; k < n; k++) {
      const speaker = SPEAKERS[Math.floor(r() * SPEAKERS.length)];
      const yearly = r() < 0.3;
      const truth = yearly ? yearTruth : dayTruth;
      const period = yearly ? { text: year, start: `${year}-01-01`, end: `${year}-12-31`, source: "explicit" } : null;
      const x = r();
      if (x < 0.45) claim(speaker, truth.toLocaleString("en-US"), truth, null, "exact", m.counted, m.verb, m.place, period);
      else if (x < 0.65) { const v = Number(truth.toPrecision(2)); claim(speaker, `around ${v.toLocaleString("en-US")}`, v, null, "approx", m.counted, m.verb, m.place, period); }
      else if (x < 0.8) { const v = Math.floor(truth * 0.8); claim(speaker, `more than ${v.toLocaleString("en-US")}`, v, null, "more-than", m.counted, m.verb, m.place, period); }
      else if (x < 0.9) { const lo = Math.floor(truth * 0.9), hi = Math.ceil(truth * 1.2); claim(speaker, `between ${lo} and ${hi}`, lo, hi, "range", m.counted, m.verb, m.place, period); }
      else { const v = Math.round(truth * (1.5 + r() * 1.5)); claim(speaker, v.toLocaleString("en-US"), v, null, "exact", m.counted, m.verb, m.place, period); }
    }
  };
  figures(story, 12);
  figures(second, 4);
  for (let k = 0; k < 2; k++) { const v = 1 + Math.floor(r() * 900); claim("officials", `$${v} million`, v * 1e6, null, "exact", null, null, story.place, null, "money", "USD"); }
  for (let k = 0; k < 2; k++) { const v = 2 + Math.floor(r() * 30); claim(SPEAKERS[k * 7], `${v}`, v, null, "exact", "years", "last", story.place, null); }
  // the document is its sentences in a row: each claim's offsets, made within its own sentence, move to its place
  let text = `generated document ${d}${nonce}:`;
  for (const c of claims) {
    const at = text.length + 1;
    text += ` ${c.text}`;
    for (const span of [c.sentence, c.content, c.speaker, c.cue, c.quantity]) { span.start += at; span.end += at; }
  }
  return { source: `generated/${d}.txt`, text, title: null, published: day, record: { document: { path: `generated/${d}.txt`, title: null, published: day }, claims } };
}

/** figures of a generated document as the metrics read them (the same rules as MetricsLedger.readDocument) */
function readFigures(doc, claimIds, documentId) {
  const main = mainPlace(doc.record.claims.map((c) => c.places));
  const day = { start: doc.published, end: doc.published };
  return doc.record.claims.map((c, k) => {
    const q = c.quantity;
    const subject = metricOf({ counted: c.counted, predicate: c.predicate, text: c.text, quantityStart: q.start - c.sentence.start, quantityEnd: q.end - c.sentence.start, unit: q.unit, kind: q.kind, places: c.places, speaker: c.speaker.name }, main);
    const { factor } = dimensionOf(q.kind, q.unit);
    return { subject, figure: { claimId: claimIds[k], referenceId: null, documentId, sentenceStart: c.sentence.start, speaker: c.speaker.name, period: c.period ? { start: c.period.start, end: c.period.end } : day,
      value: q.value * factor, upper: q.upper === null ? null : q.upper * factor, qualifier: q.qualifier, quantityText: q.text, source: doc.source, sentence: c.text, places: subject?.places ?? c.places } };
  });
}

async function generate(ledger, N) {
  const documents = Math.ceil(N / PER_DOC);
  const t0 = Date.now();
  for (let d = 0; d < documents; d++) await ledger.addDocument(generatedDocument(d, documents));
  const t1 = Date.now();
  // the metrics of what was stored, in memory, then written in bulk
  const db = ledger.db;
  const docIds = (await db.selectFrom("documents").select("id").orderBy("id").execute()).map((r) => Number(r.id));
  const metrics = new Map(); // base → metrics
  const all = [];
  const figureRows = [], findingRows = [];
  const now = new Date().toISOString();
  const ref = (f) => ({ claim: f.claimId });
  for (let d = 0; d < documents; d++) {
    const claimIds = (await db.selectFrom("claims").select("id").where("document_id", "=", docIds[d]).orderBy("ord").execute()).map((r) => Number(r.id));
    const doc = generatedDocument(d, documents);
    const fresh = [];
    for (const { subject, figure } of readFigures(doc, claimIds, docIds[d])) {
      if (!subject) continue;
      const same = metrics.get(baseKey(subject)) ?? [];
      metrics.set(baseKey(subject), same);
      let m = same.find((x) => placesCompatible(subject, { ...subject, places: x.places, origin: x.origin }));
      if (!m) {
        m = { id: all.length + 1, key: metricKey(subject), base: baseKey(subject), label: metricLabel(subject), places: subject.places, origin: subject.origin, figures: [] };
        same.push(m);
        all.push(m);
      }
      fresh.push([m, figure]);
    }
    for (const [m, f] of fresh) {
      // the nearest PAIR_CANDIDATES figures of the metric that began before this one ends, overlapping it
      const others = [];
      for (let i = m.figures.length - 1, seen = 0; i >= 0 && seen < PAIR_CANDIDATES; i--) {
        const o = m.figures[i];
        if (o.period.start > f.period.end) continue;
        seen++;
        if (o.period.end >= f.period.start) others.push(o);
      }
      const counts = new Map();
      for (const check of CHECKS) {
        if (check.scope !== "pair") continue;
        for (const o of others) {
          if ((counts.get(check.kind) ?? 0) >= CONFLICTS_PER_FIGURE) break;
          const x = check.run(o, f);
          if (!x) continue;
          counts.set(check.kind, (counts.get(check.kind) ?? 0) + 1);
          findingRows.push({ kind: x.kind, metric_id: m.id, metric_key: m.key, metric_label: m.label, figures: JSON.stringify(x.figures.map(ref)), reason: x.reason, created_at: now });
        }
      }
      m.figures.push(f);
      figureRows.push({ metric_id: m.id, claim_id: f.claimId, reference_id: null, document_id: f.documentId, sentence_start: f.sentenceStart, speaker: f.speaker, period_start: f.period.start,
        period_end: f.period.end, value: f.value, upper: f.upper, qualifier: f.qualifier, quantity_text: f.quantityText, source: f.source, sentence: f.sentence, places: `|${f.places.join("|")}|` });
    }
  }
  const metricRows = all.map((m) => {
    let through = null;
    for (const check of CHECKS) {
      if (check.scope !== "metric") continue;
      const earliest = [...m.figures].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start) || a.claimId - b.claimId).slice(0, check.earliest);
      const x = check.run(earliest, m);
      if (x) findingRows.push({ kind: x.kind, metric_id: m.id, metric_key: m.key, metric_label: m.label, figures: JSON.stringify(x.figures.map(ref)), reason: x.reason, created_at: now });
      const last = earliest[earliest.length - 1];
      if (earliest.length === check.earliest) through = `${last.period.end}|${last.period.start}`;
    }
    return { id: m.id, key: m.key, base: m.base, label: m.label, places: `|${m.places.join("|")}|`, origin: m.origin, figures: m.figures.length, metric_checks_through: through };
  });
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of [["metrics", metricRows], ["metric_figures", figureRows], ["findings", findingRows]])
      for (let i = 0; i < rows.length; i += 1000) await trx.insertInto(table).values(rows.slice(i, i + 1000)).execute();
    await trx.insertInto("metrics_progress").values({ name: "document", value: docIds[docIds.length - 1] }).execute();
    // what the ledger keeps beside its findings: the claims each names, the counts by kind
    await fillFindingClaims(trx, ledger.engine);
  });
  if (ledger.engine.name === "postgres") await sqlOf(db, `SELECT setval(pg_get_serial_sequence('metrics', 'id'), (SELECT max(id) FROM metrics))`);
  const counts = {};
  for (const f of findingRows) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  const biggest = Math.max(...all.map((m) => m.figures.length));
  console.log(`generated ${N} claims (${documents} documents) in ${((t1 - t0) / 1000).toFixed(1)} s, their ${all.length} metrics (${figureRows.length} figures, the largest ${biggest}) and findings (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}) in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}

async function sqlOf(db, text) {
  const { sql } = await import("kysely");
  return sql.raw(text).execute(db);
}

/** A SQLite copy of the cached generated ledger of N claims, for one run; the caller removes it. */
export async function sqliteMetricsLedger(N) {
  const dir = path.join(tmpdir(), "claimledger-bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `metrics-ledger-v${GENERATOR_VERSION}-${N}.db`);
  if (!existsSync(file)) {
    const building = `${file}.building`;
    for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
    const ledger = await openLedger(building);
    await generate(ledger, N);
    await ledger.close(); // checkpoints the WAL into the file
    renameSync(building, file);
  }
  const run = path.join(dir, `metrics-run-${process.pid}.db`);
  copyFileSync(file, run);
  return { target: run, drop: async () => { for (const f of [run, `${run}-wal`, `${run}-shm`]) rmSync(f, { force: true }); } };
}

/** A PostgreSQL copy (CREATE DATABASE … TEMPLATE) of the cached generated ledger of N claims, for one run. */
export async function postgresMetricsLedger(N, url = process.env.CLAIMLEDGER_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test") {
  const base = `claimledger_bench_metrics_v${GENERATOR_VERSION}_${N}`, run = `claimledger_bench_metrics_run_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const urlOf = (name) => { const u = new URL(url); u.pathname = `/${name}`; return u.toString(); };
  try {
    const exists = (await admin.query("SELECT datname FROM pg_database WHERE datname = $1", [base])).rowCount;
    let complete = false;
    if (exists) {
      const c = new pg.Client({ connectionString: urlOf(base) });
      await c.connect();
      complete = !!(await c.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'bench_generated'")).rowCount;
      await c.end();
    }
    if (!complete) {
      await admin.query(`DROP DATABASE IF EXISTS ${base}`);
      await admin.query(`CREATE DATABASE ${base}`);
      const ledger = await openLedger(urlOf(base));
      await generate(ledger, N);
      await sqlOf(ledger.db, "CREATE TABLE bench_generated (version integer)");
      await sqlOf(ledger.db, "ANALYZE");
      await ledger.close();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${run}`);
    await admin.query(`CREATE DATABASE ${run} TEMPLATE ${base}`);
  } finally {
    await admin.end();
  }
  return {
    target: urlOf(run),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${run}`);
      await c.end();
    },
  };
}
