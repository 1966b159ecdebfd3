import { describe, expect, it } from "vitest";
import { HEDGES, hasHedge, hedgesIn } from "./cues.js";

// The hedging adjectives are read by their left context (cues.ts HEDGES): these guard that reading.
describe("hedgesIn", () => {
  it("takes a hedging adjective after a determiner, a possessive or a count", () => {
    expect(hedgesIn("The alleged forgers sold 40 supposed antiques to the museum's apparent delight.")).toEqual(["alleged", "supposed", "apparent"]);
  });
  it("leaves one without that context, inside a word, or 'reported' after a count", () => {
    expect(hedgesIn("Officials reported it; the smugglers' misalleged route was readily apparent, with 12 reported cases.")).toEqual([]);
  });
  it("reads the adverbs and phrases anywhere", () => {
    expect(hedgesIn("Reportedly the so-called fund, by their own estimate, lost money.")).toEqual(["Reportedly", "so-called", "by their own estimate"]);
  });
});

describe("hasHedge", () => {
  it("finds a hedge exactly where the hedges' pattern does", () => {
    const texts = [
      "The alleged smugglers were caught with 40 kilograms.",
      "The group's apparent rise worried officials.",
      "Two alleged members were held, and several supposed witnesses left.",
      "The media reported it, and it was readily apparent to the heir apparent.",
      "Police reportedly counted 40 cases, by his own count.",
      "So-called experts, according to them, disagreed.",
      "Nothing here hedges a figure of 12 percent.",
      "Presumably the unverified and unconfirmed numbers rose.",
      "40 reported cases of flu, the alleged.",
    ];
    for (const t of texts) expect(hasHedge(t), t).toBe([...t.matchAll(HEDGES)].length > 0);
    expect(texts.filter(hasHedge)).toHaveLength(7);
  });
});
