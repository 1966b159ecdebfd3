// Framed statements: "In a podcast last autumn, Ana Ruiz, founder of Vela, stated …": a document or an
// occasion opening the sentence ("In a podcast", "In an interview") frames a statement with a speaker and a
// verb of its own. The statement is the reading; the document is only where it was made, so its frame goes.
// Run before keepConfident: a person's statement so framed is kept whatever the model says (the model,
// trained on readings whose cue sits inside another's content, doubts it: since the retraining in eb5ea00 it
// dropped it, and the frame spoke).

import { SentenceBuckets } from "../../span-index.js";
import type { Attribution, Refiner } from "../context.js";
import { DETECTED_SPEECH, FIGURE_CUES, SPEECH_CUES } from "../../cues.js";

export const framedStatements: Refiner = {
  name: "framed statements",
  refine(ctx, found) {
    const inner = new SentenceBuckets<Attribution>();
    for (const b of found) if (b.first >= 0 && b.cue && b.speaker && FIGURE_CUES.has(b.cue.lemma)) { const k = ctx.sentenceOf(b.cue.start); inner.file(b, k, k); }
    const framing = new Set<Attribution>();
    for (const a of found) {
      if (a.first < 0 || a.mode !== "according-to" || a.cue?.lemma !== "in") continue;
      const [s0, s1] = [ctx.sentenceOf(a.content.start), ctx.sentenceOf(Math.max(a.content.start, a.content.end - 1))];
      // (a reading the model trusts; else a person's with a verb of saying: "most voters said" in a poll's frame
      // stays the poll's, and "In a video, McDonald is seen walking" is no statement)
      const within = (b: Attribution) => b !== a && (b.confidence > 0 || b.speaker!.kind === "person" && (SPEECH_CUES.has(b.cue!.lemma) || DETECTED_SPEECH.has(b.cue!.lemma))) && b.speaker!.start >= a.content.start
        && b.cue!.end <= a.content.end && b.content.end <= a.content.end;
      let stated = false;
      inner.some(s0, s1, (b) => { if (within(b)) { stated = true; if (b.confidence <= 0) b.ruled = true; } return false; });
      if (stated) framing.add(a);
    }
    return framing.size ? found.filter((a) => !framing.has(a)) : found;
  },
};
