// Appositive names: a subject that is a name and a description side by side is named by the name, which
// the rules may miss. "The governor of Utah, Mike Dalton, announced …" took the description (a name in
// the appositive names the speaker better); "Acme Services, the agency that runs the program, said …" took
// a word inside the appositive's relative clause. The description's name stands in for the speaker either way.

import { ROLE_WORDS } from "../../../language/name-words.js";
import type { Speaker, SpeakerKind } from "../../../types.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** a description: a determiner or "one", then lower-case words (a name may follow "of": "the governor of Utah") */
const DESCRIPTION = /^(?:the|a|an|one|its|their)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)(?:\s+of\s+.+)?$/i;
/** a name: capitalised words (joined by "and", "of", "for"; initials; a web address, "Znak.com") */
const NAME = /^\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:(?:and|of|for|the|de)\s+)?\p{Lu}[\p{L}\d.&'’-]*){0,6}$/u;
/** an adverb between the subject and its cue ("…, Mike Dalton, also announced") */
const ADVERB = /(?:\s+[a-z]+ly|\s+also|\s+further|\s+later)?\s*$/;
/**
 * The text without ADVERB. (A match that takes anything ends in a space or in an adverb's last letters: where
 * the text ends otherwise, the pattern, tried at every position of the sentence so far, would take nothing.)
 */
function withoutAdverb(text: string): string {
  const end = text.slice(-1);
  if (!/\s/.test(end) && !text.endsWith("ly") && !text.endsWith("also") && !text.endsWith("further") && !text.endsWith("later")) return text;
  return text.replace(ADVERB, "");
}

/** The speaker a name (text span) refers to: its entity when the document has one there, else the name as a new one. */
function named(ctx: AttributionContext, start: number, end: number, kind: SpeakerKind, like: Speaker): Speaker {
  const { mentions, entities } = ctx.entities;
  let entity: number | null = null;
  for (const m of mentions) if (m.start >= start && m.end <= end && m.entity !== null && entities[m.entity].kind !== "place") entity = m.entity;
  const e = entity === null ? null : entities[entity];
  const text = ctx.text.slice(start, end);
  return { name: e ? e.name : text, mention: text, kind: e ? (e.kind as SpeakerKind) : kind, role: e ? e.role : like.role, resolved: true, start, end };
}

/** "The governor of Utah, Mike Dalton, announced": the name after the description, or null. */
function nameAfter(ctx: AttributionContext, a: Attribution, sp: Speaker): Speaker | null {
  const d = DESCRIPTION.exec(sp.mention.trim());
  if (!d) return null;
  const between = withoutAdverb(ctx.text.slice(sp.end, a.cue!.start));
  const m = /^,\s*([^,]{2,60}),$/.exec(between);
  if (!m || !NAME.test(m[1].trim())) return null;
  const start = sp.end + between.indexOf(m[1]), end = start + m[1].trimEnd().length;
  return named(ctx, start, end, ROLE_WORDS.has(d[1].toLowerCase()) ? "person" : "organization", sp);
}

/** "Acme Services, the agency that runs the program, said": the name opening the sentence, when the speaker is inside the appositive. */
function nameBefore(ctx: AttributionContext, a: Attribution, sp: Speaker): Speaker | null {
  const s = ctx.doc.sentences[ctx.sentenceOf(a.cue!.start)];
  const lead = withoutAdverb(ctx.text.slice(s.start, a.cue!.start));
  const m = /^([^,]{2,80}),\s+((?:the|a|an)\s[^,]+),$/.exec(lead);
  if (!m || !NAME.test(m[1].trim())) return null;
  const apposition = s.start + m[1].length;
  if (sp.start < apposition) return null;
  return named(ctx, s.start, s.start + m[1].trimEnd().length, ROLE_WORDS.has(m[2].split(/\s+/)[1]?.toLowerCase() ?? "") ? "person" : "organization", sp);
}

function resolveAppositives(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  for (const a of found) {
    const sp = a.speaker;
    if (!sp || !a.cue || a.first < 0 || sp.end > a.cue.start || a.carried) continue;
    const name = nameAfter(ctx, a, sp) ?? nameBefore(ctx, a, sp);
    if (name) a.speaker = name;
  }
  return found;
}

export const appositiveNames: Refiner = {
  name: "appositive names",
  refine: resolveAppositives,
};
