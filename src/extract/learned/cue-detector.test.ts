import { describe, expect, it } from "vitest";
import { tokenize } from "../../text/tokens.js";
import { analyze } from "../document.js";
import { findEntities } from "../entities.js";
import { findAttributions } from "../attribution/index.js";
import { learnedCue, mayBeCue } from "./cue-detector.js";

const cuesIn = (sentence: string) => {
  const tokens = tokenize(sentence);
  return tokens.map((_, i) => learnedCue(tokens, i)).filter((x) => x !== null);
};

describe("cue detector (trained on PolNeAR)", () => {
  it("takes a verb the lexicon lacks for a cue when a clause of what was held follows", () => {
    expect(cuesIn("The judge ruled that the law was unconstitutional.")).toEqual(["rule"]);
  });

  it("leaves verbs of doing alone", () => {
    expect(cuesIn("She walked to the store and ate an apple.")).toEqual([]);
  });

  it("reads only verbs: not nouns, auxiliaries or a capitalised word inside a sentence", () => {
    const tokens = tokenize("The ruling was Ruled out.");
    expect(tokens.map((_, i) => mayBeCue(tokens, i))).toEqual([false, false, false, false, false, false]);
  });

  it("gives the rules a learned cue to read a speaker and a content from", () => {
    const text = "The judge ruled that the law was unconstitutional.";
    const doc = analyze(text);
    const [a] = findAttributions(doc, findEntities(doc));
    expect(a.cue).toMatchObject({ lemma: "rule", learned: true });
    expect(text.slice(a.content.start, a.content.end)).toBe("that the law was unconstitutional");
    expect(a.speaker?.mention).toBe("The judge");
  });

  it("does not mark a lexicon cue as learned", () => {
    const doc = analyze("The judge said that the law was unconstitutional.");
    const [a] = findAttributions(doc, findEntities(doc));
    expect(a.cue?.lemma).toBe("say");
    expect(a.cue?.learned).toBeUndefined();
  });
});
