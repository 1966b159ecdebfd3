// Reads one number at a position: digits (grouped, decimal, fractions, exponents, short scales) and
// English number words ("one hundred and thirty five", "two thousand and one", "three fifths",
// "one hundred thirty fifths", "one and a half", "five and a half million", "half a dozen",
// "nine point nought four", "minus five"), or digits and words mixed ("3 hundred and 21").
// It knows nothing of context: whether the number is a date, a name or a pronoun is decided by the caller.

import { POSSESSIVE_DETERMINERS } from "../../language/function-words.js";
import { numberTokens, type ReadOptions } from "./number-tokens.js";
import { cardinal, decimals, exact, fraction, ordinalValue, trailingScale, type Frac } from "./cardinal.js";

export { articleAlone, NUMBER_WORDS, VULGAR_CHARS, type ReadOptions } from "./number-tokens.js";

const DETERMINER_BEFORE = new RegExp(`\\b(?:${["the", ...POSSESSIVE_DETERMINERS, "this", "that"].join("|")})\\s+$`, "i");

export interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** the number begins with digits */
  digits: boolean;
  /** it ends in a scale word or letter ("2 million", "10k") */
  scaled: boolean;
  /** it was read as a fraction of words ("three fifths") */
  fraction: boolean;
  /** a single bare word ("one", "half", "a"): the caller decides whether it is a number */
  bare: string | null;
  /** a word after it that the caller must not read ("fifth" in "two millionth") */
  ordinalAfter: boolean;
  /** a fraction of one in a singular ordinal ("a tenth", "one fifth"): an ordinal when a noun follows ("a tenth defendant") */
  singularOrdinal: boolean;
}

/** Reads the number that begins at `at` (a digit, a word or a sign), or null. */
export function readNumber(text: string, at: number, to: number, opts: ReadOptions = {}): NumberRead | null {
  let neg = false;
  let p = at;
  const sign = /^[-−]\s*(?=[\d.])/.exec(text.slice(at, at + 4));
  if (sign) { neg = true; p = at + sign[0].length; }
  const toks = numberTokens(text, p, to, opts);
  if (!toks.length) return null;
  let i = 0;
  if (toks[0].kind === "neg") {
    if (neg || toks.length < 2 || toks[1].kind === "neg" || toks[1].kind === "and" || toks[1].kind === "of") return null;
    neg = true;
    i = 1;
  }
  const first = toks[i];
  const done = (value: number, j: number, extra: Partial<NumberRead> = {}): NumberRead => ({
    start: at,
    end: toks[j - 1].end,
    value: neg ? -value : value,
    digits: first.kind === "num",
    scaled: false,
    fraction: false,
    bare: null,
    ordinalAfter: false,
    singularOrdinal: false,
    ...extra,
  });
  if (first.kind === "frac") return done(first.v, i + 1, { fraction: true });
  if (first.kind === "point" || first.kind === "and" || first.kind === "of") return null;

  // the run of number words up to an ordinal: a fraction or a mixed number
  let e = i;
  while (e < toks.length && /^(?:num|unit|teen|tens|hundred|scale|and|a)$/.test(toks[e].kind) && !toks[e].plural) e++;
  if (e < toks.length && toks[e].kind === "ord") {
    let value: number | null = null;
    let endScale = 0;
    let fr: Frac | null = null;
    // "one hundred and three quarters": an integer and a proper fraction; "and" binds the last
    for (let a = e - 1; a > i && value === null; a--) {
      if (toks[a].kind !== "and") continue;
      const whole = exact(toks, i, a, opts, false);
      const f = whole && fraction(toks, a + 1, e, opts);
      if (whole && f && f.value < 1) {
        value = whole.value;
        fr = f;
        endScale = whole.endScale;
      }
    }
    if (value === null) {
      const o = toks[e];
      const f = fraction(toks, i, e, opts) ?? (e === i && o.alone && !o.plural ? { value: 1 / o.v, num: 1, den: o.v } : null);
      if (f) { value = 0; fr = f; }
    }
    if (value !== null && fr) {
      let j = e + 1;
      const sc = trailingScale(toks, j);
      let total: number;
      if (sc && (endScale === 0 || sc.v < endScale)) {
        // "five and a half million", "one billion and a half million"
        total = endScale ? value + fr.value * sc.v : (value + fr.value) * sc.v;
        j = sc.j;
      } else if (endScale >= 1000) total = value + fr.value * endScale; // "two million and a half"
      else total = value + fr.value;
      // a bare "quarter" ("the first quarter") is a fraction only before a scale
      if (e === i && toks[e].alone && toks[e].v === 4 && j === e + 1) return null;
      const bare = e === i && j === e + 1 ? toks[e].plural ? null : "half" : null;
      const singularOrdinal = value === 0 && !sc && !toks[e].plural && !toks[e].alone;
      return done(total, j, { fraction: true, scaled: !!sc, bare, singularOrdinal });
    }
    if (e === i) return null;
    // not a fraction: a number before an ordinal word ("two millionth", "100 millionths"), unless the
    // two make one ordinal after a determiner ("the one hundred fifth", "its twenty-first")
    const o = toks[e];
    const num = exact(toks, i, e, opts, false);
    if (!num || o.inner || o.alone) return null;
    if (ordinalValue(toks, i, e, opts) !== null && DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return null;
    return done(num.value, e, { ordinalAfter: true, scaled: num.scaled });
  }

  const c = cardinal(toks, i, toks.length, opts);
  if (!c) return null;
  let value = c.value;
  let j = c.j;
  // "two hundred point zero three", "nine point nought four"
  if (toks[j]?.kind === "point" && first.kind !== "num" && !toks[j].sep.includes("-")) {
    const d = decimals(toks, j + 1);
    if (d) {
      value += Number(`0.${d.digits}`);
      j = d.j;
    }
  }
  const bare = j === i + 1 && !neg && !c.scaled ? text.slice(toks[i].start, toks[i].end).toLowerCase() : null;
  return done(value, j, { scaled: c.scaled, bare: first.kind === "num" ? null : bare });
}

/** An ordinal in words at `at` ("tenth", "twenty-fifth", "one hundred and fifth"), or null. */
export function readOrdinal(text: string, at: number, to: number): { end: number; value: number } | null {
  const toks = numberTokens(text, at, to, {});
  let e = 0;
  while (e < toks.length && /^(?:unit|teen|tens|hundred|scale|and)$/.test(toks[e].kind)) e++;
  const o = toks[e];
  if (!o || o.kind !== "ord" || o.alone || o.plural) return null;
  const v = ordinalValue(toks, 0, e, {});
  return v === null ? null : { end: o.end, value: v };
}
