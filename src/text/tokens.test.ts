import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSpace, tokenize } from "./tokens.js";

// the tokens as the one expression cuts them, scanning with exec (what tokenize did before its ASCII path)
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:[’'][\p{L}]+|[-‐][\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*(?:[-‐][\p{L}]+)?|\S/gu;
function reference(text: string, from = 0, to = text.length): [string, number, number][] {
  const out: [string, number, number][] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) out.push([m[0], m.index, m.index + m[0].length]);
  return out;
}

describe("tokenize", () => {
  it("cuts words, initialisms, numbers and marks", () => {
    expect(tokenize("The U.S. said it's 1,100 well-known “cases”.").map((t) => t.text)).toEqual(["The", "U.S.", "said", "it's", "1,100", "well-known", "“", "cases", "”", "."]);
    const [the, us] = tokenize("The U.S.");
    expect(the).toMatchObject({ lower: "the", kind: "word", cap: true, start: 0, end: 3 });
    expect(us).toMatchObject({ lower: "u.s.", start: 4, end: 8 });
  });

  it("cuts as its regular expression does, on ASCII and beyond, in any range", () => {
    const pieces = ["a", "Z", "U.", "S.", "it", "'s", "’", "-", "‐", "known", "1", ",", ".", "23", "é", "Ü", "𝐀", " ", "\u00a0", "\t", "\n", "“", "\"", "½", "—", "x-1", "́"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(60), fc.nat(60), (parts, a, b) => {
        const text = parts.join("");
        // (ranges start and end between characters, never inside a surrogate pair, as sentences do)
        const inPair = (i: number) => /[\udc00-\udfff]/.test(text[i] ?? "") && /[\ud800-\udbff]/.test(text[i - 1] ?? "");
        let from = Math.min(a, text.length), to = Math.max(from, Math.min(text.length, b + from));
        if (inPair(from)) from++;
        if (inPair(to)) to++;
        expect(tokenize(text, from, to).map((t): [string, number, number] => [t.text, t.start, t.end])).toEqual(reference(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isSpace", () => {
  it("is JavaScript's \\s on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
