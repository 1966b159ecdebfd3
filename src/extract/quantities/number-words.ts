// Reads one number at a position: digits (grouped, decimal, fractions, exponents, short scales) and
// English number words ("one hundred and thirty five", "two thousand and one", "three fifths",
// "one hundred thirty fifths", "one and a half", "five and a half million", "half a dozen",
// "nine point nought four", "minus five"), or digits and words mixed ("3 hundred and 21").
// It knows nothing of context: whether the number is a date, a name or a pronoun is decided by the caller.

import { DOZEN_WORDS, ORD_SCALES, ORD_TEENS, ORD_TENS, ORD_UNITS, SCALE_WORDS, SHORT_SCALES, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from "../../language/numbers.js";
import { POSSESSIVE_DETERMINERS } from "../../language/function-words.js";

type Kind = "num" | "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "ord" | "frac" | "and" | "a" | "point" | "neg" | "of";

interface Tok {
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

const WORDS = new Map<string, Omit<Tok, "start" | "end" | "sep">>();
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
const DETERMINER_BEFORE = new RegExp(`\\b(?:${["the", ...POSSESSIVE_DETERMINERS, "this", "that"].join("|")})\\s+$`, "i");
const SEP = /[ \t]*(?:[-–][ \t]*|,[ \t]*)?/y;

export interface ReadOptions {
  /** a currency symbol precedes: "m" and single-letter scales then mean million and billion */
  money?: boolean;
  /** "between X and Y": "and" ends the first number rather than joining "one hundred and five" */
  noAnd?: boolean;
}

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
  return { kind: "num", v, start: p, end, sep: "", int, as: scaled ? "scale" : undefined };
}

/** Tokens from p while they can belong to a number (at most 40). */
function lex(text: string, p: number, to: number, opts: ReadOptions): Tok[] {
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
      t = { kind: "frac", v: VULGAR[c], start: q, end: q + 1, sep: "" };
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
      t = { ...w, start: q, end: q + m[0].length, sep: "" };
    }
    t.sep = sep;
    if (toks.length && /,/.test(sep) && !(toks[toks.length - 1].kind === "scale" && /^(?:unit|teen|tens)$/.test(t.kind))) break;
    toks.push(t);
    at = t.end;
  }
  return toks;
}

interface Card {
  value: number;
  /** index after the last token read */
  j: number;
  /** the last big scale applied, if the number ends on one ("two million") */
  endScale: number;
  scaled: boolean;
}

const isWordNum = (k: Kind) => k === "unit" || k === "teen" || k === "tens";

/**
 * A cardinal from toks[i] up to toks[limit): "one hundred and thirty five", "3 hundred and 21",
 * "three lakh crore". Stops before the first token that cannot continue it; "and" is given back when
 * what follows makes a second number ("one hundred and two hundred").
 */
