// Quantity recognition: numbers written in digits or words, scales, percentages, money, ranges, bounds,
// approximations and vague amounts, with the qualifier words included in the span. Dates, times, years,
// ordinals, phone numbers, ages, numbers inside names and "one" used as a pronoun are not quantities.
//
// Our own scanner rather than @microsoft/recognizers-text-number: that package resolves none of the
// range cases of its own specs and is far slower (see `npm run bench -- quantities`).

import type { Qualifier, Quantity, QuantityKind } from "../types.js";
import { firstTag } from "./lexicon.js";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };
const FRACTIONS: Record<string, number> = { half: 0.5, halves: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fourth: 0.25, fourths: 0.25, fifth: 0.2, fifths: 0.2 };

const CURRENCY_SYMBOL: Record<string, string> = { $: "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "c$": "CAD", "a$": "AUD" };
const CURRENCY_WORD: Record<string, string> = {
  dollar: "USD", dollars: "USD", usd: "USD", euro: "EUR", euros: "EUR", eur: "EUR", pound: "GBP", pounds: "GBP", gbp: "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY", rupee: "INR", rupees: "INR", ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB",
  somoni: "TJS", lira: "TRY", liras: "TRY", francs: "CHF", franc: "CHF",
};
const MEASURE = new Set(["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "kg", "kilograms", "kilogram", "tons", "tonnes", "ton", "tonne", "hectares", "hectare", "acres", "barrels", "megawatts", "mw", "gw", "metres", "meters", "feet", "litres", "liters", "gallons"]);

// Qualifier words before a number, longest first.
const PREFIX: [string, Qualifier][] = [
  ["no more than", "at-most"], ["not more than", "at-most"], ["less than or equal to", "at-most"], ["no fewer than", "at-least"], ["no less than", "at-least"],
  ["more than or equal to", "at-least"], ["greater than or equal to", "at-least"], ["at least", "at-least"], ["a minimum of", "at-least"], ["as many as", "at-most"], ["up to", "at-most"], ["at most", "at-most"], ["a maximum of", "at-most"],
  ["more than", "more-than"], ["greater than", "more-than"], ["higher than", "more-than"], ["in excess of", "more-than"], ["upwards of", "more-than"], ["well over", "more-than"], ["just over", "more-than"], ["over", "more-than"], ["above", "more-than"], ["exceeding", "more-than"],
  ["fewer than", "less-than"], ["less than", "less-than"], ["lower than", "less-than"], ["just under", "less-than"], ["under", "less-than"], ["below", "less-than"],
  ["an estimated", "approx"], ["approximately", "approx"], ["roughly", "approx"], ["around", "approx"], ["about", "approx"], ["nearly", "approx"], ["almost", "approx"], ["close to", "approx"], ["some", "approx"], ["circa", "approx"], ["an approximate", "approx"], ["estimated", "approx"], ["approx.", "approx"], ["~", "approx"],
];
const PREFIX_RE = new RegExp(`(?:^|[^\\p{L}])(${PREFIX.map(([p]) => p.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})\\s*$`, "iu");
const PREFIX_MAP = new Map(PREFIX.map(([p, q]) => [p, q]));
// Words after a number that bound it: "400 or more", "50 at most".
const SUFFIX: [RegExp, Qualifier][] = [
  [/^\s+or\s+(?:more|above|over|greater)\b/i, "at-least"],
  [/^\s+or\s+(?:less|fewer|below|under)\b/i, "at-most"],
  [/^\s+at\s+(?:the\s+)?most\b/i, "at-most"],
  [/^\s+at\s+(?:the\s+)?least\b/i, "at-least"],
  [/^\s+(?:and|or)\s+above\b/i, "at-least"],
  [/^\s*\+(?!\d)/, "at-least"],
];

const VAGUE = /\b(?:(?:several|a\s+few)\s+(?:hundred|thousand|million|billion|dozen)|numerous|dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|billions|several|a\s+handful)\b(?:\s+of\b)?/giu;

const WORD_NUM = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)";
// A number: currency, digits or words, an optional scale, an optional percent or currency word.
const NUMBER = new RegExp(
  "(?<cur>(?:US\\$|C\\$|A\\$|[$€£¥₹₽])\\s?)?" +
    "(?<num>" +
    "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?:/\\d+(?!/))?|\\.\\d+" +
    `|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-](?:half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths)\\b` +
    `|(?:a\\s+|one\\s+)?(?:half|dozen)\\b(?:\\s+(?:a\\s+)?dozen)?` +
    `|${WORD_NUM}(?:(?:\\s+and\\s+|[\\s-]+|(?<=thousand|million|billion|trillion),\\s*)(?:a\\s+)?${WORD_NUM})*\\b` +
    ")" +
    "(?<scale>(?:\\s*-?\\s*(?:hundred|thousand|million|billion|trillion))+|\\s?(?:k|m|mn|mln|bn|b|tn|trn)\\b)?" +
    "(?<pct>\\s*(?:%|percent(?:age\\s+points?)?\\b|per\\s+cent\\b|pct\\b))?",
  "giu",
);

const MONTH = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?/i;
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])${MONTH.source}\\s*$`, "iu");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH.source}(?![\\p{L}])`, "iu");
const TIME_AFTER = /^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|EST|EDT|BST))/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const AGE_AFTER = /^(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old\b/i;
const AGE_BEFORE = /\b(?:aged|age|ages)\s*$/i;
const NAME_NUMBER_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*)(?:\s|-)$/u;
const NOT_NAMES = new Set(["Another", "About", "Around", "Some", "Nearly", "Almost", "Over", "Under", "More", "Fewer", "Less", "At", "Up", "In", "By", "Of", "And", "The", "Only", "Just", "Roughly", "Approximately", "Between", "From", "To", "All", "Those", "These", "Of", "With", "For", "On", "Some", "An", "A", "Estimated", "Still", "Exactly", "Almost", "Also", "Another", "Then", "Than", "Than", "Least", "Most"]);
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
const PHONE = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{1,3}[\s-]\d/y;
const ONE_FOLLOWERS_OK = /^\s+(?:person|people|man|woman|child|in\s+(?:five|four|three|ten|\d+)|percent|per\s+cent|%|hundred|thousand|million|billion|dozen|of\s+(?:every|each)|more|fewer|less|out\s+of)\b/i;

