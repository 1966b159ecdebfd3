// The watched sources' tables (migration 9): sources, the items seen in them, SQLite's ingest jobs and
// PostgreSQL's queue workers.

import type { MigrationStep } from "./step.js";

export const SOURCES_STEPS: [string, MigrationStep][] = [
  ["sources-and-jobs", async (db, engine) => {
    await engine.withId(db.schema.createTable("sources"))
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
    await engine.withId(db.schema.createTable("watch_jobs"))
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
  }],
];
