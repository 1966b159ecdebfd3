// API claims-query latency under concurrent load: `claimledger serve` runs in its own process over a
// ledger of 1,000,000 claims; autocannon, in this process, sends the claims table's queries from 10
// connections for 10 s each and reports median and 99th-percentile latency. BENCH_WORKERS sets the
// server's processes (default 2, this machine's cores).
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { root, peakMiB } from "./lib.mjs";
import { claimsLedger } from "./claims-ledger.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = process.env.BENCH_WORKERS ?? "2";
const file = await claimsLedger(N);

const server = spawn(process.execPath, [path.join(root, "bin", "claimledger.js"), "serve", "--db", file, "--port", "0", "--workers", WORKERS], { stdio: ["ignore", "pipe", "inherit"] });
const address = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = /at (http:\/\/[^/\s]+)\//.exec(out);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
});

const scenarios = {
  "first page of everything": "/api/claims?limit=50",
  "speaker + period + counted": "/api/claims?speaker=rahimzoda&from=2016-01-01&to=2016-12-31&counted=people&limit=50",
  "place + qualifier, sorted by value": "/api/claims?place=Syria&qualifier=more-than&sort=value&order=desc&limit=50",
  "full-text search": "/api/claims?search=refugees%20Iraq&limit=50",
  "page 200 of a speaker": "/api/claims?speaker=holt&offset=10000&limit=50",
};

try {
  for (const [name, url] of Object.entries(scenarios)) {
    await fetch(address + url); // warm the page cache
    const r = await autocannon({ url: address + url, connections: 10, duration: SECONDS });
    const bad = r.non2xx + r.errors + r.timeouts;
    console.log(`api over ${N} claims, ${WORKERS} worker(s), ${name}: median ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s${bad ? `, ${bad} failed` : ""}`);
  }
} finally {
  server.kill("SIGTERM");
}
console.log(`bench process peak RSS ${peakMiB()} MiB`);
