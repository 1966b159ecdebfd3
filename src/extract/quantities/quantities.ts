// Quantity recognition: numbers written in digits or words, scales, percentages, money, ranges, bounds,
// approximations and vague amounts, with the qualifier words included in the span. Dates, times, years,
// ordinals, phone numbers, ages, numbers inside names and "one" used as a pronoun are not quantities.
//
// Our own scanner rather than @microsoft/recognizers-text-number: that package resolves none of the
// range cases of its own specs and is far slower (see `npm run bench -- quantities`).

import type { Qualifier, Quantity, QuantityKind } from "../../types.js";
import { firstTag } from "../../language/lexicon.js";
import { articleAlone, NUMBER_WORDS, readNumber, readOrdinal, VULGAR_CHARS, type NumberRead } from "./number-words.js";
import { candidateSearchEnd } from "./number-tokens.js";
import { trieAlternation } from "../../text/word-trie.js";
import { wordTable } from "../../language/word-table.js";
import { datedOrNamedDigits } from "./dated-digits.js";
import { CURRENCY_SIGNS } from "../../language/currencies.js";
import { currencyAfter, currencyBefore, minorPart } from "./currency.js";
import { ORD_UNITS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from "../../language/numbers.js";
import { CHANGE_VERB_FORMS } from "../../language/change-words.js";
import { perHour, UNITS } from "../../language/units.js";
import { vagueAmounts } from "./vague-amounts.js";
import { boundBefore, estimateBefore, NOT_COMPARISON, PREFIX_MAP, PREFIX_RE, type Bound } from "./bounds.js";
import { multiples } from "./multiples.js";
export { estimateBefore } from "./bounds.js";

// scales that a lower bound borrows from its upper bound ("10 to 15 million")
const SCALE_OF: Record<string, number> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, bn: 1e9 });

// Words after a number that bound it: "400 or more", "50 at most", "200 or greater"; "or equal" widens a strict bound.
const SUFFIX: [RegExp, Qualifier][] = [
  [/^\s+(?:or|and)\s+(?:more|above|over|greater|higher|larger|bigger)(?:\s+than)?\b/i, "at-least"],
  [/^\s+or\s+(?:less|fewer|below|under|lower|smaller)(?:\s+than)?\b/i, "at-most"],
  [/^\s+at\s+(?:the\s+)?most\b/i, "at-most"],
  [/^\s+at\s+(?:the\s+)?least\b/i, "at-least"],
  [/^\s*\+(?!\d)/, "at-least"],
];
const OR_EQUAL = /^\s+or\s+equal(?:\s+to)?(?:\s+(?:it|that))?\b/i;
// a cardinal written in words ("seven", "ninety", "hundred")
const CARDINAL_WORD = `(?:${[...Object.keys(UNIT_WORDS), ...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS), "hundred"].join("|")})`;
// a suffix that goes on to another number is that number's prefix ("200 or greater than 190")
const SUFFIX_GOES_ON = new RegExp(`^\\s*(?:than\\b|[-−]?\\d|(?:${CARDINAL_WORD}|a\\s+(?:hundred|thousand|million))\\b)`, "i");
const LOWER_BOUND = new Set<Qualifier>(["more-than", "at-least"]);
const UPPER_BOUND = new Set<Qualifier>(["less-than", "at-most"]);
// a number just before ("10 percent of", "ten percent of")
const NUMBER_ENDS = new RegExp(String.raw`(?:\d|\b${CARDINAL_WORD})\s*$`, "i");
const PERCENT_BEFORE = /(?:^|[^\p{L}\d%])((?:percents?|percentages?|per\s*cent)\s+of\s+)$/iu;

