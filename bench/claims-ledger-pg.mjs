// A ledger of N generated claims on PostgreSQL, shaped like claims-ledger.mjs's on SQLite (the same
// speakers, counted things, places, periods and qualifiers in the same proportions), written by the server
// itself from generate_series (no row crosses the wire), in a database of its own kept between runs.
// BENCH_PG: the server (default the tests' local one); BENCH_PG_PREFIX: the database's name before its size.
import pg from "pg";
import { openLedger } from "../dist/ledger/open.js";
import { speakersCounted } from "./claims-ledger.mjs";

export const BENCH_PG = process.env.BENCH_PG ?? process.env.CLAIMLEDGER_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

const list = (xs) => `array[${xs.map((x) => `'${x}'`).join(",")}]`;
const SPEAKERS = list(["Ramazon Rahimzoda", "Anna Kowalska", "Interior Ministry", "officials", "Dana Holt", "Oleg Klimov", "World Health Organization", "police"]);
const COUNTED = list(["people", "terrorist attacks", "homes", "deaths", "refugees", "fighters", "arrests", "cases"]);
const VERBS = list(["detain", "kill", "return", "be", "stop", "arrest", "displace", "report"]);
const PLACES = list(["Tajikistan", "Syria", "Iraq", "Afghanistan", "Poland", "Russia", "Turkey", "Chile"]);
const QUALS = list(["exact", "approx", "more-than", "at-least", "range", "vague"]);
const PER_DOC = 20;
// each sentence padded to this width, so offsets need no running sum: claim k of a document starts at k × WIDTH
const WIDTH = 100;

