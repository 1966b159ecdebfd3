import { describe, expect, it } from "vitest";
import { HEDGES } from "../../cues.js";
import { hasHedge } from "./hedges.js";

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
