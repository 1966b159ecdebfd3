// The watched sources, the items seen in them, and (on SQLite) the ingest jobs they make: tables of their
// own, built by migrations appended after the ledger's others (schema.ts spreads WATCH_MIGRATIONS at the end).
// On PostgreSQL the jobs go through graphile-worker's own tables instead (src/watch/pg-queue.ts).

import type { Generated, Kysely } from "kysely";
import type { Dialect, LedgerDatabase } from "./schema.js";

export interface SourcesTable {
  id: Generated<number>;
  url: string;
  label: string | null;
  /** seconds between polls when all is well */
  every_seconds: number;
  added_at: string;
  /** the last answer's validators, sent back as If-None-Match / If-Modified-Since */
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  /** ok | not modified | failed | disallowed */
  last_status: string | null;
  /** the last poll's failure, named (cleared by a good poll) */
  last_error: string | null;
  /** failures in a row: the back-off grows with them */
  failures: number;
  next_poll_at: string;
  /** the last failure of one of its items' ingest jobs (a page that cannot be read) */
  item_error: string | null;
}

/** an item of a source (its link, or its guid) seen once: never fetched again */
export interface SourceItemsTable {
  key: string;
  source_id: number;
  seen_at: string;
}

/** SQLite's ingest jobs, run inside `watch` (PostgreSQL: graphile-worker) */
export interface WatchJobsTable {
  id: Generated<number>;
  /** JSON: an IngestJob */
  payload: string;
  attempts: number;
  run_after: string;
  /** queued | done | failed */
  state: string;
  last_error: string | null;
}

/** PostgreSQL: the queue's workers alive, by heartbeat; a silent one's jobs are unlocked for others */
export interface QueueWorkersTable {
  worker_id: string;
  seen_at: string;
}

export interface WatchDatabase extends LedgerDatabase {
  queue_workers: QueueWorkersTable;
  sources: SourcesTable;
  source_items: SourceItemsTable;
  watch_jobs: WatchJobsTable;
}

type Migration = (db: Kysely<LedgerDatabase>, dialect: Dialect) => Promise<void>;

export const WATCH_MIGRATIONS: Migration[] = [
  async (ledgerDb, dialect) => {
    const db = ledgerDb as unknown as Kysely<WatchDatabase>;
    const id = dialect === "sqlite" ? "integer" : "serial";
    await db.schema.createTable("sources")
      .addColumn("id", id, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn("url", "text", (c) => c.notNull().unique())
      .addColumn("label", "text")
      .addColumn("every_seconds", "integer", (c) => c.notNull())
      .addColumn("added_at", "text", (c) => c.notNull())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_polled_at", "text")
      .addColumn("last_status", "text")
      .addColumn("last_error", "text")
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_poll_at", "text", (c) => c.notNull())
      .addColumn("item_error", "text")
      .execute();
    await db.schema.createIndex("sources_next_poll").on("sources").column("next_poll_at").execute();
    await db.schema.createTable("source_items")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("source_id", "integer", (c) => c.notNull().references("sources.id").onDelete("cascade"))
      .addColumn("seen_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("source_items_source").on("source_items").column("source_id").execute();
    await db.schema.createTable("watch_jobs")
      .addColumn("id", id, (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("run_after", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("last_error", "text")
      .execute();
    await db.schema.createTable("queue_workers")
      .addColumn("worker_id", "text", (c) => c.primaryKey())
      .addColumn("seen_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("watch_jobs_due").on("watch_jobs").columns(["state", "run_after"]).execute();
  },
];
