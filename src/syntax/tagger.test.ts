import { describe, expect, it } from "vitest";
import { Tagger, trainTagger } from "./tagger.js";

// invented sentences: "rose" is a flower after a determiner and a verb after a plural noun
const sentences = [
  { words: ["The", "rose", "grew", "."], tags: ["DT", "NN", "VBD", "."] },
  { words: ["A", "rose", "fell", "."], tags: ["DT", "NN", "VBD", "."] },
  { words: ["Costs", "rose", "sharply", "."], tags: ["NNS", "VBD", "RB", "."] },
  { words: ["Fees", "rose", "again", "."], tags: ["NNS", "VBD", "RB", "."] },
  { words: ["Rents", "fell", "."], tags: ["NNS", "VBD", "."] },
];
const opts = { epochs: 10, seed: 1, step: 0.001, lexiconMinCount: 2, lexiconMinShare: 0.3 };

describe("tagger", () => {
  it("keeps in its lexicon the words seen often enough, with the tags they took often enough", () => {
    const { lexicon } = trainTagger(sentences, opts);
    expect(lexicon["rose"]).toBe("NN VBD");
    expect(lexicon["."]).toBe(".");
    expect(lexicon["grew"]).toBeUndefined(); // seen once
    expect(trainTagger(sentences, { ...opts, lexiconMinShare: 0.6 }).lexicon["rose"]).toBeUndefined();
    expect(Object.getPrototypeOf(lexicon)).toBeNull(); // "constructor" is not a word it knows
  });

  it("tells the flower from the verb by the words around it", () => {
    const tagger = new Tagger(trainTagger(sentences, opts));
    expect(tagger.tag(["The", "rose", "grew", "."])).toEqual(["DT", "NN", "VBD", "."]);
    expect(tagger.tag(["Fees", "rose", "sharply", "."])).toEqual(["NNS", "VBD", "RB", "."]);
  });

  it("trains the same weights twice", () => {
    const a = trainTagger(sentences, opts), b = trainTagger(sentences, opts);
    expect(Array.from(b.weights.weights)).toEqual(Array.from(a.weights.weights));
    expect(Array.from(b.weights.keys)).toEqual(Array.from(a.weights.keys));
  });
});
