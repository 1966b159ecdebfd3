// "The court voted 5 to 4", "a 5-4 vote", "passed by a vote of 52 to 48": the two figures of a vote's tally
// count votes, though the word "votes" is not written after them (the clause would read the court as counted).

import type { Quantity } from "../../types.js";

// the tally's first figure: "voted 5" / "a vote of 52"; its second: the same, then "to 4" / "-4"
const VOTE_BEFORE = /\b(?:voted|votes?|vote\s+of)\s+(?:\d+\s*(?:to|-|–)\s*)?$/i;
// "a 5-4 vote", "5 to 4 vote": the tally written before the noun
const VOTE_AFTER = /^\s*(?:(?:to|-|–)\s*\d+\s*)?(?:-\s*)?votes?\b/i;
// the other half of the tally
const PAIR_AFTER = /^\s*(?:to|-|–)\s*\d/, PAIR_BEFORE = /\d\s*(?:to|-|–)\s*$/;

/** Whether q in text is one figure of a pair written "N to M" or "N-M" (a tally, a poll's head-to-head result). */
export function pairedFigure(text: string, q: Quantity): boolean {
  return PAIR_AFTER.test(text.slice(q.end, q.end + 6)) || PAIR_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start));
}

/** Whether the figure q in text is one half of a vote's tally. */
export function isVoteTally(text: string, q: Quantity): boolean {
  if (q.kind !== "number" || q.unit !== null || q.upper !== null) return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start), after = text.slice(q.end, q.end + 16);
  if (!pairedFigure(text, q)) return false;
  return VOTE_BEFORE.test(before) || VOTE_AFTER.test(after);
}
