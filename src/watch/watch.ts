// `claimledger watch`: polls the ledger's due sources, turns new items into ingest jobs, and on SQLite runs
// those jobs itself (on PostgreSQL, `claimledger worker` processes run them). --once: one round and out.

import type { Ledger } from "../ledger/ledger.js";
import { dueSources, dueSqliteJobs, enqueueSqliteJob, finishSqliteJob, listSources } from "../ledger/sources/store.js";
import { DEFAULT_LIMITS, type FetchLimits } from "../ingest/fetch.js";
import type { FeedLimits } from "../ingest/sources.js";
import { isUserError } from "../errors.js";
import { Politeness } from "./politeness.js";
import { pollSource, type Enqueue, type PollContext, type PollResult } from "./poll.js";
import { connectionLost } from "./connection.js";
import { NotRetried, runIngestJob, type IngestJob, type JobContext } from "./job.js";
import { enqueuePg, migrateQueue, queueSchema } from "./pg-queue.js";

export interface WatchOptions {
  /** the ledger's URL (PostgreSQL: where the queue is) */
  target: string;
  once?: boolean;
  limits?: FetchLimits;
  feedLimits?: FeedLimits;
  hostIntervalMs?: number;
  /** SQLite jobs: tries before a job is given up (its failure stays named on the source) */
  maxAttempts?: number;
  /** SQLite jobs: the first retry's wait, doubled each time */
  retrySeconds?: number;
  signal?: AbortSignal;
  onPoll?(url: string, r: PollResult): void;
  onJob?(label: string, message: string): void;
  /** the ledger could not be reached: the round is tried again */
  onTrouble?(message: string): void;
}

export interface WatchSummary {
  polls: number;
  newItems: number;
  jobs: { done: number; failed: number };
}

const LONGEST_SLEEP_MS = 30_000;

export async function watch(ledger: Ledger, options: WatchOptions): Promise<WatchSummary> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const politeness = new Politeness(limits, options.hostIntervalMs);
  const ctx: JobContext = { limits, politeness };
  let enqueue: Enqueue;
  if (ledger.engine.jobQueue === "graphile-worker") {
    await migrateQueue(options.target);
    const schema = queueSchema(options.target);
    enqueue = (trx, job) => enqueuePg(trx, schema, job);
  } else enqueue = (trx, job) => enqueueSqliteJob(trx, job);
  const summary: WatchSummary = { polls: 0, newItems: 0, jobs: { done: 0, failed: 0 } };
  // a long-running watch outlives the database going away (a restart): the round is named, waited and tried
  // again (what was polled but not recorded is polled again; nothing half stored: each item is taken and
  // queued in one transaction); --once ends with the failure
  for (let wait = 1000; !options.signal?.aborted; ) {
    try {
      await round(ledger, { ...ctx, feedLimits: options.feedLimits, enqueue }, options, summary);
      if (options.once) break;
      await sleep(await nextWakeMs(ledger), options.signal);
      wait = 1000;
    } catch (e) {
      if (options.once || !connectionLost(e)) throw e;
      options.onTrouble?.(`the ledger cannot be reached (${(e instanceof Error ? e.message : String(e)).split("\n")[0]}): trying again in ${wait / 1000} s`);
      await sleep(wait, options.signal);
      wait = Math.min(wait * 2, LONGEST_SLEEP_MS);
    }
  }
  return summary;
}

async function round(ledger: Ledger, ctx: PollContext, options: WatchOptions, summary: WatchSummary): Promise<void> {
  for (const source of await dueSources(ledger)) {
    if (options.signal?.aborted) break;
    const r = await pollSource(ledger, source, ctx);
    summary.polls++;
    summary.newItems += r.newItems;
    options.onPoll?.(source.url, r);
  }
  if (ledger.engine.jobQueue === "ledger") await runSqliteJobs(ledger, ctx, options, summary);
}

async function runSqliteJobs(ledger: Ledger, ctx: JobContext, options: WatchOptions, summary: WatchSummary): Promise<void> {
  // each job at most once a round: a failed one waits for its retry time, or the next round
  const tried = new Set<number>();
  for (;;) {
    const jobs = (await dueSqliteJobs(ledger, 100 + tried.size)).filter((j) => !tried.has(j.id));
    if (!jobs.length || options.signal?.aborted) return;
    for (const job of jobs) {
      tried.add(job.id);
      const payload = job.payload as IngestJob;
      const label = payload.link ?? payload.key;
      try {
        const r = await runIngestJob(ledger, payload, ctx);
        await finishSqliteJob(ledger, job, null, 1);
        summary.jobs.done++;
        options.onJob?.(label, r ? `${r.status}${r.claims ? `, ${r.claims} claims` : ""}` : "nothing to store");
      } catch (e) {
        if (!isUserError(e)) throw e; // the ledger's own failure ends the watch
        const final = e instanceof NotRetried;
        await finishSqliteJob(ledger, job, e.message, final ? 1 : options.maxAttempts ?? 5, options.retrySeconds ?? 60);
        summary.jobs.failed++;
        options.onJob?.(label, e.message);
      }
    }
  }
}

async function nextWakeMs(ledger: Ledger): Promise<number> {
  const next = Math.min(...(await listSources(ledger)).map((s) => Date.parse(s.nextPollAt)));
  return Math.max(1000, Math.min(LONGEST_SLEEP_MS, (Number.isFinite(next) ? next : Infinity) - Date.now()));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });
}
