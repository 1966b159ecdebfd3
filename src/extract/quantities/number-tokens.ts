// The tokens a number is read from: digits with what is glued to them (decimals, fractions, exponents,
// short scales such as "10k"), vulgar fractions and number words, each with its kind and value.

import { DOZEN_WORDS, ORD_SCALES, ORD_TEENS, ORD_TENS, ORD_UNITS, SCALE_WORDS, SHORT_SCALES, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from "../../language/numbers.js";

export type Kind = "num" | "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "ord" | "frac" | "and" | "a" | "point" | "neg" | "of";

export interface Tok {
  kind: Kind;
  v: number;
  start: number;
  end: number;
  /** the text between the previous token and this one */
  sep: string;
  /** digits: an integer without a decimal part */
  int?: boolean;
  /** ordinals: plural ("fifths") */
  plural?: boolean;
  /** ordinals: the cardinal kind they stand for ("fifth" is a unit, "thirtieth" tens, "millionth" a scale) */
  as?: Kind;
  /** "half", "quarter": a denominator only, never part of a compound ordinal */
  alone?: boolean;
  /** "first", "second": an ordinal only inside a compound ("twenty-first") */
  inner?: boolean;
}

type WordTok = Omit<Tok, "start" | "end" | "sep">;
const WORDS = new Map<string, WordTok>();
for (const [w, v] of Object.entries(UNIT_WORDS)) WORDS.set(w, { kind: "unit", v });
for (const [w, v] of Object.entries(TEEN_WORDS)) WORDS.set(w, { kind: "teen", v });
for (const [w, v] of Object.entries(TENS_WORDS)) WORDS.set(w, { kind: "tens", v });
for (const [w, v] of Object.entries(SCALE_WORDS)) {
  WORDS.set(w, { kind: "scale", v });
  WORDS.set(`${w}s`, { kind: "scale", v, plural: true });
}
WORDS.set("hundred", { kind: "hundred", v: 100 });
WORDS.set("hundreds", { kind: "hundred", v: 100, plural: true });
for (const w of DOZEN_WORDS) WORDS.set(w, { kind: "dozen", v: 12, plural: w.endsWith("s") });
const ords: [Record<string, number>, Kind][] = [[ORD_UNITS, "unit"], [ORD_TEENS, "teen"], [ORD_TENS, "tens"], [ORD_SCALES, "scale"], [{ hundredth: 100 }, "hundred"]];
for (const [table, as] of ords)
  for (const [w, v] of Object.entries(table)) {
    const inner = w === "first" || w === "second";
    WORDS.set(w, { kind: "ord", v, as, inner });
    WORDS.set(w === "first" || w === "second" ? `${w}s` : `${w}s`, { kind: "ord", v, as, inner, plural: true });
  }
WORDS.set("half", { kind: "ord", v: 2, alone: true });
WORDS.set("halves", { kind: "ord", v: 2, alone: true, plural: true });
WORDS.set("quarter", { kind: "ord", v: 4, alone: true });
WORDS.set("quarters", { kind: "ord", v: 4, alone: true, plural: true });
WORDS.set("and", { kind: "and", v: 0 });
WORDS.set("a", { kind: "a", v: 1 });
WORDS.set("an", { kind: "a", v: 1 });
WORDS.set("point", { kind: "point", v: 0 });
WORDS.set("minus", { kind: "neg", v: 0 });
WORDS.set("negative", { kind: "neg", v: 0 });
WORDS.set("of", { kind: "of", v: 0 });

/**
 * Whether the article ("a", "an") ending at `end` surely reads as no number: what numberTokens would read
 * after it is no number word (the next plain ASCII word is not one, or there is none), so readNumber
 * would find the article alone, which no rule reads as an amount. False where unsure (digits, a decimal
 * point, anything beyond ASCII follow): the caller then reads it in full. Half the candidates of
 * quantity recognition are articles ("a year", "an official"), each read token by token before.
 */
export function articleAlone(text: string, end: number, to: number): boolean {
  // numberTokens' separator (SEP) after the article
  let q = end;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  const d = text.charCodeAt(q);
  if (d === 45 || d === 0x2013 || d === 44) {
    q++;
    while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  }
  if (q >= to) return true;
  const c = text.charCodeAt(q);
  if (c >= 128 || (c >= 48 && c <= 57) || c === 46) return false;
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true; // no word: numberTokens stops
  let e = q + 1;
  for (let k = text.charCodeAt(e); (k >= 65 && k <= 90) || (k >= 97 && k <= 122); k = text.charCodeAt(++e));
  // (a letter beyond ASCII would go on with the word WORD reads)
  if (text.charCodeAt(e) >= 128) return false;
  return !WORDS.has(text.slice(q, e).toLowerCase());
}

/**
 * A token with every field set, in one order: tokens built by spreading a word's entry had as many
 * shapes as the entries have fields, and V8 copied each the slow way (a tenth of numberTokens' time).
 */
function tok(kind: Kind, v: number, start: number, end: number, w?: WordTok): Tok {
  return { kind, v, start, end, sep: "", int: w?.int, plural: w?.plural, as: w?.as, alone: w?.alone, inner: w?.inner };
}

/** Every word that can begin a number in words, for the caller's scan. */
export const NUMBER_WORDS: string[] = [...WORDS.keys()].filter((w) => !["and", "of", "point"].includes(w));

const VULGAR = VULGAR_FRACTIONS;
export const VULGAR_CHARS = Object.keys(VULGAR).join("");

const SHORT_SCALE = SHORT_SCALES;

// Digits: Indian grouping (12,34,567), thousands with commas, with single spaces (1 234 567, 40 000),
// a decimal comma (5,00; never inside a list like 22,24,26), plain, or a leading decimal point.
const DIGITS =
  /(?:\d{1,3}(?:\.\d{3})+,\d+(?![\d.]|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d]|,\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!,\d)|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){2,}(?:\.\d+)?(?![\d/-])|\d{2,3}[ \u00a0\u2009\u202f]\d{3}(?:\.\d+)?(?![\d/-]|\s\d)|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?(?!\d|\.\d)|\.\d+)/y;
