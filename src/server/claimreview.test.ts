import { describe, expect, it } from "vitest";
import { claimReview, claimReviewProblems } from "./claimreview.js";
import type { ReviewedClaim } from "../ledger/store.js";

const reviewed = {
  claim: { id: 7, text: "Officials said  12 homes burned.", speaker: { name: "City officials", kind: "group", role: null }, documentId: 3 },
  review: { id: 9, claimId: 7, verdict: "false", ratingValue: 3, note: null, links: [], reviewer: "bo", createdAt: "2024-05-02T10:00:00.000Z" },
  document: { id: 3, source: "https://news.example.org/fire", title: "Fire", published: "2024-05-01" },
} as unknown as ReviewedClaim;

describe("ClaimReview", () => {
  it("builds markup with what Google requires, the rating placed on the newsroom's scale", () => {
    const cr = claimReview(reviewed, { name: "Desk", baseUrl: "https://desk.example.org/" }, ["true", "half true", "false"]);
    expect(claimReviewProblems(cr)).toEqual([]);
    expect(cr).toMatchObject({
      url: "https://desk.example.org/claims/7#review-9", claimReviewed: "Officials said 12 homes burned.", datePublished: "2024-05-02",
      reviewRating: { ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "false" },
      itemReviewed: { author: { "@type": "Organization", name: "City officials" }, appearance: { url: "https://news.example.org/fire" } },
    });
  });

  it("names each missing or wrong property", () => {
    const cr = claimReview(reviewed, { name: "Desk", baseUrl: "https://desk.example.org" }, ["true", "false"]) as any;
    delete cr.claimReviewed;
    cr.reviewRating.ratingValue = 9;
    delete cr.reviewRating.alternateName;
    cr.url = "/relative";
    cr.itemReviewed.appearance = {};
    expect(claimReviewProblems(cr)).toEqual([
      "claimReviewed is required",
      "url must be an absolute http(s) URL",
      "reviewRating.alternateName is required",
      "ratingValue must lie between worstRating and bestRating",
      "itemReviewed.appearance needs an absolute url",
    ]);
    expect(claimReviewProblems("nope")).toEqual(["not an object"]);
  });
});

describe("ClaimReview on the default scale", () => {
  it("rates unverifiable above false, exports the note and the corrections as reviewBody", () => {
    const rate = (verdict: string) => (claimReview({ ...reviewed, review: { ...reviewed.review, verdict } }, { name: "Desk", baseUrl: "https://desk.example.org" }).reviewRating as { ratingValue: number }).ratingValue;
    expect(rate("unverifiable")).toBeGreaterThan(rate("false"));
    expect(rate("unverifiable")).toBeLessThan(rate("mostly true"));
    const corrected = {
      ...reviewed,
      claim: { ...reviewed.claim, corrected: { speaker: { by: "bo", at: "2024-05-02T09:00:00Z", was: "they" }, "not-a-claim": { by: "bo", at: "x", was: false } } },
      review: { ...reviewed.review, note: "The fire service counted 9." },
    } as unknown as ReviewedClaim;
    const cr = claimReview(corrected, { name: "Desk", baseUrl: "https://desk.example.org" });
    expect(cr.reviewBody).toBe("The fire service counted 9.\n\nspeaker corrected (was they).");
  });
});
