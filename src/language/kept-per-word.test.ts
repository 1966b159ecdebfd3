import { describe, expect, it } from "vitest";
import { keptPerWord } from "./kept-per-word.js";

describe("keptPerWord", () => {
  it("works a word's answer out once, null answers too, and starts over past its limit", () => {
    const asked: string[] = [];
    const demonym = keptPerWord((w) => (asked.push(w), w === "Syrian" ? "Syria" : null), 3);
    expect([demonym("Syrian"), demonym("Table"), demonym("Syrian"), demonym("Table")]).toEqual(["Syria", null, "Syria", null]);
    expect(asked).toEqual(["Syrian", "Table"]);
    demonym("Chair");
    demonym("Lamp"); // the fourth word: the three kept are forgotten
    demonym("Syrian");
    expect(asked).toEqual(["Syrian", "Table", "Chair", "Lamp", "Syrian"]);
  });
});
