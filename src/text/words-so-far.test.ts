import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WordsSoFar } from "./words-so-far.js";

const POLL = /\b(?:polls?|polling|surveys?|respondents)\b/i;

describe("WordsSoFar", () => {
  it("answers for a passage that grows sentence by sentence", () => {
    const text = "Prices rose. A new Survey found 40 percent agree. Turnout fell.";
    const words = new WordsSoFar(text, POLL, 11);
    expect(words.test(0, 12)).toBe(false);
    expect(words.test(0, 49)).toBe(true);
    expect(words.test(0, text.length)).toBe(true);
    // another passage starts over
    expect(words.test(49, text.length)).toBe(false);
  });

  it("takes back a word the passage's end had cut ('polls' read on as 'pollsters')", () => {
    const text = "The pollsters said so.";
    const words = new WordsSoFar(text, POLL, 11);
    expect(words.test(0, 9)).toBe(true); // "The polls"
    expect(words.test(0, 14)).toBe(false); // "The pollsters "
  });

  it("does not take a word's tail at the passage's start as a word", () => {
    const text = "aaaaaaaxpolls and more words after it";
    expect(new WordsSoFar(text, POLL, 11).test(8, 13)).toBe(true); // "polls" alone
    const on = new WordsSoFar(text, POLL, 11);
    expect(on.test(0, 20)).toBe(false);
    // (read on from 12 characters back, at the "p": "polls" there is no word of the passage)
    expect(on.test(0, 25)).toBe(false);
  });

  it("answers as the regular expression over the slice, for any text and growing ends", () => {
    const piece = fc.constantFrom("poll", "polls", "polling", "survey", "s", "respondents", "x", " ", ".", "_", "é", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), fc.nat(), (pieces, steps, start) => {
        const text = pieces.join("");
        const from = text.length ? start % text.length : 0;
        const words = new WordsSoFar(text, POLL, 11);
        let to = from;
        for (const step of steps) {
          to = Math.min(text.length, to + (step % 9));
          expect(words.test(from, to)).toBe(POLL.test(text.slice(from, to)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
