import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, singleBreaks, splitSentences } from "./sentences.js";

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

describe("singleBreaks", () => {
  // the expression it replaces, as the reference
  const reference = (text: string, from: number, to: number): [number, number] => {
    let single = 0, ending = 0;
    for (const m of text.slice(from, to).matchAll(/([^\n]?)[ \t\u00a0]*\n(?![ \t]*\n)/g)) {
      if (m.index > 0 && text[from + m.index - 1] === "\n") continue;
      single++;
      if (/[.!?"”’:)]/.test(m[1])) ending++;
    }
    return [single, ending];
  };

  it("counts what the expression counts, on random texts of line breaks, spaces and sentence ends", () => {
    const alphabet = ["a", "b", ".", "”", ":", "\n", "\n", "\n", " ", " ", "\t", "\u00a0", "\r", "?"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const len = rand(40);
      for (let j = 0; j < len; j++) text += alphabet[rand(alphabet.length)];
      const from = rand(text.length + 1), to = from + rand(text.length - from + 1);
      expect(singleBreaks(text, from, to), JSON.stringify([text, from, to])).toEqual(reference(text, from, to));
    }
  });

  it("tells a text with a paragraph per line from one wrapped at a width", () => {
    expect(singleBreaks("One.\nTwo.\nThree.\n\nFour", 0, 23)).toEqual([2, 2]);
    expect(singleBreaks("a line cut\nin the middle\nof a sentence.", 0, 38)).toEqual([2, 0]);
  });
});

describe("MAX_SENTENCE_CHARS", () => {
  it("cuts a stretch with no sentence end at a space, so no sentence is longer", () => {
    const t = "the minister said forty people were detained and ".repeat(400);
    const s = splitSentences(t);
    expect(s.length).toBeGreaterThan(5);
    for (const x of s) {
      expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(t[x.start - 1] ?? " ").toMatch(/\s/);
    }
    expect(s.map((x) => t.slice(x.start, x.end)).join(" ")).toBe(t.trim());
    expect(s.filter((x) => x.paragraphStart)).toHaveLength(1);
  });
  it("cuts a text with no space at the cap", () => {
    const s = splitSentences("x".repeat(MAX_SENTENCE_CHARS * 2 + 5));
    expect(s.map((x) => x.end - x.start)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
  });
});
