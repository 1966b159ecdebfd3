// /api/documents: the stored articles, one with its text and claims, and the ingest of a posted article.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { ingestArticle } from "../../ingest/ingest.js";
import { htmlToArticle } from "../../ingest/html.js";
import { isoDate, type Article } from "../../ingest/article.js";
import { requireWriter } from "../plugins/auth.js";
import { httpError } from "../plugins/errors.js";
import { ID_PATH } from "../schemas/common.js";
import { answerWithClaims } from "../claims-json.js";
import { DOCUMENTS_PAGE, DOCUMENT_QUERY, MAX_ARTICLE_BYTES, POSTED_ARTICLE } from "../schemas/documents.js";
import { extract } from "../../extract/pipeline.js";
import type { DocumentRecord, ExtractOptions } from "../../types.js";

interface PostedArticle {
  text?: string; html?: string; title?: string; source?: string; published?: string; byline?: string; outlet?: string;
}

/** What extracts a posted article's claims: the server's worker pool, or extract() in this thread. */
export type Extractor = (text: string, options: ExtractOptions) => DocumentRecord | Promise<DocumentRecord>;

export function documentRoutes(app: FastifyInstance, ledger: LedgerStore, run: Extractor = extract): void {
  app.get<{ Querystring: { limit: number; offset: number } }>("/api/documents", {
    schema: {
      tags: ["documents"], summary: "stored documents, newest first; total: how many there are",
      querystring: DOCUMENTS_PAGE,
    },
  }, async (req) => {
    const [items, total] = await Promise.all([ledger.listDocuments(req.query), ledger.countDocuments()]);
    return { items, total, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Params: { id: number }; Querystring: { limit: number; offset: number; text: boolean } }>("/api/documents/:id", {
    schema: {
      tags: ["documents"],
      summary: "a document with its text, a page of its claims (in order; claimsPage says how many there are) and their latest verdicts",
      params: ID_PATH,
      querystring: DOCUMENT_QUERY,
    },
  }, async (req, reply) => {
    const document = await ledger.getDocument(req.params.id);
    if (!document) throw httpError(404, `no document ${req.params.id}`);
    const { limit, offset } = req.query;
    const claims = await ledger.findClaimTexts({ documentId: document.id, limit, offset });
    const verdicts: Record<number, string> = {};
    if (claims.length)
      for (const r of await ledger.reviewedClaims({ claimIds: claims.map((c) => c.id), limit: claims.length })) verdicts[r.claim.id] = r.review.verdict;
    // the claims as read, not parsed and written out again (as the claims page)
    const shown = req.query.text ? document : { ...document, text: undefined };
    return reply.type("application/json; charset=utf-8")
      .send(answerWithClaims({ document: shown, claims, verdicts, claimsPage: { total: document.claimCount, limit, offset } }, "claims"));
  });

  app.post<{ Body: PostedArticle }>("/api/documents", {
    preHandler: requireWriter,
    bodyLimit: MAX_ARTICLE_BYTES + 64 * 1024,
    schema: {
      tags: ["documents"],
      summary: "ingest an article (text or HTML): its claims are extracted and stored (needs a writer)",
      body: POSTED_ARTICLE,
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