const MIXED = /[ \t]+(\d+)\/(\d+)(?![\d/])/y;
const SLASH = /\/(\d+)(?![\d/])/y;
const EXPONENT = /[eE]([+-]?\d+)(?![\p{L}\d])/uy;
const POWER = /\^([+-]*)(\d+(?:\.\d+)?)/y;
const TIMES_TEN = / ?[x×] ?10\^([+-]?\d+)/y;
const SHORT = /( {0,2})(MM|mln|mil|mn|bln|bn|tln|trn|tn|[kKGMBbm])(?=$|[\s.,;:!?)\]'"’”-])/uy;
const WORD = /\p{L}+/uy;
const SEP = /[ \t]*(?:[-–][ \t]*|,[ \t]*)?/y;

export interface ReadOptions {
  /** a currency symbol precedes: "m" and single-letter scales then mean million and billion */
  money?: boolean;
  /** "between X and Y": "and" ends the first number rather than joining "one hundred and five" */
  noAnd?: boolean;
}


/** A digit token at p, with what is glued to it (a fraction, an exponent, a short scale). */
function lexDigits(text: string, p: number, opts: ReadOptions): Tok | null {
  DIGITS.lastIndex = p;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const raw = m[0];
  let end = p + raw.length;
  let v: number;
  let int = !/[.]/.test(raw);
  if (/,\d+$/.test(raw) && /\./.test(raw)) int = false;
  if (/^\d{1,3},\d{1,2}$/.test(raw)) {
    // a decimal comma, unless the comma lists items ("22,24,26") or the text before is a list
    if (/\d,\s?$/.test(text.slice(Math.max(0, p - 3), p))) {
      end = p + raw.indexOf(",");
      v = Number(raw.slice(0, raw.indexOf(",")));
    } else {
      v = Number(raw.replace(",", "."));
      int = false;
    }
  } else if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(raw)) {
    // continental grouping: "1.111,11" (two separators of different kinds leave no doubt)
    v = Number(raw.replace(/\./g, "").replace(",", "."));
    int = false;
  } else v = Number(raw.replace(/[,\s]/g, ""));
  if (!Number.isFinite(v)) return null;
  let scaled = false;
  // 192.168.1.2 and 1.2.3: addresses and versions, not numbers
  if (/^\.\d/.test(text.slice(end, end + 2)) && /\d\.\d+$/.test(raw)) return null;
  if (int) {
    MIXED.lastIndex = end;
    const mx = MIXED.exec(text);
    if (mx && Number(mx[1]) < Number(mx[2]) && !/\d\s*\/\s*$/.test(text.slice(0, p))) {
      v += Number(mx[1]) / Number(mx[2]);
      end = MIXED.lastIndex;
      int = false;
    } else {
      SLASH.lastIndex = end;
      const sl = SLASH.exec(text);
      if (sl) {
        if (Number(sl[1]) === 0) return null;
        v /= Number(sl[1]);
        end = SLASH.lastIndex;
        int = false;
      }
    }
  }
  if (text[end] && VULGAR[text[end]] !== undefined && int) {
    v += VULGAR[text[end]];
    end++;
    int = false;
  }
  EXPONENT.lastIndex = end;
  const ex = EXPONENT.exec(text);
  if (ex) {
    v *= 10 ** Number(ex[1]);
    end = EXPONENT.lastIndex;
  } else {
    POWER.lastIndex = end;
    const pw = POWER.exec(text);
    if (pw) {
      const negExp = (pw[1].match(/-/g)?.length ?? 0) % 2 === 1;
      v = v ** (negExp ? -Number(pw[2]) : Number(pw[2]));
      end = POWER.lastIndex;
    } else {
      TIMES_TEN.lastIndex = end;
      const tt = TIMES_TEN.exec(text);
      if (tt) {
        v *= 10 ** Number(tt[1]);
        end = TIMES_TEN.lastIndex;
      }
    }
  }
  SHORT.lastIndex = end;
  const sh = SHORT.exec(text);
  if (sh) {
    const s = sh[2];
    const glued = sh[1] === "";
    // "m" is a metre unless money precedes; "G", "M", "B" after a single digit name things ("5G", "3M")
    const ok =
      s === "m" ? opts.money && sh[1].length <= 1 :
      s === "b" ? glued || opts.money :
      "GMB".includes(s) && s.length === 1 ? opts.money || v >= 10 || !int :
      sh[1].length <= 2;
    if (ok) {
      v *= SHORT_SCALE[s];
      end = SHORT.lastIndex;
      scaled = true;
    }
  }
  const t = tok("num", v, p, end);
  t.int = int;
  if (scaled) t.as = "scale";
  return t;
}

