// The schemas of the review desk's routes: a verdict, a claim's reviews, the verdicts of a page of claims,
// a correction, the queue, and the ClaimReview export's pages.

import { CORRECTION_FIELDS } from "../../ledger/desk/corrections.js";
import { HTTP_URL, OFFSET } from "./common.js";

export const NEW_REVIEW = {
  type: "object",
  required: ["verdict"],
  additionalProperties: false,
  properties: {
    verdict: { type: "string", minLength: 1, maxLength: 100 },
    note: { type: "string", maxLength: 10_000 },
    links: { type: "array", maxItems: 20, items: HTTP_URL },
    replaces: { type: "integer", minimum: 1, description: "the claim's current review this one edits (it is withdrawn and kept)" },
  },
} as const;
export const REVIEWS_PAGE = {
  type: "object", additionalProperties: false,
  properties: { limit: { type: "integer", minimum: 1, maximum: 500, default: 500 }, offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 } },
} as const;
export const VERDICTS_QUERY = { type: "object", required: ["claims"], additionalProperties: false, properties: { claims: { type: "string", pattern: "^\\d+(,\\d+){0,499}$", description: "claim ids, comma-separated (at most 500)" } } } as const;
export const NEW_CORRECTION = {
  type: "object", required: ["field", "value"], additionalProperties: false,
  properties: {
    field: { type: "string", enum: CORRECTION_FIELDS },
    value: { description: "speaker, counted: a string; number: {value, upper}; period: {start, end} as YYYY-MM-DD; not-a-claim: true or false" },
  },
} as const;
export const QUEUE_PAGE = { type: "object", additionalProperties: false, properties: { limit: { type: "integer", minimum: 1, maximum: 500, default: 50 }, offset: { type: "integer", minimum: 0, default: 0 } } } as const;
export const CLAIMREVIEW_PAGE = { type: "object", additionalProperties: false, properties: { limit: { type: "integer", minimum: 1, maximum: 5000, default: 1000 }, offset: OFFSET } } as const;
