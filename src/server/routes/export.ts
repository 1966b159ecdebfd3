// ClaimReview export: reviewed claims as schema.org JSON-LD, for a site's fact-check pages and search engines.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { claimReview, jsonLd, type Publisher } from "../claimreview.js";
import { httpError } from "../plugins/errors.js";
import { ID_PATH } from "../schemas/common.js";
import { CLAIMREVIEW_PAGE } from "../schemas/reviews.js";

/** `baseUrl` is asked per request: the listening address is known only once the server listens */
export function exportRoutes(app: FastifyInstance, ledger: LedgerStore, publisher: Omit<Publisher, "baseUrl"> & { baseUrl: () => string }): void {
  const current = (): Publisher => ({ name: publisher.name, baseUrl: publisher.baseUrl() });

  app.get<{ Querystring: { limit: number; offset: number } }>("/api/claimreview", {
    schema: {
      tags: ["reviews"], summary: "every reviewed claim's latest verdict as schema.org ClaimReview JSON-LD",
      querystring: CLAIMREVIEW_PAGE,
    },
  }, async (req, reply) => {
    // what a reviewer marked "not a claim" is not published as a reviewed claim
    const reviewed = (await ledger.reviewedClaims(req.query)).filter((r) => !r.claim.notAClaim);
    const p = current();
    return reply.type("application/ld+json; charset=utf-8").send(jsonLd(reviewed.map((r) => claimReview(r, p, ledger.ratingScale))));
  });

  app.get<{ Params: { id: number } }>("/api/claims/:id/claimreview", {
    schema: { tags: ["reviews"], summary: "one claim's latest verdict as ClaimReview JSON-LD", params: ID_PATH },
  }, async (req, reply) => {
    const [r] = await ledger.reviewedClaims({ claimId: req.params.id, limit: 1 });
    if (!r) throw httpError(404, `claim ${req.params.id} has no review`);
    if (r.claim.notAClaim) throw httpError(404, `claim ${req.params.id} was marked not a claim`);
    return reply.type("application/ld+json; charset=utf-8").send(jsonLd(claimReview(r, current(), ledger.ratingScale)));
  });
}
