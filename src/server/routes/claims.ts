// /api/claims: the filters of `claimledger claims`, one claim with its review history, and reviews.

import type { FastifyInstance } from "fastify";
import { CLAIM_SORTS, type ClaimFilter, type LedgerStore } from "../../ledger/store.js";
import { MODES, QUALIFIERS } from "../../types.js";
import { verdictsNeedingNote } from "../../ledger/desk/ratings.js";
import { httpError, requireWriter } from "../auth.js";
import { DATE, HTTP_URL, OFFSET } from "../schemas.js";

export const claimQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    speaker: { type: "string", maxLength: 200, description: "words of the speaker's name" },
    place: { type: "string", maxLength: 200 },
    from: { ...DATE, description: "period overlaps from this date" },
    to: { ...DATE, description: "period overlaps up to this date" },
    counted: { type: "string", maxLength: 200, description: "words of the counted thing or its verb" },
    qualifier: { type: "string", enum: QUALIFIERS },
    mode: { type: "string", enum: MODES },
    document: { type: "integer", minimum: 1 },
    search: { type: "string", maxLength: 500, description: "full-text search over the sentence" },
    all: { type: "boolean", description: "include attributed statements without a quantity" },
    reviewed: { type: "boolean" },
    sort: { type: "string", enum: CLAIM_SORTS },
    order: { type: "string", enum: ["asc", "desc"] },
    limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
    offset: OFFSET,
  },
} as const;

export interface ClaimQuery {
  speaker?: string; place?: string; from?: string; to?: string; counted?: string; qualifier?: string; mode?: string;
  document?: number; search?: string; all?: boolean; reviewed?: boolean; sort?: ClaimFilter["sort"]; order?: "asc" | "desc";
  limit: number; offset: number;
}

export const toFilter = (q: ClaimQuery): ClaimFilter => ({
  speaker: q.speaker || undefined, place: q.place || undefined, periodFrom: q.from, periodTo: q.to, counted: q.counted || undefined,
  qualifier: q.qualifier, mode: q.mode, documentId: q.document, text: q.search || undefined, quantified: !q.all, reviewed: q.reviewed,
  sort: q.sort, order: q.order, limit: q.limit, offset: q.offset,
});

const idParam = { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } } as const;

export function claimRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: ClaimQuery }>("/api/claims", {
    schema: { tags: ["claims"], summary: "claims, filtered, sorted and paged", querystring: claimQuery },
  }, async (req) => {
    const filter = toFilter(req.query);
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

  app.get("/api/ratings", { schema: { tags: ["reviews"], summary: "the rating scale, best first" } }, async () => ({ scale: ledger.ratingScale, needsNote: verdictsNeedingNote(ledger.ratingScale) }));

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
