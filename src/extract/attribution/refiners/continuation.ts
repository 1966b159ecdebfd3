// Continuation: quotations with no frame of their own continue a statement read already, or the last
// speaker in the paragraph or the one before, as PolNeAR annotates them. Each quotation no reading holds is
// first offered to the quotation readers (a colon frame, 'Mr. Christie gloated: “…”'), in text order
// with the continuation of the ones before: a quotation one of them takes is one the other no longer sees.

import type { Span } from "../../../types.js";
import { isTitle, type Quote } from "../quotations.js";
import type { Attribution, AttributionContext, QuoteReader, Refiner } from "../context.js";

// what may stand between a quotation's frame and the same quotation resumed: the rest of the frame, a comma,
// a conjunction ('“…,” he said, but “…”', '“…,” Trump said during a rally in Kenansville, N.C., “…”')
const RESUME = /^[^"“”\n]{0,80},[ \t]*(?:(?:and|but|or|then)[ \t]+)?$/;

/** Every reading of one content widened to take in a quotation that belongs to the same statement. */
function widen(ctx: AttributionContext, content: Span, to: Span): void {
  const { start, end } = content;
  for (const a of ctx.found)
    if (a.content.start === start && a.content.end === end) {
      a.content = { ...to };
      ctx.file(a);
      a.first = Math.min(a.first, ctx.sentenceOf(to.start));
      a.last = Math.max(a.last, ctx.sentenceOf(to.end - 1));
    }
}

/** The reading a quotation with no frame goes on from: the speaker's own quotation in the paragraph, else the last speaker nearby. */
function priorReading(ctx: AttributionContext, q: Quote, si: number): Attribution | undefined {
  const { doc, found } = ctx;
  const s = doc.sentences[si];
  // the speaker's own quotation earlier in the paragraph, past statements reported inside its frame
  // ('“…,” said Mr. King, who endorsed Mr. Rubio on Tuesday. “…”'), else the last speaker nearby
  let prior = found.findLast((a) => a.mode === "direct" && a.last >= 0 && a.speaker && a.cue && a.content.end <= q.start && doc.sentences[a.last].paragraph === s.paragraph);
  if (prior) {
    const quoted = prior, frame = ctx.sentenceOf(quoted.cue!.start);
    if (found.some((a) => a !== quoted && a.cue && a.first >= 0 && ctx.sentenceOf(a.cue.start) > Math.max(frame, ctx.sentenceOf(quoted.content.end - 1)) && a.cue.start < q.start)) prior = undefined;
  }
  return prior ?? found.findLast((a) => a.last >= 0 && a.content.end <= q.start && a.speaker && si - a.last <= 3);
}

/** A quotation no reader framed: the rest of a statement, its start, or a statement of the last speaker's. */
function continueQuotation(ctx: AttributionContext, q: Quote): void {
  const { doc, text, found } = ctx;
  const si = ctx.sentenceOf(q.start);
  const s = doc.sentences[si];
  // '“…,” Schiff told reporters, “but …”': a quotation resuming after its own frame in the sentence is
  // the rest of the same statement (PolNeAR marks both parts as one content)
  const resumed = found.find((a) => a.mode === "direct" && a.cue && a.content.end <= a.cue.start && a.cue.end <= q.start && ctx.sentenceOf(a.cue.start) === si
    && RESUME.test(text.slice(a.cue.end, q.start)));
  if (resumed) {
    q.used = true;
    widen(ctx, resumed.content, { start: resumed.content.start, end: q.end });
    return;
  }
  if (!s || q.start < s.start || q.start - s.start > 1) return; // a quoted phrase inside a sentence is not a statement
  // '“…” “…,” she said.': a quotation right before a framed one in its paragraph begins that statement
  const next = found.find((a) => a.mode === "direct" && a.content.start >= q.end && /^[ \t]*$/.test(text.slice(q.end, a.content.start)));
  if (next) {
    widen(ctx, next.content, { start: q.start, end: next.content.end });
    return;
  }
  const prior = priorReading(ctx, q, si);
  if (!prior) return;
  const paragraphGap = s.paragraph - doc.sentences[prior.last].paragraph;
  if (paragraphGap > 1) return;
  // in the same paragraph, a quotation goes on the statement its speaker's quotation began ("“…,” he
  // said. “…” “…”": one attribution, as PolNeAR annotates it); in the next, it opens a new one under the
  // same frame: same speaker, same cue
  // (unless the frame between would be most of the statement: '“…,” said X, a lawyer who has fought the
  // industry for years and … . “…”' goes on as a reading of its own, so the content is not mostly frame)
  const quotedLength = prior.content.end - prior.content.start + q.end - q.start;
  if (paragraphGap === 0 && prior.mode === "direct" && q.start - prior.content.end <= quotedLength) {
    widen(ctx, prior.content, { start: prior.content.start, end: q.end });
    return;
  }
  ctx.add({ start: q.start, end: q.end }, "direct", prior.cue, prior.speaker, ctx.sentenceOf(q.end - 1));
}

/** Continuation, after the quotation readers (`framers`, asked in order) for each quotation no reading holds. */
export function continuation(framers: readonly QuoteReader[]): Refiner {
  return {
    name: "continuation",
    refine(ctx, found) {
      for (const q of ctx.quotes) {
        if (q.used || isTitle(ctx.text, q)) continue;
        // a quotation inside a statement read already is part of that statement, neither framed by a colon
        // nor a continuation
        if (found.some((a) => a.content.start <= q.start && q.end <= a.content.end)) continue;
        if (framers.some((r) => r.take(ctx, q))) continue;
        continueQuotation(ctx, q);
      }
      return found;
    },
  };
}