// Where a number may begin: a currency sign, a sign, digits, a vulgar fraction or a number word (letters before
// a dollar sign or a code before digits are read back from there: "HK$ 5", "USD 200").
const SIGN_CLASS = [...Object.keys(CURRENCY_SIGNS)].filter((c) => [...c].length === 1).map((c) => c.replace(/[$\]^\\-]/g, "\\$&")).join("");
const CANDIDATE = new RegExp(
  `(?<cur>[${SIGN_CLASS}]\\s?(?=[-−]?\\s?[\\d.]))?(?:[-−]\\s*(?=\\d)|\\.(?=\\d)|\\d|[${VULGAR_CHARS}]|\\b${trieAlternation(NUMBER_WORDS)}\\b)`,
  "giu",
);
const LETTERS_BEFORE_SIGN = /(?<!\p{L})(\p{L}{1,3})\s?$/u;
const CODE_BEFORE = /(?<![\p{L}\d])(\p{L}{3,4})\s?$/u;
const PERCENT_AFTER = /^\s*(?:%|(?:percent(?:ages?|s)?|per\s*cent)(?:\s+points?)?\b|pct\b)/i;
const AGE_AFTER = /^(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old\b/i;
// (past a bound or the first of a range: "aged above 60", "aged between 51 and 60", "aged 16 to 18")
const AGE_BEFORE = /\b(?:aged|age|ages)\s*(?:(?:above|over|under|below|between|from|about|around|nearly|at\s+least|more\s+than|less\s+than)\s+)?(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:to|and|-|–)\s*)?$/i;
// the first bound of an age range is an age too: "between 15 and 70 million years old", "aged 18 to 24 years old"
const AGE_RANGE_AFTER = /^\s*(?:and|to|or|-|–)\s*[\d.,]+(?:\s+(?:thousand|million|billion))?(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old\b/i;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
const PHONE = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{1,3}[\s-]\d/y;
// "six priests, four nuns and one monk": "one" closing a list of counts is a count
const LIST_OF_COUNTS_BEFORE = new RegExp(String.raw`(?:\d|\b${CARDINAL_WORD})\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+(?:and|or)\s+$`, "iu");
// "a one-year sentence", "a one day event": a length of one unit that modifies a noun (not "one day, he left")
const ONE_SPAN_AFTER = /^[-\s](?:year|month|week|day|night|hour|minute)[-\s]+\p{Ll}/u;
const ONE_FOLLOWERS_OK = new RegExp(String.raw`^\s+(?:person|people|man|woman|child|in\s+(?:${CARDINAL_WORD}\b|\d+)|percent|per\s+cent|%|hundred|thousand|million|billion|dozen|of\s+(?:every|each)|more|fewer|less|last|out\s+of|over\s+(?:\d|${CARDINAL_WORD}\b))`, "i");

interface Core {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  kind: QuantityKind;
  digits: boolean;
  raw: string;
  /** a rank compared with another ("higher than the tenth") */
  ordinal?: boolean;
}

// floating-point noise off a written decimal ("1.1 million" → 1100000.0000000002 → 1100000), but a fraction's
// own digits kept ("two-thirds" is 2/3, not 0.666666667)
const round = (v: number) => {
  if (Number.isInteger(v)) return v;
  const r = Math.round(v * 1e9) / 1e9;
  return Math.abs(r - v) <= 1e-12 * Math.max(1, Math.abs(v)) ? r : v;
};
// a cheap test for text with no number at all: digits or the words a number or an amount may begin with
const HAS_NUMBER_WORDS = [
  ...Object.keys(UNIT_WORDS), ...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS), "hundred", ...Object.keys(SCALE_WORDS), "dozen", "half",
  ...Object.keys(ORD_UNITS).filter((w) => w !== "first" && w !== "second"), "quarter", "tenth", "numerous", "several", "handful", "percent", "many", "fraction", "digits",
];
// common words that are amounts only as whole words or before "of" (VAGUE): as bare prefixes ("part",
// "share", "number", "most") they let many more sentences through this test (extract bench 188k -> 207k words/s, same output)
const VAGUE_ONLY_WORDS = String.raw`\b(?:most|few|multiple|twice|thrice|countless|majority|doubled|doubling|tripled|tripling|quadrupled|quadrupling|halved|halving)\b|\b(?:numbers?|lots?|portion|share|proportion|part|amounts?|quantity|quantities|host|series|slew|raft|plenty|bulk)\s+of\b`;
const HAS_NUMBER = new RegExp(`[\\d${VULGAR_CHARS}]|\\b${trieAlternation(HAS_NUMBER_WORDS)}|${VAGUE_ONLY_WORDS}`, "i");

// a plural noun or a collective one after a four-digit number counts it ("2000 shops", "1500 people")
const PLURAL_AFTER = /^\s+([a-z]+s)\b/;
const PARTICIPLE_PLURAL_AFTER = /^\s+([a-z]+ed)\s+([a-z]+s)\b/;
const COLLECTIVE_AFTER = /^\s+(?:people|men|women|children|staff)\b/;
/** True when the words after a four-digit number are what it counts: a plural, not a singular noun that ends in
 * "s" ("the 2020 census", "its 2019 status", "the 2016 crisis" name a year). */
