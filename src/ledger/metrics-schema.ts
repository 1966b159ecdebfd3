// The ledger's metrics, their figures, reference figures and findings: tables of their own, built by
// migrations appended after the ledger's others (schema.ts spreads METRICS_MIGRATIONS at the end).

import { type CreateTableBuilder, type Generated, type Kysely } from "kysely";
import type { Dialect, LedgerDatabase } from "./schema.js";

export interface MetricsTable {
  id: Generated<number>;
  key: string;
  /** thing|event|dimension: figures are put in a metric with the same base whose places fit */
  base: string;
  label: string;
  /** places joined as "|Syria|Iraq|" */
  places: string;
  origin: string | null;
  figures: number;
  /** "end|start" of the last figure its metric checks read when they read their full `earliest` (a running
   * summary: a later figure leaves them as they are, so they are not run again); null while fewer */
  metric_checks_through: string | null;
}

export interface MetricFiguresTable {
  id: Generated<number>;
  metric_id: number;
  claim_id: number | null;
  reference_id: number | null;
  document_id: number | null;
  sentence_start: number | null;
  speaker: string | null;
  period_start: string | null;
  period_end: string | null;
  /** in the base unit of the metric's dimension */
  value: number;
  upper: number | null;
  qualifier: string;
  quantity_text: string;
  source: string;
  sentence: string;
  places: string;
}

export interface ReferenceFiguresTable {
  id: Generated<number>;
  source: string;
  line: number;
  date: string;
  value: number;
  upper: number | null;
  qualifier: string;
  what: string;
  who: string;
  reported_by: string;
  url: string;
  period: string;
  period_start: string;
  period_end: string;
  imported_at: string;
}

export interface FindingsTable {
  id: Generated<number>;
  kind: string;
  metric_id: number | null;
  metric_key: string;
  metric_label: string;
  /** JSON: [{ "claim": 12 } | { "reference": 3 }] */
  figures: string;
  reason: string;
  created_at: string;
}

export interface MetricsProgressTable {
  name: string;
  value: number;
}

export interface MetricsDatabase extends LedgerDatabase {
  metrics: MetricsTable;
  metric_figures: MetricFiguresTable;
  reference_figures: ReferenceFiguresTable;
  findings: FindingsTable;
  metrics_progress: MetricsProgressTable;
}

type Migration = (db: Kysely<LedgerDatabase>, dialect: Dialect) => Promise<void>;

const withId = <TB extends string>(table: CreateTableBuilder<TB, never>, dialect: Dialect) =>
  table.addColumn("id", dialect === "sqlite" ? "integer" : "serial", (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()));

export const METRICS_MIGRATIONS: Migration[] = [
  // metrics, their figures (claims and reference rows), reference tables, findings, and how far the
  // metrics have read the ledger's documents (so they are kept current document by document)
  async (db, dialect) => {
    await withId(db.schema.createTable("metrics"), dialect)
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("base", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("places", "text", (c) => c.notNull())
      .addColumn("origin", "text")
      .addColumn("figures", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("metrics_base").on("metrics").column("base").execute();
    await withId(db.schema.createTable("reference_figures"), dialect)
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
    await withId(db.schema.createTable("metric_figures"), dialect)
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
    await withId(db.schema.createTable("findings"), dialect)
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
  },
  // bounded work per ingested document: the metric checks read a metric's earliest figures by when they
  // stood (index on period end), and remember the last one they read so later figures skip them
  async (db) => {
    await db.schema.alterTable("metrics").addColumn("metric_checks_through", "text").execute();
    await db.schema.createIndex("metric_figures_end").on("metric_figures").columns(["metric_id", "period_end", "period_start", "id"]).execute();
  },
];
