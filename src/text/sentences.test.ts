import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on final punctuation followed by a capital", () => {
    expect(texts("One is here. Two is there! Three?")).toEqual(["One is here.", "Two is there!", "Three?"]);
  });
  it("keeps titles, initials and abbreviations inside the sentence", () => {
    expect(texts("Mr. Smith met Sen. J. Doe in Jan. 2016 at the U.S. embassy. He left.")).toEqual([
      "Mr. Smith met Sen. J. Doe in Jan. 2016 at the U.S. embassy.",
      "He left.",
    ]);
  });
  it("ends a sentence after an initialism when an opener follows", () => {
    expect(texts("He moved to the U.S. The move was hard.")).toEqual(["He moved to the U.S.", "The move was hard."]);
  });
  it("keeps a closing quote with its sentence and breaks at paragraphs", () => {
    const t = "“We received no answer.” The minister said so.\n\nA new paragraph";
    const s = splitSentences(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(["“We received no answer.”", "The minister said so.", "A new paragraph"]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
    expect(s.map((x) => x.paragraphStart)).toEqual([true, false, true]);
  });
  it("does not split a quotation that ends with a comma", () => {
    expect(texts("“No answer,” the minister said.")).toEqual(["“No answer,” the minister said."]);
  });
});
