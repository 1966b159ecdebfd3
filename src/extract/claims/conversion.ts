// A figure told again in another unit right after another ("412 million euros ($471 million)", "130 billion
// euros, about $148 billion,"): the same amount, so of the same time as the figure it restates.

import type { AnalyzedDocument } from "../document.js";
import type { Quantity } from "../../types.js";

/** `o` restates `q` in another unit, set off right after it by commas or brackets ("130 billion euros, about
 *  $148 billion,", "75 m (250 ft)") */
export function conversion(doc: AnalyzedDocument, q: Quantity, o: Quantity): boolean {
  if (o.start < q.end || o.start - q.end > 16) return false;
  const open = CONVERSION_OPEN.exec(doc.text.slice(q.end, o.start));
  const close = CONVERSION_CLOSE.exec(doc.text.slice(o.end, o.end + 16));
  return !!open && !!close && (open[1] === "(") === (close[1] === ")");
}
/** `q` restates `o`, the figure right before it, in another unit: in brackets ("412 million euros ($471
 *  million)"), after ", or", or after a comma with a unit of its own ("166 km/h, 103 mph"), not an item of a list */
export function restatesInOtherUnit(doc: AnalyzedDocument, o: Quantity, q: Quantity): boolean {
  if (o.end > q.start || q.start - o.end > 32) return false;
  const open = RESTATE_OPEN.exec(doc.text.slice(o.end, q.start));
  const close = RESTATE_CLOSE.exec(doc.text.slice(q.end, q.end + 32));
  if (!open || !close || (open[1] === "(") !== (close[1] === ")")) return false;
  return open[1] === "(" || !!open[2] || (!!o.unit && !!q.unit && o.unit !== q.unit);
}
/** up to two unit words, then a bracket or a comma (with "or": "3.6 degrees Fahrenheit, or 2 degrees Celsius") */
const RESTATE_OPEN = /^(?:\s*\p{L}[\p{L}.]*){0,2}\s*(\(|,)\s*(or\s+)?(?:about|around|roughly|some|nearly|almost)?\s*$/iu;
const RESTATE_CLOSE = /^(?:\s*\p{L}[\p{L}.]*){0,2}\s*([),])/u;
/** between a figure (and its unit) and its conversion; after the conversion (and its unit) */
const CONVERSION_OPEN = /^(?:\s*\p{L}[\p{L}.]*)?\s*([(,])\s*(?:or\s+)?(?:about|around|roughly|some|nearly|almost)?\s*$/iu;
const CONVERSION_CLOSE = /^(?:\s*\p{L}[\p{L}.]*)?\s*([),])/u;
