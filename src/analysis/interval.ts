// What a figure asserts, as an interval of values: "more than 400" is (400, ∞), "around 1,100" is
// 1,100 ± APPROX_TOLERANCE, "between 10,000 and 15,000" is [10,000, 15,000]. Two figures contradict each
// other only when their intervals do not meet.

import type { Qualifier } from "../types.js";
import { UNITS } from "./words.js";
import { SCALE_WORDS, SHORT_SCALES } from "../language/numbers.js";

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** How loose "around", "about", "nearly" are taken to be: ten per cent either way. */
export const APPROX_TOLERANCE = 0.1;

export function intervalOf(q: { value: number | null; upper: number | null; qualifier: Qualifier | string }): Interval | null {
  if (q.value === null) return null;
  const v = q.value;
  switch (q.qualifier) {
    case "exact":
      return { low: v, high: v, lowOpen: false, highOpen: false };
    case "approx":
      return { low: v * (1 - APPROX_TOLERANCE), high: v * (1 + APPROX_TOLERANCE), lowOpen: false, highOpen: false };
    case "more-than":
      return { low: v, high: Infinity, lowOpen: true, highOpen: true };
    case "at-least":
      return { low: v, high: Infinity, lowOpen: false, highOpen: true };
    case "less-than":
      return { low: -Infinity, high: v, lowOpen: true, highOpen: true };
    case "at-most":
      return { low: -Infinity, high: v, lowOpen: true, highOpen: false };
    case "range":
      return { low: v, high: q.upper ?? v, lowOpen: false, highOpen: false };
    default:
      return null;
  }
}

/**
 * A measure is only as exact as it is written: "480 km" is 475–485 km, "300 miles" is 250–350 miles (half the
 * place of its last significant digit either way), so a figure converted from another unit and rounded ("300
 * miles (480 km)") still meets the figure it was converted from. So is a figure written in thousands or millions:
 * "1.2 million" is 1.15–1.25 million, and meets "1,230,000" it was rounded from. Counts written out in full are
 * exact as written: 40 is not 41, and 1,200,000 is not 1,230,000.
 */
export function figureInterval(f: { value: number | null; upper: number | null; qualifier: Qualifier | string; quantityText: string }): Interval | null {
  const i = intervalOf(f);
  if (!i || f.value === null || (f.qualifier !== "exact" && f.qualifier !== "range")) return i;
  const m = /(\d[\d,]*(?:\.(\d+))?)\s*([\p{L}]+)/u.exec(f.quantityText);
  if (!m || !(UNITS[m[3].toLowerCase()] || SCALE_WORDS[m[3].toLowerCase()] || SHORT_SCALES[m[3]])) return i;
  const written = Number(m[1].replace(/,/g, ""));
  if (!written) return i;
  const place = m[2] ? 10 ** -m[2].length : 10 ** (/0*$/.exec(m[1].replace(/,/g, ""))![0].length);
  const slack = (f.value * place) / 2 / written;
  return { ...i, low: i.low - slack, high: i.high + slack };
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

/** Can a part (a figure for a shorter period) be no more than the whole (the longer period's)? */
export function partFitsWhole(part: Interval, whole: Interval): boolean {
  return part.low < whole.high || (part.low === whole.high && !part.lowOpen && !whole.highOpen);
}

/** the interval in words: "exactly 40", "more than 400", "990–1,210 (around 1,100 ± 10%)" */
export function intervalWords(i: Interval, qualifier: string, value: number): string {
  const n = (x: number) => Math.round(x).toLocaleString("en-US");
  switch (qualifier) {
    // a figure as exact as it is written ("1.2 million", "480 km"): the values it stands for
    case "exact": return i.low < i.high ? `${n(i.low)}–${n(i.high)} (${n(value)} to its last written digit)` : `exactly ${n(value)}`;
    case "approx": return `${n(i.low)}–${n(i.high)} (around ${n(value)} ± ${APPROX_TOLERANCE * 100}%)`;
    case "more-than": return `more than ${n(value)}`;
    case "at-least": return `at least ${n(value)}`;
    case "less-than": return `less than ${n(value)}`;
    case "at-most": return `at most ${n(value)}`;
    default: return `${n(i.low)}–${n(i.high)}`;
  }
}
