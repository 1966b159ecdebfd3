// "Clinton's claim that 90 percent …", "the mayor's estimate that 40 buses …", "his assertion that …": a
// noun of saying owned by its speaker, the clause after "that" what it says. The possessor speaks, not the
// subject of the sentence ("Readers asked about the mayor's assertion that …": the mayor's figure).

import type { Cue } from "../../../types.js";
import type { AttributionContext, SentenceView, TokenReader } from "../context.js";
import { NOUN_CUES } from "../../cues.js";
import { subjectBefore } from "../subjects.js";

const POSSESSIVE = /[’']s$/;

export const nounCue: TokenReader = {
  name: "noun of saying with its owner",
  at(ctx, view, c) {
    const { tokens, si } = view;
    // ("that" after the word first: a test of one string, where the noun's lookup in an object cost this
    // reader, asked of every word, 3% of extract())
    if (tokens[c + 1]?.lower !== "that" || c + 2 >= tokens.length) return -1;
    const t = tokens[c], owner = tokens[c - 1];
    if (!owner || t.cap || !Object.hasOwn(NOUN_CUES, t.lower)) return -1;
    let np: [number, number] | null = null;
    // (a possessive pronoun, "his claim that", is left to the verb's frame: the resolver reads subjects)
    if (owner.kind === "word" && POSSESSIVE.test(owner.text)) {
      const s = subjectBefore(tokens, c);
      if (s && s[1] === c - 1) np = [s[0], s[1]];
    }
    if (!np) return -1;
    const cue: Cue = { text: t.text, lemma: NOUN_CUES[t.lower], start: t.start, end: t.end };
    let speaker = ctx.entities.resolve(si, np[0], np[1]);
    // (a name met first here keeps its possessive ending: "Dalton's" is Dalton)
    if (speaker && POSSESSIVE.test(speaker.name)) speaker = { ...speaker, name: speaker.name.slice(0, -2) };
    const a = ctx.add({ start: tokens[c + 2].start, end: view.end }, "indirect", cue, speaker, si);
    // (a frame as sure as "according to": the cue model, trained on verbs, would weigh the noun as none)
    if (a) a.ruled = true;
    return c + 1;
  },
};
