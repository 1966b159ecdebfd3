// Data owners: "the bureau's figures show …", "according to the company's own figures": data named by
// their owner's possessive are the owner's word, so the owner speaks ("the bureau's figures show" is the
// Bureau of Labor Statistics). Run after the model's choice, which read the proposal as it was (the
// data's phrase); the mention stays the data's, so the reading is still a data set's (carried-sources.ts).

import { OWNED_DATA_WORDS } from "../../../language/name-words.js";
import { isPossessive } from "../../entities/possessive.js";
import { tokenTag } from "../../../language/lexicon.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";

/** The owner named by a possessive in a speaker's phrase headed by a data word, resolved; null when none. */
function ownerOf(ctx: AttributionContext, a: Attribution): Attribution["speaker"] {
  const sp = a.speaker!;
  const si = ctx.sentenceOf(sp.start);
  const tokens = ctx.doc.tokens[si] ?? [];
  const from = tokens.findIndex((t) => t.start === sp.start);
  const to = tokens.findIndex((t) => t.end === sp.end);
  if (from < 0 || to <= from || !OWNED_DATA_WORDS.has(tokens[to].lower)) return null;
  // ("the bureau's own figures", "WHO's latest weekly data": the possessive before the data and their
  // adjectives; not "Ghana's health ministry figures", whose owner is the nouns between)
  let owner = to - 1;
  while (owner > from && to - owner <= 3 && tokens[owner].kind === "word" && !isPossessive(tokens[owner].text) && /^(?:JJ|VBN)/.test(tokenTag(tokens[owner]) ?? "")) owner--;
  if (!(tokens[owner].kind === "word" && isPossessive(tokens[owner].text))) return null;
  const of = ctx.entities.resolve(si, from, owner);
  if (!of) return null;
  return { ...of, name: of.resolved ? of.name : of.name.replace(/[’']s$/, ""), mention: sp.mention, start: sp.start, end: sp.end };
}

export const dataOwners: Refiner = {
  name: "data owners",
  refine(ctx, found) {
    for (const a of found) {
      if (!a.speaker || a.carried) continue;
      const owner = ownerOf(ctx, a);
      if (owner) a.speaker = owner;
    }
    return found;
  },
};
