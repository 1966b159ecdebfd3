// The caps on claims per sentence and per document: a list of numbers is not thousands of claims, and what
// is left out is said with a named warning.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { MAX_CLAIMS_PER_DOCUMENT, MAX_CLAIMS_PER_SENTENCE } from "../src/extract/claims/claims.js";
import { MAX_SENTENCE_CHARS } from "../src/text/sentences.js";

describe("claim caps", () => {
  it("makes at most MAX_CLAIMS_PER_SENTENCE claims of one sentence of numbers, and says how many it left out", () => {
    // 400 numbers, 2,400 characters: one sentence (under the sentence splitter's MAX_SENTENCE_CHARS)
    const r = extract("1,000 ".repeat(400));
    expect(r.claims).toHaveLength(MAX_CLAIMS_PER_SENTENCE);
    expect(r.warnings).toEqual([expect.objectContaining({ code: "claims-capped", scope: "sentence", limit: MAX_CLAIMS_PER_SENTENCE, dropped: 400 - MAX_CLAIMS_PER_SENTENCE })]);
  });

  it("bounds 24 KB of numbers with no sentence end: cut into sentences of MAX_SENTENCE_CHARS, each capped", () => {
    const text = "1,000 ".repeat(4096);
    const r = extract(text);
    expect(r.claims.length).toBeLessThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_CHARS) * MAX_CLAIMS_PER_SENTENCE);
    expect(r.claims.length).toBeGreaterThan(0);
    expect(r.warnings?.every((w) => w.code === "claims-capped")).toBe(true);
  });

  it("keeps the first MAX_CLAIMS_PER_DOCUMENT claims of a document", () => {
    const sentences = Array.from({ length: 110 }, (_, k) => `Officials counted ${Array.from({ length: 50 }, (_, i) => String(i * 7 + k + 11)).join(", ")} boats.`);
    const r = extract(sentences.join(" "));
    expect(r.claims).toHaveLength(MAX_CLAIMS_PER_DOCUMENT);
    expect(r.warnings).toEqual([expect.objectContaining({ code: "claims-capped", scope: "document", dropped: 110 * 50 - MAX_CLAIMS_PER_DOCUMENT })]);
    const starts = r.claims.map((c) => c.sentence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("leaves an ordinary article's record without warnings", () => {
    const r = extract("Harbour report\n\nPort Minister Ivo Rand said that 1,200 containers were seized in 2019.");
    expect(r.claims).toHaveLength(1);
    expect(r).not.toHaveProperty("warnings");
  });
});
