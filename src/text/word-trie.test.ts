import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { trieAlternation } from "./word-trie.js";

describe("trieAlternation", () => {
  it("matches exactly the words of a plain alternation", () => {
    const words = ["ten", "tenth", "tenths", "two", "three", "thirty", "a", "an", "and", "x.y"];
    const trie = new RegExp(`^${trieAlternation(words)}$`, "i");
    for (const w of words) expect(trie.test(w)).toBe(true);
    for (const w of ["te", "tent", "thre", "threes", "", "xzy", "andy"]) expect(trie.test(w)).toBe(false);
  });

  it("finds the same words in any text as the plain alternation", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-e]{1,4}$/), { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[a-e ]{0,40}$/), (words, text) => {
        const plain = new RegExp(`\\b(?:${[...words].sort((x, y) => y.length - x.length).join("|")})\\b`, "gi");
        const trie = new RegExp(`\\b${trieAlternation(words)}\\b`, "gi");
        expect([...text.matchAll(trie)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 300 },
    );
  });
});