/** the URL of a database on BENCH_PG named `name` */
export function databaseUrl(name) {
  const u = new URL(BENCH_PG);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer(text) {
  const c = new pg.Client({ connectionString: BENCH_PG });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** true when the server answers */
export async function postgresReachable() {
  try {
    await onServer("select 1");
    return true;
  } catch {
    return false;
  }
}

/** the ledger's URL: made (schema by the ledger's own migrations, rows by the server) unless already complete */
export async function claimsLedgerPg(N) {
  const name = `${process.env.BENCH_PG_PREFIX ?? "claimledger_bench_"}${N}`.replace(/[^a-z0-9_]/gi, "");
  const url = databaseUrl(name);
  const exists = (await onServer(`select 1 from pg_database where datname = '${name}'`)).rowCount > 0;
  if (exists) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const done = (await c.query("select to_regclass('bench_complete') is not null as done")).rows[0].done;
    await c.end();
    if (done) {
      // the ledger's migrations may have moved on since it was made: bring it up to date
      await (await openLedger(url)).close();
      await speakersCounted(url);
      return url;
    }
    await onServer(`DROP DATABASE ${name}`);
  }
  await onServer(`CREATE DATABASE ${name}`);
  await (await openLedger(url)).close(); // the schema, as a ledger makes it
  const t0 = Date.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("SET maintenance_work_mem = '512MB'");
    // load without the secondary indexes, then build them (what a restore does: several times faster)
    const idx = (await c.query(`select indexname, indexdef from pg_indexes where schemaname = current_schema()
      and tablename in ('documents', 'claims', 'sentences') and indexdef not like '%UNIQUE%'`)).rows;
    for (const i of idx) await c.query(`DROP INDEX ${i.indexname}`);
    const docs = Math.ceil(N / PER_DOC);
    // one sentence: claim i (document i / PER_DOC, the k-th in it)
    const sentence = (i, year) => `(${SPEAKERS})[${i} % 8 + 1] || ' said ' || ((${i}::bigint * 7919) % 100000) || ' ' || (${COUNTED})[(${i} >> 3) % 8 + 1]
      || ' were affected in ' || (${PLACES})[(${i} >> 6) % 8 + 1] || ' in ' || ${year} || '.'`;
    await c.query(`INSERT INTO documents (id, source, hash, version, title, published, text, ingested_at, claim_count)
      SELECT d + 1, 'doc-' || d || '.txt', 'hash-' || d, 1, 'Document ' || d, (2000 + d % 20) || '-06-15',
        (SELECT string_agg(rpad(${sentence(`(d * ${PER_DOC} + k)`, "(2000 + d % 20)")}, ${WIDTH - 1}) || ' ', '' ORDER BY k) FROM generate_series(0, ${PER_DOC - 1}) k),
        now()::text, ${PER_DOC}
      FROM generate_series(0, ${docs - 1}) d`);
    console.log(`  documents: ${docs} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const claims = (from, to) => `SELECT i, i / ${PER_DOC} AS d, i % ${PER_DOC} AS k, 2000 + (i / ${PER_DOC}) % 20 AS year, ${sentence("i", `(2000 + (i / ${PER_DOC}) % 20)`)} AS t,
        (${SPEAKERS})[i % 8 + 1] AS sp, (${COUNTED})[(i >> 3) % 8 + 1] AS c, (${PLACES})[(i >> 6) % 8 + 1] AS p,
        (i::bigint * 7919) % 100000 AS v, (${QUALS})[i % 6 + 1] AS q, (${VERBS})[i % 8 + 1] AS verb
      FROM generate_series(${from}, ${to - 1}) i`;
    // the record as extract() writes it, its fields in that order (json, not jsonb, keeps the order)
    const record = `json_build_object('sentence', json_build_object('start', k * ${WIDTH}, 'end', k * ${WIDTH} + length(t)), 'mode', 'indirect', 'content', null,
      'speaker', json_build_object('name', sp, 'mention', sp, 'kind', 'person', 'role', null, 'resolved', true, 'start', 0, 'end', 5),
      'cue', json_build_object('text', 'said', 'lemma', 'say', 'start', 6, 'end', 10),
      'quantity', json_build_object('text', v::text, 'value', v, 'upper', null, 'qualifier', q, 'unit', null, 'kind', 'number', 'start', 11, 'end', 15),
      'counted', c, 'predicate', verb, 'period', json_build_object('text', year::text, 'start', year || '-01-01', 'end', year || '-12-31'),
      'places', json_build_array(p), 'hedges', json_build_array(), 'evidence', null)::text`;
    // in slices, so that no one statement holds the server for many minutes
    const SLICE = 1_000_000;
    for (let from = 0; from < N; from += SLICE) {
      const slice = claims(from, Math.min(N, from + SLICE));
      await c.query(`INSERT INTO claims (id, document_id, ord, sentence_start, sentence_end, mode, speaker, speaker_kind, speaker_role, cue, quantity_text, value, upper,
          qualifier, unit, counted, predicate, period_start, period_end, places, data)
        SELECT i + 1, d + 1, k, k * ${WIDTH}, k * ${WIDTH} + length(t), 'indirect', sp, 'person', null, 'said', v::text, v, null, q, null, c, verb,
          year || '-01-01', year || '-12-31', '|' || p || '|', ${record}
        FROM (${slice}) g`);
      await c.query(`INSERT INTO sentences (document_id, sentence_start, sentence_end, tsv)
        SELECT d + 1, k * ${WIDTH}, k * ${WIDTH} + length(t), to_tsvector('english', t) FROM (${slice}) g`);
      console.log(`  claims: ${Math.min(N, from + SLICE)} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    for (const t of ["documents", "claims", "sentences"]) await c.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT coalesce(max(id), 1) FROM ${t}))`);
    for (const i of idx) await c.query(i.indexdef);
    await speakersCounted(url);
    console.log(`  indexes in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    await c.query("VACUUM ANALYZE");
    // write the generated pages out now: else the flush lands on the first query shapes measured
    await c.query("CHECKPOINT").catch(() => {}); // needs superuser or pg_checkpoint: without it, only the first shapes suffer
    await c.query("CREATE TABLE bench_complete ()");
  } finally {
    await c.end();
  }
  console.log(`generated ${N} claims in PostgreSQL (${name}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return url;
}
