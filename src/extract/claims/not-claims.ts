// Numbers the recogniser reads that assert no amount (gold/README.md, "Not claims"): an id inside markup, a
// person's age set off by commas after the name, an age bound ("voters 45 and older"), an event placed in
// time ("20 minutes later"), a kind of contest ("a four-way race"), a set named whole ("across all 50 states").

import type { Quantity } from "../../types.js";

const TIME_UNITS = "(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|decades?)";
// "20 minutes later", "two days earlier": when something happened, not how long anything lasted
const PLACED_IN_TIME = new RegExp(`^[\\s-]*${TIME_UNITS}\\s+(?:later|earlier)\\b`, "i");
// "voters 45 and older", "children 5 and under", "those 65 or over"
const AGE_BOUND = /^\s*(?:and|or)\s+(?:older|over|younger|under|up)\b/i;
// "children under 5 years of age"
const OF_AGE = new RegExp(`^\\s*${TIME_UNITS}\\s+of\\s+age\\b`, "i");
// "Jane Smith, 30, said": a capitalised word, a comma and the bare number set off by another comma
const NAME_COMMA = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "across all 50 states", "in all 12 districts": the whole of a known set, not a count of it
const WHOLE_SET = /\b(?:in|across|of|from|to|for|among|throughout)\s+all\s+$/i;

/** True when the quantity at q (offsets into text) is not a claim. */
export function notAClaim(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 200), q.start);
  const after = text.slice(q.end, q.end + 40);
  // inside a tag's attributes: an id or a date in markup the text carries ('<tweet id="672138">')
  const open = before.lastIndexOf("<");
  if (open >= 0 && open > before.lastIndexOf(">") && /^<[A-Za-z][\w-]*\s[^<>]*$/.test(before.slice(open))) return true;
  if (q.kind !== "number" || q.unit !== null) return false;
  if (PLACED_IN_TIME.test(after) || OF_AGE.test(after)) return true;
  const bare = /^\d{1,3}$/.test(q.text);
  if (bare && AGE_BOUND.test(after)) return true;
  if (bare && q.value !== null && q.value <= 120 && NAME_COMMA.test(before) && /^\s*,/.test(after)) return true;
  if (/^-way\b/i.test(after)) return true;
  return WHOLE_SET.test(before) && /^\s+\p{L}+s\b/u.test(after);
}
