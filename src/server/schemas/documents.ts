// The schemas of /api/documents: the listing, one document with a page of its claims, a posted article.

import { DATE_OR_TIME, OFFSET } from "./common.js";

/** an article's text is at most this long in a posted body (the CLI's file limit is for whole folders) */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** claims in one answer of GET /api/documents/:id: a document's are paged like every other list */
export const MAX_CLAIMS_PAGE = 500;
const page = (max: number, byDefault: number) => ({
  limit: { type: "integer", minimum: 1, maximum: max, default: byDefault },
  offset: OFFSET,
});

export const DOCUMENTS_PAGE = { type: "object", additionalProperties: false, properties: page(500, 50) } as const;
export const DOCUMENT_QUERY = {
  type: "object", additionalProperties: false,
  properties: { ...page(MAX_CLAIMS_PAGE, MAX_CLAIMS_PAGE), text: { type: "boolean", default: true, description: "false: leave out the text (paging through the claims)" } },
} as const;
export const POSTED_ARTICLE = {
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
} as const;
