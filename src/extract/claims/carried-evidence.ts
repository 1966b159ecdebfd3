// A speaker who "provided no details" gave no evidence for the figures they gave in the article ("The
// minister said 36 attacks were thwarted. He provided no details."): the marker is carried to those claims,
// since the no-evidence check and a speaker's record read a claim's own marker. The sentence's subject (a
// name, a role or a pronoun the entities stage resolved) says whose figures: theirs under their name, or their
// ministry's when their role names it (the "Interior Minister" speaks for the "Interior Ministry"). A claim
// with a marker of its own keeps it. "Declined to say how many" stays where it is: it is about a figure
// withheld, not the figures given.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "../entities/index.js";
import { EVIDENCE_NONE } from "../cues.js";
import type { Claim, Speaker } from "../../types.js";

/** "Interior Minister" → "interior ministry", "Minister of Finance" → "ministry of finance"; a bare "minister" names none */
function ministryOf(role: string | null | undefined): string | null {
  if (!role || !/\s/.test(role.trim())) return null;
  const ministry = role.toLowerCase().replace(/\bminister\b/, "ministry");
  return ministry === role.toLowerCase() ? null : ministry;
}

function speaksFor(person: Speaker): (s: Speaker | null) => boolean {
  const name = person.name.toLowerCase();
  const ministry = ministryOf(person.role);
  // (one the article names only by office speaks under that office: "the regional governor … The governor")
  const office = !person.resolved && person.role ? person.role.toLowerCase() : null;
  return (s) => !!s && (s.name.toLowerCase() === name || (!!ministry && s.kind === "organization" && s.name.toLowerCase().includes(ministry)) ||
    (!!office && !s.resolved && s.role?.toLowerCase() === office));
}

/** the subject before the words at `at`: the words back to the clause's start, resolved ("he" → the named speaker) */
function subjectBefore(doc: AnalyzedDocument, entities: EntityIndex, sentence: number, at: number): Speaker | null {
  const tokens = doc.tokens[sentence];
  const to = tokens.findIndex((t) => t.start >= at) - 1;
  if (to < 0) return null;
  let from = to;
  while (from > 0 && tokens[from - 1].kind === "word") from--;
  return entities.resolve(sentence, from, to);
}

/** Carries each "no details given" to the figures its sentence's subject gave; the claims, in place. */
export function carryEvidence(doc: AnalyzedDocument, entities: EntityIndex, claims: Claim[]): Claim[] {
  if (!claims.some((c) => c.quantity)) return claims;
  for (const s of doc.sentences) {
    const none = EVIDENCE_NONE.exec(doc.text.slice(s.start, s.end));
    if (!none) continue;
    const subject = subjectBefore(doc, entities, s.index, s.start + none.index);
    // (a name, a role or a pronoun resolved to one; an office no name was found for speaks under that office)
    if (!subject || (!subject.resolved && !subject.role)) continue;
    const theirs = speaksFor(subject);
    const evidence = { status: "none-given" as const, text: none[0] };
    for (const c of claims) if (c.quantity && !c.evidence && theirs(c.speaker)) c.evidence = { ...evidence };
  }
  return claims;
}
