// Load on a `claimledger serve` in its own process: each query shape's first answer from the fresh server
// (cold: its caches empty), then autocannon's 10 connections for a number of seconds (median and 99th
// percentile latency). Shared by api.bench.mjs (SQLite) and scale.bench.mjs (PostgreSQL).
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { root } from "./lib.mjs";

/** the claims table's queries (the claims page and GET /api/claims) */
export const CLAIM_SHAPES = {
  "first page of everything": "/api/claims?limit=50",
  "speaker + period + counted": "/api/claims?speaker=rahimzoda&from=2016-01-01&to=2016-12-31&counted=people&limit=50",
  "place + qualifier, sorted by value": "/api/claims?place=Syria&qualifier=more-than&sort=value&order=desc&limit=50",
  "full-text search": "/api/claims?search=refugees%20Iraq&limit=50",
  "page 200 of a speaker": "/api/claims?speaker=holt&offset=10000&limit=50",
};

/** a server on `db` (file or URL); resolves to its address and a function that stops it */
export async function startServer(db, workers) {
  const server = spawn(process.execPath, [path.join(root, "bin", "claimledger.js"), "serve", "--db", db, "--port", "0", "--workers", String(workers)], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { address, stop: () => server.kill("SIGTERM") };
}

/** the first answer's time in ms (it must be a 200) */
export async function firstAnswer(url) {
  const t = process.hrtime.bigint();
  const r = await fetch(url);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** 10 connections on `url` for `seconds`: median and p99 latency (ms), requests a second, failures */
export async function load(url, seconds, connections = 10) {
  const r = await autocannon({ url, connections, duration: seconds });
  // no answer at all within autocannon's 10 s: every request failed (its latencies read 0)
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, failed: r.non2xx + r.errors + r.timeouts || (r.requests.total ? 0 : connections) };
}
