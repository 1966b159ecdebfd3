// The metrics' tables (migrations 7–8): metrics, their figures, reference figures, findings, and how far
// the metrics have read the ledger's documents.

import type { MigrationStep } from "./step.js";

export const METRICS_STEPS: [string, MigrationStep][] = [
  // metrics, their figures (claims and reference rows), reference tables, findings, and how far the
  // metrics have read the ledger's documents (so they are kept current document by document)
  ["metrics", async (db, engine) => {
    await engine.withId(db.schema.createTable("metrics"))
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("base", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("places", "text", (c) => c.notNull())
      .addColumn("origin", "text")
      .addColumn("figures", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("metrics_base").on("metrics").column("base").execute();
    await engine.withId(db.schema.createTable("reference_figures"))
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("line", "integer", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("value", "double precision", (c) => c.notNull())
      .addColumn("upper", "double precision")
      .addColumn("qualifier", "text", (c) => c.notNull())
      .addColumn("what", "text", (c) => c.notNull())
      .addColumn("who", "text", (c) => c.notNull())
      .addColumn("reported_by", "text", (c) => c.notNull())
      .addColumn("url", "text", (c) => c.notNull())
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("period_start", "text", (c) => c.notNull())
      .addColumn("period_end", "text", (c) => c.notNull())
      .addColumn("imported_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("reference_figures_source").on("reference_figures").column("source").execute();
    await engine.withId(db.schema.createTable("metric_figures"))
      .addColumn("metric_id", "integer", (c) => c.notNull().references("metrics.id").onDelete("cascade"))
      .addColumn("claim_id", "integer", (c) => c.references("claims.id").onDelete("cascade"))
      .addColumn("reference_id", "integer", (c) => c.references("reference_figures.id").onDelete("cascade"))
      .addColumn("document_id", "integer")
      .addColumn("sentence_start", "integer")
      .addColumn("speaker", "text")
      .addColumn("period_start", "text")
      .addColumn("period_end", "text")
      .addColumn("value", "double precision", (c) => c.notNull())
      .addColumn("upper", "double precision")
      .addColumn("qualifier", "text", (c) => c.notNull())
      .addColumn("quantity_text", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("sentence", "text", (c) => c.notNull())
      .addColumn("places", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("metric_figures_period").on("metric_figures").columns(["metric_id", "period_start"]).execute();
    await db.schema.createIndex("metric_figures_claim").on("metric_figures").column("claim_id").execute();
    await db.schema.createIndex("metric_figures_reference").on("metric_figures").column("reference_id").execute();
    await engine.withId(db.schema.createTable("findings"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("metric_id", "integer", (c) => c.references("metrics.id").onDelete("cascade"))
      .addColumn("metric_key", "text", (c) => c.notNull())
      .addColumn("metric_label", "text", (c) => c.notNull())
      .addColumn("figures", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("findings_metric").on("findings").columns(["metric_id", "kind"]).execute();
    await db.schema.createIndex("findings_kind").on("findings").columns(["kind", "id"]).execute();
    await db.schema.createTable("metrics_progress")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
  }],
  // bounded work per ingested document: the metric checks read a metric's earliest figures by when they
  // stood (index on period end), and remember the last one they read so later figures skip them
  ["metric-checks-through", async (db) => {
    await db.schema.alterTable("metrics").addColumn("metric_checks_through", "text").execute();
    await db.schema.createIndex("metric_figures_end").on("metric_figures").columns(["metric_id", "period_end", "period_start", "id"]).execute();
  }],
];