function cardinal(toks: Tok[], i: number, limit: number, opts: ReadOptions): Card | null {
  let total = 0, group = 0, small = 0, lastScale = Infinity, hundredInGroup = false;
  let prev: Kind | "start" = "start";
  let prevInt = true;
  let scaled = false;
  let afterAnd = false;
  let snap: { total: number; group: number; j: number; lastScale: number; scaled: boolean } | null = null;
  let j = i;
  let any = false;
  for (; j < limit; j++) {
    const t = toks[j];
    const hy = t.sep.includes("-");
    let ok = true;
    if (t.kind === "a") {
      // "a hundred", "a million", "a dozen" only
      ok = prev === "start" && j + 1 < limit && /^(?:hundred|scale|dozen)$/.test(toks[j + 1].kind) && !toks[j + 1].plural;
      if (ok) { prev = "a"; continue; }
      break;
    }
    if (t.kind === "and") {
      const n = toks[j + 1];
      if (opts.noAnd || !n || j + 1 >= limit) break;
      const after = prev === "hundred" || prev === "scale" || (prev === "num" && toks[j - 1].as === "scale");
      const okNext =
        (after && (isWordNum(n.kind) || (n.kind === "num" && n.int && n.v > 0 && n.v < (prev === "hundred" ? 100 : 1000) && !n.as))) ||
        (prev === "tens" && n.kind === "unit" && !n.sep.includes("-"));
      if (!okNext) break;
      snap = { total, group, j, lastScale, scaled };
      afterAnd = true;
      prev = "and";
      continue;
    }
    if (isWordNum(t.kind)) {
      ok =
        prev === "start" || prev === "hundred" || prev === "scale" || prev === "and" ||
        (prev === "tens" && t.kind === "unit" && t.v > 0);
      if (ok && hy && !(prev === "tens" && t.kind === "unit")) ok = prev === "start" ? false : ok && prev !== "scale" && prev !== "hundred";
      if (!ok) break;
      group += t.v;
      small += t.v;
      prev = t.kind;
      any = true;
      continue;
    }
    if (t.kind === "num") {
      ok = prev === "start" || ((prev === "scale" || prev === "and") && t.int === true && t.v < 1000 && !t.as);
      if (!ok) break;
      if (t.as === "scale") {
        // "10k", "2.5bn": a complete number with its scale
        total += t.v;
        lastScale = 1000;
        scaled = true;
        prev = "num";
        prevInt = false;
        any = true;
        continue;
      }
      group += t.v;
      small += t.v;
      prev = "num";
      prevInt = t.int === true;
      any = true;
      continue;
    }
    if (t.kind === "hundred") {
      ok = !hundredInGroup && !(hy && !isWordNum(prev as Kind) && prev !== "num") && (prev === "start" || prev === "a" || prev === "unit" || prev === "teen" || prev === "tens" || prev === "num") &&
        !(t.plural && (prev === "start" || prev === "a"));
      if (!ok) {
        if (snap && afterAnd) ({ total, group, j, lastScale, scaled } = snap), (j = snap.j);
        break;
      }
      group = (small || 1) * 100 + (group - small);
      small = 0;
      hundredInGroup = true;
      prev = "hundred";
      any = true;
      scaled = true;
      if (t.plural) { j++; break; }
      continue;
    }
    if (t.kind === "scale") {
      // "two-thousand", "$400-million-a-year"
      ok = !(hy && !isWordNum(prev as Kind) && prev !== "hundred" && prev !== "num") && (prev !== "and") && !(t.plural && (prev === "start" || prev === "a"));
      if (ok && prev === "scale" && group === 0 && t.v > lastScale) {
        // "three lakh crore", "a thousand million": the scale multiplies the whole
        total *= t.v;
        lastScale = t.v;
      } else if (ok && t.v < lastScale) {
        total += (group || 1) * t.v;
        group = 0;
        small = 0;
        hundredInGroup = false;
        lastScale = t.v;
      } else ok = false;
      if (!ok) {
        if (snap && afterAnd) ({ total, group, lastScale, scaled } = snap), (j = snap.j);
        break;
      }
      prev = "scale";
      any = true;
      scaled = true;
      afterAnd = false;
      snap = null;
      if (t.plural) { j++; break; }
      continue;
    }
    if (t.kind === "dozen") {
      ok = !hy && (prev === "start" || prev === "a" || isWordNum(prev as Kind) || (prev === "num" && prevInt)) &&
        !(t.plural && (prev === "start" || prev === "a"));
      if (!ok) break;
      // "three hundred and two dozens": the dozen multiplies what follows the hundred
      group = group - small + (small || 1) * 12;
      small = 0;
      prev = "dozen";
      any = true;
      j++;
      break;
    }
    break;
  }
  if (!any) return null;
  // a trailing "and" or "a" is not part of the number
  while (j > i && (toks[j - 1].kind === "and" || toks[j - 1].kind === "a")) j--;
  if (j === i) return null;
  return { value: total + group, j, endScale: prev === "scale" ? lastScale : prev === "num" && toks[j - 1]?.as === "scale" ? 1000 : 0, scaled };
}

/** A cardinal that uses exactly toks[i, e), words only when `wordsOnly`. */
function exact(toks: Tok[], i: number, e: number, opts: ReadOptions, wordsOnly: boolean): Card | null {
  if (e <= i) return null;
  if (wordsOnly) for (let k = i; k < e; k++) if (toks[k].kind === "num") return null;
  if (e - i === 1 && toks[i].kind === "a") return { value: 1, j: e, endScale: 0, scaled: false };
  const c = cardinal(toks, i, e, opts);
  return c && c.j === e ? c : null;
}

