// Scale on PostgreSQL: `claimledger serve` over a PostgreSQL ledger of PG_CLAIMS generated claims (default
// 100,000 for a quick run; the goal is 10,000,000: `PG_CLAIMS=10000000 npm run bench -- scale`, about an
// hour to generate the first time on two cores, kept between runs). For each query shape the API documents
// over claims, documents and speakers: the fresh server's first answer (its caches cold), then median and
// p99 under 10 concurrent clients for BENCH_SECONDS (default 10), against the goal of p99 < 100 ms.
// Metrics and findings (and a speaker's page, which names its claims' metrics) too: the metrics tables are
// written in bulk the first time (scale-metrics.mjs), after timing how fast the workers' catch-up reads the
// ledger's first BENCH_METRICS_DOCS documents (default 1,000) into empty metrics, document by document.
// Skipped when no PostgreSQL answers at BENCH_PG (default the tests' local server).
import pg from "pg";
import { peakMiB } from "./lib.mjs";
import { claimsLedgerPg, postgresReachable, BENCH_PG } from "./claims-ledger-pg.mjs";
import { firstAnswer, load, startServer } from "./api-load.mjs";
import { deepShapes, metricShapes, scaleShapes } from "./scale-shapes.mjs";
import { scaleMetrics } from "./scale-metrics.mjs";
import { openLedger } from "../dist/ledger/open.js";
import { MetricsLedger } from "../dist/ledger/metrics/store.js";

const N = Number(process.env.PG_CLAIMS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = process.env.BENCH_WORKERS ?? "2";
const GOAL_MS = 100;

if (!(await postgresReachable())) {
  console.log(`scale: skipped, no PostgreSQL at ${BENCH_PG} (set BENCH_PG)`);
  process.exit(0);
}
const url = await claimsLedgerPg(N);
{
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const made = (await c.query("select to_regclass('bench_metrics_complete') is not null as done")).rows[0].done;
  await c.end();
  if (!made) {
    // the metrics read from nothing, document by document, as a worker reads a backlog: the first documents
    const DOCS = Number(process.env.BENCH_METRICS_DOCS ?? 1000);
    const ledger = await openLedger(url);
    try {
      const m = new MetricsLedger(ledger);
      const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
      const read = await m.catchUp(undefined, DOCS);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6, cpu = process.cpuUsage(c0);
      const figures = Number((await ledger.db.selectFrom("metric_figures").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst()).n);
      const all = Math.ceil(N / 20);
      console.log(`postgres, ${N} claims: metrics read from nothing by the workers' catch-up: ${read} documents (${figures} figures) in ${(ms / 1000).toFixed(1)} s, `
        + `${(ms / read).toFixed(1)} ms a document (bench process CPU ${((cpu.user + cpu.system) / 1000 / read).toFixed(1)} ms), peak RSS ${peakMiB()} MiB; `
        + `all ${all} documents at that rate: ${((ms / read) * all / 3_600_000).toFixed(1)} h`);
    } finally {
      await ledger.close();
    }
    await scaleMetrics(url);
  }
}
// The counts an earlier run kept in the ledger (claim_counts): BENCH_COUNTS=fresh (the default) forgets them, so
// a fresh server's first answer counts each filter from nothing, as the first time it is asked; grown keeps
// them as if read 10 documents ago, so the first answer grows them, as on a ledger that has just changed
const COUNTS = process.env.BENCH_COUNTS ?? "fresh";
{
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  if ((await c.query("select to_regclass('claim_counts') is not null as kept")).rows[0].kept) {
    if (COUNTS === "grown") await c.query("update claim_counts set mark = greatest(split_part(mark, ':', 1)::bigint - 10, 0) || substr(mark, strpos(mark, ':'))");
    else await c.query("DELETE FROM claim_counts");
  }
  await c.end();
}
console.log(`postgres, ${N} claims: first answers with the claim counts ${COUNTS === "grown" ? "kept 10 documents ago (BENCH_COUNTS=grown)" : "counted from nothing (BENCH_COUNTS=fresh)"}`);

const SHAPES = scaleShapes(N);

const { address, stop } = await startServer(url, WORKERS);
let over = 0;
try {
  // page 200 by keyset paging, in each sort: after the last claim of page 199 (asked once, before the clock runs)
  const get = async (p) => (await fetch(address + p)).json();
  Object.assign(SHAPES, await deepShapes(get), await metricShapes(get, N));
  for (const [name, path] of Object.entries(SHAPES)) {
    const cold = await firstAnswer(address + path);
    const r = await load(address + path, SECONDS);
    if (r.p99 >= GOAL_MS || r.failed) over++;
    console.log(`postgres, ${N} claims, ${WORKERS} worker(s), ${name}: cold ${cold.toFixed(0)} ms, then median ${r.p50} ms, p99 ${r.p99} ms, ${r.rps.toFixed(0)} req/s${r.failed ? `, ${r.failed} failed` : ""}${r.p99 >= GOAL_MS ? "  ← over the goal" : ""}`);
  }
} finally {
  stop();
}
console.log(`postgres, ${N} claims: ${Object.keys(SHAPES).length - over} of ${Object.keys(SHAPES).length} shapes at p99 < ${GOAL_MS} ms; bench process peak RSS ${peakMiB()} MiB`);
