// Digits that name or date something rather than count it: dates, clock times, ordinals, ratios and codes,
// identifiers ("case number 55231"), addresses and numbers in names ("Boeing 737").
import { firstTag } from "../../language/lexicon.js";
import { MONTH_WORD, WEEKDAYS } from "../../language/calendar.js";
import { IDENTIFIER_NOUNS, IDENTIFIER_WORDS, STREET_WORDS } from "../../language/numbers.js";

const MONTH = new RegExp(MONTH_WORD, "i");
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])${MONTH.source}\\s*$`, "iu");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH.source}(?![\\p{L}])`, "iu");
const TIME_AFTER = /^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|EST|EDT|BST))/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const NAME_NUMBER_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*)(?:\s|-)$/u;
const NAMED_NUMBER_PART_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*)\s(\d+)[-–]$/u;
const NOT_NAMES = new Set(["Another", "About", "Around", "Some", "Nearly", "Almost", "Over", "Under", "More", "Fewer", "Less", "At", "Up", "In", "By", "Of", "And", "The", "Only", "Just", "Roughly", "Approximately", "Between", "From", "To", "All", "Those", "These", "Of", "With", "For", "On", "Some", "An", "A", "Estimated", "Still", "Exactly", "Almost", "Also", "Another", "Then", "Than", "Than", "Least", "Most"]);
const escaped = (words: string[]) => words.map((w) => w.replace(/\./g, "\\.")).join("|");
// an identifier: digits with no thousands separator after a word that names a thing by number ("case number
// 55231", "No. 12", "H.R. 1234"); a count after such a word is written with commas or in words ("number 1,100")
// (and the rest of a number in parts, or a second one: "No. 14-915", "numbers 1 and 2")
const IDENTIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${escaped(IDENTIFIER_WORDS)})\\s*(?:\\d+[-–/]|\\d+\\s+(?:and|or|to)\\s+)?$`, "iu");
const IDENTIFIER_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${escaped(IDENTIFIER_NOUNS)})\\s*$`, "iu");
const WORD_AFTER = /^\s+(\p{L}+)/u;
// a postal code after a state's two capitals: "New York, NY 10032"
const POSTCODE_BEFORE = /\b\p{Lu}{2},?\s$/u;
const INITIALS_BEFORE = /\b(?:\p{Lu}\.){1,3}\s*$/u;
// a street address: "221 Baker Street", "10 Downing St."
const STREET_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${escaped(STREET_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]))})(?![\\p{L}])`, "u");

const WEEKDAY = new Set<string>(WEEKDAYS);
/** "On Friday 5 miners were hurt": a weekday before digits is no name when a plural noun follows them (not "the Friday 5 show") */
const weekdayFigure = (word: string, after: string) => {
  const next = WORD_AFTER.exec(after)?.[1].toLowerCase();
  return WEEKDAY.has(word.toLowerCase()) && !!next && /^NNS/.test(firstTag(next) ?? "");
};

/** "case 44219 involved", "patient 31 died": digits after an identifier noun, no plural noun after them ("case 3 children") */
function idAfterNoun(before: string, after: string): boolean {
  if (!IDENTIFIER_NOUN_BEFORE.test(before)) return false;
  const next = WORD_AFTER.exec(after)?.[1].toLowerCase();
  return !next || !/^NNS/.test(firstTag(next) ?? (next.endsWith("s") ? "NNS" : ""));
}

/** "tops Jones 44-42", "beating Jones 45 to 40 percent": a score's first figure after a name, not a number in the name
 * (short figures only: "Boeing 737-800" names a model) */
const scoreAfterName = (num: string, after: string) => /^\d{1,2}$/.test(num) && /^(?:\s*[-–]\s*|\s+to\s+)\d{1,2}(?![\d\p{L}-])/u.test(after);

/** Digits that are not a quantity: a date, a time, an ordinal, a ratio or a code, an identifier, an address, a number in a name (a year: yearAlone in quantities.ts). */
export function datedOrNamedDigits(num: string, before: string, after: string, cur: boolean, pct: boolean): boolean {
  if (!cur && !pct && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  if (TIME_AFTER.test(after) || ORDINAL_AFTER.test(after) || /^-(?:st|nd|rd|th)\b/.test(after)) return true;
  if (/[:\/]\s*$/.test(before) && /\d\s*[:\/]\s*$/.test(before)) return true;
  if (/^\s*\/\s*\d/.test(after) || /^-\d+-\d/.test(after) || /\d-\d+-$/.test(before) || /^-\d+\/|^\/\d/.test(after)) return true;
  // ISO dates (2019-01-04) and fiscal years (2015-16)
  if ((/\b\d{4}-$/.test(before) && /^\d\d?$/.test(num)) || /\b(?:1[89]|20)\d\d[-–]$/.test(before)) return true;
  if (/^\d+$/.test(num) && (IDENTIFIER_BEFORE.test(before) || INITIALS_BEFORE.test(before) || STREET_AFTER.test(after) ||
    (num.length === 5 && POSTCODE_BEFORE.test(before)) || (!cur && !pct && idAfterNoun(before, after)))) return true;
  // "Boeing 737-800": the second part of a number in a name (not a score's second figure: "Jones 44-42")
  const named = NAMED_NUMBER_PART_BEFORE.exec(before);
  if (named && !NOT_NAMES.has(named[1]) && !(/^\d{1,2}$/.test(num) && named[2].length <= 2)) return true;
  const name = NAME_NUMBER_BEFORE.exec(before);
  // ("the Nasdaq 1.2 percent", "HuffPollster 4.3 points": a figure after a name, not a number naming something)
  if (name && !cur && !pct && !/^\s+points?\b/i.test(after) && !NOT_NAMES.has(name[1]) && !weekdayFigure(name[1], after) && !scoreAfterName(num, after)) {
    // "Boeing 737", "Section 8": a capitalised word right before a number names it, unless the word is
    // a function word that happens to open the sentence ("Another 80", "Nearly 40")
    const tag = firstTag(name[1].toLowerCase());
    if (tag === null || !/^(?:IN|DT|RB|CC|JJ|PRP|CD|WDT|WRB|MD|TO|VB|PDT|EX)/.test(tag)) return true;
  }
  return false;
}
