// /api/findings: what the checks found across the ledger's claims, paged, by kind or metric.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { FINDING_KINDS } from "../../analysis/checks/index.js";
import { metricsOf } from "./metrics.js";

export function findingRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: { kind?: string; metric?: string; limit: number; offset: number } }>("/api/findings", {
    schema: {
      tags: ["findings"], summary: "findings (conflicts, series, reference, no-evidence), each with its claims and reason",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          kind: { type: "string", enum: FINDING_KINDS },
          metric: { type: "string", maxLength: 500, description: "a metric's key" },
          limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
          offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
        },
      },
    },
  }, async (req) => {
    const m = await metricsOf(ledger);
    const f = { kind: req.query.kind, metric: req.query.metric };
    const [items, total] = await Promise.all([m.findings({ ...f, limit: req.query.limit, offset: req.query.offset }), m.countFindings(f)]);
    return { items, total, limit: req.query.limit, offset: req.query.offset };
  });
}
