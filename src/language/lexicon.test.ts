import { describe, expect, it } from "vitest";
import { wordFacts, firstTag, allTags, inWordSet, factSlots } from "./lexicon.js";
import { tokenize } from "../text/tokens.js";

describe("word facts", () => {
  it("answers the lexicon's first tag and all its tags", () => {
    expect(firstTag("said")).toBe("VBD");
    expect(allTags("said")).toContain("VBN");
    expect(firstTag("qzxvw")).toBeNull();
    expect(allTags("qzxvw")).toEqual([]);
  });

  it("keeps one record per word form while the table grows, and tells apart words of equal hash buckets", () => {
    const first = new Map<string, ReturnType<typeof wordFacts>>();
    // enough new forms to make the table double several times
    for (let i = 0; i < 150_000; i++) first.set(`w${i}x`, wordFacts(`w${i}x`));
    const said = wordFacts("said");
    for (const [w, facts] of first) if (wordFacts(w) !== facts) throw new Error(`record of ${w} changed`);
    expect(wordFacts("said")).toBe(said);
    expect(new Set(first.values()).size).toBe(first.size);
    // a word built from a fresh slice is the same form
    const text = "they said so";
    expect(wordFacts(text.slice(5, 9))).toBe(said);
  });

  it("answers prototype names as plain words", () => {
    for (const w of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(firstTag(w)).toBeNull();
      expect(wordFacts(w).entry).toBeUndefined();
    }
  });
});

describe("inWordSet", () => {
  it("answers each set for each token, however many tokens share the word form", () => {
    const roles = inWordSet(new Set(["minister", "judge"]));
    const verbs = inWordSet(new Set(["said", "judge"]));
    const tokens = tokenize("The minister said the judge said the Judge minister");
    expect(tokens.map(roles)).toEqual([false, true, false, false, true, false, false, true, true]);
    expect(tokens.map(verbs)).toEqual([false, false, true, false, true, true, false, true, false]);
    // asked again, from new tokens of the same forms
    expect(tokenize("minister said").map(roles)).toEqual([true, false]);
  });
});

declare module "./lexicon.js" {
  interface WordFacts {
    testSlot?: number;
  }
}

describe("factSlots", () => {
  it("makes every record with the declared slot, starting over the records made before it", () => {
    const before = wordFacts("slotted");
    expect("testSlot" in before).toBe(false);
    factSlots("testSlot");
    const after = wordFacts("slotted");
    expect(after).not.toBe(before);
    expect("testSlot" in after).toBe(true);
    expect(after.testSlot).toBeUndefined();
    expect(Object.keys(wordFacts("unslotted"))).toEqual(Object.keys(after));
    expect(after.tag).toBe(before.tag);
  });
});
