// The ledger's own tables (migrations 1–6): documents, claims, sentences, reviews, corrections, accounts.
// Each is the shared part; an engine adds its own (search) after it (engines/*/migrations.ts).
// Claims keep the filterable fields as columns and the whole claim record as JSON, so a new extractor
// field needs no migration while every filter stays an indexed column. Text is stored once, as the
// document's: a claim keeps offsets into it, and its sentence is cut from it on reading (since migration 5).

import { sql } from "kysely";
import type { MigrationStep } from "./step.js";

export const LEDGER_STEPS: [string, MigrationStep][] = [
  ["documents-claims-reviews", async (db, engine) => {
    await engine.withId(db.schema.createTable("documents"))
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
    await engine.withId(db.schema.createTable("claims"))
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
    await engine.withId(db.schema.createTable("reviews"))
      .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("verdict", "text", (c) => c.notNull())
      .addColumn("rating_value", "integer", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("links", "text", (c) => c.notNull())
      .addColumn("reviewer", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("reviews_claim").on("reviews").column("claim_id").execute();
  }],
  // 2: filters as full-text lookups (speaker, counted, verb and places, not LIKE scans over every claim:
  // 996 ms → see bench/query on a million claims), a published index for sorting, and accounts.
  ["search-and-accounts", async (db, engine) => {
    await db.schema.createIndex("documents_published").on("documents").column("published").execute();
    await engine.withId(db.schema.createTable("users"))
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
    await engine.withId(db.schema.createTable("api_tokens"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  }],
  // 3: the claims table opens on "everything with a number": counting those scanned every row (427 ms on a
  // million claims); a partial index that covers the test counts them in 22 ms, and one on value sorts them
  ["quantified-indexes", async (db) => {
    await db.schema.createIndex("claims_quantified").on("claims").column("quantity_text").where(sql.ref("quantity_text"), "is not", null).execute();
    await db.schema.createIndex("claims_quantified_value").on("claims").column("value").where(sql.ref("quantity_text"), "is not", null).execute();
  }],
  // 4: API tokens expire, are revoked (one by one, or all on a password change) and show when last used;
  // sign-in attempts are counted in the ledger, so --workers N processes share one limit
  ["token-lifetimes-and-rate-limits", async (db) => {
    for (const column of ["expires_at", "revoked_at", "last_used_at"]) await db.schema.alterTable("api_tokens").addColumn(column, "text").execute();
    await db.schema.createTable("rate_limits")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("window_start", "bigint", (c) => c.notNull())
      .addColumn("hits", "integer", (c) => c.notNull())
      .execute();
  }],
  // 5: text once. Each claim kept its sentence twice (a column and in the JSON), so a sentence with n numbers
  // stored n² of text: 24 KB of "1,000 " made a 241 MB ledger. Claims now keep offsets into the document's
  // text, search indexes each sentence once, and documents record what extraction left out.
  ["text-once", async (db, engine) => {
    await engine.withId(db.schema.createTable("sentences"))
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("sentence_start", "integer", (c) => c.notNull())
      .addColumn("sentence_end", "integer", (c) => c.notNull())
      .addUniqueConstraint("sentences_span", ["document_id", "sentence_start", "sentence_end"])
      .execute();
    await db.schema.alterTable("documents").addColumn("warnings", "text").execute();
  }],
  // 6 (the review desk): verdicts can be withdrawn or replaced by an edit, the history kept; reviewers'
  // corrections of a claim's fields. A corrected field is written into the claim (so filters and checks
  // see it) and its old value kept here; SQLite's full-text index follows updated claims by a trigger.
  ["review-desk", async (db, engine) => {
    await db.schema.alterTable("reviews").addColumn("withdrawn_at", "text").execute();
    await db.schema.alterTable("reviews").addColumn("withdrawn_by", "text").execute();
    await db.schema.alterTable("reviews").addColumn("replaces", "integer").execute();
    await engine.withId(db.schema.createTable("corrections"))
      .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id").onDelete("cascade"))
      .addColumn("field", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("previous", "text", (c) => c.notNull())
      .addColumn("reviewer", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("corrections_claim").on("corrections").column("claim_id").execute();
  }],
];