function wordsValue(s: string): number | null {
  const words = s.toLowerCase().replace(/,/g, " ").split(/[\s-]+/).filter((w) => w && w !== "and" && w !== "a" && w !== "an");
  if (!words.length) return s.trim().toLowerCase() === "a" ? 1 : null;
  let total = 0, current = 0, any = false;
  for (const w of words) {
    if (w in UNITS) { current += UNITS[w]; any = true; }
    else if (w in TENS) { current += TENS[w]; any = true; }
    else if (w === "dozen") { current = (current || 1) * 12; any = true; }
    else if (w === "hundred") { current = (current || 1) * 100; any = true; }
    else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; any = true; }
    else return null;
  }
  return any ? total + current : null;
}

function coreValue(num: string): number | null {
  const t = num.trim();
  if (/^[\d.,]/.test(t)) {
    const frac = /^(\d+)\s?\/\s?(\d+)$/.exec(t);
    if (frac) return Number(frac[2]) === 0 ? null : Number(frac[1]) / Number(frac[2]);
    const v = Number(t.replace(/,/g, ""));
    return Number.isFinite(v) ? v : null;
  }
  const fr = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](half|halves|thirds?|quarters?|fourths?|fifths?)$/i.exec(t);
  if (fr) return (wordsValue(fr[1]) ?? 1) * FRACTIONS[fr[2].toLowerCase()];
  if (/^(?:a\s+|one\s+)?half$/i.test(t)) return 0.5;
  return wordsValue(t);
}

