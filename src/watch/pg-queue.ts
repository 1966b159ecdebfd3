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
import { Logger, run, runMigrations, makeWorkerUtils, type Runner, type TaskList } from "graphile-worker";
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
  const taskList: TaskList = {
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
  };
  let stopping = false;
  const start = async (): Promise<Started> => {
    // each runner its own events, so that one runner's end is not taken for the next one's
    const events = new EventEmitter();
    // jobs are locked by the pool's id (fetched in batches) or a worker's: both are recorded
    events.on("pool:create", ({ workerPool }: { workerPool: { id: string } }) => mine.add(workerPool.id));
    events.on("worker:create", ({ worker }: { worker: { workerId: string } }) => mine.add(worker.workerId));
    events.on("job:error", ({ job, error }: { job: { attempts: number; max_attempts: number }; error: unknown }) =>
      options.onEvent?.(`job failed (attempt ${job.attempts} of ${job.max_attempts}): ${firstLine(error)}`));
    let stopRunner = () => {};
    const reading = watchReading(events, options.onEvent, () => stopRunner());
    const runner = run({
      connectionString: url,
      schema,
      concurrency: options.concurrency,
      noHandleSignals: true,
      pollInterval: POLL_MS,
      // a job's completion or failure recorded in (0 ms) batches: one that cannot be recorded (the connection
      // lost) stops the pool, and the runner is started again below; unbatched, it would be an unhandled
      // rejection, which ends the process
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      logger: quiet,
      events: events as never,
      taskList,
    });
    stopRunner = () => void runner.then((r) => r.stop()).catch(() => {});
    const started = await runner;
    return { runner: started, ended: runnerEnd(started, events, () => stopping).then((why) => reading.stuck ?? why) };
  };
  // The runner ends by itself when it cannot go on (the database restarted under a job's completion, its
  // connections lost for good): named, and started again, with a doubling wait while the database is away.
  // Its jobs are unlocked at once (their worker ids are dead), for this runner or another worker to take.
  let current: Started;
  try {
    current = await start();
  } catch (e) {
    // the database away while starting: the caller tries again (whileUnreachable), with no pool left open
    await (async () => utils.release())().catch(() => {});
    throw e;
  }
  const done = (async () => {
    for (let wait = 1000; ; ) {
      const ended = await current.ended;
      if (stopping) return;
      const dead = [...mine];
      mine.clear();
      options.onEvent?.(`the job queue stopped (${ended}): starting again in ${wait / 1000} s`);
      for (;;) {
        await new Promise((r) => setTimeout(r, wait));
        if (stopping) return;
        try {
          if (dead.length) await utils.forceUnlockWorkers(dead);
          current = await start();
          options.onEvent?.("the job queue runs again");
          wait = 1000;
          break;
        } catch (e) {
          wait = Math.min(wait * 2, 60_000);
          options.onEvent?.(`the job queue cannot start (${firstLine(e)}): trying again in ${wait / 1000} s`);
        }
      }
    }
  })();
  // the runner is running: a first heartbeat that fails (the database gone again) is named and tried again
  // by the timer, as any later one
  await heartbeat().catch((e: unknown) => options.onEvent?.(`heartbeat: ${firstLine(e)}`));
  const timer = setInterval(() => void heartbeat().catch((e: unknown) => options.onEvent?.(`heartbeat: ${(e as Error).message}`)), Math.max(200, options.staleMs / 3));
  const finished = done.finally(async () => {
    clearInterval(timer);
    await db.deleteFrom("queue_workers").where("worker_id", "in", [...mine, randomUUID()]).execute().catch(() => {});
    await utils.release();
  });
  return {
    stop: async () => {
      stopping = true;
      // the jobs at hand are let finish (a shutdown that hangs is cut short: runnerEnd)
      await Promise.race([current.runner.stop().catch(() => {}), current.ended]);
      await current.ended;
    },
    done: finished,
  };
}

/**
 * Names a worker's failures to ask for jobs, and stops a runner stuck on one. A worker that cannot ask tries
 * again each poll, silently in graphile-worker: the first failure of a run of them is named, and the first
 * success after it, so a worker that waits says why.
 *
 * graphile-worker (0.17.3, and 0.18.0 alike) keeps the promise of its first look-up of the task ids: when that
 * failed (the database cut as the runner started), every later ask for a job fails with that same error object,
 * for ever, and the worker takes no job again. The same object twice is that: the runner is stopped, to be
 * started again with a fresh look-up.
 */
function watchReading(events: EventEmitter, onEvent: ((message: string) => void) | undefined, stop: () => void): { stuck?: string } {
  const state: { stuck?: string } = {};
  let unread = false;
  let lastError: unknown;
  events.on("worker:getJob:error", ({ error }: { error: unknown }) => {
    if (!unread) onEvent?.(`the job queue cannot be read (${firstLine(error)}): trying again every ${POLL_MS / 1000} s`);
    unread = true;
    if (error === lastError && state.stuck === undefined) {
      state.stuck = `it kept the failure of its first look-up of tasks: ${firstLine(error)}`;
      stop();
    }
    lastError = error;
  });
  const read = () => {
    if (unread) onEvent?.("the job queue can be read again");
    unread = false;
  };
  events.on("worker:getJob:empty", read);
  events.on("job:start", read);
  return state;
}

interface Started {
  runner: Runner;
  /** resolves, with why, when the runner has ended or is taken for ended */
  ended: Promise<string>;
}

/** how often an idle worker asks for jobs when no notification came */
const POLL_MS = 1000;
/** how long a pool that stops by itself (its connections lost) may take before it is taken for ended */
const SETTLE_MS = 5000;
/** how long a pool told to stop may take to finish the jobs at hand */
const STOP_MS = 30_000;

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];

// The runner's promise alone is not enough: in graphile-worker 0.17, once a batched completion or failure has
// failed, a later successful batch unbalances the batcher's count, and the pool's shutdown then waits for ever
// (its runner never ends, its jobs stay locked: graphile/worker#636 is the retry half of it). So a pool
// that began to shut down is given SETTLE_MS (STOP_MS when told to stop), then killed, and its runner
// taken for ended.
function runnerEnd(runner: Runner, events: EventEmitter, stopping: () => boolean): Promise<string> {
  return new Promise((resolve) => {
    let why = "it stopped";
    runner.promise.then(() => resolve(why), (e: unknown) => resolve(firstLine(e)));
    events.on("pool:fatalError", ({ error }: { error: unknown }) => (why = firstLine(error)));
    events.on("pool:gracefulShutdown", ({ message }: { message: string }) => {
      if (why === "it stopped") why = message;
      setTimeout(() => {
        void runner.kill().catch(() => {});
        resolve(why);
      }, stopping() ? STOP_MS : SETTLE_MS).unref();
    });
  });
}
