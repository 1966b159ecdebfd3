// Hedges ("alleged", "by his reckoning", a hedging cue such as "claimed") and evidence markers ("provided
// no details", "declined to elaborate", "citing …") in an attribution's sentences. Read last, on what the
// model kept: the patterns are costly and say nothing of whether a reading is right.

import type { AnalyzedDocument } from "../../document.js";
import { EVIDENCE_CITED, EVIDENCE_DECLINED, EVIDENCE_NONE, HEDGES, HEDGING_CUES, hedgesIn } from "../../cues.js";
import type { Attribution, Refiner } from "../context.js";

/** What the patterns find in a run of sentences: its hedges, in order, and its evidence markers. */
interface Marks { hedges: string[]; none: RegExpExecArray | null; declined: RegExpExecArray | null; cited: RegExpExecArray | null }

// The four patterns as one alternation: it matches a span exactly when one of them does, and most spans
// hold none, so one scan says so where four did (a third of the time over PolNeAR dev's sentences).
const ANY_MARK = new RegExp([HEDGES, EVIDENCE_NONE, EVIDENCE_DECLINED, EVIDENCE_CITED].map((re) => `(?:${re.source})`).join("|"), "i");
const NO_MARKS: Marks = { hedges: [], none: null, declined: null, cited: null };

function marksOf(doc: AnalyzedDocument, first: number, last: number): Marks {
  const span = doc.text.slice(doc.sentences[first].start, doc.sentences[last].end);
  if (!ANY_MARK.test(span)) return NO_MARKS;
  return { hedges: hedgesIn(span), none: EVIDENCE_NONE.exec(span), declined: EVIDENCE_DECLINED.exec(span), cited: EVIDENCE_CITED.exec(span) };
}

function qualify(marks: Marks, a: Attribution): void {
  for (const h of marks.hedges) if (!a.hedges.includes(h)) a.hedges.push(h);
  if (a.cue?.lemma && HEDGING_CUES.has(a.cue.lemma) && !a.hedges.includes(a.cue.text)) a.hedges.push(a.cue.text);
  const { none, declined, cited } = marks;
  if (none) a.evidence = { status: "none-given", text: none[0] };
  else if (declined) a.evidence = { status: "declined", text: declined[0].trim() };
  else if (cited && a.mode !== "according-to") a.evidence = { status: "cited", text: cited[0].trim() };
}

/** The title's attribution has no sentences to read. */
export const hedgesAndEvidence: Refiner = {
  name: "hedges and evidence",
  refine(ctx, found) {
    // (the patterns read once per run of sentences: the readings of one sentence share it)
    const marks = new Map<string, Marks>();
    for (const a of found) {
      if (a.first < 0) continue;
      const key = `${a.first}:${a.last}`;
      let m = marks.get(key);
      if (m === undefined) marks.set(key, (m = marksOf(ctx.doc, a.first, a.last)));
      qualify(m, a);
    }
    return found;
  },
};
