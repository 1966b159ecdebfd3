// Multiples written as words: "twice", "thrice" (2, 3), "doubled", "halving" (2, 0.5), with the bound or hedge before them.

import type { Quantity } from "../../types.js";
import { boundBefore } from "./bounds.js";

// "twice as many", "has come twice", "nearly twice the rate": two times (not the idiom "think twice")
const TWICE = /\b(?:twice|thrice)\b/gi;
// "has doubled", "more than tripled", "halving its staff": the factor of a change (not "doubled down", and not
// "doubled to 40" or "halved from 10", where the figures are the claim)
const FACTOR_VERB = /\b(doubl|tripl|quadrupl|halv)(?:ed|ing)\b/gi;
const FACTOR: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };
const FACTOR_FIGURES_AFTER = /^\s+(?:down\b|(?:to|from)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?[$€£]?\d)/i;
const THINK_BEFORE = /\b(?:think|thinks|thinking|thought)\s+$/i;

/** "twice" and "thrice" as amounts (2, 3), with a bound or hedge before them ("up to twice", "nearly twice"). */
export function multiples(text: string, slice: string, from: number): Quantity[] {
  const out: Quantity[] = [];
  TWICE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TWICE.exec(slice))) {
    const at = from + m.index;
    const before = text.slice(Math.max(from, at - 40), at);
    if (THINK_BEFORE.test(before)) continue;
    const b = boundBefore(before, at);
    const start = b?.start ?? at, end = at + m[0].length;
    out.push({ text: text.slice(start, end), start, end, value: /^twice$/i.test(m[0]) ? 2 : 3, upper: null, qualifier: b?.qualifier ?? "exact", unit: null, kind: "number" });
  }
  return out;
}

/** "doubled", "tripled", "halving" as the factor of a change (2, 3, 0.5), with a bound before them ("more than doubled"). */
export function factors(text: string, slice: string, from: number): Quantity[] {
  const out: Quantity[] = [];
  FACTOR_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FACTOR_VERB.exec(slice))) {
    const at = from + m.index, end = at + m[0].length;
    if (FACTOR_FIGURES_AFTER.test(text.slice(end, end + 30))) continue;
    const b = boundBefore(text.slice(Math.max(from, at - 40), at), at);
    const start = b?.start ?? at;
    out.push({ text: text.slice(start, end), start, end, value: FACTOR[m[1].toLowerCase()], upper: null, qualifier: b?.qualifier ?? "exact", unit: null, kind: "number" });
  }
  return out;
}
