// Hedges ("alleged", "by his reckoning", a hedging cue such as "claimed") and evidence markers ("provided
// no details", "declined to elaborate", "citing …") in an attribution's sentences. Read last, on what the
// model kept: the patterns are costly and say nothing of whether a reading is right.

import type { AnalyzedDocument } from "../../document.js";
import { EVIDENCE_CITED, EVIDENCE_DECLINED, EVIDENCE_NONE, HEDGES, HEDGING_CUES } from "../../cues.js";
import type { Attribution, Refiner } from "../context.js";

function qualify(doc: AnalyzedDocument, a: Attribution): void {
  const span = doc.text.slice(doc.sentences[a.first].start, doc.sentences[a.last].end);
  for (const m of span.matchAll(HEDGES)) if (!a.hedges.includes(m[0])) a.hedges.push(m[0]);
  if (a.cue?.lemma && HEDGING_CUES.has(a.cue.lemma) && !a.hedges.includes(a.cue.text)) a.hedges.push(a.cue.text);
  const none = EVIDENCE_NONE.exec(span), declined = EVIDENCE_DECLINED.exec(span), cited = EVIDENCE_CITED.exec(span);
  if (none) a.evidence = { status: "none-given", text: none[0] };
  else if (declined) a.evidence = { status: "declined", text: declined[0].trim() };
  else if (cited && a.mode !== "according-to") a.evidence = { status: "cited", text: cited[0].trim() };
}

/** The title's attribution has no sentences to read. */
export const hedgesAndEvidence: Refiner = {
  name: "hedges and evidence",
  refine(ctx, found) {
    for (const a of found) if (a.first >= 0) qualify(ctx.doc, a);
    return found;
  },
};
