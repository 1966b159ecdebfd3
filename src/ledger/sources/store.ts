// Watched sources in the ledger: adding, listing and removing them, what each poll found (validators,
// status, the failure named, the back-off), the items seen, and SQLite's ingest jobs. SQLite and PostgreSQL
// alike, through Kysely.

import { sql, type Kysely, type Transaction } from "kysely";
import { UserError } from "../../errors.js";
import type { Ledger } from "../ledger.js";
import type { SourcesTable, SourcesTables, WatchDatabase } from "./schema.js";

export interface Source {
  id: number;
  url: string;
  label: string | null;
  everySeconds: number;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string;
  itemError: string | null;
}

/** what one poll of a source found */
export type PollOutcome =
  | { status: "ok" | "not modified"; etag?: string | null; lastModified?: string | null }
  | { status: "failed" | "disallowed"; error: string };

/** the longest a failing source waits between polls */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

type Db = Kysely<WatchDatabase> | Transaction<WatchDatabase>;
const dbOf = (ledger: Ledger): Kysely<WatchDatabase> => ledger.db.withTables<{ [K in keyof SourcesTables]: SourcesTables[K] }>();
type Row = { [K in keyof SourcesTable]: SourcesTable[K] extends import("kysely").Generated<infer X> ? X : SourcesTable[K] };

const toSource = (r: Row): Source => ({
  id: Number(r.id), url: r.url, label: r.label, everySeconds: Number(r.every_seconds), addedAt: r.added_at, etag: r.etag,
  lastModified: r.last_modified, lastPolledAt: r.last_polled_at, lastStatus: r.last_status, lastError: r.last_error,
  failures: Number(r.failures), nextPollAt: r.next_poll_at, itemError: r.item_error,
});

/** "15m", "1h", "90s", "2d" → seconds (at least a minute: a feed polled more often is impolite) */
export function parseEvery(text: string): number {
  const m = /^\s*(\d+)\s*([smhd])\s*$/i.exec(text);
  if (!m) throw new UserError(`--every wants a number and a unit (90s, 15m, 1h, 1d), not "${text}"`);
  const seconds = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2].toLowerCase() as "s"];
  if (seconds < 60) throw new UserError(`--every ${text}: at least 1m between polls`);
  return seconds;
}

/** the wait after `failures` failures in a row: the usual interval doubled each time, at most a day */
export function backoffSeconds(everySeconds: number, failures: number): number {
  return Math.min(everySeconds * 2 ** Math.max(0, failures), Math.max(everySeconds, MAX_BACKOFF_SECONDS));
}

export async function addSource(ledger: Ledger, url: string, options: { everySeconds?: number; label?: string | null } = {}): Promise<Source> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`${url}: not a valid URL`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new UserError(`${url}: only http and https sources are watched`);
  const db = dbOf(ledger);
  const now = new Date().toISOString();
  const inserted = await db
    .insertInto("sources")
    .values({ url: u.toString(), label: options.label ?? null, every_seconds: options.everySeconds ?? 15 * 60, added_at: now, failures: 0, next_poll_at: now })
    .onConflict((oc) => oc.column("url").doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!inserted) {
    const other = await db.selectFrom("sources").select("id").where("url", "=", u.toString()).executeTakeFirstOrThrow();
    throw new UserError(`${u}: already watched (source ${other.id})`);
  }
  return toSource(inserted as Row);
}

export async function listSources(ledger: Ledger): Promise<Source[]> {
  return (await dbOf(ledger).selectFrom("sources").selectAll().orderBy("id").execute()).map((r) => toSource(r as Row));
}

export async function getSource(ledger: Ledger, id: number): Promise<Source | null> {
  const r = await dbOf(ledger).selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toSource(r as Row) : null;
}

export async function removeSource(ledger: Ledger, id: number): Promise<void> {
  const r = await dbOf(ledger).deleteFrom("sources").where("id", "=", id).executeTakeFirst();
  if (!Number(r.numDeletedRows)) throw new UserError(`no source ${id} (\`claimledger source list\` shows them)`);
}

