// What a database engine brings to the ledger, in the manner of Kysely's dialect adapters: the connection
// (and how it is opened), how search is indexed and queried, the engine's part of each migration, and
// which errors mean "busy". Everything that differs between SQLite and PostgreSQL is behind this; the
// stores and migrations above it are written once.

import type { CreateTableBuilder, Kysely, RawBuilder, SelectQueryBuilder, Transaction } from "kysely";
import type { LedgerDatabase } from "../schema.js";

export type EngineName = "sqlite" | "postgres";

/** what writers on several connections take turns at (PostgreSQL holds a lock by name for a transaction).
 * documents, alerts: storing one (ids then commit in order, so a reader that remembers the last id it read
 * skips none); metrics: reading documents into metrics (two ingests would both make a new metric's row);
 * alert-channels: handing alerts to channels */
export type LockName = "documents" | "metrics" | "alerts" | "alert-channels";

/** what a migration or a store runs on: the database, or a transaction on it */
export type Db = Kysely<LedgerDatabase> | Transaction<LedgerDatabase>;

/** the word filters of a claim filter, as the engine's search reads them */
export interface WordFilter {
  speaker?: string;
  place?: string;
  counted?: string;
  text?: string;
  /** the order asked: an engine may look the words up claim by claim where that order's index reads claims */
  sort?: string;
}

/** the documents with ids after `after` (when given) up to `upTo` */
export interface DocumentRange { after?: number; upTo: number }

export interface LedgerEngine {
  readonly name: EngineName;
  readonly db: Kysely<LedgerDatabase>;
  /** a cheap value (compared with ===) that changes whenever anyone commits what a claim count reads (SQLite's
   * data_version; PostgreSQL: documents, reviews and corrections as counted); none: counts are not cached */
  readonly changeMark?: () => unknown | Promise<unknown>;
  /** the schema Kysely's migration tables live in (PostgreSQL: the connection's own, never another ledger's) */
  migrationSchema?(): Promise<string | undefined>;
  /** where nulls come in an ascending order: first (SQLite), or last (PostgreSQL); keyset paging follows it */
  readonly nullsFirst: boolean;
  /** a page in id or value order is chosen by its ids first (from narrow covering indexes: PostgreSQL's
   *  claims_filter, claims_quantified_value), then only its rows read */
  readonly idsFirst: boolean;
  /** how an ingest's jobs are queued: in the ledger (one `watch` process runs them) or by graphile-worker */
  readonly jobQueue: "ledger" | "graphile-worker";

  /** an auto-numbered primary key column named id */
  withId<TB extends string>(table: CreateTableBuilder<TB, never>): CreateTableBuilder<TB, "id">;
  /** whether a table exists where the connection looks for tables */
  tableExists(db: Db, table: string): Promise<boolean>;
  /** the columns a table has where the connection looks for tables */
  columnsOf(db: Db, table: string): Promise<Set<string>>;
  /** after rows were written with the ids they had in another ledger (a copy): the ids of new rows follow
   *  theirs (PostgreSQL: each table's sequence moved past its largest id; SQLite numbers after it by itself) */
  followIds?(db: Db, tables: readonly string[]): Promise<void>;
  /** the claims each finding names (in its JSON list of figures) written into finding_claims, once each */
  insertFindingClaims(db: Db): Promise<void>;
  /** whether the change mark also moves with this process's own commits (PostgreSQL's counters do; SQLite's
   *  data_version moves only with other connections'), so that what is kept under it needs no other sign */
  readonly marksOwnWrites: boolean;
  /** the engine's own part of a ledger migration (by its number), run after the shared part unless said */
  migrationStep(version: number, db: Db): Promise<void>;
  /** after the migrations, outside their transaction: what must not block writers (PostgreSQL: indexes built
   *  concurrently, engines/postgres/indexes.ts) */
  afterMigrate?(): Promise<void>;

  /** counts kept in the database for every process on the ledger, each under the change mark it was read at
   *  (PostgreSQL: several `serve` workers and servers); none: each process keeps its own */
  readonly sharedCounts?: {
    /** the count kept for `key` and the mark it was read at */
    get(db: Db, key: string): Promise<{ mark: string; n: number } | null>;
    put(db: Db, key: string, mark: string, n: number): Promise<void>;
    /** the documents (ids after `after`, up to `upTo`) stored between two marks when nothing else a count reads
     *  changed (`reviews`: whether it reads reviews): a count at `from` grows to `to` by their claims (PostgreSQL,
     *  migration 18); null when it must be counted again */
    grown(from: string, to: string, reviews: boolean): DocumentRange | null;
    /** the last document a count at `mark` reads: documents stored after the mark was read are left out */
    upTo(mark: string): number;
  };

  /** conditions on `claims` (and, for text, the sentences table) for a filter's word filters */
  wordConditions(f: WordFilter): RawBuilder<boolean>[];
  /** the condition that a claim's sentence (claims.document_id, sentence_start, sentence_end) has these words,
   *  asked claim by claim: with searchShare, for a walk through claims in order */
  sentenceHas?(text: string): RawBuilder<boolean>;
  /** the spans (document_id, sentence_start, sentence_end) of the sentences with these words in the documents
   *  lo to hi of a CTE `walk` (lo, hi): for a walk through claims that takes every claim of its stretch */
  walkSentencesWith?(text: string): RawBuilder<unknown>;
  /** the speakers' exact names that a speaker filter's words find, when the engine reads a speaker's claims
   *  faster by name (PostgreSQL); null: too many names, or none */
  speakerNames?(db: Db, words: string): Promise<string[] | null>;
  /** an index of quantified claims' ids alone that a page by id of this filter's claims is best chosen in,
   *  its word filters' claims looked up there rather than in their rows (SQLite); none: as the planner likes */
  idsIndex?(f: WordFilter & { quantified?: boolean; documentId?: number; speakerName?: unknown }): string | null;
  /** the share of sentences a search's words are expected to match (the planner's estimate, read cheaply):
   * an engine that has it looks for a common search's first page among the next claims in order */
  searchShare?(db: Db, text: string): Promise<number>;
  /** stores a document's sentences (spans of its text) and indexes their words */
  insertSentences(trx: Db, documentId: number, text: string, spans: { start: number; end: number }[]): Promise<void>;

  /** holds `lock` until the transaction `trx` ends (PostgreSQL: an advisory lock); on SQLite write
   * transactions begin IMMEDIATE and so already run one at a time */
  lockTransaction<DB>(trx: Transaction<DB>, lock: LockName): Promise<void>;
  /** the rows `q` selects, locked for its transaction, passing over rows another transaction holds
   * (PostgreSQL: FOR UPDATE SKIP LOCKED); as is on SQLite, where one transaction writes at a time */
  skipLocked<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;

  close(): Promise<void>;
}
