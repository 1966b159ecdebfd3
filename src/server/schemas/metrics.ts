// The schemas of /api/metrics and /api/findings: the searchable listing of metrics, a metric's key in the
// path, the findings by kind or metric.

import { FINDING_KINDS } from "../../analysis/checks/index.js";
import { METRIC_PAGE_FIGURES } from "../../ledger/metrics/figure-page.js";

const page = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export const METRICS_QUERY = {
  type: "object", additionalProperties: false,
  properties: { ...page, min: { type: "integer", minimum: 1, default: 1, description: "at least this many figures" }, q: { type: "string", maxLength: 200, description: "words the label or key contains (detained tajikistan)" } },
} as const;
export const METRIC_QUERY = {
  type: "object", additionalProperties: false,
  properties: {
    limit: { type: "integer", minimum: 1, maximum: 500, default: METRIC_PAGE_FIGURES, description: "figures a page (earliest period first)" },
    after: { type: "string", maxLength: 100, description: "the page after this one: the `next` of the page before (the first page has the metric's findings, later pages none)" },
  },
} as const;
export const METRIC_PARAMS = { type: "object", properties: { key: { type: "string", minLength: 1, maxLength: 500 } } } as const;
export const FINDINGS_QUERY = {
  type: "object", additionalProperties: false,
  properties: {
    kind: { type: "string", enum: FINDING_KINDS },
    metric: { type: "string", maxLength: 500, description: "a metric's key" },
    limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
    offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
  },
} as const;
