// The one claim filter: what `claimledger claims`, GET /api/claims and the claims page filter by. Each field
// is written once here: its name (the command's --option, the API's query field, the page's URL parameter),
// its values and limits, and what it means; the API's JSON schema, the command's options and the page's
// form are read from it, and the three share `toClaimFilter` and `periodProblem`.

import { MODES, QUALIFIERS } from "../types.js";

export const CLAIM_SORTS = ["id", "published", "value", "speaker"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;

/** the filter as the ledger's stores take it */
export interface ClaimFilter {
  /** words of the speaker's name ("rahimzoda" finds "Ramazon Rahimzoda") */
  speaker?: string;
  /** exactly this speaker (a speaker page), or any of a name's spellings ("officials", "Officials") */
  speakerName?: string | string[];
  place?: string;
  /** ISO dates: claims whose period overlaps [from, to] */
  periodFrom?: string;
  periodTo?: string;
  /** words that the counted thing or predicate must contain ("people", "detain") */
  counted?: string;
  qualifier?: string;
  mode?: string;
  documentId?: number;
  /** full-text search over the claim sentence */
  text?: string;
  /** only claims with a quantity */
  quantified?: boolean;
  /** only claims that have (true) or lack (false) a review */
  reviewed?: boolean;
  sort?: ClaimSort;
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
  /** keyset paging, any sort: the claims after this claim (the last of the page before) in the order asked */
  after?: number;
}

/** a page of claims: this many unless asked otherwise, and at most this many in one answer of the API */
export const CLAIM_PAGE = 50;
export const MAX_CLAIM_PAGE = 500;
/** offsets past this are refused by the API (a 400, not a database error on offset=1e20) */
export const MAX_OFFSET = 1_000_000;

/**
 * A field of the filter. `words`: free text of at most `maxLength` characters; `date`: a real calendar date
 * (YYYY-MM-DD); `choice`: one of `values`; `id`: a whole number from 1; `flag`: true or false; `count`: a
 * whole number from `minimum` (up to `maximum` in the API).
 */
export type FilterField = { about?: string; help?: string } & (
  | { kind: "words"; maxLength: number }
  | { kind: "date"; about: string }
  | { kind: "choice"; values: readonly string[] }
  | { kind: "id" }
  | { kind: "flag" }
  | { kind: "count"; minimum: number; maximum: number; default: number }
);

// `about`: what the field means, the API's description and the command's help; `help`: the command's help
// for a field the API does not describe
export const CLAIM_FILTER = {
  speaker: { kind: "words", maxLength: 200, about: "words of the speaker's name" },
  place: { kind: "words", maxLength: 200, help: "a place the claim is about" },
  from: { kind: "date", about: "period overlaps from this date" },
  to: { kind: "date", about: "period overlaps up to this date" },
  counted: { kind: "words", maxLength: 200, about: "words of the counted thing or its verb" },
  qualifier: { kind: "choice", values: QUALIFIERS },
  mode: { kind: "choice", values: MODES },
  document: { kind: "id", help: "only claims of this document" },
  search: { kind: "words", maxLength: 500, about: "full-text search over the sentence" },
  all: { kind: "flag", about: "include attributed statements without a quantity" },
  reviewed: { kind: "flag" },
  sort: { kind: "choice", values: CLAIM_SORTS },
  order: { kind: "choice", values: SORT_ORDERS },
  limit: { kind: "count", minimum: 1, maximum: MAX_CLAIM_PAGE, default: CLAIM_PAGE, help: `at most this many (default ${CLAIM_PAGE})` },
  offset: { kind: "count", minimum: 0, maximum: MAX_OFFSET, default: 0, help: "skip this many" },
  after: { kind: "id", about: "the claims after this claim, in the order asked (any sort): the next page is the one after the last claim of this one (an answer's `next`); unlike offset, as fast deep into a list as at its start" },
} as const satisfies Record<string, FilterField>;

export type ClaimFilterName = keyof typeof CLAIM_FILTER;

/** the filter's fields a person fills in (the claims page's form); sort, order and paging are the table's */
export const FILTER_WORDS = ["speaker", "place", "counted", "search", "from", "to", "qualifier", "mode"] as const satisfies readonly ClaimFilterName[];

/** the filter as the command, the API and the page's URL name it */
export interface ClaimParams {
  speaker?: string; place?: string; from?: string; to?: string; counted?: string; qualifier?: string; mode?: string;
  document?: number; search?: string; all?: boolean; reviewed?: boolean; sort?: ClaimSort; order?: "asc" | "desc";
  limit?: number; offset?: number; after?: number;
}

/** the ledger's filter for the named one: empty words filter nothing, `all` takes statements without a number too */
export const toClaimFilter = (p: ClaimParams): ClaimFilter => ({
  speaker: p.speaker || undefined, place: p.place || undefined, periodFrom: p.from, periodTo: p.to, counted: p.counted || undefined,
  qualifier: p.qualifier, mode: p.mode, documentId: p.document, text: p.search || undefined, quantified: !p.all, reviewed: p.reviewed,
  sort: p.sort, order: p.order, limit: p.limit ?? CLAIM_PAGE, offset: p.offset, after: p.after,
});

/**
 * What is wrong with a filter's period that its reader can fix, or null: "from" after "to" finds nothing.
 * `name` says a field as the surface shows it (`--from` on the command line, "from" on the page).
 */
export function periodProblem(p: { from?: string; to?: string }, name: (field: "from" | "to") => string): string | null {
  if (p.from && p.to && p.from > p.to) return `${name("from")} (${p.from}) is after ${name("to")} (${p.to}): swap them to see claims between the two dates`;
  return null;
}

/** a field's JSON schema (the format "calendar-date" is registered on the server's validators) */
function fieldSchema(f: FilterField): Record<string, unknown> {
  const described = (s: Record<string, unknown>) => (f.about ? { ...s, description: f.about } : s);
  switch (f.kind) {
    case "words": return described({ type: "string", maxLength: f.maxLength });
    case "date": return described({ type: "string", format: "calendar-date" });
    case "choice": return described({ type: "string", enum: f.values });
    case "id": return described({ type: "integer", minimum: 1 });
    case "flag": return described({ type: "boolean" });
    case "count": return described({ type: "integer", minimum: f.minimum, maximum: f.maximum, default: f.default });
  }
}

/** the filter as a JSON schema: GET /api/claims's query string */
export const CLAIM_FILTER_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: Object.fromEntries(Object.entries(CLAIM_FILTER).map(([name, f]) => [name, fieldSchema(f)])),
} as const;
