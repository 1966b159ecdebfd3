// The watched sources, the items seen in them, and (on SQLite) the ingest jobs they make: tables of their
// own (built by migrations/sources.ts).
// On PostgreSQL the jobs go through graphile-worker's own tables instead (src/watch/pg-queue.ts).

import type { Generated } from "kysely";
import type { LedgerDatabase } from "../schema.js";

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

/** the watched sources' own tables */
export interface SourcesTables {
  queue_workers: QueueWorkersTable;
  sources: SourcesTable;
  source_items: SourceItemsTable;
  watch_jobs: WatchJobsTable;
}

/** the ledger's tables with the watched sources' */
export interface WatchDatabase extends LedgerDatabase, SourcesTables {}
