// The query shapes scale.bench.mjs times on a ledger of N generated claims (and explain-shapes.mjs
// explains): every list the API documents over claims, documents and speakers, by name.
import { CLAIM_SHAPES } from "./api-load.mjs";

/** the shapes asked as they are, for a ledger of N claims (a claim and a document from its middle) */
export function scaleShapes(N) {
  const mid = Math.ceil(N / 2);
  return {
    ...CLAIM_SHAPES,
    "statements too (all), first page": "/api/claims?all=true&limit=50",
    "newest published first": "/api/claims?sort=published&limit=50",
    "by speaker name, A first": "/api/claims?sort=speaker&order=asc&limit=50",
    "unreviewed, mode indirect": "/api/claims?reviewed=false&mode=indirect&limit=50",
    "one claim": `/api/claims/${mid}`,
    "a claim's reviews": `/api/claims/${mid}/reviews`,
    "a claim's corrections": `/api/claims/${mid}/corrections`,
    "verdicts of a page of claims": `/api/verdicts?claims=${Array.from({ length: 50 }, (_, i) => mid + i).join(",")}`,
    "documents, newest first": "/api/documents?limit=50",
    "one document with its claims": `/api/documents/${Math.ceil(mid / 20)}`,
    "speakers, most quantified first": "/api/speakers?limit=50",
    "speakers by words of the name": "/api/speakers?q=holt",
    "reviewed claims (ClaimReview)": "/api/claimreview?limit=50",
  };
}

/** lists paged deep by `after` (the last claim of the page before), in each sort the API offers */
export const DEEP = {
  "page 200 of a speaker": "speaker=holt",
  "page 200 by value": "sort=value&order=desc",
  "page 200 by speaker name": "sort=speaker&order=asc",
  "page 200 newest published first": "sort=published",
};

/** the DEEP shapes as asked: after the last claim of page 199 (`get`: a path to its parsed JSON answer) */
export async function deepShapes(get) {
  const out = {};
  for (const [name, query] of Object.entries(DEEP)) {
    const before = (await get(`/api/claims?${query}&offset=9999&limit=1`)).items?.[0];
    if (before) out[`${name}, after the page before`] = `/api/claims?${query}&after=${before.id}&limit=50`;
  }
  return out;
}

/**
 * The metrics, findings and speaker pages the API documents, on the ledger's biggest metric and a claim from
 * the middle (`get`: a path to its parsed JSON answer).
 */
export async function metricShapes(get, N) {
  const mid = Math.ceil(N / 2);
  const [top] = (await get("/api/metrics?limit=1")).items;
  const key = encodeURIComponent(top.key);
  return {
    "metrics, most figures first": "/api/metrics?limit=50",
    "metrics, page 3 with at least 2 figures": "/api/metrics?min=2&limit=50&offset=100",
    "metrics by words of the label": "/api/metrics?q=refugees%20syria",
    [`the biggest metric's page (${top.figures} figures)`]: `/api/metrics/${key}`,
    "its page from the middle of its timeline": `/api/metrics/${key}?after=${encodeURIComponent("2010-01-01~0")}`,
    "findings, every kind": "/api/findings?limit=50",
    "conflicts": "/api/findings?kind=conflict&limit=50",
    "conflicts, page 200": "/api/findings?kind=conflict&offset=10000&limit=50",
    "series": "/api/findings?kind=series&limit=50",
    "findings of the biggest metric": `/api/findings?metric=${key}&limit=50`,
    "a claim's metric and findings": `/api/claims/${mid}/findings`,
    "a speaker's page (timeline by metric)": "/api/speakers/Dana%20Holt/claims",
  };
}
