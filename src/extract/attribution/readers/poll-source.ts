// A document or survey opening the sentence is the source of the rest: "In a CNN poll, Clinton led by 24
// points", "In his memo, …" (unless a verb of saying in the rest names a speaker of its own).

import type { AttributionContext, SentenceView, TokenReader } from "../context.js";
import { tokenTag } from "../../../language/lexicon.js";
import { SPEECH_CUES } from "../../cues.js";
import { cueOf } from "../tokens.js";

// what a sentence opening "In …," may name as the source of the rest ("In a new poll, …", "In his memo, …")
export const SOURCE_NOUNS = new Set(["poll", "polls", "survey", "surveys", "statement", "interview", "report", "study", "letter", "memo", "op-ed", "speech", "tweet", "tweets", "post", "email", "words", "analysis", "book", "article", "column", "editorial", "remarks", "testimony", "filing", "complaint", "lawsuit", "document", "message", "video", "ad", "release", "opinion", "memoir", "essay", "view", "estimate", "estimates", "findings", "ruling", "decision", "order", "briefing", "podcast", "address"]);

function readPollSource(ctx: AttributionContext, view: SentenceView): void {
  const { tokens, si } = view;
  const t = tokens[0];
  let comma = tokens.findIndex((x, j) => j > 1 && j < 16 && x.text === ",");
  // (the noun may be followed by its own modifiers: "In a CNN poll released Monday,")
  const named = comma > 1 && tokens.slice(1, comma).some((x) => x.kind === "word" && SOURCE_NOUNS.has(x.lower));
  // ("In the last Post/ABC poll, conducted in early September, Clinton led": a participle's aside is the source's)
  if (named && tokens[comma + 1] && !tokens[comma + 1].cap && tokenTag(tokens[comma + 1]) === "VBN") {
    const next = tokens.findIndex((x, j) => j > comma + 2 && j < comma + 14 && x.text === ",");
    if (next > 0) comma = next;
  }
  if (named && comma + 1 < tokens.length && !tokens.slice(comma + 1).some((x) => x.kind === "word" && SPEECH_CUES.has(cueOf(x) ?? "") && /^VB/.test(tokenTag(x) ?? "VB"))) {
    let from = 1;
    while (from < comma - 1 && tokens[from].kind !== "word") from++;
    const speaker = ctx.entities.resolve(si, from, comma - 1);
    ctx.add({ start: tokens[comma + 1].start, end: view.end }, "according-to", { text: t.text, lemma: "in", start: t.start, end: t.end }, speaker, si);
  }
}

/** A sentence opening "In" is read here, source or not: it is no cue. */
export const pollSource: TokenReader = {
  name: "poll or document as source",
  at(ctx, view, c) {
    if (c !== 0 || view.tokens[0].lower !== "in") return -1;
    readPollSource(ctx, view);
    return c;
  },
};
