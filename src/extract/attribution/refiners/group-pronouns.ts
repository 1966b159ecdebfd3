// Group pronouns: "they said" outside any quotation names the people or the group the passage is about,
// which the entity resolver leaves open (it ties pronouns to persons only) or a reader ties to the nearest
// name, whatever its number ("… a letter to Senate leaders. “…,” they wrote.": not the Senate). The nearest of two antecedents
// before the cue, within the sentence and the two before it: two people joined by "and" ("Senators Ann
// Lee and Bo Park … They wrote"), or the speaker of an earlier reading that is plural ("Critics say …,
// although they concede …"; "officials", "the two unions"). Run before notSpeakers, which would open it.

import { PRONOUNS_GROUP } from "../../../language/function-words.js";
import type { Speaker } from "../../../types.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** how many sentences back an antecedent may be */
const REACH = 2;
/** what may stand between two people joined as one subject: "and", after an appositive's comma too */
const JOINED = /^(?:,[^.;:"“”]{0,60},)?\s+and\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+|[A-Z][a-z]+\s+)?$/;
/** a plural subject: a head ending in -s (not -ss: "Congress"), or people joined by "and" */
const PLURAL = /(?:[a-z][a-rt-z]s|\sand\s.+)$/;

interface Antecedent {
  at: number;
  speaker: Speaker;
}

/** Two people of the document joined by "and" before offset `before`, in sentences [from, si]. */
function joinedPeople(ctx: AttributionContext, from: number, before: number): Antecedent | null {
  const { mentions, entities } = ctx.entities;
  let best: Antecedent | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const b = mentions[i];
    if (b.start >= before) break;
    if (b.sentence < from || b.kind !== "person" || b.entity === null || entities[b.entity].kind !== "person") continue;
    for (let j = i - 1; j >= 0 && mentions[j].sentence === b.sentence; j--) {
      const a = mentions[j];
      if (a.kind !== "person" || a.entity === null || a.entity === b.entity || entities[a.entity].kind !== "person") continue;
      if (!JOINED.test(ctx.text.slice(a.end, b.start))) continue;
      const name = `${entities[a.entity].name} and ${entities[b.entity].name}`;
      best = { at: b.end, speaker: { name, mention: ctx.text.slice(a.start, b.end), kind: "group", role: null, resolved: true, start: a.start, end: b.end } };
      break;
    }
  }
  return best;
}

/** The speaker of the latest earlier reading that is plural, in sentences [from, …), ending before `before`. */
function pluralSpeaker(found: Attribution[], from: number, before: number): Antecedent | null {
  let best: Antecedent | null = null;
  for (const b of found) {
    const sp = b.speaker;
    if (!sp || b.first < from || sp.end > before || PRONOUNS_GROUP.has(sp.mention.toLowerCase())) continue;
    if (sp.kind === "person" && !/\sand\s/.test(sp.mention)) continue;
    // (a participle's noun is seldom its subject: "a letter to Senate leaders opposing the bill")
    if (b.cue?.text.endsWith("ing")) continue;
    if (!PLURAL.test(sp.mention.trim())) continue;
    if (!best || sp.end > best.at) best = { at: sp.end, speaker: sp };
  }
  return best;
}

function resolveGroups(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  for (const a of found) {
    const sp = a.speaker;
    if (!sp || !a.cue || a.first < 0 || !/^(?:they|them)$/i.test(sp.mention)) continue;
    // (a frame of the quotation it reads is outside it, whatever the pairing of straight quotes says)
    const frames = a.mode === "direct" && (a.cue.start >= a.content.end || a.cue.end <= a.content.start);
    if (!frames && ctx.insideQuote(a.cue.start)) continue;
    const si = ctx.sentenceOf(sp.start), from = Math.max(0, si - REACH);
    const people = joinedPeople(ctx, from, sp.start), plural = pluralSpeaker(found, from, sp.start);
    const near = people && (!plural || people.at >= plural.at) ? people : plural;
    if (near) a.speaker = { ...near.speaker, mention: sp.mention, start: sp.start, end: sp.end };
  }
  return found;
}

export const groupPronouns: Refiner = {
  name: "group pronouns",
  refine: resolveGroups,
};
