// Money around a number: the currency written before it ("$", "HK$", "USD 200", "MAUD 60"), after it ("10 €",
// "420 million finnish markka", "115USD", "30 MUSD", "75 USD million", "34 cents", "a 12-cent-a-share dividend"),
// and a sum in two units ("3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50").

import { firstTag } from "../../language/lexicon.js";
import {
  CURRENCY_CODES, CURRENCY_NAME_WORDS, CURRENCY_NAMES, CURRENCY_SIGNS, DOLLAR_PREFIXES, LOWER_CASE_CODES, MINOR_UNITS,
} from "../../language/currencies.js";
import { readNumber } from "./number-words.js";

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };

export interface CurrencyRead {
  unit: string;
  /** characters read */
  length: number;
  /** a scale the currency carries ("MUSD", "USD million") */
  scale: number;
  /** a minor unit ("cents"): the amount is in hundredths */
  minor: boolean;
}

/** A currency code as written: capitals ("USD", "EUR"), a few also in lower case; not codes that are words ("ALL", "TOP"). */
export function currencyCode(word: string): string | null {
  const lower = word.toLowerCase();
  if (LOWER_CASE_CODES.has(lower)) return CURRENCY_CODES[word.toUpperCase()] ?? null;
  if (word !== word.toUpperCase() || !CURRENCY_CODES[word]) return null;
  return firstTag(lower) === null ? CURRENCY_CODES[word] : null;
}

/** The currency written before a number, as matched by CANDIDATE's `cur` group; null when the letters name none. */
export function currencyBefore(cur: string): { unit: string; scale: number } | null {
  const c = cur.replace(/\s+/g, "");
  if (c in CURRENCY_SIGNS) return { unit: CURRENCY_SIGNS[c], scale: 1 };
  const dollar = /^(.*)\$$/.exec(c);
  if (dollar) {
    const p = dollar[1].trim();
    if (p === "") return { unit: "USD", scale: 1 };
    // a function word in lower case ("cost us $5") is not a prefix
    if (p === p.toLowerCase() && /^(?:PRP|DT|IN|CC|TO)/.test(firstTag(p) ?? "")) return null;
    // "C $", "c$": Canadian; "A$", "S$": only in capitals and glued to the sign
    const unit = p.length > 1 ? DOLLAR_PREFIXES[p.toLowerCase()] : p.toLowerCase() === "c" ? "CAD" : /^\p{Lu}\$/u.test(cur) ? DOLLAR_PREFIXES[p] : undefined;
    return unit ? { unit, scale: 1 } : null;
  }
  const code = currencyCode(c);
  if (code) return { unit: code, scale: 1 };
  // "MUSD 60", "MEUR": millions of the currency
  if (/^M[A-Z]{3}$/.test(c) && currencyCode(c.slice(1))) return { unit: currencyCode(c.slice(1))!, scale: 1e6 };
  return null;
}

// (no further than the longest name's words: reading every word of the rest to keep the first few was a
// quarter of this function's time)
const WORDS = new RegExp(String.raw`^[\s-]?(\p{L}+)((?:[ -]\p{L}+){0,${CURRENCY_NAME_WORDS - 1}})`, "u");
/** the first words of the currency names ("swiss" of "swiss francs") */
const NAME_STARTS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_NAMES).map((n) => n.split(" ")[0]));

/** The currency written right after a number ending at `end`. */
export function currencyAfter(text: string, end: number, to: number): CurrencyRead | null {
  const rest = text.slice(end, Math.min(to, end + 60));
  // a sign: "10 €", "100₾", "10 $" (not "1 $10", whose sign is the next number's)
  const sign = /^\s?([^\s\d.,;:!?'"()[\]%-])/u.exec(rest);
  if (sign && (CURRENCY_SIGNS[sign[1]] || MINOR_UNITS[sign[1]]) && !/^\d/.test(rest.slice(sign[0].length))) {
    return withScale(rest, { unit: CURRENCY_SIGNS[sign[1]] ?? MINOR_UNITS[sign[1]], length: sign[0].length, scale: 1, minor: !!MINOR_UNITS[sign[1]] });
  }
  const w = WORDS.exec(rest);
  if (!w) return null;
  const words = (w[1] + w[2]).split(/[ -]/).slice(0, CURRENCY_NAME_WORDS);
  // the longest name first: "swiss francs", "us dollar", then "francs" (a word that starts no name starts
  // none of them: only the one-word readings below are left to try)
  for (let n = NAME_STARTS.has(words[0].toLowerCase()) ? words.length : 1; n >= 1; n--) {
    const name = words.slice(0, n).join(" ").toLowerCase();
    let length = w[0].length - (w[1] + w[2]).length;
    length += words.slice(0, n).join(" ").length;
    // "8 Rand Paul": a capitalised one-word name before another capitalised word is a person's name
    if (CURRENCY_NAMES[name] && !(n === 1 && /^\p{Lu}\p{Ll}/u.test(words[0]) && /^\p{Lu}/u.test(words[1] ?? ""))) return { unit: CURRENCY_NAMES[name], length, scale: 1, minor: false };
    if (n === 1 && MINOR_UNITS[name]) return { unit: MINOR_UNITS[name], length, scale: 1, minor: true };
    if (n === 1) {
      const word = words[0];
      const code = currencyCode(word);
      if (code) return withScale(rest, { unit: code, length, scale: 1, minor: false });
      if (/^M[A-Z]{3}$/.test(word) && currencyCode(word.slice(1))) return { unit: currencyCode(word.slice(1))!, length, scale: 1e6, minor: false };
    }
  }
  return null;
}

/** "75 USD million": a scale written after the currency. */
function withScale(rest: string, c: CurrencyRead): CurrencyRead {
  const s = /^\s+(thousand|million|billion|trillion|mn|bn)\b/i.exec(rest.slice(c.length));
  return s ? { ...c, length: c.length + s[0].length, scale: SCALE[s[1].toLowerCase()] } : c;
}

/**
 * The minor part of a sum in two units, after a whole amount of a currency ending at `end`: "and fifty cents",
 * " 50 cents", " 50" or " and 50" at the end of a clause. Returns the hundredths and where the sum ends.
 */
export function minorPart(text: string, end: number, to: number): { value: number; end: number; unit: boolean } | null {
  const lead = /^(?:\s+and)?\s+(?=[\da-z])/i.exec(text.slice(end, Math.min(to, end + 8)));
  if (!lead) return null;
  const at = end + lead[0].length;
  const r = readNumber(text, at, to, {});
  if (!r || r.scaled || r.fraction || !Number.isInteger(r.value) || r.value < 1 || r.value > 99) return null;
  if (r.digits && !/^\d\d?$/.test(text.slice(at, r.end))) return null;
  const unit = currencyAfter(text, r.end, to);
  if (unit?.minor) return { value: r.value, end: r.end + unit.length, unit: true };
  if (unit) return null; // "50 dollar 40 rmb": two sums
  // no unit: only where the sum ends ("15 dollars 50.", "thirteen dollars forty five", "17 USD 25 more")
  if (!/^\s*(?:$|[.,;:!?)]|and\b|more\b)/i.test(text.slice(r.end, Math.min(to, r.end + 8)))) return null;
  return { value: r.value, end: r.end, unit: false };
}
