// /api/claims: the filters of `claimledger claims`, one claim with its review history, and reviews.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { toClaimFilter, type ClaimParams } from "../../domain/claim-filter.js";
import { verdictsNeedingNote } from "../../ledger/desk/ratings.js";
import { requireWriter } from "../plugins/auth.js";
import { httpError } from "../plugins/errors.js";
import { CLAIMS_QUERY } from "../schemas/claims.js";
import { answerWithClaims } from "../claims-json.js";
import { ID_PARAM } from "../schemas/common.js";
import { NEW_REVIEW, REVIEWS_PAGE } from "../schemas/reviews.js";

export type ClaimQuery = ClaimParams & { limit: number; offset: number };

export function claimRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: ClaimQuery }>("/api/claims", {
    schema: { tags: ["claims"], summary: "claims, filtered, sorted and paged", querystring: CLAIMS_QUERY },
  }, async (req, reply) => {
    const filter = toClaimFilter(req.query);
    const [items, total] = await Promise.all([ledger.findClaimTexts(filter), ledger.countClaims(filter)]);
    // the cursor of the next page (its `after`, in any sort), null once a page comes short: the list's end
    const next = items.length === req.query.limit ? items[items.length - 1].id : null;
    // the claims as read, not parsed and written out again
    const page = answerWithClaims({ items, total, limit: req.query.limit, offset: req.query.offset, next }, "items");
    return reply.type("application/json; charset=utf-8").send(page);
  });

  app.get<{ Params: { id: number } }>("/api/claims/:id", {
    schema: { tags: ["claims"], summary: "one claim with its review history", params: ID_PARAM },
  }, async (req) => {
    const claim = await ledger.getClaim(req.params.id);
    if (!claim) throw httpError(404, `no claim ${req.params.id}`);
    return { claim, reviews: await ledger.reviews(claim.id) };
  });

  app.get("/api/ratings", { schema: { tags: ["reviews"], summary: "the rating scale, best first" } }, async () => ({ scale: ledger.ratingScale, needsNote: verdictsNeedingNote(ledger.ratingScale) }));

  app.get<{ Params: { id: number }; Querystring: { limit: number; offset: number } }>("/api/claims/:id/reviews", {
    schema: {
      tags: ["reviews"], summary: "a claim's reviews, oldest first, paged", params: ID_PARAM,
      querystring: REVIEWS_PAGE,
    },
  }, async (req) => {
    if (!(await ledger.getClaim(req.params.id))) throw httpError(404, `no claim ${req.params.id}`);
    return { items: await ledger.reviews(req.params.id, req.query) };
  });

  app.post<{ Params: { id: number }; Body: { verdict: string; note?: string; links?: string[]; replaces?: number } }>("/api/claims/:id/reviews", {
    preHandler: requireWriter,
    schema: {
      tags: ["reviews"],
      summary: "record a verdict (needs a signed-in reviewer or an API token)",
      params: ID_PARAM,
      body: NEW_REVIEW,
    },
  }, async (req, reply) => {
    if (!(await ledger.getClaim(req.params.id))) throw httpError(404, `no claim ${req.params.id}`);
    const review = await ledger.addReview({ claimId: req.params.id, verdict: req.body.verdict, note: req.body.note || null, links: req.body.links ?? [], reviewer: req.user!.name, replaces: req.body.replaces });
    return reply.code(201).send(review);
  });
}
