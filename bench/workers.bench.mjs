// Ingest throughput on PostgreSQL with 1, 2 and 4 `claimledger worker` processes (one job at a time each)
// against one database: WORKER_DOCS PolNeAR train texts (default 200) queued as jobs carrying their text,
// documents a second per run and as a ratio to one worker, each worker's peak RSS (VmHWM), and how often
// a writer was waiting on another's documents lock (sampled every 50 ms): whether storing is what serialises.
// Each run in a fresh schema (scale_workers_K unless BENCH_PG_PREFIX says otherwise), dropped after.
// Skipped when no PostgreSQL answers at BENCH_PG.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { root, polnearTexts } from "./lib.mjs";
import { BENCH_PG, postgresReachable } from "./claims-ledger-pg.mjs";
import { openLedger } from "../dist/ledger/open.js";
import { enqueuePg, migrateQueue, queueSchema } from "../dist/watch/pg-queue.js";

const DOCS = Number(process.env.WORKER_DOCS ?? 200);
const COUNTS = (process.env.WORKER_COUNTS ?? "1,2,4").split(",").map(Number);

if (!(await postgresReachable())) {
  console.log(`workers: skipped, no PostgreSQL at ${BENCH_PG} (set BENCH_PG)`);
  process.exit(0);
}
const docs = polnearTexts("train").slice(0, DOCS);
// the ledger's "documents" advisory lock (engines/postgres/index.ts): held from a document's id to its commit
const DOCUMENTS_LOCK = 0x646f6375;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const peakKiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

async function run(k) {
  const schema = `${process.env.BENCH_PG_PREFIX ?? "bench_"}workers_${k}_${process.pid}`.replace(/[^a-z0-9_]/gi, "").toLowerCase();
  const url = new URL(BENCH_PG);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const admin = new pg.Client({ connectionString: BENCH_PG });
  await admin.connect();
  const drop = async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${queueSchema(url.toString())} CASCADE`);
  };
  await drop();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const ledger = await openLedger(url.toString());
  await migrateQueue(url.toString());

  const workers = Array.from({ length: k }, () =>
    spawn(process.execPath, [path.join(root, "bin", "claimledger.js"), "worker", "--db", url.toString(), "--concurrency", "1"], { stdio: ["ignore", "ignore", "pipe"] }));
  const ready = workers.map((w) => new Promise((resolve, reject) => {
    let err = "";
    w.stderr.on("data", (b) => {
      err += b;
      if (err.includes("worker ready")) resolve();
    });
    w.on("exit", (code) => reject(new Error(`worker exited with ${code}: ${err}`)));
  }));
  await Promise.all(ready);
  // the clock from the first job queued: the workers are up and waiting (woken by the queue's NOTIFY)
  const t0 = process.hrtime.bigint();
  for (const [i, d] of docs.entries())
    await enqueuePg(ledger.db, queueSchema(url.toString()), { sourceId: 0, key: `bench:${i}`, link: null, title: d.name, published: "2016-09-20", text: d.text });
  let samples = 0, waiting = 0, stored = 0, peak = 0;
  for (;;) {
    const r = await admin.query(`select (select count(*) from ${schema}.documents) as n,
      (select count(*) from pg_locks where locktype = 'advisory' and not granted and objid = ${DOCUMENTS_LOCK}
        and database = (select oid from pg_database where datname = current_database())) as w`);
    stored = Number(r.rows[0].n);
    samples++;
    if (Number(r.rows[0].w) > 0) waiting++;
    for (const w of workers) peak = Math.max(peak, peakKiB(w.pid));
    if (stored >= docs.length) break;
    await sleep(50);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  for (const w of workers) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r() : w.on("exit", r)))));
  const twice = Number((await admin.query(`select count(*) - count(distinct hash) as n from ${schema}.documents`)).rows[0].n);
  await ledger.close();
  await drop();
  await admin.end();
  return { seconds, rate: stored / seconds, peakMiB: peak / 1024, lockWaits: waiting / samples, twice };
}

let one = null;
for (const k of COUNTS) {
  const r = await run(k);
  one ??= r.rate;
  console.log(`workers: ${k} process(es), ${DOCS} docs in ${r.seconds.toFixed(1)} s = ${r.rate.toFixed(1)} docs/s, ${(r.rate / one).toFixed(2)}× one worker; ` +
    `peak RSS per worker ${r.peakMiB.toFixed(0)} MiB; a writer waiting on the documents lock in ${(100 * r.lockWaits).toFixed(0)}% of samples; stored twice: ${r.twice}`);
}
