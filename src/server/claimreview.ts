// schema.org ClaimReview JSON-LD for reviewed claims, and a check of what Google's fact-check markup
// requires (claimReviewed, reviewRating with alternateName, url) plus what our readers rely on.

import type { ReviewedClaim } from "../ledger/store.js";
import { ratingFor } from "../ledger/desk/ratings.js";
import { correctionText, type CorrectionField } from "../ledger/desk/corrections.js";

export interface Publisher {
  /** the newsroom that publishes the reviews */
  name: string;
  /** the public address of this server: review URLs are made from it */
  baseUrl: string;
}

const UNSAFE_IN_SCRIPT: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON-LD as text that may sit inside a page's <script> element: "</script>" or "<!--" in a note cannot end
 * or change the element, and U+2028/2029 cannot end a line of script. The same JSON to any parser.
 * (One replace: smaller than a dependency for it, e.g. serialize-javascript's 200 lines.)
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]);
}

const isUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

export function claimReview({ claim, review, document }: ReviewedClaim, publisher: Publisher, scale?: string[]): Record<string, unknown> {
  const base = publisher.baseUrl.replace(/\/+$/, "");
  const rating = ratingFor(review.verdict, scale);
  const speaker = claim.speaker;
  const appearance = isUrl(document.source) ? document.source : `${base}/documents/${document.id}`;
  // the reviewer's note, then what the reviewers corrected in the extractor's reading (the fields above are the corrected ones)
  const corrections = Object.entries(claim.corrected ?? {})
    .filter(([field]) => field !== "not-a-claim")
    .map(([field, m]) => `${field} corrected (was ${correctionText(field as CorrectionField, m.was)})`);
  const body = [review.note?.trim(), corrections.length ? `${corrections.join("; ")}.` : ""].filter(Boolean).join("\n\n");
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/claims/${claim.id}#review-${review.id}`,
    claimReviewed: claim.text.replace(/\s+/g, " ").trim(),
    datePublished: review.createdAt.slice(0, 10),
    author: { "@type": "Organization", name: publisher.name, url: base },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: rating.best,
      worstRating: rating.worst,
      alternateName: rating.label,
    },
    ...(body ? { reviewBody: body } : {}),
    ...(review.links.length ? { citation: review.links.map((url) => ({ "@type": "CreativeWork", url })) } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(speaker
        ? { author: { "@type": speaker.kind === "person" ? "Person" : "Organization", name: speaker.name, ...(speaker.role && speaker.kind === "person" ? { jobTitle: speaker.role } : {}) } }
        : {}),
      ...(document.published ? { datePublished: document.published } : {}),
      appearance: { "@type": "CreativeWork", url: appearance, ...(document.title ? { headline: document.title } : {}) },
    },
  };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const text = (v: unknown) => typeof v === "string" && v.trim().length > 0;
const date = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));

/** What is wrong with a ClaimReview object, as sentences; empty when it is valid. */
export function claimReviewProblems(o: unknown): string[] {
  const p: string[] = [];
  const r = obj(o);
  if (!r) return ["not an object"];
  if (r["@context"] !== "https://schema.org" && r["@context"] !== "http://schema.org") p.push("@context must be schema.org");
  if (r["@type"] !== "ClaimReview") p.push("@type must be ClaimReview");
  if (!text(r.claimReviewed)) p.push("claimReviewed is required");
  if (typeof r.url !== "string" || !isUrl(r.url)) p.push("url must be an absolute http(s) URL");
  if (!date(r.datePublished)) p.push("datePublished must be an ISO date");
  const author = obj(r.author);
  if (!author || !text(author.name) || !text(author["@type"])) p.push("author needs @type and name");
  const rating = obj(r.reviewRating);
  if (!rating) p.push("reviewRating is required");
  else {
    if (rating["@type"] !== "Rating") p.push("reviewRating @type must be Rating");
    if (!text(rating.alternateName)) p.push("reviewRating.alternateName is required");
    const [v, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating];
    if (typeof v !== "number" || typeof best !== "number" || typeof worst !== "number") p.push("ratingValue, bestRating and worstRating must be numbers");
    else if (worst > best || v < worst || v > best) p.push("ratingValue must lie between worstRating and bestRating");
  }
  const item = obj(r.itemReviewed);
  if (!item || item["@type"] !== "Claim") p.push("itemReviewed must be a Claim");
  else {
    const a = obj(item.author);
    if (a && (!text(a.name) || !["Person", "Organization"].includes(String(a["@type"])))) p.push("itemReviewed.author needs @type Person or Organization and a name");
    if (item.datePublished !== undefined && !date(item.datePublished)) p.push("itemReviewed.datePublished must be an ISO date");
    const appearance = obj(item.appearance);
    if (!appearance || typeof appearance.url !== "string" || !isUrl(appearance.url)) p.push("itemReviewed.appearance needs an absolute url");
  }
  return p;
}
