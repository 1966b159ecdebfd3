// The ledger's tables as Kysely sees them, and the migrations that build them on SQLite and PostgreSQL.
// Claims keep the filterable fields as columns and the whole claim record as JSON, so a new extractor
// field needs no migration while every filter stays an indexed column. Text is stored once, as the
// document's: a claim keeps offsets into it, and its sentence is cut from it on reading (since migration 5).

import { sql, type CreateTableBuilder, type Generated, type Kysely } from "kysely";
import { METRICS_MIGRATIONS } from "./metrics-schema.js";
import { WATCH_MIGRATIONS } from "./watch-schema.js";
import { ALERTS_MIGRATIONS } from "./alerts-schema.js";

export type Dialect = "sqlite" | "postgres";

export interface DocumentsTable {
  id: Generated<number>;
  source: string;
  hash: string;
  version: number;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  ingested_at: string;
  claim_count: number;
  /** JSON: what extraction left out (claims-capped), null when nothing */
  warnings: string | null;
}

export interface ClaimsTable {
  id: Generated<number>;
  document_id: number;
  ord: number;
  sentence_start: number;
  sentence_end: number;
  mode: string;
  speaker: string | null;
  speaker_kind: string | null;
  speaker_role: string | null;
  cue: string | null;
  quantity_text: string | null;
  value: number | null;
  upper: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  predicate: string | null;
  period_start: string | null;
  period_end: string | null;
  /** places joined as "|Syria|Iraq|" so that one LIKE finds a place */
  places: string;
  /** the claim record without its text (the document holds it) */
  data: string;
}

/**
 * The spans of text claims are in (a sentence, or the sentences an attribution covers), once each however
 * many claims they hold: full-text search indexes each once (SQLite: sentences_fts, by id; PostgreSQL: tsv).
 */
export interface SentencesTable {
  id: Generated<number>;
  document_id: number;
  sentence_start: number;
  sentence_end: number;
}

export interface ReviewsTable {
  id: Generated<number>;
  claim_id: number;
  verdict: string;
  rating_value: number;
  note: string | null;
  links: string;
  reviewer: string;
  created_at: string;
  /** a withdrawn verdict (taken back, or replaced by an edit) stays in the history but no longer counts */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  /** the review this one edits */
  replaces: number | null;
}