function countedAfter(after: string): boolean {
  if (COLLECTIVE_AFTER.test(after)) return true;
  // "a poll of 2047 registered voters": a participle on the plural noun
  const modified = PARTICIPLE_PLURAL_AFTER.exec(after);
  if (modified && /^VB[ND]$/.test(firstTag(modified[1]) ?? "") && firstTag(modified[2]) === "NNS") return true;
  const m = PLURAL_AFTER.exec(after);
  if (!m) return false;
  const tag = firstTag(m[1]);
  return tag === null || tag === "NNS" || tag.startsWith("VB");
}


/** A year standing alone ("in 2016", "the 2020 census"), unless an estimate's word, a counted noun or a divisor makes
 * it a count ("roughly 2000 shops", "2000 over 3"). */
function yearAlone(text: string, end: number, to: number, num: string, before: string, after: string, cur: boolean, pct: boolean, scaled: boolean): boolean {
  return !cur && !scaled && !pct && YEAR.test(num) && !countedAfter(after) && !estimateBefore(before) &&
    !/^\s+(?:over|out\s+of)\s+\d+(?:\.\d+)?\s*[.?!]?\s*$/.test(text.slice(end, to));
}

/** Number words that are not an amount: "several hundred" (read as vague), "Ground Zero", "one" as a pronoun, "the second half". */
function notAnAmountInWords(num: string, before: string, after: string, r: NumberRead, pct: boolean): boolean {
  const w = num.trim().toLowerCase();
  // "several hundred", "a few thousand": a vague amount, read below
  if (/\b(?:several|a\s+few)\s+$/i.test(before) && /^(?:hundred|thousand|million|billion|dozen)/.test(w)) return true;
  // "Ground Zero", "Apollo Eleven": a capitalised number word after a capitalised word names something
  // (not in an all-capitals headline: "SHOOTING Three people")
  if (/^\p{Lu}/u.test(num) && /(?:^|[^\p{L}])(?!(?:The|A|An|And|Or|But|Some|About|Over|Nearly|Almost|Around|At|Only|Just|All|More|Less|Fewer|Another)\s)\p{Lu}\p{Ll}\p{L}*\s+$/u.test(before)) return true;
  if (r.bare && /^n[ao]ught$/.test(r.bare) && /\bfor\s+$/i.test(before)) return true; // "for naught"
  if (r.bare === "one" && !pct && !ONE_FOLLOWERS_OK.test(after) && !PREFIX_RE.test(before) && !(LIST_OF_COUNTS_BEFORE.test(before) && !/^\s+of\b/i.test(after)) && !(/\ban?\s+$/i.test(before) && ONE_SPAN_AFTER.test(after))) return true;
  // "half-mast", "a half-sister", "the second half": not amounts
  // "a tenth defendant", "a sixth year student": ordinals before a noun or adjective
  if (r.singularOrdinal) {
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1].toLowerCase() ?? "";
    if (/^-\p{L}/u.test(after) || /^(?:NN|JJ|CD|VBG)/.test(firstTag(next) ?? "")) return true;
  }
  if (/half$/.test(w) && (/^-\p{L}/u.test(after) || (r.bare && /\b(?:first|second|other|latter|back|top|bottom)\s+$/i.test(before)))) return true;
  return false;
}

/**
 * Number cores in text[from, to), before qualifiers and ranges are read around them; the first `limit` of
 * them (a core depends only on the text and the cores before it, so the first are the same however many
 * are asked for).
 */
