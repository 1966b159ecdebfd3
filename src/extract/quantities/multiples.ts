// Multiples written as words: "twice", "thrice" (2, 3), "doubled", "halving" (2, 0.5), with the bound or hedge before them.

import type { Quantity } from "../../types.js";
import { boundBefore } from "./bounds.js";

// "twice as many", "has come twice", "nearly twice the rate": two times (not the idiom "think twice");
// "has doubled", "more than tripled", "halving its staff": the factor of a change (not "doubled down", and not
// "doubled to 40" or "halved from 10", where the figures are the claim)
const FACTOR: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };
const FACTOR_STEMS = Object.keys(FACTOR).join("|");
const MULTIPLE = new RegExp(`\\b(?:(twice)|(thrice)|(${FACTOR_STEMS})(?:ed|ing))\\b`, "gi");
const FACTOR_FIGURES_AFTER = /^\s+(?:down\b|(?:to|from)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[$€£]?\d)/i;
const THINK_BEFORE = /\b(?:think|thinks|thinking|thought)\s+$/i;

/** "twice", "thrice" and "doubled", "halving" as amounts (2, 3, 2, 0.5), with a bound or hedge before them
 *  ("up to twice", "more than doubled"). */
export function multiples(text: string, slice: string, from: number): Quantity[] {
  const out: Quantity[] = [];
  MULTIPLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MULTIPLE.exec(slice))) {
    const at = from + m.index, end = at + m[0].length;
    const before = text.slice(Math.max(from, at - 40), at);
    if (m[3] ? FACTOR_FIGURES_AFTER.test(text.slice(end, end + 30)) : THINK_BEFORE.test(before)) continue;
    const b = boundBefore(before, at);
    const start = b?.start ?? at;
    const value = m[1] ? 2 : m[2] ? 3 : FACTOR[m[3].toLowerCase()];
    out.push({ text: text.slice(start, end), start, end, value, upper: null, qualifier: b?.qualifier ?? "exact", unit: null, kind: "number" });
  }
  return out;
}

const FACTOR_VERB = new RegExp(`\\b(${FACTOR_STEMS})(?:ed|ing)$`, "i");
/** The verb a factor written as one names ("has doubled" → "double", "more than halving" → "halve"), or null:
 *  what happened to the thing counted, where the rules would read the auxiliary before it ("have"). */
export function factorVerb(quantityText: string): string | null {
  const m = FACTOR_VERB.exec(quantityText);
  return m ? `${m[1].toLowerCase()}e` : null;
}
