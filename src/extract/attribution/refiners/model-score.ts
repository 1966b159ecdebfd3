// Model scoring: the attribution model (attribution-model.ts) reads each proposal with what surrounds it
// (proposalFeatures) and gives it a confidence; the proposals it doubts are dropped, except a verb of
// saying's statement with a figure (carriesFigure), which is what the ledger is for.

import type { AnalyzedDocument } from "../../document.js";
import type { Span } from "../../../types.js";
import { ATTRIBUTION_MODEL, attributionFeatures, type Features, type Model, CUE_MODEL } from "../../learned/index.js";
import { SentenceBuckets, sentenceAt } from "../../span-index.js";
import { hasQuantity, recogniseQuantities } from "../../quantities/quantities.js";
import { SPEECH_CUES } from "../../cues.js";
import { isFiniteVerb } from "../../../language/lexicon.js";
import { RELATIVE_WORDS } from "../../../language/function-words.js";
import { findQuotes, insideQuotes } from "../quotations.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** What the attribution model reads of each proposal (null for the title's, which has no sentence). */
export function proposalFeatures(doc: AnalyzedDocument, proposals: Attribution[], quotes: Span[] = findQuotes(doc.text), resolve: ((v: string) => number) | null = null, cueModel: Model = CUE_MODEL): (Features | null)[] {
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  const inQuote = (offset: number) => insideQuotes(quotes, offset);
  // the proposals each sentence holds content or a cue of: the pairs below overlap, so each proposal asks
  // only those of its own sentences (every proposal asked every other, the square of the text)
  const contents = new SentenceBuckets<Attribution>(), cues = new SentenceBuckets<Attribution>();
  const range = (c: Span): [number, number] => [sentenceOf(c.start), sentenceOf(Math.max(c.start, c.end - 1))];
  for (const b of proposals) {
    if (b.first < 0) continue;
    contents.file(b, ...range(b.content));
    if (b.cue) { const k = sentenceOf(b.cue.start); cues.file(b, k, k); }
  }
  return proposals.map((a) => {
    if (a.first < 0) return null;
    const [s0, s1] = range(a.content);
    // another proposal covering most of this content: a double reading of one statement
    const shared = contents.some(s0, s1, (b) => b !== a && b.first >= 0 && Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start) > 0.5 * (a.content.end - a.content.start));
    // its cue inside another's content (a statement reported within a statement), or another's cue inside its own
    const cueAt = a.cue ? sentenceOf(a.cue.start) : -1;
    const nested = !!a.cue && contents.some(cueAt, cueAt, (b) => b !== a && b.first >= 0 && b.cue?.start !== a.cue!.start && b.content.start <= a.cue!.start && a.cue!.end <= b.content.end);
    const holds = cues.some(s0, s1, (b) => b !== a && b.first >= 0 && !!b.cue && b.cue.start !== a.cue?.start && a.content.start <= b.cue.start && b.cue.end <= a.content.end);
    return attributionFeatures(doc, a, sentenceOf, inQuote, shared, resolve, (nested ? "n" : "-") + (holds ? "h" : "-"), cueModel);
  });
}

/**
 * A statement with a figure is what the ledger is for: when a verb of saying frames it, its attribution is
 * kept whatever the model says ("Somewhere between 10,000 and 15,000, he answered."), so that a
 * fact-checker sees who claimed the number. Under other cues ("plans", "sees") the model decides: kept
 * whatever it said, those readings were mostly wrong (cross-validated F1 on PolNeAR train 0.665 with them,
 * 0.668 without).
 */
export function carriesFigure(text: string, a: { content: Span }): boolean {
  return hasQuantity(text, a.content.start, a.content.end);
}

/**
 * Attributions scoring over this are kept. The thresholds chosen on out-of-fold train scores are folded
 * into the model's weights by the training script, so 0 is the model's own decision (training keeps
 * every proposal: it leaves this refiner out, training.ts).
 */
const MIN_CONFIDENCE = 0;

/** Whether a content carries a figure, asked once per content span (readings through several cues share it). */
export function hasFigure(ctx: AttributionContext, a: Attribution): boolean {
  const k = `${a.content.start}:${a.content.end}`;
  let f = ctx.figures.get(k);
  if (f === undefined) ctx.figures.set(k, (f = carriesFigure(ctx.text, a)));
  return f;
}

/** Every proposal gets the model's confidence (the title's keep 0: it has no sentence to read). */
export const scoreByModel: Refiner = {
  name: "model scoring",
  refine(ctx, found) {
    proposalFeatures(ctx.doc, found, ctx.quotes, ATTRIBUTION_MODEL.resolve, ctx.settings.cueModel).forEach((f, i) => { if (f) found[i].confidence = ATTRIBUTION_MODEL.score(f); });
    return found;
  },
};

/** "organizers added 160 guards", "shares added 3 percent": "add" with a figure for its object is an act, no saying */
function addsFigure(ctx: AttributionContext, a: Attribution): boolean {
  if (!(a.cue?.lemma === "add" && /^\s*$/.test(ctx.text.slice(a.cue.end, a.content.start)))) return false;
  if (saysClause(ctx, a)) return false;
  if (/^(?:[$€£]?\d|another\s)/i.test(ctx.text.slice(a.content.start, a.content.start + 12))) return true;
  // ("the hike adds between 80 and 120 zlotys", "hospitals have added about 1,500 beds": the figure with its qualifier)
  const q = recogniseQuantities(ctx.text, a.content.start, Math.min(a.content.end, a.content.start + 60));
  return q.length > 0 && q[0].start === a.content.start && q[0].value !== null;
}

/** Whether the content is a clause, the figure its subject: a finite verb follows in it, not in a relative clause
 *  ("added 40 people were hurt" says so; "added 1,500 beds that were needed" adds them). */
function saysClause(ctx: AttributionContext, a: Attribution): boolean {
  const tokens = ctx.doc.tokens[ctx.sentenceOf(a.content.start)] ?? [];
  for (let i = tokens.findIndex((t) => t.start >= a.content.start); i > 0 && i < tokens.length && tokens[i].start < a.content.end; i++) {
    if (RELATIVE_WORDS.has(tokens[i].lower) || tokens[i].text === ",") return false;
    if (isFiniteVerb(tokens[i])) return true;
  }
  return false;
}

/** Those the model doubts are dropped (the title's, and those a sure rule read, are kept). */
export const keepConfident: Refiner = {
  name: "confident readings",
  refine(ctx, found) {
    // (whether a content has a figure is asked only where it decides: recognising quantities is not cheap)
    return found.filter((a) => a.first < 0 || a.ruled || a.confidence > MIN_CONFIDENCE || (SPEECH_CUES.has(a.cue?.lemma ?? "") && !addsFigure(ctx, a) && hasFigure(ctx, a)));
  },
};