/** Tokens from p while they can belong to a number (at most 40). */
export function numberTokens(text: string, p: number, to: number, opts: ReadOptions): Tok[] {
  const toks: Tok[] = [];
  let at = p;
  while (at < to && toks.length < 40) {
    let sep = "";
    let q = at;
    if (toks.length) {
      SEP.lastIndex = at;
      const s = SEP.exec(text);
      sep = s ? s[0] : "";
      q = at + sep.length;
    }
    if (q >= to) break;
    const c = text[q];
    let t: Tok | null = null;
    if (c >= "0" && c <= "9" || c === "." && /\d/.test(text[q + 1] ?? "")) {
      if (toks.length && /-|,/.test(sep)) break;
      t = lexDigits(text, q, opts);
      if (!t) break;
    } else if (VULGAR[c] !== undefined) {
      t = tok("frac", VULGAR[c], q, q + 1);
    } else {
      WORD.lastIndex = q;
      const m = WORD.exec(text);
      if (!m) break;
      const w = WORDS.get(m[0].toLowerCase());
      if (!w) break;
      // "first" and "second" count only inside a compound ("twenty-first", "three twenty firsts"):
      // "twenty seconds" is time
      if (w.inner) {
        const p0 = toks[toks.length - 1];
        if (!p0 || p0.kind !== "tens" || (w.v === 2 && !sep.includes("-"))) break;
      }
      t = tok(w.kind, w.v, q, q + m[0].length, w);
    }
    t.sep = sep;
    if (toks.length && /,/.test(sep) && !(toks[toks.length - 1].kind === "scale" && /^(?:unit|teen|tens)$/.test(t.kind))) break;
    toks.push(t);
    at = t.end;
  }
  return toks;
}

/**
 * Where a search for quantities.ts CANDIDATE before `to` may stop reading the text: a match starting before
 * `to` reads at most a sign, a space, a number word and the character after it (CANDIDATE_REACH), but for
 * the spaces after a minus sign ("- 5"), so past a run of spaces the end moves on to the character after
 * it. The matches starting before `to` are the same as in the whole text; searched whole, the last search
 * of each sentence ran on to the document's next candidate (over PolNeAR train's sentences that may hold a
 * number, 1.17M characters past their ends for 1.58M within; recogniseQuantities over the sentences of 200
 * documents 829M -> 770M instructions a pass).
 */
const CANDIDATE_REACH = 8 + Math.max(...NUMBER_WORDS.map((w) => w.length));
const SPACE = /\s/;
export function candidateSearchEnd(text: string, to: number): number {
  let end = Math.min(text.length, to + CANDIDATE_REACH);
  while (end < text.length && SPACE.test(text[end - 1])) end++;
  return end;
}
