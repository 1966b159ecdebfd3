// Relative sources: a source named by "according to" that a relative clause goes on from ("…, according to
// the agency's report on Saturday, which counted 21 injured in the north and 36 in the south") says the
// figures of that clause too, with its verb for the cue. The according-to reading covers only the clause
// before the source; this adds the relative clause's reading under the same speaker, when its verb is one
// of reporting figures (cues.ts FIGURE_CUES) and no kept reading has that verb for its cue.

import { verbLemma } from "../../../language/pos.js";
import { FIGURE_CUES } from "../../cues.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** after the source: a short frame phrase ("on Saturday"), then ", which <verb>" */
const WHICH = /^(?:\s+(?:on|in|from|of|released|published|issued)\s+[^,;.]{1,30})?,\s+which\s+([a-z]+)\s/;
/** a sentence's closing punctuation, left out of its content */
const CLOSING = /[.!?]+["”’)]*\s*$/;

function addRelatives(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  const { text } = ctx, added: Attribution[] = [];
  for (const a of found) {
    const sp = a.speaker;
    if (a.mode !== "according-to" || !sp || a.first < 0) continue;
    const m = WHICH.exec(text.slice(sp.end, sp.end + 80));
    if (!m) continue;
    const lemma = verbLemma(m[1]);
    if (!FIGURE_CUES.has(lemma)) continue;
    const cueStart = sp.end + m.index + m[0].length - m[1].length - 1;
    const si = ctx.sentenceOf(cueStart), s = ctx.doc.sentences[si];
    if (ctx.sentenceOf(sp.start) !== si || found.some((b) => b.cue?.start === cueStart)) continue;
    const content = { start: cueStart + m[1].length + 1, end: s.start + text.slice(s.start, s.end).replace(CLOSING, "").length };
    if (content.end - content.start < 3) continue;
    const c: Attribution = {
      first: si, last: si, content, mode: "indirect", cue: { text: m[1], lemma, start: cueStart, end: cueStart + m[1].length },
      speaker: sp, hedges: [], evidence: null, confidence: 0,
    };
    added.push(c);
    ctx.file(c);
  }
  return added.length ? [...found, ...added] : found;
}

export const relativeSources: Refiner = {
  name: "relative sources",
  refine: addRelatives,
};
