// /api/documents: the stored articles, one with its text and claims, and the ingest of a posted article.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { ingestArticle } from "../../ingest/ingest.js";
import { htmlToArticle } from "../../ingest/html.js";
import { isoDate, type Article } from "../../ingest/article.js";
import { httpError, requireWriter } from "../auth.js";
import { DATE_OR_TIME, OFFSET } from "../schemas.js";

/** an article's text is at most this long in a posted body (the CLI's file limit is for whole folders) */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

interface PostedArticle {
  text?: string; html?: string; title?: string; source?: string; published?: string; byline?: string; outlet?: string;
}

/** claims in one answer of GET /api/documents/:id: a document's are paged like every other list */
export const MAX_CLAIMS_PAGE = 500;
const page = (max: number, byDefault: number) => ({
  limit: { type: "integer", minimum: 1, maximum: max, default: byDefault },
  offset: OFFSET,
});

export function documentRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  app.get<{ Querystring: { limit: number; offset: number } }>("/api/documents", {
    schema: {
      tags: ["documents"], summary: "stored documents, newest first",
      querystring: { type: "object", additionalProperties: false, properties: page(500, 50) },
    },
  }, async (req) => ({ items: await ledger.listDocuments(req.query) }));

  app.get<{ Params: { id: number }; Querystring: { limit: number; offset: number; text: boolean } }>("/api/documents/:id", {
    schema: {
      tags: ["documents"],
      summary: "a document with its text, a page of its claims (in order; claimsPage says how many there are) and their latest verdicts",
      params: { type: "object", properties: { id: { type: "integer", minimum: 1 } } },
      querystring: {
        type: "object", additionalProperties: false,
        properties: { ...page(MAX_CLAIMS_PAGE, MAX_CLAIMS_PAGE), text: { type: "boolean", default: true, description: "false: leave out the text (paging through the claims)" } },
      },
    },
  }, async (req) => {
    const document = await ledger.getDocument(req.params.id);
    if (!document) throw httpError(404, `no document ${req.params.id}`);
    const { limit, offset } = req.query;
    const claims = await ledger.findClaims({ documentId: document.id, limit, offset });
    const verdicts: Record<number, string> = {};
    if (claims.length)
      for (const r of await ledger.reviewedClaims({ claimIds: claims.map((c) => c.id), limit: claims.length })) verdicts[r.claim.id] = r.review.verdict;
    return { document: req.query.text ? document : { ...document, text: undefined }, claims, verdicts, claimsPage: { total: document.claimCount, limit, offset } };
  });

  app.post<{ Body: PostedArticle }>("/api/documents", {
    preHandler: requireWriter,
    bodyLimit: MAX_ARTICLE_BYTES + 64 * 1024,
    schema: {
      tags: ["documents"],
      summary: "ingest an article (text or HTML): its claims are extracted and stored (needs a writer)",
      body: {
        type: "object",
        additionalProperties: false,
        properties: {
          text: { type: "string", minLength: 1, maxLength: MAX_ARTICLE_BYTES },
          html: { type: "string", minLength: 1, maxLength: MAX_ARTICLE_BYTES },
          title: { type: "string", maxLength: 1000 },
          source: { type: "string", maxLength: 2000, description: "where the article came from (URL or name)" },
          published: DATE_OR_TIME,
          byline: { type: "string", maxLength: 1000 },
          outlet: { type: "string", maxLength: 1000 },
        },
      },
    },
  }, async (req, reply) => {
    const b = req.body;
    if (!b.text === !b.html) throw httpError(400, "give the article as either text or html");
    const source = b.source?.trim() || `api:${new Date().toISOString()}`;
    const base: Article = b.html ? htmlToArticle(b.html, source) : { source, text: b.text!.trim() };
    if (!base.text) throw httpError(400, "the article has no text");
    const article: Article = {
      ...base,
      title: b.title ?? base.title ?? null, byline: b.byline ?? base.byline ?? null, outlet: b.outlet ?? base.outlet ?? null,
      published: isoDate(b.published) ?? base.published ?? null,
    };
    const result = await ingestArticle(ledger, article);
    return reply.code(result.status === "unchanged" ? 200 : 201).send(result);
  });
}