function cores(text: string, from: number, to: number, limit = Infinity): Core[] {
  const out: Core[] = [];
  const searched = text.slice(0, candidateSearchEnd(text, to));
  CANDIDATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = CANDIDATE.exec(searched)) && m.index < to) {
    const cur = m.groups!.cur;
    // an article with no number word after it ("a year") is no number: readNumber reads it alone, and
    // the ranks below read none from it (readOrdinal starts at an ordinal word)
    if (cur === undefined && m[0].length <= 2 && (m[0] === "a" || m[0] === "an" || m[0] === "A" || m[0] === "An" || m[0] === "AN" || m[0] === "aN") && articleAlone(text, m.index + m[0].length, to)) continue;
    let start = m.index;
    const numAt = start + (cur?.length ?? 0);
    let curRead = cur ? currencyBefore(cur) : null;
    // letters before a dollar sign ("HK$", "C $"), a code before digits ("USD 200", "EUR40", "MAUD 60")
    if (!cur || /^\$/.test(cur)) {
      const letters = (cur ? LETTERS_BEFORE_SIGN : CODE_BEFORE).exec(text.slice(Math.max(from, start - 6, out[out.length - 1]?.end ?? 0), start));
      const read = letters && (cur || /\d/.test(text[numAt])) ? currencyBefore(cur ? `${letters[0]}$` : letters[1]) : null;
      if (read) { curRead = read; start -= letters![0].length; }
    }
    const resume = m.index + m[0].length;
    // numbers stand as whole words: not "GBP738 thousand", "CDN$11", "Rs.200", nor the rest of "192.168.1.2"
    const glued = /[\p{L}\d]/u.test(text[start - 1] ?? "") || /[\p{L}\d]\.$/u.test(text.slice(Math.max(0, numAt - 2), numAt));
    if (/^[-−]/.test(text[numAt])) {
      // a minus sign: at the start, or glued to the digits after a space or an operator ("-5", "<-30");
      // never between two numbers ("5 -10") nor inside a word ("SCP-173")
      const lead = text.slice(Math.max(from, numAt - 12), numAt);
      const spaced = /^[-−]\s/.test(text.slice(numAt, numAt + 2));
      const okSign = spaced
        ? /^\s*$/.test(text.slice(from, numAt)) || /[(<>=:]\s*$/.test(lead)
        : /(?:^|[\s(<>=:])$/.test(lead) && !/[\d%)]\s+$/.test(lead);
      if (!okSign) { CANDIDATE.lastIndex = numAt + 1; continue; }
    }
    const lead = text.slice(Math.max(from, start - 12), start);
    // "plus or minus 4 points" is a margin, not a negative number: read what follows the sign word
    if (/^(?:minus|negative)\b/i.test(m[0]) && /(?:plus\s+or\s+|±\s*)$/i.test(lead)) { CANDIDATE.lastIndex = resume; continue; }
    const r = readNumber(text, numAt, to, { money: !!curRead, noAnd: /(?:^|[^\p{L}])between\s+$/iu.test(lead) });
    if (!r) {
      // ranks as bounds: "between the tenth and the fifteenth", "higher than the tenth"
      const lastCore = out[out.length - 1];
      if (!curRead && (/\b(?:than|between)\s+the\s+$/i.test(lead) || (lastCore?.ordinal && /^\s+and\s+the\s+$/i.test(text.slice(lastCore.end, start))))) {
        const o = readOrdinal(text, numAt, to);
        if (o) {
          out.push({ start, end: o.end, value: o.value, unit: null, kind: "number", digits: false, raw: text.slice(start, o.end), ordinal: true });
          CANDIDATE.lastIndex = o.end;
          continue;
        }
      }
      CANDIDATE.lastIndex = resume;
      continue;
    }
    let end = r.end;
    CANDIDATE.lastIndex = end;
    if (glued) continue;
    const num = text.slice(numAt, end);
    const digits = r.digits;
    const pctM = PERCENT_AFTER.exec(text.slice(end, end + 30));
    let pct = !!pctM && !curRead;
    // a currency after the number: "10 €", "420 million finnish markka", "115USD", "34 cents", "one-yen"
    const money = !pct && !curRead ? currencyAfter(text, end, to) : null;
    if (pct) end += pctM![0].length;
    else if (!curRead) {
      // "percent of 10", "per cent of twenty-two": the percentage named first, when no number precedes it
      const pb = PERCENT_BEFORE.exec(text.slice(Math.max(from, start - 30), start));
      if (pb) {
        const at = start - pb[1].length;
        if (!NUMBER_ENDS.test(text.slice(Math.max(from, at - 12), at))) {
          pct = true;
          start = at;
        }
      }
    }
    // digits glued to letters are a unit or a code ("29km", "180ml", "5G"), not a count
    if (/[\p{L}]/u.test(text[end] ?? "") && !pct && !money) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    // not quantities: dates, times, ordinals, ages, phone numbers, years, numbers in names, addresses
    if (NOT_COMPARISON.test(before)) continue;
    if (digits) {
      let w0 = numAt;
      while (w0 > from && !/\s/.test(text[w0 - 1]) && numAt - w0 < 400) w0--;
      if (/:\/\/|\bwww\./i.test(text.slice(w0, numAt))) continue; // inside a web address
      PHONE.lastIndex = numAt;
      if (PHONE.test(text)) { CANDIDATE.lastIndex = Math.max(end, PHONE.lastIndex); continue; }
      const isMoney = !!curRead || !!money;
      if (datedOrNamedDigits(num, before, after, isMoney, pct) || yearAlone(text, end, to, num, before, after, isMoney, pct, r.scaled)) continue;
    } else {
      if (notAnAmountInWords(num, before, after, r, pct || !!money)) continue;
    }
    // ages are not counts, unless bounded: "more than thirty years old" says how many years
    if (AGE_BEFORE.test(before) || AGE_RANGE_AFTER.test(after) || (AGE_AFTER.test(after) && !/(?:more|less|older|younger|greater|fewer)\s+than\s+$|\b(?:over|under|at\s+least|at\s+most)\s+$/i.test(before))) continue;
    let value = r.value;
    let unit: string | null = null;
    let kind: QuantityKind = "number";
    if (pct) { unit = "%"; kind = "percent"; }
    else if (curRead || money) {
      unit = (curRead ?? money)!.unit;
      kind = "money";
      value *= (curRead ?? money)!.scale;
      if (money) end += money.length;
      // a sum in two units: "3 dollars 50 cents", "thirteen dollars and forty-five", "C$ 100 and fifty."
      if (!money?.minor && Number.isInteger(r.value) && (curRead ?? money)!.scale === 1 && !r.scaled) {
        const minor = minorPart(text, end, to);
        if (minor && (minor.unit || value < 1000)) { value += minor.value / 100; end = minor.end; }
      }
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, end);
    } else {
      // a length an hour is a speed: "240 km/h", "60 miles per hour"
      const w = /^\s+([\p{L}$]+)(\/h\b|\/hr\b|\s+(?:per|an|a)\s+hour\b)?/u.exec(text.slice(end, end + 30));
      const word = w?.[1].toLowerCase() ?? "";
      if (UNITS[word]) { unit = (w![2] && perHour(word)) || word; kind = "measure"; }
    }
    // trim trailing spaces swallowed by the pattern
    while (end > start && /\s/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    out.push({ start, end, value: round(value), unit, kind, digits, raw: text.slice(start, end) });
  }
  return out;
}

function isSentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return k < 0 || /[.!?"“”:\n]/.test(text[k]);
}

/**
 * Whether text[from, to) holds a quantity: recogniseQuantities(text, from, to).length > 0, stopping at the
 * first (each core becomes a quantity or part of one, and a vague amount is one when no core is there).
 */
export function hasQuantity(text: string, from = 0, to = text.length): boolean {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!HAS_NUMBER.test(slice)) return false;
  return cores(text, from, to, 1).length > 0 || vagueAmounts(slice, from, 1).length > 0 || multiples(text, slice, from).length > 0;
}

/** whether two cores with the words between them make one range ("between X and Y", "from X to Y", "X-Y", "X to Y") */
function readsAsRange(text: string, from: number, c: Core, next: Core, between: boolean, fromW: boolean): boolean {
  const gap = text.slice(c.end, next.start);
  const lead = text.slice(Math.max(from, c.start - 12), c.start);
  // a change from a value to a value: "the toll rose from 14 to 31", "cut by 0.1 points to 4.2 percent"
  if (/^\s+to\s+$/i.test(gap) && changeBefore(text.slice(Math.max(from, c.start - 60), c.start), fromW, c, next)) return false;
  return (between && (/^\s+and\s+$/i.test(gap) || (!!next.ordinal && /^\s+and\s+the\s+$/i.test(gap)))) ||
    (fromW && /^\s+(?:to|through|until)\s+$/i.test(gap)) ||
    // (not a tie: "at 40-40" is two figures)
    (/^\s*[-–—]\s*$/.test(gap) && c.digits === next.digits && next.value !== c.value && !/[-–]\s*$/.test(text.slice(from, c.start))) ||
    /^\s*~\s*$|^\s+(?:through|thru)\s+$/i.test(gap) ||
    // "$500,000 to more than $1 million": a bound on the upper end keeps the range
    (/^\s+to\s+(?:more\s+than|over|nearly|almost|about|around)\s+$/i.test(gap) && c.kind === next.kind && next.value > c.value) ||
    (/^\s+(?:to|or)\s+$/i.test(gap) && !fromW && !/\beither\s+$/i.test(lead) && next.value > c.value && (c.kind === next.kind || unitShared(lead, c, next)));
}

