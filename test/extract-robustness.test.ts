// extract() must never throw, whatever the text: random strings, and random mixes of the shapes the
// rules look for (quotes, colons, cue words, names, numbers, blank lines).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract } from "../src/index.js";

const pieces = ["“", "”", "\"", ":", ",", ".", "\n\n", "\n", " said", " according to", " he", " The", " Minister", " Anna Kowalska",
  " 40", " more than 1,200", " last year", " in 2015", " who", " and", " told reporters", " According to officials,", "—", "'s", "’s", " 1 / 1"];

describe("extract on arbitrary text", () => {
  it("never throws on random strings and returns offsets inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = extract(text, { published: "2020-01-01" });
        for (const c of r.claims) {
          expect(c.sentence.start).toBeGreaterThanOrEqual(0);
          expect(c.sentence.end).toBeLessThanOrEqual(text.length);
        }
      }),
      // ('"-A', ':“He"said"A”': a signature's dash, a colon before a quotation, in a text with no sentence, once threw)
      { numRuns: 300, examples: [['"-A'], [':“He"said"A”']] },
    );
  });

  it("never throws on random mixes of attribution and quantity shapes", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const r = extract(text, {});
        for (const c of r.claims) {
          if (c.content) expect(c.content.end).toBeLessThanOrEqual(text.length);
          if (c.quantity) expect(text.slice(c.quantity.start, c.quantity.end)).toBe(c.quantity.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads words that name Object.prototype's properties as words (\"The constructor built 400 homes.\" once threw)", () => {
    for (const word of [...Object.getOwnPropertyNames(Object.prototype), "Constructor", "Value-Of"]) {
      const r = extract(`The ${word} built 400 homes, ${word} said.`, { published: "2020-01-01" });
      expect(r.claims.some((c) => c.quantity.value === 400), word).toBe(true);
    }
  });
});
