// A speaker who "provided no details" in a statement with no figure of its own gave no evidence for the
// figures they gave in the article ("The minister said 36 attacks were thwarted. He provided no details."):
// the marker is carried to those claims, since the no-evidence check and a speaker's record read a claim's
// own marker. The speaker's figures are theirs under their name, or their ministry's when their role names
// it (the "Interior Minister" speaks for the "Interior Ministry"). A claim with a marker of its own keeps
// it. "Declined to say how many" stays where it is: it is about a figure withheld, not the figures given.

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
  return (s) => !!s && (s.name.toLowerCase() === name || (!!ministry && s.kind === "organization" && s.name.toLowerCase().includes(ministry)));
}

/** Carries each figureless statement's "no evidence given" to the figures its speaker gave; in place. */
export function carryEvidence(claims: Claim[]): Claim[] {
  for (const statement of claims) {
    const { speaker, evidence } = statement;
    if (statement.quantity || !speaker || evidence?.status !== "none-given") continue;
    const theirs = speaksFor(speaker);
    for (const c of claims) if (c.quantity && !c.evidence && theirs(c.speaker)) c.evidence = { ...evidence };
  }
  return claims;
}
