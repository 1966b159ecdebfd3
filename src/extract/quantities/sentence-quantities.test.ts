import { describe, expect, it } from "vitest";
import { analyze } from "../document.js";
import { recogniseQuantities } from "./quantities.js";
import { sentenceQuantities } from "./sentence-quantities.js";

describe("sentenceQuantities", () => {
  // invented text
  const doc = analyze("The club sold 4,000 tickets. Nobody came early. Prices rose by 12 percent in the spring.");

  it("gives each sentence's quantities, as recogniseQuantities reads the sentence", () => {
    for (const s of doc.sentences) expect(sentenceQuantities(doc, s.index)).toEqual(recogniseQuantities(doc.text, s.start, s.end));
    expect(sentenceQuantities(doc, 2).map((q) => q.value)).toEqual([12]);
  });

  it("reads a sentence once per document", () => {
    expect(sentenceQuantities(doc, 0)).toBe(sentenceQuantities(doc, 0));
    expect(sentenceQuantities(analyze(doc.original), 0)).not.toBe(sentenceQuantities(doc, 0));
  });
});
