// Coordinated cues: "Dubrovsky said officers were present where the bus exploded, but said this too was
// unrelated": a cue joined by "and" or "but" to an earlier cue of its sentence shares that cue's subject.
// The rules may take a noun inside the first cue's content for the second's subject ("bus"); a speaker
// found inside another reading's content, for a cue right after "and"/"but", is that reading's speaker.

import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** "and" or "but" (after a comma or not) right before the cue, with an adverb perhaps ("but also said") */
const JOINED = /(?:^|[\s,])(?:and|but)(?:\s+[a-z]+ly|\s+also|\s+then|\s+later)?\s*$/;

function shareSubjects(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  const { text } = ctx;
  for (const a of found) {
    const sp = a.speaker, cue = a.cue;
    if (!sp || !cue || a.carried || a.first < 0 || sp.end > cue.start) continue;
    if (!JOINED.test(text.slice(Math.max(0, cue.start - 20), cue.start))) continue;
    const si = ctx.sentenceOf(cue.start);
    const first = found.find((b) => b !== a && b.speaker && b.cue && !b.carried && b.cue.end <= sp.start && ctx.sentenceOf(b.cue.start) === si &&
      b.content.start <= sp.start && sp.end <= b.content.end && b.speaker.end <= b.cue.start);
    if (first) a.speaker = { ...first.speaker!, mention: first.speaker!.mention };
  }
  return found;
}

export const coordinatedCues: Refiner = {
  name: "coordinated cues",
  refine: shareSubjects,
};
