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
  it("takes each line for a paragraph where lines end sentences, and not where a text is wrapped", () => {
    const t = "Donald Trump said Friday that he was wrong\n“It is a disgrace,” said Rep. Moore.\nThat is a lie.\nMany take it personally.";
    const s = splitSentences(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(["Donald Trump said Friday that he was wrong", "“It is a disgrace,” said Rep. Moore.", "That is a lie.", "Many take it personally."]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 2, 3]);
    const wrapped = "The minister said that the\nagencies thwarted 36 attacks and\ndetained more than 400 people in\nthe year. He gave no details.";
    expect(texts(wrapped)).toHaveLength(2);
  });
  it("does not split a quotation that ends with a comma", () => {
    expect(texts("“No answer,” the minister said.")).toEqual(["“No answer,” the minister said."]);
  });
});
