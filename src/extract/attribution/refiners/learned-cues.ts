// A cue the lexicon lacks, found by the cue detector (cue-detector.ts), says so on the attribution, so that
// a reviewer knows the verb was a model's guess.

import type { Refiner } from "../context.js";

export const learnedCues: Refiner = {
  name: "learned cues",
  refine(ctx, found) {
    for (const a of found) if (a.cue && ctx.learnedAt.has(a.cue.start)) a.cue = { ...a.cue, learned: true };
    return found;
  },
};
