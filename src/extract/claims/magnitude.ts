// "USGS reported 5.8", "the 5.0 earthquake", "Wednesday's earthquake, at 6.3": in a sentence about an earthquake,
// a bare figure written with one decimal and under ten is the quake's magnitude, whatever noun stands near it.

import type { Token } from "../../text/tokens.js";
import type { Quantity } from "../../types.js";
import { MAGNITUDE_EVENTS } from "../../language/units.js";

const MAGNITUDE_FIGURE = /^\d\.\d$/;

/** Whether the quantity at tokens qFrom..qTo is a quake's magnitude; `counted`: what the clause read it as counting. */
export function isQuakeMagnitude(tokens: Token[], qFrom: number, qTo: number, q: Quantity, counted: string | null): boolean {
  if (q.kind !== "number" || qFrom !== qTo || !MAGNITUDE_FIGURE.test(tokens[qFrom].text)) return false;
  if (!tokens.some((t) => MAGNITUDE_EVENTS.has(t.lower))) return false;
  // (a noun of its own after the figure stays: "5.5 million people" is no figure of this shape, "2.5 metres" is)
  const own = counted?.toLowerCase().split(/\s+/).pop() ?? "";
  return !counted || MAGNITUDE_EVENTS.has(own) || /^\p{Lu}/u.test(counted);
}
