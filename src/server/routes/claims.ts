// /api/claims: the filters of `claimledger claims`, one claim with its review history, and reviews.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { CLAIM_FILTER_SCHEMA, toClaimFilter, type ClaimParams } from "../../domain/claim-filter.js";
import { ratingScale, verdictsNeedingNote } from "../../ledger/ratings.js";
import { httpError, requireWriter } from "../auth.js";
import { HTTP_URL } from "../schemas.js";

/** the query string of GET /api/claims: the one claim filter's schema (domain/claim-filter.ts) */
export const claimQuery = CLAIM_FILTER_SCHEMA;

export type ClaimQuery = ClaimParams & { limit: number; offset: number };

const idParam = { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } } as const;

export function claimRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: ClaimQuery }>("/api/claims", {
    schema: { tags: ["claims"], summary: "claims, filtered, sorted and paged", querystring: claimQuery },
  }, async (req) => {
    const filter = toClaimFilter(req.query);
    const [items, total] = await Promise.all([ledger.findClaims(filter), ledger.countClaims(filter)]);
    return { items, total, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Params: { id: number } }>("/api/claims/:id", {
    schema: { tags: ["claims"], summary: "one claim with its review history", params: idParam },
  }, async (req) => {
    const claim = await ledger.getClaim(req.params.id);
    if (!claim) throw httpError(404, `no claim ${req.params.id}`);
    return { claim, reviews: await ledger.reviews(claim.id) };
  });

  app.get("/api/ratings", { schema: { tags: ["reviews"], summary: "the rating scale, best first" } }, async () => ({ scale: ratingScale(), needsNote: verdictsNeedingNote() }));

  app.get<{ Params: { id: number }; Querystring: { limit: number; offset: number } }>("/api/claims/:id/reviews", {
    schema: {
      tags: ["reviews"], summary: "a claim's reviews, oldest first, paged", params: idParam,
      querystring: {
        type: "object", additionalProperties: false,
        properties: { limit: { type: "integer", minimum: 1, maximum: 500, default: 500 }, offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 } },
      },
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
      params: idParam,
      body: {
        type: "object",
        required: ["verdict"],
        additionalProperties: false,
        properties: {
          verdict: { type: "string", minLength: 1, maxLength: 100 },
          note: { type: "string", maxLength: 10_000 },
          links: { type: "array", maxItems: 20, items: HTTP_URL },
          replaces: { type: "integer", minimum: 1, description: "the claim's current review this one edits (it is withdrawn and kept)" },
        },
      },
    },
  }, async (req, reply) => {
    if (!(await ledger.getClaim(req.params.id))) throw httpError(404, `no claim ${req.params.id}`);
    const review = await ledger.addReview({ claimId: req.params.id, verdict: req.body.verdict, note: req.body.note || null, links: req.body.links ?? [], reviewer: req.user!.name, replaces: req.body.replaces });
    return reply.code(201).send(review);
  });
}
