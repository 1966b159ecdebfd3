// Rival readings: of two readings sharing most of the shorter content, the likelier stays (one of them is
// wrong, or both are one statement read twice), verbs of saying too (they were exempt: cross-validated F1
// 0.668 -> 0.670 without it, dev 0.690 -> 0.691).

import type { Span } from "../../../types.js";
import { SentenceBuckets } from "../../span-index.js";
import type { Attribution, Refiner } from "../context.js";
import { hasFigure } from "./model-score.js";
import { FIGURE_CUES, SPEECH_CUES } from "../../cues.js";

const OPEN_QUOTE = new Set(["“", "\"", "«", "„"]);

/** Two spans sharing more than half of the shorter. */
export const overlapsMost = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0.5 * Math.min(a.end - a.start, b.end - b.start);

export const rivalReadings: Refiner = {
  name: "rival readings",
  refine(ctx, found) {
    const { text } = ctx;
    // a content read through several cues scores as its likeliest reading
    const spanScore = new Map<string, number>();
    for (const a of found) { const k = `${a.content.start}:${a.content.end}`; spanScore.set(k, Math.max(spanScore.get(k) ?? -Infinity, a.confidence)); }
    // each reading's span score, looked up once (not once per pair)
    const score = found.map((a) => spanScore.get(`${a.content.start}:${a.content.end}`)!);
    // (rivals overlap: each reading asks only those of its own sentences)
    const rivals = new SentenceBuckets<number>();
    const range = (c: Span): [number, number] => [ctx.sentenceOf(c.start), ctx.sentenceOf(Math.max(c.start, c.end - 1))];
    found.forEach((b, j) => { if (b.first >= 0) rivals.file(j, ...range(b.content)); });
    // (a figure's statement gives way only to a reading with the same speaker, so the claim keeps who made it)
    return found.filter((a, i) => {
      if (a.first < 0) return true;
      // (a statement in the frame between two quotations joined into one, '“…,” said X, who said Y. “…”', is
      // no rival reading of them; no cue inside a quotation is left to ask about, see quoted-reports.ts)
      const between = (b: Attribution) => b.mode === "direct" && a.mode !== "direct" && !!a.cue && OPEN_QUOTE.has(text[b.content.start]) && a.cue.start > b.content.start
        && !ctx.insideQuote(a.content.start) && !ctx.insideQuote(a.content.end - 1);
      // (nor to a cue that claims no figure, "closed the session by declaring …": the figure would lose its speaker)
      const claimsNone = (b: Attribution) => SPEECH_CUES.has(a.cue?.lemma ?? "") && !FIGURE_CUES.has(b.cue?.lemma ?? "") && hasFigure(ctx, a);
      return !rivals.some(...range(a.content), (j) => { const b = found[j]; return b.first >= 0 && (b.content.start !== a.content.start || b.content.end !== a.content.end) && score[j] > score[i] && overlapsMost(a.content, b.content) && !between(b) && (b.speaker?.name === a.speaker?.name || !hasFigure(ctx, a)) && !claimsNone(b); });
    });
  },
};