/** The value of a compound ordinal toks[k, e] (toks[e] the ordinal): "thirty fifth" 35, "one hundred and fifth" 105. */
function ordinalValue(toks: Tok[], k: number, e: number, opts: ReadOptions): number | null {
  const o = toks[e];
  if (k === e) return o.inner ? null : o.v;
  if (o.alone) return null;
  const first = toks[k];
  if (first.kind === "and" || first.kind === "hundred" || first.kind === "scale" || first.kind === "a" || first.kind === "num") return null;
  // read the ordinal as its cardinal and ask whether the whole is one number
  const as: Tok = { ...o, kind: o.as!, plural: false };
  const seq = [...toks.slice(k, e), as];
  const c = cardinal(seq, 0, seq.length, opts);
  return c && c.j === seq.length ? c.value : null;
}

interface Frac { value: number; num: number; den: number }

/** toks[s, e) then the ordinal toks[e] as a fraction: "three fifths", "one hundred thirty fifths" (100/35). */
function fraction(toks: Tok[], s: number, e: number, opts: ReadOptions): Frac | null {
  const o = toks[e];
  if (o.kind !== "ord") return null;
  // the longest denominator that leaves a numerator: "twenty twenty fifths" is 20/25
  for (let k = s + 1; k <= e; k++) {
    const boundary = toks[k];
    if (k < e && boundary.sep.includes("-")) continue; // "ninety - five" binds
    if (toks[k - 1].kind === "and") continue;
    const den = ordinalValue(toks, k, e, opts);
    if (den === null || den === 0) continue;
    const num = exact(toks, s, k, opts, true);
    if (!num) continue;
    // "two millionth" is a number and an ordinal, "a fifth" and "one eighth" fractions
    if (!o.plural && num.value !== 1) continue;
    return { value: num.value / den, num: num.value, den };
  }
  return null;
}

/** A scale after a fraction: "half a dozen", "two thirds of a million", "five and a half million". */
function trailingScale(toks: Tok[], j: number): { v: number; j: number } | null {
  let k = j;
  if (toks[k]?.kind === "of" && toks[k + 1]?.kind === "a") k += 2;
  else if (toks[k]?.kind === "a") k += 1;
  const t = toks[k];
  if (t && (t.kind === "scale" || t.kind === "hundred" || t.kind === "dozen") && !t.plural) return { v: t.v, j: k + 1 };
  return null;
}

/** The digits words spell after "point": "zero three" 03, "seventy-one" 71, "eleven" 11. */
function decimals(toks: Tok[], j: number): { digits: string; j: number } | null {
  let digits = "";
  let k = j;
  while (k < toks.length) {
    const t = toks[k];
    if (t.kind === "unit" || t.kind === "teen") { digits += String(t.v); k++; continue; }
    if (t.kind === "tens") {
      const n = toks[k + 1];
      if (n && n.kind === "unit" && n.v > 0) { digits += String(t.v + n.v); k += 2; } else { digits += String(t.v); k++; }
      continue;
    }
    break;
  }
  return digits ? { digits, j: k } : null;
}

/** Reads the number that begins at `at` (a digit, a word or a sign), or null. */
export function readNumber(text: string, at: number, to: number, opts: ReadOptions = {}): NumberRead | null {
  let neg = false;
  let p = at;
  const sign = /^[-−]\s*(?=[\d.])/.exec(text.slice(at, at + 4));
  if (sign) { neg = true; p = at + sign[0].length; }
  const toks = lex(text, p, to, opts);
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
  const toks = lex(text, at, to, {});
  let e = 0;
  while (e < toks.length && /^(?:unit|teen|tens|hundred|scale|and)$/.test(toks[e].kind)) e++;
  const o = toks[e];
  if (!o || o.kind !== "ord" || o.alone || o.plural) return null;
  const v = ordinalValue(toks, 0, e, {});
  return v === null ? null : { end: o.end, value: v };
}
