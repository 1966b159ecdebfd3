// The quantities of a document's sentences, recognised once per sentence: the claims read every sentence's,
// and a refiner of the attributions (expected-figures.ts) those of sentences with a verb of expecting first.
// Kept per document object (a WeakMap: gone with the document) and never changed by their readers.

import type { AnalyzedDocument } from "../document.js";
import type { Quantity } from "../../types.js";
import { recogniseQuantities } from "./quantities.js";

const KEPT = new WeakMap<AnalyzedDocument, (Quantity[] | undefined)[]>();

/** recogniseQuantities over sentence si of the document, worked out on first asking. */
export function sentenceQuantities(doc: AnalyzedDocument, si: number): Quantity[] {
  let kept = KEPT.get(doc);
  if (kept === undefined) KEPT.set(doc, (kept = new Array<Quantity[] | undefined>(doc.sentences.length)));
  const s = doc.sentences[si];
  return (kept[si] ??= recogniseQuantities(doc.text, s.start, s.end));
}
