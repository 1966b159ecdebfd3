// /api/metrics: what the ledger's figures count, most figures first; /api/metrics/KEY: one metric with its
// claims and reference figures, earliest period first (the data of a metric's timeline).

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { KyselyLedger } from "../../ledger/kysely-store.js";
import { MetricsLedger } from "../../ledger/metrics-store.js";
import { httpError } from "../auth.js";

const page = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

/** the metrics of a ledger that keeps them, read up to its latest document */
export async function metricsOf(ledger: LedgerStore): Promise<MetricsLedger> {
  if (!(ledger instanceof KyselyLedger)) throw httpError(501, "this ledger keeps no metrics");
  const m = new MetricsLedger(ledger);
  await m.catchUp();
  return m;
}

export function metricRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: { limit: number; offset: number; min: number } }>("/api/metrics", {
    schema: {
      tags: ["metrics"], summary: "metrics: what is counted, what happened to it, where; most figures first",
      querystring: { type: "object", additionalProperties: false, properties: { ...page, min: { type: "integer", minimum: 1, default: 1, description: "at least this many figures" } } },
    },
  }, async (req) => {
    const m = await metricsOf(ledger);
    const [items, total] = await Promise.all([m.metrics({ limit: req.query.limit, offset: req.query.offset, minFigures: req.query.min }), m.countMetrics(req.query.min)]);
    return { items: items.map(({ key, label, figures }) => ({ key, label, figures })), total, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Params: { key: string } }>("/api/metrics/:key", {
    schema: { tags: ["metrics"], summary: "one metric with its claims and reference figures, earliest first, and its findings", params: { type: "object", properties: { key: { type: "string", minLength: 1, maxLength: 500 } } } },
  }, async (req) => {
    const m = await metricsOf(ledger);
    const metric = await m.metric(req.params.key);
    if (!metric) throw httpError(404, `no metric "${req.params.key}"`);
    const [claims, findings] = await Promise.all([m.metricClaims(metric.id), m.findings({ metric: metric.key, limit: 500 })]);
    return { key: metric.key, label: metric.label, figures: metric.figures, claims, findings };
  });
}
