// Bound and hedge words before a number ("more than", "nearly", "up to", ">="), read into a qualifier.

import type { Qualifier } from "../../types.js";

// Qualifier words before a number ("equal" is read as the range [x, x]).
export type Bound = Qualifier | "equal";
const PREFIX: [string, Bound][] = [
  ["no more than", "at-most"], ["not more than", "at-most"], ["less than or equal to", "at-most"], ["no fewer than", "at-least"], ["no less than", "at-least"],
  ["more than or equal to", "at-least"], ["greater than or equal to", "at-least"], ["at least", "at-least"], ["a minimum of", "at-least"], ["as many as", "at-most"], ["as much as", "at-most"], ["as high as", "at-most"], ["within", "at-most"], ["up to", "at-most"], ["at most", "at-most"], ["a maximum of", "at-most"],
  ["more than", "more-than"], ["greater than", "more-than"], ["higher than", "more-than"], ["in excess of", "more-than"], ["upwards of", "more-than"], ["well over", "more-than"], ["just over", "more-than"], ["over", "more-than"], ["above", "more-than"], ["exceeding", "more-than"],
  ["fewer than", "less-than"], ["less than", "less-than"], ["lower than", "less-than"], ["just under", "less-than"], ["under", "less-than"], ["below", "less-than"],
  ["an estimated", "approx"], ["approximately", "approx"], ["roughly", "approx"], ["around", "approx"], ["about", "approx"], ["nearly", "approx"], ["almost", "approx"], ["close to", "approx"], ["some", "approx"], ["circa", "approx"], ["an approximate", "approx"], ["estimated", "approx"], ["approx.", "approx"], ["~", "approx"],
  // comparisons as people write them: "larger than", "bigger or equal than", "equal to or less than", "exceeds"
  ["larger than", "more-than"], ["bigger than", "more-than"], ["smaller than", "less-than"],
  ["larger than or equal to", "at-least"], ["bigger than or equal to", "at-least"], ["higher than or equal to", "at-least"], ["smaller than or equal to", "at-most"], ["lower than or equal to", "at-most"], ["fewer than or equal to", "at-most"],
  ...["larger", "bigger", "greater", "higher", "more"].map((w): [string, Bound] => [`${w} or equal than`, "at-least"]),
  ...["less", "smaller", "lower", "fewer"].map((w): [string, Bound] => [`${w} or equal than`, "at-most"]),
  ...["less", "fewer", "lower", "smaller"].map((w): [string, Bound] => [`equal to or ${w} than`, "at-most"]),
  ...["more", "greater", "higher", "larger"].map((w): [string, Bound] => [`equal to or ${w} than`, "at-least"]),
  ["at least or equal to", "at-least"], ["at most or equal to", "at-most"],
  ["exceed", "more-than"], ["exceeds", "more-than"], ["exceeded", "more-than"], ["surpass", "more-than"], ["surpasses", "more-than"], ["surpassed", "more-than"], ["surpassing", "more-than"],
  ["equal to", "equal"], ["equals to", "equal"], ["equals", "equal"], ["equaling to", "equal"], ["equalling to", "equal"], ["equaling", "equal"], ["equalling", "equal"],
];
const APPROXIMATE_BEFORE = new RegExp(`(?:^|\\W)(?:${PREFIX.filter(([, b]) => b === "approx").map(([p]) => p.replace(/[.~]/g, "\\$&")).join("|")})\\s+$`, "i");
const TIME_PREPOSITION_BEFORE = /\b(?:in|during|by|since|until|from|before|after)\s+\S+\s+$/i;
/** an estimate's word before a four-digit number makes it a count, not a year: "roughly 2000 shops" (but "by about 2000") */
export function estimateBefore(before: string): boolean {
  return APPROXIMATE_BEFORE.test(before) && !TIME_PREPOSITION_BEFORE.test(before);
}
const SYMBOL_PREFIX: [string, Bound][] = [[">=", "at-least"], ["> =", "at-least"], ["≥", "at-least"], ["<=", "at-most"], ["< =", "at-most"], ["≤", "at-most"], [">", "more-than"], ["<", "less-than"]];
const alternation = (list: [string, Bound][]) =>
  list.map(([p]) => p).sort((x, y) => y.length - x.length).map((p) => p.replace(/[.]/g, "\\.").replace(/ /g, "\\s*")).join("|");
// symbols need no space before them ("x>10")
export const PREFIX_RE = new RegExp(`(?:(?:^|[^\\p{L}])(${alternation(PREFIX)})|(${alternation(SYMBOL_PREFIX)}))\\s*$`, "iu");
export const PREFIX_MAP = new Map([...PREFIX, ...SYMBOL_PREFIX].map(([p, q]) => [p.replace(/\s+/g, ""), q]));
// "<>30", "=>30": not comparisons anyone writes; the number is left alone
export const NOT_COMPARISON = /(?:<>|=>|=<)\s*$/;

/** A bound or hedge ending `before` (the text up to `at`: "nearly", "up to"), its qualifier and where it starts; null for none or "equal". */
export function boundBefore(before: string, at: number): { qualifier: Qualifier; start: number } | null {
  const p = PREFIX_RE.exec(before);
  const bound = p ? PREFIX_MAP.get((p[1] ?? p[2]).toLowerCase().replace(/\s+/g, "")) : undefined;
  if (!p || !bound || bound === "equal") return null;
  return { qualifier: bound, start: at - (before.length - before.lastIndexOf(p[1] ?? p[2])) };
}
