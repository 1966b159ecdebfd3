// The review desk's API: withdraw a verdict, the current verdicts of a page of claims, reviewers'
// corrections of a claim, and the review queue (unreviewed claims, most worth checking first).
// Recording and editing a verdict is POST /api/claims/:id/reviews (claims.ts).

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { Ledger } from "../../ledger/ledger.js";
import { MetricsLedger } from "../../ledger/metrics/store.js";
import { requireWriter } from "../plugins/auth.js";
import { httpError } from "../plugins/errors.js";
import { ID_PARAM } from "../schemas/common.js";
import { NEW_CORRECTION, QUEUE_PAGE, VERDICTS_QUERY } from "../schemas/reviews.js";
import { ownWorthiness, queueOrder, type Worthiness } from "../queue.js";

// the queue orders this many unreviewed claims at most (the newest): past it, the order is by date alone
export const QUEUE_CANDIDATES = 10_000;

export function reviewRoutes(app: FastifyInstance, ledger: LedgerStore, options: { worthiness?: Worthiness } = {}): void {
  const worthiness = options.worthiness ?? ownWorthiness;

  app.post<{ Params: { id: number } }>("/api/reviews/:id/withdraw", {
    preHandler: requireWriter,
    schema: { tags: ["reviews"], summary: "take a verdict back: it stays in the claim's history and no longer counts (needs a reviewer)", params: ID_PARAM },
  }, async (req) => ledger.withdrawReview(req.params.id, req.user!.name));

  app.get<{ Querystring: { claims: string } }>("/api/verdicts", {
    schema: {
      tags: ["reviews"], summary: "the current verdict of each listed claim that has one",
      querystring: VERDICTS_QUERY,
    },
  }, async (req) => ({ verdicts: await ledger.verdicts(req.query.claims.split(",").map(Number)) }));

  app.get<{ Params: { id: number } }>("/api/claims/:id/corrections", {
    schema: { tags: ["reviews"], summary: "a claim's corrections by reviewers, oldest first", params: ID_PARAM },
  }, async (req) => {
    if (!(await ledger.getClaim(req.params.id))) throw httpError(404, `no claim ${req.params.id}`);
    return { items: await ledger.corrections(req.params.id) };
  });

  app.post<{ Params: { id: number }; Body: { field: string; value: unknown } }>("/api/claims/:id/corrections", {
    preHandler: requireWriter,
    schema: {
      tags: ["reviews"],
      summary: "correct the claim's speaker, number, counted thing or period, or mark it not a claim (needs a reviewer)",
      params: ID_PARAM,
      body: NEW_CORRECTION,
    },
  }, async (req, reply) => {
    if (!(await ledger.getClaim(req.params.id))) throw httpError(404, `no claim ${req.params.id}`);
    const correction = await ledger.addCorrection({ claimId: req.params.id, field: req.body.field, value: req.body.value, reviewer: req.user!.name });
    // the checks use the corrected claim: its figure and findings are made again from it
    if (ledger instanceof Ledger) await new MetricsLedger(ledger).refigure(req.params.id);
    return reply.code(201).send({ correction, claim: await ledger.getClaim(req.params.id) });
  });

  app.get<{ Querystring: { limit: number; offset: number } }>("/api/queue", {
    schema: {
      tags: ["reviews"], summary: "unreviewed claims with numbers, the most worth checking first, with the reasons",
      querystring: QUEUE_PAGE,
    },
  }, async (req) => {
    const candidates = (await ledger.findClaims({ reviewed: false, quantified: true, sort: "published", order: "desc", limit: QUEUE_CANDIDATES })).filter((c) => !c.notAClaim);
    const worth = await worthiness(candidates);
    const ordered = queueOrder(candidates, worth);
    const items = ordered.slice(req.query.offset, req.query.offset + req.query.limit).map((claim) => ({ claim, reasons: worth.get(claim.id)?.reasons ?? [] }));
    return { items, total: ordered.length, limit: req.query.limit, offset: req.query.offset };
  });
}
