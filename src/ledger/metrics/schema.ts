// The ledger's metrics, their figures, reference figures and findings: tables of their own (built by
// migrations/metrics.ts).

import type { Generated } from "kysely";
import type { LedgerDatabase } from "../schema.js";

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

/** the claims a finding names (metrics/finding-claims.ts) */
export interface FindingClaimsTable {
  finding_id: number;
  claim_id: number;
}

/** findings by kind (metrics/finding-claims.ts) */
export interface FindingCountsTable {
  kind: string;
  n: number;
}

export interface MetricsProgressTable {
  name: string;
  value: number;
}

/** the metrics' own tables */
export interface MetricsTables {
  metrics: MetricsTable;
  metric_figures: MetricFiguresTable;
  reference_figures: ReferenceFiguresTable;
  findings: FindingsTable;
  finding_claims: FindingClaimsTable;
  finding_counts: FindingCountsTable;
  metrics_progress: MetricsProgressTable;
}

/** the ledger's tables with the metrics' */
export interface MetricsDatabase extends LedgerDatabase, MetricsTables {}