function scaleValue(scale: string | undefined): number {
  if (!scale) return 1;
  const s = scale.trim().toLowerCase().replace(/^-\s*/, "");
  if (s in SHORT_SCALES) return SHORT_SCALES[s];
  return s.split(/[\s-]+/).filter(Boolean).reduce((m, w) => m * (SCALES[w] ?? 1), 1);
}

interface Core {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  kind: QuantityKind;
  digits: boolean;
  raw: string;
}

const round = (v: number) => (Number.isInteger(v) ? v : Math.round(v * 1e9) / 1e9);
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|numerous|several|handful)/i;

/** Number cores in text[from, to), before qualifiers and ranges are read around them. */
function cores(text: string, from: number, to: number): Core[] {
  const out: Core[] = [];
  NUMBER.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) && m.index < to) {
    const g = m.groups!;
    let start = m.index, end = m.index + m[0].length;
    if (end > to) break;
    // word numbers must stand as whole words
    if (/[\p{L}\d]/u.test(text[start - 1] ?? "") || /[\p{L}]/u.test(text[end] ?? "") && !g.scale && !g.pct) continue;
    const num = g.num;
    const digits = /^\s*[\d.]/.test(num);
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    // not quantities: dates, times, ordinals, ages, phone numbers, years, numbers in names
    if (digits) {
      PHONE.lastIndex = start;
      if (PHONE.test(text)) { NUMBER.lastIndex = PHONE.lastIndex; continue; }
      if (!g.cur && !g.pct && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;
      if (TIME_AFTER.test(after) || ORDINAL_AFTER.test(after) || /^-(?:st|nd|rd|th)\b/.test(after)) continue;
      if (/[:\/]\s*$/.test(before) && /\d\s*[:\/]\s*$/.test(before)) continue;
      if (/^\s*\/\s*\d/.test(after) || /^-\d+-\d/.test(after) || /\d-\d+-$/.test(before) || /^-\d+\/|^\/\d/.test(after)) continue;
      // ISO dates (2019-01-04) and fiscal years (2015-16)
      if (/\b\d{4}-$/.test(before) || /\b(?:1[89]|20)\d\d[-–]$/.test(before)) continue;
      if (!g.cur && !g.scale && !g.pct && YEAR.test(num) && !/^\s+(?:[a-z]+s|people|men|women|children|staff)\b/.test(after)) continue;
      const name = NAME_NUMBER_BEFORE.exec(before);
      if (name && !g.cur && !NOT_NAMES.has(name[1])) {
        // "Boeing 737", "Section 8": a capitalised word right before a number names it, unless the word is
        // a function word that happens to open the sentence ("Another 80", "Nearly 40")
        const tag = firstTag(name[1].toLowerCase());
        if (tag === null || !/^(?:IN|DT|RB|CC|JJ|PRP|CD|WDT|WRB|MD|TO|VB|PDT|EX)/.test(tag)) continue;
      }
    } else {
      const w = num.trim().toLowerCase();
      // "several hundred", "a few thousand": a vague amount, read below
      if (/\b(?:several|a\s+few)\s+$/i.test(before) && /^(?:hundred|thousand|million|billion|dozen)/.test(w)) continue;
      if (w === "one" && !g.scale && !g.pct && !ONE_FOLLOWERS_OK.test(after) && !PREFIX_RE.test(before)) continue;
      if ((w === "a" || w === "an") && !g.scale) continue;
    }
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) continue;
    let value = coreValue(num);
    if (value === null) continue;
    value *= scaleValue(g.scale);
    // "10k", "2.5m", "3bn": short scales only right after digits ("m" alone needs a currency)
    if (g.scale && /^\s?m$/i.test(g.scale) && !g.cur) { end -= g.scale.length; value /= 1e6; }
    let unit: string | null = null;
    let kind: QuantityKind = "number";
    if (g.pct) { unit = "%"; kind = "percent"; }
    else if (g.cur) { unit = CURRENCY_SYMBOL[g.cur.trim().toLowerCase()] ?? "USD"; kind = "money"; }
    else {
      const w = /^\s+([\p{L}$]+)/u.exec(text.slice(end, end + 20));
      const word = w?.[1].toLowerCase() ?? "";
      if (CURRENCY_WORD[word]) { unit = CURRENCY_WORD[word]; kind = "money"; end += w![0].length; }
      else if (MEASURE.has(word)) { unit = word; kind = "measure"; }
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

  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const next = cs[i + 1];
    // ranges: "between X and Y", "from X to Y", "X-Y", "X to Y"
    if (next) {
      const gap = text.slice(c.end, next.start);
      const lead = text.slice(Math.max(from, c.start - 12), c.start);
      const between = /(?:^|[^\p{L}])between\s+$/iu.exec(lead);
      const fromW = /(?:^|[^\p{L}])from\s+$/iu.exec(lead);
      const isRange =
        (between && /^\s+and\s+$/i.test(gap)) ||
        (fromW && /^\s+(?:to|through|until)\s+$/i.test(gap)) ||
        (/^\s*[-–—]\s*$/.test(gap) && c.digits === next.digits) ||
        (/^\s+(?:to|or)\s+$/i.test(gap) && !fromW && next.value > c.value && c.kind === next.kind && (c.digits || next.digits || true));
      if (isRange && next.value >= c.value) {
        const start = between ? c.start - between[0].length + (between[0].match(/^[^\p{L}]/u) ? 1 : 0) : fromW ? c.start - fromW[0].length + (fromW[0].match(/^[^\p{L}]/u) ? 1 : 0) : c.start;
        // "10 to 15 million": the scale of the upper bound applies to the lower
        let low = c.value;
        if (next.value / c.value >= 1000 && c.digits && Number.isInteger(c.value) && /million|billion|thousand|bn|k\b/i.test(next.raw)) low = c.value * scaleValue(/(thousand|million|billion|trillion|bn|k)\b/i.exec(next.raw)?.[1]);
        const unit = c.unit ?? next.unit;
        const kind = c.kind !== "number" ? c.kind : next.kind;
        push({ text: text.slice(start, next.end), start, end: next.end, value: low, upper: next.value, qualifier: "range", unit, kind });
        i++;
        continue;
      }
    }
    let start = c.start, end = c.end;
    let qualifier: Qualifier = "exact";
    const before = text.slice(Math.max(from, c.start - 40), c.start);
    const p = PREFIX_RE.exec(before);
    if (p) {
      const words = p[1].toLowerCase().replace(/\s+/g, " ");
      // "some" and "about" qualify only a number; "over" and "under" only when not a preposition of place/time
      qualifier = PREFIX_MAP.get(words) ?? "exact";
      start = c.start - (before.length - before.lastIndexOf(p[1]));
    }
    for (const [re, q] of SUFFIX) {
      const s = re.exec(text.slice(end, Math.min(to, end + 20)));
      if (s) { qualifier = q; end += s[0].length; break; }
    }
    push({ text: text.slice(start, end), start, end, value: c.value, upper: null, qualifier, unit: c.unit, kind: c.kind });
  }

  // vague amounts: "numerous", "dozens of", "hundreds of"
  VAGUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VAGUE.exec(slice))) {
    const start = from + m.index;
    let t = m[0];
    if (/\s+of$/i.test(t)) t = t.replace(/\s+of$/i, "");
    // "several" and "a handful" count only before a noun; plural scale words need "of" or a noun after
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!/^\s+[\p{L}]/u.test(after) && !/of$/i.test(m[0])) continue;
    push({ text: t, start, end: start + t.length, value: null, upper: null, qualifier: "vague", unit: null, kind: "vague" });
  }
  return out.sort((a, b) => a.start - b.start);
}
