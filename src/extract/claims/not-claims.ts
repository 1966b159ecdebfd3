// Numbers the recogniser reads that assert no amount (gold/README.md, "Not claims"): an id inside markup, a
// person's age set off by commas after the name, an age bound ("voters 45 and older"), an event placed in
// time ("20 minutes later"), a kind of contest ("a four-way race"), a set named whole ("across all 50 states").

import type { Quantity } from "../../types.js";
import { firstTag } from "../../language/lexicon.js";

const TIME_UNITS = "(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|decades?)";
// "20 minutes later", "two days earlier": when something happened, not how long anything lasted
const PLACED_IN_TIME = new RegExp(`^[\\s-]*${TIME_UNITS}\\s+(?:later|earlier)\\b`, "i");
// "voters 45 and older", "children 5 and under", "those 65 or over"
const AGE_BOUND = /^\s*(?:and|or)\s+(?:older|over|younger|under|up)\b/i;
// "children under 5 years of age"
const OF_AGE = new RegExp(`^\\s*${TIME_UNITS}\\s+of\\s+age\\b`, "i");
// "Jane Smith, 30, said": a capitalised word, a comma and the bare number set off by another comma
const NAME_COMMA = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "Standard & Poor's 500", "S&P 500": a number after a name joined by "&" names an index or a firm
const AMPERSAND_NAME = /\p{Lu}[\p{L}.]*\s?&\s?\p{Lu}[\p{L}.'’]*\s?$/u;
// "within two weeks", "in the first 10 months", "over the next several years": the span a statement covers
const SPAN_BEFORE = /\b(?:within|(?:in|over|during|for)\s+the\s+(?:first|last|past|next|previous|coming|following|final))\s+$/i;
const SPAN_AFTER = new RegExp(`^[\\s-]*${TIME_UNITS}\\b`, "i");
// "18- to 24-year-old", "a year and a half": an age bound, the rest of a span
const AGE_RANGE = /^-?\s*to\s+\d+-(?:years?|months?)-old\b/i;
// "the two said", "the three agreed": a small number after "the", with no noun, names a set already given
const SET_GIVEN = /(?:^|[^\p{L}])the\s+$/iu;
// "across all 50 states", "in all 12 districts": the whole of a known set, not a count of it
const WHOLE_SET = /\b(?:in|across|of|from|to|for|among|throughout)\s+all\s+$/i;

/** True when the quantity at q (offsets into text) is not a claim. */
export function notAClaim(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 200), q.start);
  const after = text.slice(q.end, q.end + 40);
  // inside a tag's attributes: an id or a date in markup the text carries ('<tweet id="672138">')
  const open = before.lastIndexOf("<");
  if (open >= 0 && open > before.lastIndexOf(">") && /^<[A-Za-z][\w-]*\s[^<>]*$/.test(before.slice(open))) return true;
  if ((q.kind === "number" || q.kind === "vague") && SPAN_BEFORE.test(before.replace(/\b(?:about|some|nearly|almost|around|roughly)\s+$/i, "")) && SPAN_AFTER.test(after)) return true;
  // ("$2 per thousand tonnes": the denominator of a rate)
  if (/\bper\s+$/i.test(before) && q.kind !== "money" && q.kind !== "percent") return true;
  if (q.kind === "number" && (AMPERSAND_NAME.test(before) || AGE_RANGE.test(after))) return true;
  if (q.kind !== "number" || q.unit !== null) return false;
  if (q.text.toLowerCase() === "a half" && /\b(?:year|month|week|day|hour)s?\s+and\s+$/i.test(before)) return true;
  if (/^(?:two|three)$/i.test(q.text) && SET_GIVEN.test(before) && /^VB[DZP]?$/.test(firstTag(/^\s+(\p{L}+)/u.exec(after)?.[1].toLowerCase() ?? "") ?? "")) return true;
  if (PLACED_IN_TIME.test(after) || OF_AGE.test(after)) return true;
  const bare = /^\d{1,3}$/.test(q.text);
  if (bare && AGE_BOUND.test(after)) return true;
  if (bare && q.value !== null && q.value <= 120 && NAME_COMMA.test(before) && /^\s*,/.test(after)) return true;
  if (/^-way\b/i.test(after)) return true;
  return WHOLE_SET.test(before) && /^\s+\p{L}+s\b/u.test(after);
}
