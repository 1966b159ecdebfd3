// Described names: "Acme rose 3 percent. The company reported a profit of $2 a share." A definite
// description as a speaker ("the company", "the online retail giant") that the resolver could not tie to
// a name refers to the name that opens the sentence before it as its subject, the way news goes on about
// the firm it just named. Only a name there (not "The Dow", "Researchers" or "She", not a person with a
// full name), and only for a description of a thing, not of an office ("the minister" is the resolver's,
// by role).

import { ROLE_WORDS } from "../../../language/name-words.js";
import { allTags } from "../../../language/lexicon.js";
import type { Speaker, SpeakerKind } from "../../../types.js";
import { isVerb } from "../tokens.js";
import { SOURCE_WORDS } from "./carried-sources.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** a definite description in lower case: "the company", "the online retail giant" */
const DESCRIPTION = /^the\s+(?:[a-z-]+\s+){0,3}([a-z]+)$/i;

/** The name opening sentence si as its subject (capitalised words, then a verb or an appositive's comma), as a speaker. */
function openingName(ctx: AttributionContext, si: number, like: Speaker): Speaker | null {
  const tokens = ctx.doc.tokens[si];
  if (!tokens?.length || !tokens[0].cap || tokens[0].lower === "the") return null;
  let k = 0;
  // (a web address is one name: "Radio.com")
  const domain = (j: number) => tokens[j + 1]?.text === "." && tokens[j + 1].start === tokens[j].end && tokens[j + 2]?.kind === "word" && !tokens[j + 2].cap && tokens[j + 2].start === tokens[j + 1].end;
  for (;;) {
    if (k + 1 < tokens.length && tokens[k + 1].cap && tokens[k + 1].kind === "word") k++;
    else if (domain(k)) k += 2;
    else break;
  }
  const next = tokens[k + 1];
  if (!next || !(next.text === "," || isVerb(next))) return null;
  const start = tokens[0].start, end = tokens[k].end;
  const { mentions, entities } = ctx.entities;
  const m = mentions.find((x) => x.start === start && x.entity !== null);
  const e = m ? entities[m.entity!] : null;
  // (a person named in full is no "company")
  if (e?.kind === "person" && /\s/.test(e.name)) return null;
  if (e?.kind === "place") return null;
  // (a pronoun or a plural common noun, capitalised only by opening the sentence, names no firm:
  // "Researchers said …. The airline said …" is the airline's; a singular noun may be one, "Alphabet")
  if (!e && k === 0 && allTags(tokens[0].lower).some((t) => t === "NNS" || t === "PRP")) return null;
  const kind: SpeakerKind = e && e.kind !== "person" ? (e.kind as SpeakerKind) : "organization";
  return { ...like, name: e ? e.name : ctx.text.slice(start, end), kind, resolved: true };
}

function resolveDescriptions(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  for (const a of found) {
    const sp = a.speaker;
    if (!sp || sp.resolved && /^\p{Lu}/u.test(sp.name) || a.carried || a.first < 1) continue;
    const d = DESCRIPTION.exec(sp.mention.trim());
    // (nor of a poll or a document, "The survey found …": the source named before it, carried-sources.ts)
    if (!d || ROLE_WORDS.has(d[1].toLowerCase()) || /s$/.test(d[1]) || SOURCE_WORDS.test(d[1])) continue;
    const si = ctx.sentenceOf(sp.start);
    if (si < 1 || ctx.doc.tokens[si][0]?.start !== sp.start) continue;
    const name = openingName(ctx, si - 1, sp);
    if (name) a.speaker = name;
  }
  return found;
}

export const describedNames: Refiner = {
  name: "described names",
  refine: resolveDescriptions,
};
