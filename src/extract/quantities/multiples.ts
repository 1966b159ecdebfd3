// Multiples written as words: "twice", "thrice" (2, 3), with the bound or hedge before them.

import type { Quantity } from "../../types.js";
import { boundBefore } from "./bounds.js";

// "twice as many", "has come twice", "nearly twice the rate": two times (not the idiom "think twice")
const TWICE = /\b(?:twice|thrice)\b/gi;
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
