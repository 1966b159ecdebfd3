// API claims-query latency under concurrent load: `claimledger serve` runs in its own process over a
// ledger of 1,000,000 claims; autocannon, in this process, sends the claims table's queries from 10
// connections for 10 s each and reports median and 99th-percentile latency. BENCH_WORKERS sets the
// server's processes (default 2, this machine's cores). The same on PostgreSQL: scale.bench.mjs.
import { peakMiB } from "./lib.mjs";
import { claimsLedger } from "./claims-ledger.mjs";
import { CLAIM_SHAPES, firstAnswer, load, startServer } from "./api-load.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = process.env.BENCH_WORKERS ?? "2";
const file = await claimsLedger(N);

const { address, stop } = await startServer(file, WORKERS);
try {
  for (const [name, url] of Object.entries(CLAIM_SHAPES)) {
    await firstAnswer(address + url); // warm the page cache
    const r = await load(address + url, SECONDS);
    console.log(`api over ${N} claims, ${WORKERS} worker(s), ${name}: median ${r.p50} ms, p99 ${r.p99} ms, ${r.rps.toFixed(0)} req/s${r.failed ? `, ${r.failed} failed` : ""}`);
  }
} finally {
  stop();
}
console.log(`bench process peak RSS ${peakMiB()} MiB`);