/**
 * "90 to 95 percent", "1.6 billion to 1.75 billion euros": a bare number before one with a unit takes its unit.
 * After "by" the pair is a change and a level when they lie far apart ("cut by 0.25 to 1.5 percent").
 */
function unitShared(lead: string, c: Core, next: Core): boolean {
  if (c.kind !== "number" || c.unit !== null || c.ordinal || c.value <= 0) return false;
  return !/\bby\s+$/i.test(lead) || next.value <= 1.5 * c.value;
}

/** "rose from X to Y", "edged up by X points to Y percent": a verb of change before, or a change and a level in other units */
function changeBefore(before: string, fromW: boolean, c: Core, next: Core): boolean {
  const points = (raw: string) => /\bpoints?$/i.test(raw);
  if (points(c.raw) !== points(next.raw)) return true;
  if (fromW) {
    const words = before.replace(/\s*from\s*$/i, "").toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-5);
    return words.some((w) => CHANGE_VERB_FORMS.has(w));
  }
  return false;
}

/** Recognises quantities in text[from, to); offsets are indices into `text`. */
export function recogniseQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!HAS_NUMBER.test(slice)) return [];
  const cs = cores(text, from, to);
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const push = (q: Quantity) => {
    if (taken.some(([s, e]) => q.start < e && q.end > s)) return;
    taken.push([q.start, q.end]);
    out.push(q);
  };

  let skip = -1;
  for (let i = 0; i < cs.length; i++) {
    if (i === skip) continue;
    const c = cs[i];
    const next = cs[i + 1];
    if (next) {
      const gap = text.slice(c.end, next.start);
      // "one over three", "2000 over 3", "one out of three": a fraction, when nothing counted follows
      // ("$2000 over 3 years", "12 out of 40 passengers" are two numbers)
      const ratio = /^\s+(over|out\s+of|in)\s+$/i.exec(gap);
      // "more than 2 in 5": the bound is on the count, and "in 5" is its base, not a second quantity
      const boundedProportion = !!ratio && ratio[1].toLowerCase() === "in" && /(?:(?:more|less|fewer|greater)\s+than|at\s+(?:least|most))\s+$/i.test(text.slice(Math.max(from, c.start - 16), c.start));
      if (boundedProportion) skip = i + 1;
      // "nearly eight of 10 voters", "nine in 10 Americans": a share of ten or of a hundred, whatever follows (and "one in five patients")
      // ("two in three voters", "three in five": any share of a small whole said with "in" is the idiom too)
      if (/^\s+(?:in|of|out\s+of)\s+$/i.test(gap) && (next.value === 10 || next.value === 100 || (/^\s+in\s+$/i.test(gap) && (c.value === 1 ? next.value <= 100 : next.value <= 20 && !/^\s+or\s+(?:more|less|fewer)\b/i.test(text.slice(next.end, to))))) && !boundedProportion && c.kind === "number" && next.kind === "number" && c.value > 0 && c.value < next.value) {
        const lead = text.slice(Math.max(from, c.start - 40), c.start);
        const b = boundBefore(lead, c.start);
        const start = b?.start ?? c.start;
        push({ text: text.slice(start, next.end), start, end: next.end, value: round(c.value / next.value), upper: null, qualifier: b?.qualifier ?? "exact", unit: null, kind: "number" });
        i++;
        continue;
      }
      if (ratio && c.kind === "number" && next.kind === "number" && next.value !== 0 && !/^\s*(?!(?:or|and)\b)\p{L}/iu.test(text.slice(next.end, to)) &&
        (ratio[1].toLowerCase() === "over" || Math.abs(c.value) < next.value) &&
        !boundedProportion) {
        const more = /^\s+or\s+more\b/i.exec(text.slice(next.end, to)); // "2 in 5 or more"
        const end = next.end + (more ? more[0].length : 0);
        push({ text: text.slice(c.start, end), start: c.start, end, value: round(c.value / next.value), upper: null, qualifier: more ? "at-least" : "exact", unit: null, kind: "number" });
        i++;
        continue;
      }
    }
    // ranges: "between X and Y", "from X to Y", "X-Y", "X to Y"
    if (next) {
      const lead = text.slice(Math.max(from, c.start - 12), c.start);
      const between = /(?:^|[^\p{L}])between\s+$/iu.exec(lead) ?? (c.ordinal ? /(?:^|[^\p{L}])between\s+the\s+$/iu.exec(lead) : null);
      const fromW = /(?:^|[^\p{L}])from\s+$/iu.exec(lead);
      if (readsAsRange(text, from, c, next, !!between, !!fromW) && next.value >= c.value) {
        const start = between ? c.start - between[0].length + (between[0].match(/^[^\p{L}]/u) ? 1 : 0) : fromW ? c.start - fromW[0].length + (fromW[0].match(/^[^\p{L}]/u) ? 1 : 0) : c.start;
        // "10 to 15 million": the scale of the upper bound applies to the lower
        let low = c.value;
        if (next.value / c.value >= 1000 && c.digits && Number.isInteger(c.value) && /million|billion|thousand|bn|k\b/i.test(next.raw)) low = c.value * (SCALE_OF[/(thousand|million|billion|trillion|bn|k)\b/i.exec(next.raw)?.[1].toLowerCase() ?? ""] ?? 1);
        const unit = c.unit ?? next.unit;
        const kind = c.kind !== "number" ? c.kind : next.kind;
        push({ text: text.slice(start, next.end), start, end: next.end, value: low, upper: next.value, qualifier: "range", unit, kind });
        i++;
        continue;
      }
    }
    let start = c.start, end = c.end;
    let qualifier: Bound = "exact";
    let before = text.slice(Math.max(from, c.start - 40), c.start);
    if (c.ordinal) before = before.replace(/\bthe\s+$/i, "");
    const p = PREFIX_RE.exec(before);
    if (p) {
      const words = (p[1] ?? p[2]).toLowerCase().replace(/\s+/g, "");
      // "some" and "about" qualify only a number; "over" and "under" only when not a preposition of place/time
      qualifier = PREFIX_MAP.get(words) ?? "exact";
      start = c.start - (text.slice(Math.max(from, c.start - 40), c.start).length - before.lastIndexOf(p[1] ?? p[2]));
    }
    const rest = text.slice(end, Math.min(to, end + 40));
    for (const [re, q] of SUFFIX) {
      const s = re.exec(rest);
      if (s && !SUFFIX_GOES_ON.test(rest.slice(s[0].length)) && !(/than$/i.test(s[0]) && /^\s*\S/.test(rest.slice(s[0].length)) && !/^\s*[.,;:!?]/.test(rest.slice(s[0].length)))) {
        qualifier = q;
        end += s[0].length;
        break;
      }
    }
    if (qualifier === "more-than" || qualifier === "less-than") {
      const e = OR_EQUAL.exec(text.slice(end, Math.min(to, end + 30)));
      if (e && !SUFFIX_GOES_ON.test(text.slice(end + e[0].length, end + e[0].length + 20))) {
        qualifier = qualifier === "more-than" ? "at-least" : "at-most";
        end += e[0].length;
      }
    }
    if (qualifier === "equal") push({ text: text.slice(start, end), start, end, value: c.value, upper: c.value, qualifier: "range", unit: c.unit, kind: c.kind });
    else push({ text: text.slice(start, end), start, end, value: c.value, upper: null, qualifier, unit: c.unit, kind: c.kind });
  }

  for (const q of vagueAmounts(slice, from)) push(q);
  for (const q of multiples(text, slice, from)) push(q);
  out.sort((a, b) => a.start - b.start);
  // a lower and an upper bound side by side make a range: "greater than 100 and smaller than 300",
  // "at most 100 and at least 20", "higher or equal than one hundred, lower or equal than three hundred"
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k], b = out[k + 1];
    const lo = LOWER_BOUND.has(a.qualifier) ? a : LOWER_BOUND.has(b.qualifier) ? b : null;
    const hi = UPPER_BOUND.has(a.qualifier) ? a : UPPER_BOUND.has(b.qualifier) ? b : null;
    if (!lo || !hi || lo === hi || lo.unit !== hi.unit || lo.value === null || hi.value === null || lo.value >= hi.value) continue;
    if (!/^\s*(?:,\s*(?:and\s+|but\s+)?|and\s+|but\s+)$/i.test(text.slice(a.end, b.start))) continue;
    out.splice(k, 2, { text: text.slice(a.start, b.end), start: a.start, end: b.end, value: lo.value, upper: hi.value, qualifier: "range", unit: a.unit, kind: a.kind });
  }
  return out;
}
