// Ingest jobs on PostgreSQL, through graphile-worker: any number of `claimledger worker` processes, on any
// machines, take jobs from the same database.
//
// graphile-worker rather than pg-boss, measured on this machine (500 no-op jobs, 4 at a time, local
// PostgreSQL): graphile-worker ran them in 4.1 s, pg-boss 10.4 in 62.4 s (it polls, at best every 0.5 s a
// fetch loop; graphile-worker is woken by LISTEN/NOTIFY); its add_job() is a SQL function, so a source's
// item is marked seen and its job queued in one transaction of our own.
//
// A worker killed mid-job keeps its jobs locked (graphile-worker frees them after 4 hours): each worker
// process records a heartbeat per worker in queue_workers, and any worker unlocks the jobs of those silent
// for longer than staleMs. A job run twice stores its document once: documents are unique by content hash.

import { randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { Logger, run, runMigrations, makeWorkerUtils, type Runner } from "graphile-worker";
import { EventEmitter } from "node:events";
import type { Ledger } from "../ledger/ledger.js";
import type { WatchDatabase } from "../ledger/sources/schema.js";
import { runIngestJob, NotRetried, type IngestJob, type JobContext } from "./job.js";

export const TASK = "claimledger_ingest";
export const MAX_ATTEMPTS = 5;

/** the queue's schema: beside the ledger's (search_path=X in the URL: X_jobs), else claimledger_jobs */
export function queueSchema(url: string): string {
  let path: string | undefined;
  try {
    const options = new URL(url).searchParams.get("options") ?? "";
    path = /search_path\s*=\s*([a-z_][a-z0-9_]*)/i.exec(options)?.[1];
  } catch {
    // not a URL: the default
  }
  return `${path ?? "claimledger"}_jobs`.toLowerCase();
}

const quiet = new Logger(() => () => {});

export async function migrateQueue(url: string): Promise<void> {
  await runMigrations({ connectionString: url, schema: queueSchema(url), logger: quiet });
}

/** queues a job inside the caller's transaction; the item's key makes a job queued twice one job */
export async function enqueuePg(trx: Transaction<WatchDatabase> | Kysely<WatchDatabase>, schema: string, job: IngestJob): Promise<void> {
  await sql`select ${sql.id(schema, "add_job")}(identifier := ${TASK}, payload := ${JSON.stringify(job)}::json, job_key := ${job.key}, max_attempts := ${MAX_ATTEMPTS})`.execute(trx);
}

export interface WorkerOptions {
  concurrency: number;
  /** a worker silent this long is taken for dead, and its jobs unlocked */
  staleMs: number;
  onEvent?(message: string): void;
}

export interface RunningWorker {
  stop(): Promise<void>;
  /** resolves when the runner stops */
  done: Promise<void>;
}

export async function startWorker(ledger: Ledger, url: string, ctx: JobContext, options: WorkerOptions): Promise<RunningWorker> {
  const schema = queueSchema(url);
  await migrateQueue(url);
  const db = ledger.db as unknown as Kysely<WatchDatabase>;
  const utils = await makeWorkerUtils({ connectionString: url, schema, logger: quiet });
  const mine = new Set<string>();
  const events = new EventEmitter();
  const heartbeat = async () => {
    const now = new Date().toISOString();
    for (const id of mine) await db.insertInto("queue_workers").values({ worker_id: id, seen_at: now }).onConflict((oc) => oc.column("worker_id").doUpdateSet({ seen_at: now })).execute();
    const silent = await db.selectFrom("queue_workers").select("worker_id").where("seen_at", "<", new Date(Date.now() - options.staleMs).toISOString()).execute();
    const ids = silent.map((r) => r.worker_id).filter((id) => !mine.has(id));
    if (ids.length) {
      await utils.forceUnlockWorkers(ids);
      await db.deleteFrom("queue_workers").where("worker_id", "in", ids).execute();
      options.onEvent?.(`unlocked the jobs of ${ids.length} silent worker(s)`);
    }
  };
  // jobs are locked by the pool's id (fetched in batches) or a worker's: both are recorded
  events.on("pool:create", ({ workerPool }: { workerPool: { id: string } }) => mine.add(workerPool.id));
  events.on("worker:create", ({ worker }: { worker: { workerId: string } }) => mine.add(worker.workerId));
  events.on("job:error", ({ job, error }: { job: { payload: unknown; attempts: number; max_attempts: number }; error: unknown }) =>
    options.onEvent?.(`job failed (attempt ${job.attempts} of ${job.max_attempts}): ${error instanceof Error ? error.message : String(error)}`));
  const start = (): Promise<Runner> => run({
    connectionString: url,
    schema,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    // a job's completion or failure recorded in (0 ms) batches: a batch is retried through a lost connection
    // (PostgreSQL restarting: up to 20 times, at most 30 s apart), where a single one would end the process
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    logger: quiet,
    events: events as never,
    taskList: {
      [TASK]: async (payload, helpers) => {
        try {
          const r = await runIngestJob(ledger, payload as IngestJob, ctx);
          if (r) options.onEvent?.(`${(payload as IngestJob).link ?? (payload as IngestJob).key}: ${r.status}${r.claims ? `, ${r.claims} claims` : ""}`);
        } catch (e) {
          // robots.txt said no: done with, not retried
          if (e instanceof NotRetried) {
            helpers.logger.info(e.message);
            options.onEvent?.(e.message);
            return;
          }
          throw e;
        }
      },
    },
  });
  // The runner ends by itself when it cannot go on (the database restarted under a job's completion, its
  // connections lost for good): named, and started again, with a doubling wait while the database is away.
  // Its jobs are unlocked at once (their worker ids are dead), for this runner or another worker to take.
  let runner = await start();
  let stopping = false;
  const done = (async () => {
    for (let wait = 1000; ; ) {
      const ended = await runner.promise.then(() => "it stopped", (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e)));
      if (stopping) return;
      const dead = [...mine];
      mine.clear();
      options.onEvent?.(`the job queue stopped (${ended}): starting again in ${wait / 1000} s`);
      for (;;) {
        await new Promise((r) => setTimeout(r, wait));
        if (stopping) return;
        try {
          if (dead.length) await utils.forceUnlockWorkers(dead);
          runner = await start();
          options.onEvent?.("the job queue runs again");
          wait = 1000;
          break;
        } catch (e) {
          wait = Math.min(wait * 2, 60_000);
          options.onEvent?.(`the job queue cannot start (${(e as Error).message.split("\n")[0]}): trying again in ${wait / 1000} s`);
        }
      }
    }
  })();
  await heartbeat();
  const timer = setInterval(() => void heartbeat().catch((e: unknown) => options.onEvent?.(`heartbeat: ${(e as Error).message}`)), Math.max(200, options.staleMs / 3));
  const finished = done.finally(async () => {
    clearInterval(timer);
    await db.deleteFrom("queue_workers").where("worker_id", "in", [...mine, randomUUID()]).execute().catch(() => {});
    await utils.release();
  });
  return {
    stop: async () => {
      stopping = true;
      await runner.stop().catch(() => {});
    },
    done: finished,
  };
}
