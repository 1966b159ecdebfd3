// PostgreSQL going away under a working `claimledger worker` (as a restart does: every connection of the
// worker cut by pg_terminate_backend, several times while jobs run): the worker keeps running, names the
// failure, and every queued article ends up stored once, whole.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "kysely";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { enqueuePg, migrateQueue, queueSchema } from "../src/watch/pg-queue.js";
import { PG_URL, pgQuery, pgSchemas } from "./helpers/pg.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
const schema = pgSchemas("scale_faults")();
const target = `${PG_URL}?options=-c%20search_path%3D${schema}`;
// the worker's connections carry this name, so that only they are cut
const app = `scale_fault_${process.pid}`;

const article = (n: number) =>
  Array.from({ length: 6 }, (_x, i) => `The ferry board said that ${n * 10 + i} crossings were cancelled in March, and officials estimated that about ${n * 90 + i} passengers waited.`).join("\n\n");

let ledger: Ledger;
let worker: ChildProcess | null = null;
let log = "";

afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill("SIGKILL");
  await ledger?.db.schema.dropSchema(queueSchema(target)).ifExists().cascade().execute();
  await ledger?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The stall once seen here under load (one job locked, the runner never ending after a cut) was graphile-worker's
// batcher waiting for ever in the pool's shutdown; the worker now takes such a pool for ended (pg-queue.ts).
describe("a worker whose database connections are cut", () => {
  it("recovers, names the failure, and stores every article once", async () => {
    ledger = await openLedger(PG_URL, { schema });
    await migrateQueue(target);
    worker = spawn(process.execPath, [cli, "worker", "--db", target, "--concurrency", "2"], {
      env: { ...process.env, PGAPPNAME: app, CLAIMLEDGER_WORKER_STALE_MS: "1500" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    worker.stderr!.on("data", (d) => (log += d));
    for (const until = Date.now() + 30_000; !log.includes("worker ready") && Date.now() < until; ) await sleep(50);
    expect(log).toContain("worker ready");

    const N = 24;
    for (let n = 1; n <= N; n++) await enqueuePg(ledger.db as never, queueSchema(target), { sourceId: 0, key: `ferry-${n}`, link: null, title: `Ferry ${n}`, text: article(n) });
    const count = async () => Number((await ledger.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    // cut every connection of the worker three times while it works
    let cuts = 0;
    for (const until = Date.now() + 60_000; cuts < 3 && Date.now() < until; ) {
      if ((await count()) >= cuts * 4 + 1) {
        await pgQuery(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${app}'`);
        cuts++;
      }
      await sleep(100);
    }
    // shown when a check fails: what the worker said, its connections and the queue's jobs
    const state = async () => `${log}\nexit: ${worker!.exitCode}, stored: ${await count()}\n` +
      JSON.stringify((await sql`select state, wait_event, left(query, 60) as q from pg_stat_activity where application_name = ${app}`.execute(ledger.db)).rows) + "\n" +
      JSON.stringify(await ledger.db.selectFrom(`${queueSchema(target)}.jobs` as never).select(["key", "attempts", "locked_by", "last_error"] as never).execute()).slice(0, 600);
    expect(cuts, await state()).toBe(3);

    for (const until = Date.now() + 90_000; (await count()) < N && Date.now() < until; ) await sleep(250);
    expect(await count(), await state()).toBe(N);
    expect(worker.exitCode, log).toBe(null);
    // once each, and whole
    const docs = await ledger.db.selectFrom("documents").select(["source", "claim_count", "id"]).execute();
    expect(new Set(docs.map((d) => d.source)).size).toBe(N);
    for (const d of docs) {
      const n = Number((await ledger.db.selectFrom("claims").select((eb) => eb.fn.countAll().as("n")).where("document_id", "=", d.id).executeTakeFirstOrThrow()).n);
      expect(n).toBe(Number(d.claim_count));
    }
    // the failure is named, not silent, and in lines of its own, not stacks
    expect(log).toMatch(/terminat|connection/i);
    expect(log).not.toMatch(/\n\s+at /);
  }, 180_000);
});
