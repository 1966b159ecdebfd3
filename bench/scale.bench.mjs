// Scale on PostgreSQL: `claimledger serve` over a PostgreSQL ledger of PG_CLAIMS generated claims (default
// 100,000 for a quick run; the goal is 10,000,000: `PG_CLAIMS=10000000 npm run bench -- scale`, about an
// hour to generate the first time on two cores, kept between runs). For each query shape the API documents
// over claims, documents and speakers: the fresh server's first answer (its caches cold), then median and
// p99 under 10 concurrent clients for BENCH_SECONDS (default 10), against the goal of p99 < 100 ms.
// Metrics and findings (and a speaker's page, which names its claims' metrics) are read into the metrics
// tables by the first request after new documents: measured by metrics.bench.mjs, not here.
// Skipped when no PostgreSQL answers at BENCH_PG (default the tests' local server).
import pg from "pg";
import { peakMiB } from "./lib.mjs";
import { claimsLedgerPg, postgresReachable, BENCH_PG } from "./claims-ledger-pg.mjs";
import { firstAnswer, load, startServer } from "./api-load.mjs";
import { deepShapes, scaleShapes } from "./scale-shapes.mjs";

const N = Number(process.env.PG_CLAIMS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = process.env.BENCH_WORKERS ?? "2";
const GOAL_MS = 100;

if (!(await postgresReachable())) {
  console.log(`scale: skipped, no PostgreSQL at ${BENCH_PG} (set BENCH_PG)`);
  process.exit(0);
}
const url = await claimsLedgerPg(N);
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
  Object.assign(SHAPES, await deepShapes(async (p) => (await fetch(address + p)).json()));
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
