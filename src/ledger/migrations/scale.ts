// Scale (migrations 11–20): speakers' counts kept as claims are stored, so that listing speakers reads a row per
// speaker, not every claim (2.9 s on a million claims before). The engines add what their search needs at
// ten million claims (engines/postgres/migrations.ts: trigram indexes for the word filters).

import { COUNT_ALL_SPEAKERS } from "../documents/speakers.js";
import { createFindingClaims } from "../metrics/finding-claims.js";
import type { MigrationStep } from "./step.js";

export const SCALE_STEPS: [string, MigrationStep][] = [
  ["speaker-counts", async (db) => {
    await db.schema.createTable("speaker_counts")
      .addColumn("speaker", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("claims", "integer", (c) => c.notNull())
      .addColumn("quantified", "integer", (c) => c.notNull())
      .addColumn("documents", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("speaker_counts_key", ["speaker", "kind", "role"])
      .execute();
    await COUNT_ALL_SPEAKERS.execute(db);
  }],
  // 12: newest first (claims by their document's date) read in the index's order, a document's claims after
  // it: on the date alone every claim of the first day was sorted (a day of the bench's million claims:
  // 50,000 claims, 98 ms a page, growing with the ledger; 0.1 ms in the index's order)
  ["published-order", async (db) => {
    await db.schema.createIndex("documents_published_id").on("documents").columns(["published", "id"]).execute();
    await db.schema.dropIndex("documents_published").execute();
  }],
  // 13: the engine's own (PostgreSQL: a narrow copy of the filter columns in id order, engines/postgres/indexes.ts)
  ["filter-columns-by-id", async () => {}],
  // 14: a metric's page read in the order of an index: its first findings by id (every finding of the metric
  // was sorted for the first twenty: a big metric's thousands of conflicts on each visit), its figures by
  // period and id (PostgreSQL sorted the figures of one period start by id)
  ["metric-page-order", async (db) => {
    await db.schema.createIndex("findings_metric_id").on("findings").columns(["metric_id", "id"]).execute();
    await db.schema.dropIndex("metric_figures_period").execute();
    await db.schema.createIndex("metric_figures_period").on("metric_figures").columns(["metric_id", "period_start", "id"]).execute();
  }],
  // 15: the engine's own (PostgreSQL: the filter columns by speaker, then id, engines/postgres/indexes.ts;
  // SQLite finds a speaker's words in claims_fts)
  ["filter-columns-by-speaker", async () => {}],
  // 16: the engine's own (SQLite: a word filter sorted by value read along (qualifier, value), and quantified
  // claims' ids in a narrow index, engines/sqlite/migrations.ts)
  ["sqlite-sort-indexes", async () => {}],
  // 17: the engine's own (PostgreSQL: claim counts shared by the processes serving the ledger, engines/postgres/counts.ts)
  ["shared-claim-counts", async () => {}],
  // 18: the engine's own (PostgreSQL: a counter of the changes other than new documents, moved by triggers, for
  // the change mark; claim counts grown by the documents stored since, engines/postgres/counts.ts)
  ["change-counter", async () => {}],
  // 19: the engine's own (PostgreSQL: the speakers' names by trigram, for the speaker filter's words)
  ["speaker-names-trigram", async () => {}],
  // 20: the claims each finding names, by claim (metrics/finding-claims.ts): a claim's findings were a LIKE over
  // every finding of its metric (124 ms a claim at a million claims, growing with the ledger)
  ["finding-claims", (db, engine) => createFindingClaims(db, engine)],
];
