import { describe, expect, it } from "vitest";
import { hedgesIn } from "./cues.js";

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