/** the sources whose next poll is due at `now`, soonest first */
export async function dueSources(ledger: Ledger, now = new Date()): Promise<Source[]> {
  const rows = await dbOf(ledger).selectFrom("sources").selectAll().where("next_poll_at", "<=", now.toISOString()).orderBy("next_poll_at").execute();
  return rows.map((r) => toSource(r as Row));
}

/** records a poll: a good one resets the back-off and keeps the new validators; a failure is named and backs off */
export async function recordPoll(ledger: Ledger, source: Source, outcome: PollOutcome, now = new Date()): Promise<void> {
  const ok = outcome.status === "ok" || outcome.status === "not modified";
  const failures = ok ? 0 : source.failures + 1;
  const wait = ok ? source.everySeconds : backoffSeconds(source.everySeconds, failures);
  await dbOf(ledger)
    .updateTable("sources")
    .set({
      last_polled_at: now.toISOString(),
      last_status: outcome.status,
      last_error: "error" in outcome ? outcome.error : null,
      failures,
      next_poll_at: new Date(now.getTime() + wait * 1000).toISOString(),
      ...(outcome.status === "ok" && { etag: outcome.etag ?? null, last_modified: outcome.lastModified ?? null }),
    })
    .where("id", "=", source.id)
    .execute();
}

export async function recordItemError(ledger: Ledger, sourceId: number, error: string | null): Promise<void> {
  await dbOf(ledger).updateTable("sources").set({ item_error: error }).where("id", "=", sourceId).execute();
}

/**
 * Marks items seen and, in the same transaction, hands the new ones to `enqueue` (so an item is never
 * seen without its job, nor queued twice). Returns the keys that were new.
 */
export async function takeNewItems<T extends { key: string }>(
  ledger: Ledger,
  sourceId: number,
  items: T[],
  enqueue: (trx: Transaction<WatchDatabase>, item: T) => Promise<void>,
): Promise<string[]> {
  if (!items.length) return [];
  return dbOf(ledger).transaction().execute(async (trx) => {
    const fresh: string[] = [];
    const now = new Date().toISOString();
    for (const item of items) {
      const r = await trx.insertInto("source_items").values({ key: item.key, source_id: sourceId, seen_at: now }).onConflict((oc) => oc.column("key").doNothing()).returning("key").executeTakeFirst();
      if (!r) continue;
      await enqueue(trx, item);
      fresh.push(item.key);
    }
    return fresh;
  });
}

// SQLite's jobs: a job is claimed and done by the one `watch` process (SQLite has one writer anyway)

export async function enqueueSqliteJob(trx: Db, payload: unknown): Promise<void> {
  await trx.insertInto("watch_jobs").values({ payload: JSON.stringify(payload), attempts: 0, run_after: new Date().toISOString(), state: "queued", last_error: null }).execute();
}

export interface QueuedJob {
  id: number;
  payload: unknown;
  attempts: number;
}

export async function dueSqliteJobs(ledger: Ledger, limit = 100, now = new Date()): Promise<QueuedJob[]> {
  const rows = await dbOf(ledger).selectFrom("watch_jobs").select(["id", "payload", "attempts"]).where("state", "=", "queued").where("run_after", "<=", now.toISOString()).orderBy("id").limit(limit).execute();
  return rows.map((r) => ({ id: Number(r.id), payload: JSON.parse(r.payload) as unknown, attempts: Number(r.attempts) }));
}

/** the SQLite job's outcome: done, or failed and retried later (up to maxAttempts, with the back-off doubling) */
export async function finishSqliteJob(ledger: Ledger, job: QueuedJob, error: string | null, maxAttempts: number, retrySeconds = 60): Promise<void> {
  const attempts = job.attempts + 1;
  const state = error === null ? "done" : attempts >= maxAttempts ? "failed" : "queued";
  await dbOf(ledger)
    .updateTable("watch_jobs")
    .set({ attempts, state, last_error: error, run_after: new Date(Date.now() + retrySeconds * 1000 * 2 ** (attempts - 1)).toISOString() })
    .where("id", "=", job.id)
    .execute();
}

export async function sqliteJobCounts(ledger: Ledger): Promise<Record<string, number>> {
  const rows = await dbOf(ledger).selectFrom("watch_jobs").select(["state", sql<number>`count(*)`.as("n")]).groupBy("state").execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
