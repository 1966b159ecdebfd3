// Thing pronouns: "the paper notes …, and it says …": "it" as a speaker names the document or the
// organisation that spoke just before, in its sentence or the one before (the entity resolver ties
// pronouns to persons only, and notSpeakers would leave "it" open). Only a singular thing: not a person,
// not a plural ("officials"), not a pronoun itself. Run before notSpeakers.

import type { Attribution, Refiner } from "../context.js";

/** how many sentences back the antecedent may be */
const REACH = 1;
const IT = /^it$/i;
/** a plural or a pronoun: no antecedent of "it" */
const NOT_A_THING = /(?:[a-rt-z]s|^(?:he|she|they|we|i|you|it|who|that|which))$/i;

export const thingPronouns: Refiner = {
  name: "thing pronouns",
  refine(ctx, found) {
    let before: Attribution | null = null;
    // (the readings are in text order of their contents: the antecedent is the last speaker seen before the cue)
    const ordered = found.filter((a) => a.cue && a.speaker && a.first >= 0).sort((x, y) => x.cue!.start - y.cue!.start);
    for (const a of ordered) {
      const sp = a.speaker!;
      if (IT.test(sp.mention.trim())) {
        if (before && ctx.sentenceOf(a.cue!.start) - ctx.sentenceOf(before.cue!.start) <= REACH) a.speaker = { ...before.speaker!, mention: sp.mention, start: sp.start, end: sp.end };
        continue;
      }
      before = sp.kind !== "person" && !NOT_A_THING.test(sp.mention.trim()) ? a : null;
    }
    return found;
  },
};