/** a reviewer's correction of one field of a claim: the value set, the value it replaced, who and when */
export interface CorrectionsTable {
  id: Generated<number>;
  claim_id: number;
  field: string;
  /** JSON */
  value: string;
  /** JSON: what the claim said before */
  previous: string;
  reviewer: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  /** scrypt: "scrypt$N$r$p$salt$hash", never the password */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen ledger file holds no live session */
  token_hash: string;
  user_id: number;
  csrf: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  label: string;
  created_at: string;
  /** ISO times; null: never expires, not revoked, not used yet */
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** sign-in attempts per client and window, shared by every process serving the ledger */
export interface RateLimitsTable {
  key: string;
  /** ms since the epoch */
  window_start: number;
  hits: number;
}

export interface MigrationsTable {
  version: number;
  applied_at: string;
}

export interface LedgerDatabase {
  documents: DocumentsTable;
  claims: ClaimsTable;
  sentences: SentencesTable;
  reviews: ReviewsTable;
  corrections: CorrectionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  ledger_migrations: MigrationsTable;
}

type Migration = (db: Kysely<LedgerDatabase>, dialect: Dialect) => Promise<void>;

// an auto-numbered primary key: INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, SERIAL on PostgreSQL
const withId = <TB extends string>(table: CreateTableBuilder<TB, never>, dialect: Dialect) =>
  table.addColumn("id", dialect === "sqlite" ? "integer" : "serial", (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()));

/** Ordered; a ledger records the versions it has applied and runs only the ones after. */
export const MIGRATIONS: Migration[] = [
  async (db, dialect) => {
    await withId(db.schema.createTable("documents"), dialect)
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull().unique())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("byline", "text")
      .addColumn("outlet", "text")
      .addColumn("published", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .addColumn("claim_count", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("documents_source").on("documents").columns(["source", "version"]).execute();
    await withId(db.schema.createTable("claims"), dialect)
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("ord", "integer", (c) => c.notNull())
      .addColumn("sentence_start", "integer", (c) => c.notNull())
      .addColumn("sentence_end", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("mode", "text", (c) => c.notNull())
      .addColumn("speaker", "text")
      .addColumn("speaker_kind", "text")
      .addColumn("speaker_role", "text")
      .addColumn("cue", "text")
      .addColumn("quantity_text", "text")
      .addColumn("value", "double precision")
      .addColumn("upper", "double precision")
      .addColumn("qualifier", "text")
      .addColumn("unit", "text")
      .addColumn("counted", "text")
      .addColumn("predicate", "text")
      .addColumn("period_start", "text")
      .addColumn("period_end", "text")
      .addColumn("places", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .execute();
    for (const [name, cols] of [
      ["claims_document", ["document_id"]],
      ["claims_speaker", ["speaker"]],
      ["claims_period", ["period_start", "period_end"]],
      ["claims_qualifier", ["qualifier"]],
      ["claims_counted", ["counted"]],
    ] as const)
      await db.schema.createIndex(name).on("claims").columns([...cols]).execute();
    await withId(db.schema.createTable("reviews"), dialect)
      .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("verdict", "text", (c) => c.notNull())
      .addColumn("rating_value", "integer", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("links", "text", (c) => c.notNull())
      .addColumn("reviewer", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("reviews_claim").on("reviews").column("claim_id").execute();
    // full-text search over the claim sentence
    if (dialect === "sqlite") {
      await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id')`.execute(db);
      await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
      await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text); END`.execute(db);
    } else {
      await sql`CREATE INDEX claims_fts ON claims USING gin (to_tsvector('english', text))`.execute(db);
    }
  },
  // 2: filters as full-text lookups (speaker, counted, verb and places, not LIKE scans over every claim:
  // 996 ms → see bench/query on a million claims), a published index for sorting, and accounts.
  async (db, dialect) => {
    if (dialect === "sqlite") {
      for (const t of ["claims_fts_insert", "claims_fts_delete"]) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
      await sql`DROP TABLE IF EXISTS claims_fts`.execute(db);
      await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker, counted, predicate, places, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts(rowid, text, speaker, counted, predicate, places) VALUES (new.id, new.text, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
      await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text, speaker, counted, predicate, places) VALUES ('delete', old.id, old.text, old.speaker, old.counted, old.predicate, old.places); END`.execute(db);
      await sql`INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')`.execute(db);
    }
    await db.schema.createIndex("documents_published").on("documents").column("published").execute();
    await withId(db.schema.createTable("users"), dialect)
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createTable("sessions")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("csrf", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await withId(db.schema.createTable("api_tokens"), dialect)
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
  // 3: the claims table opens on "everything with a number": counting those scanned every row (427 ms on a
  // million claims); a partial index that covers the test counts them in 22 ms, and one on value sorts them
  async (db) => {
    await db.schema.createIndex("claims_quantified").on("claims").column("quantity_text").where(sql.ref("quantity_text"), "is not", null).execute();
    await db.schema.createIndex("claims_quantified_value").on("claims").column("value").where(sql.ref("quantity_text"), "is not", null).execute();
  },
  // 4: API tokens expire, are revoked (one by one, or all on a password change) and show when last used;
  // sign-in attempts are counted in the ledger, so --workers N processes share one limit
  async (db) => {
    for (const column of ["expires_at", "revoked_at", "last_used_at"]) await db.schema.alterTable("api_tokens").addColumn(column, "text").execute();
    await db.schema.createTable("rate_limits")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("window_start", "bigint", (c) => c.notNull())
      .addColumn("hits", "integer", (c) => c.notNull())
      .execute();
  },
  // 5: text once. Each claim kept its sentence twice (a column and in the JSON), so a sentence with n numbers
  // stored n² of text: 24 KB of "1,000 " made a 241 MB ledger. Claims now keep offsets into the document's
  // text, search indexes each sentence once, and documents record what extraction left out.
  async (db, dialect) => {
    await withId(db.schema.createTable("sentences"), dialect)
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("sentence_start", "integer", (c) => c.notNull())
      .addColumn("sentence_end", "integer", (c) => c.notNull())
      .addUniqueConstraint("sentences_span", ["document_id", "sentence_start", "sentence_end"])
      .execute();
    if (dialect === "sqlite") {
      for (const t of ["claims_fts_insert", "claims_fts_delete"]) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
      await sql`DROP TABLE IF EXISTS claims_fts`.execute(db);
      await sql`INSERT INTO sentences (document_id, sentence_start, sentence_end) SELECT DISTINCT document_id, sentence_start, sentence_end FROM claims`.execute(db);
      // contentless: the index holds the words, not the text; rows are deleted by id
      await sql`CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN DELETE FROM sentences_fts WHERE rowid = old.id; END`.execute(db);
      await sql`INSERT INTO sentences_fts (rowid, text) SELECT s.id, (SELECT c.text FROM claims c WHERE c.document_id = s.document_id
        AND c.sentence_start = s.sentence_start AND c.sentence_end = s.sentence_end LIMIT 1) FROM sentences s`.execute(db);
      await sql`UPDATE claims SET data = json_remove(data, '$.text')`.execute(db);
      await sql`ALTER TABLE claims DROP COLUMN text`.execute(db);
      await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(speaker, counted, predicate, places, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts(rowid, speaker, counted, predicate, places) VALUES (new.id, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
      await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, speaker, counted, predicate, places) VALUES ('delete', old.id, old.speaker, old.counted, old.predicate, old.places); END`.execute(db);
      await sql`INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')`.execute(db);
    } else {
      await sql`ALTER TABLE sentences ADD COLUMN tsv tsvector NOT NULL`.execute(db);
      await sql`INSERT INTO sentences (document_id, sentence_start, sentence_end, tsv)
        SELECT DISTINCT ON (document_id, sentence_start, sentence_end) document_id, sentence_start, sentence_end, to_tsvector('english', text)
        FROM claims ORDER BY document_id, sentence_start, sentence_end`.execute(db);
      await sql`CREATE INDEX sentences_tsv ON sentences USING gin (tsv)`.execute(db);
      await sql`DROP INDEX IF EXISTS claims_fts`.execute(db);
      // in JavaScript, not jsonb: jsonb would reorder the record's fields
      for (let last = 0; ; ) {
        const rows = await sql<{ id: number; data: string }>`SELECT id, data FROM claims WHERE id > ${last} ORDER BY id LIMIT 1000`.execute(db);
        if (!rows.rows.length) break;
        for (const r of rows.rows) {
          const { text: _text, ...rest } = JSON.parse(r.data) as Record<string, unknown>;
          await sql`UPDATE claims SET data = ${JSON.stringify(rest)} WHERE id = ${r.id}`.execute(db);
        }
        last = Number(rows.rows[rows.rows.length - 1].id);
      }
      await sql`ALTER TABLE claims DROP COLUMN text`.execute(db);
    }
    await db.schema.alterTable("documents").addColumn("warnings", "text").execute();
  },
  // 6 (the review desk): verdicts can be withdrawn or replaced by an edit, the history kept; reviewers'
  // corrections of a claim's fields. A corrected field is written into the claim (so filters and checks
  // see it) and its old value kept here; SQLite's full-text index follows updated claims by a trigger.
  async (db, dialect) => {
    await db.schema.alterTable("reviews").addColumn("withdrawn_at", "text").execute();
    await db.schema.alterTable("reviews").addColumn("withdrawn_by", "text").execute();
    await db.schema.alterTable("reviews").addColumn("replaces", "integer").execute();
    await withId(db.schema.createTable("corrections"), dialect)
      .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("field", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("previous", "text", (c) => c.notNull())
      .addColumn("reviewer", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("corrections_claim").on("corrections").column("claim_id").execute();
    if (dialect === "sqlite")
      await sql`CREATE TRIGGER claims_fts_update AFTER UPDATE OF speaker, counted, predicate, places ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, speaker, counted, predicate, places) VALUES ('delete', old.id, old.speaker, old.counted, old.predicate, old.places);
        INSERT INTO claims_fts(rowid, speaker, counted, predicate, places) VALUES (new.id, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
  },
  // metrics, findings and reference figures (metrics-schema.ts)
  ...METRICS_MIGRATIONS,
  // watched sources, the items seen in them, SQLite's ingest jobs (watch-schema.ts)
  ...WATCH_MIGRATIONS,
  // follows, the alerts outbox, webhook and e-mail channels and their deliveries (alerts-schema.ts)
  ...ALERTS_MIGRATIONS,
];
