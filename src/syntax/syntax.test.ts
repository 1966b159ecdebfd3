import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse, tag, tagAt } from "./index.js";

/** Whether heads form one tree: one word on the root, every word reaching it without a cycle. */
function isTree(heads: number[]): boolean {
  if (heads.filter((h) => h === 0).length !== 1) return false;
  return heads.every((_, i) => {
    let w = i + 1;
    for (let steps = 0; steps <= heads.length; steps++) {
      if (w === 0) return true;
      w = heads[w - 1];
      if (w < 0 || w > heads.length) return false;
    }
    return false;
  });
}

describe("syntax (models trained on UD English EWT)", () => {
  it("parses an invented report of a figure", () => {
    const words = ["The", "minister", "said", "40", "people", "were", "detained", "last", "year", "."];
    const { tags, heads, deprels } = parse(words);
    const at = (w: string) => words.indexOf(w);
    const head = (w: string) => words[heads[at(w)] - 1];
    expect(tags.slice(0, 5)).toEqual(["DT", "NN", "VBD", "CD", "NNS"]);
    expect([head("40"), deprels[at("40")]]).toEqual(["people", "nummod"]);
    expect([head("people"), deprels[at("people")]]).toEqual(["detained", "nsubj:pass"]);
    expect([head("detained"), deprels[at("detained")]]).toEqual(["said", "ccomp"]);
    expect(head("year")).toBe("detained");
    expect(["obl:unmarked", "obl:tmod", "obl"]).toContain(deprels[at("year")]);
    expect([heads[at("said")], deprels[at("said")]]).toEqual([0, "root"]);
  });

  it("tags one word as tagging the whole sentence does", () => {
    const words = ["Officials", "in", "the", "port", "city", "said", "the", "bond", "rates", "rose", "to", "4", "percent", "last", "week", "."];
    expect(words.map((_, i) => tagAt(words, i))).toEqual(tag(words));
    // runs of common words (which the dictionary tags) and ambiguous ones, in any order
    const vocabulary = ["the", "of", "said", "rates", "rose", "calls", "report", "Treasury", "note", "fell", "and", ",", "40", "record", "that", "plans"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 }), (ws) => {
        expect(ws.map((_, i) => tagAt(ws, i))).toEqual(tag(ws));
      }),
      { numRuns: 300 },
    );
  });

  it("tags an invented sentence", () => {
    expect(tag(["The", "council", "spent", "$", "2.4", "million", "on", "roads", "in", "2019", "."]))
      .toEqual(["DT", "NN", "VBD", "$", "CD", "CD", "IN", "NNS", "IN", "CD", "."]);
  });

  // In web text "rose" is mostly a flower; the lexicon's ambiguity class (NN or VBD) beside the plural
  // before it tells the verb (the tagger without that feature said VBP)
  it("tags 'rose' after a plural subject as a past tense verb", () => {
    expect(tag(["Prices", "rose", "3.5", "percent", "in", "March", "."])[1]).toBe("VBD");
  });

  it("gives one well-formed tree for any list of tokens", () => {
    const token = fc.oneof(fc.constantFrom("the", "said", "40", ",", ".", "people", "(", "and", "Mr.", "rose"), fc.string({ minLength: 1, maxLength: 8 }));
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), (words) => {
      const p = parse(words);
      expect(p.heads).toHaveLength(words.length);
      expect(p.deprels.every((d) => typeof d === "string" && d.length > 0)).toBe(true);
      expect(isTree(p.heads)).toBe(true);
    }), { numRuns: 300 });
  });

  it("gives nothing for no words", () => {
    expect(parse([])).toEqual({ tags: [], heads: [], deprels: [] });
  });
});
