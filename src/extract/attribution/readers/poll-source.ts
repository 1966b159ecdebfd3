// A document or survey opening the sentence is the source of the rest: "In a CNN poll, Clinton led by 24
// points", "In his memo, …" (unless a verb of saying in the rest names a speaker of its own).

import type { AttributionContext, SentenceView, TokenReader } from "../context.js";
import { tokenTag } from "../../../language/lexicon.js";
import { SPEECH_CUES } from "../../cues.js";
import { cueOf } from "../tokens.js";
import { subjectBefore } from "../subjects.js";
import { WEEKDAYS } from "../../../language/calendar.js";

// what a sentence opening "In …," may name as the source of the rest ("In a new poll, …", "In his memo, …")
export const SOURCE_NOUNS = new Set(["poll", "polls", "survey", "surveys", "statement", "interview", "report", "study", "letter", "memo", "op-ed", "speech", "tweet", "tweets", "post", "email", "words", "analysis", "book", "article", "column", "editorial", "remarks", "testimony", "filing", "complaint", "lawsuit", "document", "message", "video", "ad", "release", "opinion", "memoir", "essay", "view", "estimate", "estimates", "findings", "ruling", "decision", "order", "briefing", "podcast", "address", "call"]);

function readPollSource(ctx: AttributionContext, view: SentenceView): void {
  const { tokens, si } = view;
  const t = tokens[0];
  let comma = tokens.findIndex((x, j) => j > 1 && j < 16 && x.text === ",");
  // (the noun may be followed by its own modifiers: "In a CNN poll released Monday,")
  // ("By the agency's tally, …": "by" opens a count's source only)
  const nouns = t.lower === "by" ? FIGURE_SOURCES : SOURCE_NOUNS;
  const named = comma > 1 && tokens.slice(1, comma).some((x) => x.kind === "word" && nouns.has(x.lower));
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

// sources of figures that "in" or "by" may name inside a sentence ("in national polls", "by early reports")
const FIGURE_SOURCES = new Set(["poll", "polls", "survey", "surveys", "report", "reports", "estimate", "estimates", "count", "counts", "accounts", "tally"]);
/** words that may stand before such a source in its phrase: a determiner, a number word, a lower-case adjective */
const SOURCE_MODIFIER = /^(?:DT|JJ\w?|CD|PRP\$|VBN)$/;

/**
 * "… rose 4 percent in national polls.", "…, by early reports, at least 30 were hurt": a source of figures
 * named by "in" or "by" inside the sentence, set off by a comma or ending it. It is the source of what comes
 * before it, or, after a comma of its own, of the rest. Returns the phrase's last token, or -1.
 */
function innerSource(ctx: AttributionContext, view: SentenceView, c: number): number {
  const { tokens, si } = view;
  // (the source noun is at most nine words on, after three modifiers and six words of a name: looked for
  // first, as "in" and "by" are among the commonest words and the tags below are not free)
  let near = false;
  for (let j = c + 1; j <= c + 9 && j < tokens.length && !near; j++) near = FIGURE_SOURCES.has(tokens[j].lower);
  if (!near) return -1;
  let head = c + 1;
  while (head < c + 4 && tokens[head]?.kind === "word" && !tokens[head].cap && !FIGURE_SOURCES.has(tokens[head].lower) && SOURCE_MODIFIER.test(tokenTag(tokens[head]) ?? "")) head++;
  // ("in a new Harbor Institute-Channel 4 poll": the pollster's name before the source, after the modifiers)
  const named = head;
  while (head < named + 6 && (tokens[head]?.kind === "word" && tokens[head].cap || tokens[head]?.text === "/" && tokens[head - 1]?.cap && tokens[head + 1]?.cap)) head++;
  const h = tokens[head];
  if (!h || h.cap || !FIGURE_SOURCES.has(h.lower) || head === c + 1 && !h.lower.endsWith("s")) return -1;
  const after = tokens[head + 1];
  if (after && after.text !== "," && after.text !== "." ) return -1;
  const opened = tokens[c - 1]?.text === ",";
  const span = opened && after?.text === "," ? { from: head + 2, to: tokens.length - 1 } : { from: 0, to: opened ? c - 2 : c - 1 };
  const part = tokens.slice(span.from, span.to + 1);
  // (only a passage with a figure of its own: "he was named in news reports" reports no figure)
  if (!part.some((x) => x.kind === "number") || span.to < span.from) return -1;
  const end = tokens[span.to].text === "." ? tokens[span.to].start : tokens[span.to].end;
  const speaker = ctx.entities.resolve(si, c + 1, head);
  const a = ctx.add({ start: tokens[span.from].start, end: span.from === 0 ? tokens[span.to].end : Math.min(view.end, end) }, "according-to", { text: tokens[c].text, lemma: tokens[c].lower, start: tokens[c].start, end: tokens[c].end }, speaker, si);
  // (the pattern is narrow, a source of figures with a figure beside it: the confidence model, trained on
  // cues, dropped it in short texts where it kept it in long ones)
  if (a) a.ruled = true;
  return head;
}

/** verbs by which a poll gives its figures, no verbs of saying: "the Harbor poll has Lee leading by 6 points" */
const HOLDING = new Set(["has", "had", "gives", "gave", "puts", "put"]);
const POLLS = new Set(["poll", "polls", "survey", "surveys"]);
const DAY_OWNER = new RegExp(`^(?:${WEEKDAYS.join("|")}|today|yesterday)[’']s$`, "i");

/** "Wednesday's Harbor poll has Lee leading by six points": the poll, subject of "has", is the source of the rest. */
function pollHolds(ctx: AttributionContext, view: SentenceView, c: number): number {
  const { tokens, si } = view;
  if (!POLLS.has(tokens[c - 1]?.lower ?? "") || c + 1 >= tokens.length || !tokens.slice(c + 1).some((x) => x.kind === "number")) return -1;
  const np = subjectBefore(tokens, c);
  if (!np || np[1] !== c - 1) return -1;
  // ("Wednesday's Harbor poll": the day it came out is no part of its name)
  if (np[0] < np[1] && DAY_OWNER.test(tokens[np[0]].text)) np[0]++;
  const t = tokens[c];
  const a = ctx.add({ start: tokens[c + 1].start, end: view.end }, "according-to", { text: t.text, lemma: t.lower, start: t.start, end: t.end }, ctx.entities.resolve(si, np[0], np[1]), si);
  // (as sure as a poll named after its figure: the model, trained on cues, does not know the verb)
  if (a) a.ruled = true;
  return c;
}

/** A sentence opening "In" is read here, source or not: it is no cue; inside a sentence, "in" or "by" a source of figures. */
export const pollSource: TokenReader = {
  name: "poll or document as source",
  at(ctx, view, c) {
    const w = view.tokens[c].lower;
    if (c > 0) return w === "in" || w === "by" ? innerSource(ctx, view, c) : HOLDING.has(w) ? pollHolds(ctx, view, c) : -1;
    if (w !== "in" && w !== "by") return -1;
    readPollSource(ctx, view);
    return c;
  },
};
