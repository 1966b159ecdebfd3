// /api/documents: the stored articles, one with its text and claims, and the ingest of a posted article.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { ingestArticle } from "../../ingest/ingest.js";
import { htmlToArticle } from "../../ingest/html.js";
import { isoDate, type Article } from "../../ingest/article.js";
import { httpError, requireWriter } from "../auth.js";
import { extract } from "../../extract/pipeline.js";
import type { DocumentRecord, ExtractOptions } from "../../types.js";

/** an article's text is at most this long in a posted body (the CLI's file limit is for whole folders) */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

interface PostedArticle {
  text?: string; html?: string; title?: string; source?: string; published?: string; byline?: string; outlet?: string;
}

/** What extracts a posted article's claims: the server's worker pool, or extract() in this thread. */
export type Extractor = (text: string, options: ExtractOptions) => DocumentRecord | Promise<DocumentRecord>;

export function documentRoutes(app: FastifyInstance, ledger: LedgerStore, run: Extractor = extract): void {
  app.get<{ Querystring: { limit: number; offset: number } }>("/api/documents", {
    schema: {
      tags: ["documents"], summary: "stored documents, newest first",
      querystring: { type: "object", additionalProperties: false, properties: { limit: { type: "integer", minimum: 1, maximum: 500, default: 50 }, offset: { type: "integer", minimum: 0, default: 0 } } },
    },
  }, async (req) => ({ items: await ledger.listDocuments(req.query) }));

  app.get<{ Params: { id: number } }>("/api/documents/:id", {
    schema: { tags: ["documents"], summary: "a document with its text, its claims and their latest verdicts", params: { type: "object", properties: { id: { type: "integer", minimum: 1 } } } },
  }, async (req) => {
    const document = await ledger.getDocument(req.params.id);
    if (!document) throw httpError(404, `no document ${req.params.id}`);
    const claims = await ledger.findClaims({ documentId: document.id, limit: 10_000 });
    const verdicts: Record<number, string> = {};
    for (const r of await ledger.reviewedClaims({ documentId: document.id, limit: 10_000 })) verdicts[r.claim.id] = r.review.verdict;
    return { document, claims, verdicts };
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
          published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}" },
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
    // (in the pool, over its time budget: 422 naming the article; while stopping: 503)
    const result = await ingestArticle(ledger, article, null, run);
    return reply.code(result.status === "unchanged" ? 200 : 201).send(result);
  });
}
