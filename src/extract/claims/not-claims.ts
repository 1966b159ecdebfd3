// Numbers the recogniser reads that assert no amount (gold/README.md, "Not claims"): an id inside markup, a
// person's age set off by commas after the name, an age bound ("voters 45 and older"), an event placed in
// time ("20 minutes later", "25 years ago"), a person's age ("at the age of 80"), a list item's number, a kind of contest ("a four-way race"), a set named whole ("across all 50 states"),
// a date written with a slash ("9/11"), an emergency number ("911 calls"), the second day of a pair of dates.

import type { Quantity } from "../../types.js";
import { firstTag } from "../../language/lexicon.js";
import { AGE_BOUNDED_NOUNS, EMERGENCY_NUMBERS, TERM_KIND_NOUNS } from "../../language/numbers.js";
import { DURATION_UNITS, MONTH_WORD } from "../../language/calendar.js";

const TIME_UNITS = `(?:${DURATION_UNITS.join("|")})`;
// "20 minutes later", "two days earlier": when something happened, not how long anything lasted
// ("six days after the vote", "a week before the election": the event's time, not a duration)
const PLACED_IN_TIME = new RegExp(`^[\\s-]*${TIME_UNITS}\\s+(?:later|earlier|after|before|prior\\s+to)\\b`, "i");
// "25 years ago", "a few days back": when something happened, whatever the verb before
const AGO_AFTER = new RegExp(`^[\\s-]*${TIME_UNITS}\\s+(?:ago|back)\\b`, "i");
const AGO_RIGHT_AFTER = /^\s+(?:ago|back)\b/i;
// "died at the age of 80", "He was 86.": a person's age
const AT_AGE_BEFORE = /\bat\s+the\s+age\s+of\s+$/i;
const PERSON_WAS_BEFORE = /(?:^|[^\p{L}])(?:he|she)\s+(?:was|is|turned|turns)\s+$/iu;
// "1. Anti-tax groups …": the number of an item in a list, alone at the start of its line
const LINE_START = /(?:^|\n)[ \t]*$/;
const LIST_MARK_AFTER = /^[.)]\s+["“'‘]?\p{Lu}/u;
// "voters 45 and older", "children 5 and under", "those 65 or over"
const AGE_BOUND = /^\s*(?:and|or)\s+(?:older|over|younger|under|up)\b/i;
// "children under 5 years of age"
// (and the lower bound of "between six months and 19 years of age")
const OF_AGE = new RegExp(`^\\s*${TIME_UNITS}\\s+(?:(?:and|to)\\s+[\\w.]+\\s+${TIME_UNITS}\\s+)?of\\s+age\\b`, "i");
// "Jane Smith, 30, said": a capitalised word, a comma and the bare number set off by another comma
const NAME_COMMA = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "Standard & Poor's 500", "S&P 500": a number after a name joined by "&" names an index or a firm
const AMPERSAND_NAME = /\p{Lu}[\p{L}.]*\s?&\s?\p{Lu}[\p{L}.'’]*\s?$/u;
// "within two weeks", "in the first 10 months", "over the next several years": the span a statement covers
const SPAN_BEFORE = /\b(?:within|(?:in|over|during|for)\s+the\s+(?:first|last|past|next|previous|coming|following|final))\s+$/i;
const SPAN_AFTER = new RegExp(`^[\\s-]*${TIME_UNITS}\\b`, "i");
// "in the 24 hours preceding noon", "over the 10 days since the vote": a span placed by what bounds it
const SPAN_BOUNDED = new RegExp(`^[\\s-]*${TIME_UNITS}\\s+(?:preceding|before|prior\\s+to|leading\\s+up\\s+to|since|following|after)\\b`, "i");
const THE_BEFORE = /\b(?:in|over|during|for|within)\s+the\s+$/i;
// a vague amount that took its time unit into its text ("several years")
const VAGUE_TIME = new RegExp(`\\s${TIME_UNITS}$`, "i");
// "December 5 and 6", "Jan. 3 to 5": the second day of two
const MONTH_DAY_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|through|or|-|–)\\s*$`, "i");
// "those under 19", "women between 20 and 35": an age bound on people (a bare number, no unit)
const BOUND_WORD = "(?:under|over|below|above|between|aged)";
const AGE_BOUND_BEFORE = new RegExp(`(\\p{L}+)\\s+${BOUND_WORD}\\s+$`, "iu");
// (its last words alone, tested first: AGE_BOUND_BEFORE tries each word of the 200 characters before)
const AGE_BOUND_WORD_BEFORE = new RegExp(`${BOUND_WORD}\\s+$`, "i");
// a bare number or two, with the bound word or not ("under 19", "20 and 35")
const AGE_BOUND_FIGURE = new RegExp(`^(?:${BOUND_WORD}\\s+)?\\d{1,3}(?:\\s+(?:and|to|-)\\s+\\d{1,3})?$`, "i");
const AGE_BOUND_HEAD = new RegExp(`^${BOUND_WORD}\\s`, "i");
// "18- to 24-year-old", "a year and a half": an age bound, the rest of a span
const AGE_RANGE = /^-?\s*to\s+\d+-(?:years?|months?)-old\b/i;
// "the two said", "the three agreed": a small number after "the", with no noun, names a set already given
const SET_GIVEN = /(?:^|[^\p{L}])the\s+$/iu;
// "across all 50 states", "in all 12 districts": the whole of a known set, not a count of it
const WHOLE_SET = /\b(?:in|across|of|from|to|for|among|throughout)\s+all\s+$/i;
// "10-year bonds", "a 30-year Treasury note", "public four-year colleges": the term that names a kind of loan or course
const TERM_KIND = new RegExp(`^-(?:year|month|week)\\s+(?:(?:government|treasury|corporate|public|private)\\s+)?(?:${TERM_KIND_NOUNS.join("|")})\\b`, "i");

/** True when the quantity at q (offsets into text) is not a claim. */
export function notAClaim(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 200), q.start);
  const after = text.slice(q.end, q.end + 40);
  // inside a tag's attributes: an id or a date in markup the text carries ('<tweet id="672138">')
  const open = before.lastIndexOf("<");
  if (open >= 0 && open > before.lastIndexOf(">") && /^<[A-Za-z][\w-]*\s[^<>]*$/.test(before.slice(open))) return true;
  // (Each test below asks what is cheap first: the patterns anchored at the end of the 200 characters before
  // are tried at every position of them, those anchored at the start of the 40 after once. The tests have no
  // side effects, so the order changes no answer. notAClaim, asked of every quantity: 1.7% -> 1.1% of extract()'s
  // CPU profile over PolNeAR train.)
  const unitAfter = SPAN_AFTER.test(after) || (q.kind === "vague" && VAGUE_TIME.test(q.text));
  // ("within" may be the quantity's own bound: "within two weeks")
  if ((q.kind === "number" || q.kind === "vague") && unitAfter && (SPAN_BEFORE.test(before.replace(/\b(?:about|some|nearly|almost|around|roughly)\s+$/i, "")) || /^within\s/i.test(q.text))) return true;
  if (q.kind === "number" && SPAN_BOUNDED.test(after) && THE_BEFORE.test(before)) return true;
  if (slashDate(q.text)) return true;
  if (EMERGENCY_NUMBERS.has(q.text) && /^\s+(?:calls?|callers?|dispatchers?|operators?|lines?|system|centers?|centres?|services?)\b/i.test(after)) return true;
  // ("$2 per thousand tonnes": the denominator of a rate)
  if (q.kind !== "money" && q.kind !== "percent" && /\bper\s+$/i.test(before)) return true;
  // (the ampersand first: the pattern, anchored at the end, tried every position of the 200 characters)
  if (q.kind === "number" && ((before.includes("&") && AMPERSAND_NAME.test(before)) || AGE_RANGE.test(after))) return true;
  if ((q.kind === "number" || q.kind === "vague") && q.unit === null && (AGO_AFTER.test(after) || (q.kind === "vague" && VAGUE_TIME.test(q.text) && AGO_RIGHT_AFTER.test(after)))) return true;
  if (q.kind !== "number" || q.unit !== null) return false;
  if (/^\d{1,2}$/.test(q.text) && LINE_START.test(before) && LIST_MARK_AFTER.test(after)) return true;
  if (q.text.toLowerCase() === "a half" && /\b(?:year|month|week|day|hour)s?\s+and\s+$/i.test(before)) return true;
  if (/^(?:two|three)$/i.test(q.text) && SET_GIVEN.test(before) && /^VB[DZP]?$/.test(firstTag(/^\s+(\p{L}+)/u.exec(after)?.[1].toLowerCase() ?? "") ?? "")) return true;
  // ("that's seven hours after the call" says how long; "the vote, six days after the raid" places the vote)
  if ((PLACED_IN_TIME.test(after) && !verbBefore(before)) || OF_AGE.test(after)) return true;
  const bare = /^\d{1,3}$/.test(q.text);
  if (bare && q.value !== null && q.value <= 120 && (AT_AGE_BEFORE.test(before) || (PERSON_WAS_BEFORE.test(before) && /^\s*(?:[.;]|,\s+(?:and|but)\b|$)/.test(after)))) return true;
  if (bare && AGE_BOUND.test(after)) return true;
  if (bare && q.value !== null && q.value <= 120 && /^\s*,/.test(after) && before.trimEnd().endsWith(",") && NAME_COMMA.test(before)) return true;
  if (/^-way\b/i.test(after)) return true;
  if (bare && q.value !== null && q.value <= 31 && MONTH_DAY_BEFORE.test(before)) return true;
  if (peopleAgeBound(q, before)) return true;
  if (TERM_KIND.test(after)) return true;
  // ("for all three state polls": a noun may come before the plural)
  return /^\s+(?:\p{L}+\s+)?\p{L}+s\b/u.test(after) && WHOLE_SET.test(before);
}

/** "9/11", "24/7": a month and day, or a round-the-clock figure, written with a slash, not a fraction ("3/4") */
function slashDate(text: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!m) return false;
  const top = Number(m[1]), bottom = Number(m[2]);
  return top >= bottom || (top <= 12 && bottom > 10);
}

/** "those under 19", "women between 20 and 35": bare numbers no higher than an age, bounding people by age */
function peopleAgeBound(q: Quantity, before: string): boolean {
  if (q.value === null || (q.upper ?? q.value) > 120 || !AGE_BOUND_FIGURE.test(q.text)) return false;
  const head = q.text.match(AGE_BOUND_HEAD);
  const lead = head ? before + head[0] : before;
  if (!AGE_BOUND_WORD_BEFORE.test(lead)) return false;
  const m = AGE_BOUND_BEFORE.exec(lead);
  return !!m && AGE_BOUNDED_NOUNS.has(m[1].toLowerCase());
}

/** whether the word before is a verb ("took", "is", "that's"): the number is then its object or complement */
function verbBefore(before: string): boolean {
  if (/\p{L}[’']s\s+$/u.test(before)) return true;
  return /^VB/.test(firstTag(/(\p{L}+)\s+$/u.exec(before)?.[1].toLowerCase() ?? "") ?? "");
}
