// "according to X": X is the source of what the sentence says after it ("According to the ministry, …"),
// of the quotation or clause before it ("…, according to the ministry"), or of the whole sentence it
// stands inside as an aside.

import type { Cue, Span, Speaker } from "../../../types.js";
import type { AttributionContext, SentenceView, TokenReader } from "../context.js";
import { isFiniteCue, isWord } from "../tokens.js";
import { phraseAfter } from "../subjects.js";
import { SOURCE_NOUNS } from "./poll-source.js";
import { SOURCE_WORDS } from "../refiners/carried-sources.js";
import { tokenTag } from "../../../language/lexicon.js";
import { OWNED_DATA_WORDS } from "../../../language/name-words.js";

// (what a source owns, OWNED_DATA_WORDS, is named by its owner after one of these)
const OWNER_LINKS = new Set(["from", "by", "of"]);
/** what a maker issues ("a report from X", "a new study from X"), named by its maker */
const FROM_MAKER = new Set(["report", "reports", "study", "studies", "analysis", "review", "assessment", "paper"]);

/** The source's phrase: past a word for what it owns to the owner ("data from X" is X's, "a complaint filed by X" X's). */
function sourcePhrase(tokens: SentenceView["tokens"], i: number): [number, number] | null {
  const np = phraseAfter(tokens, i);
  if (!np) return np;
  // (a document is its author's only with "by": "a complaint filed by the agency", not "a letter of thanks";
  // a poll, survey, study or report names itself, its figures being its own: "a survey by the bureau")
  const document = !OWNED_DATA_WORDS.has(tokens[np[1]].lower) && SOURCE_NOUNS.has(tokens[np[1]].lower) && !SOURCE_WORDS.test(tokens[np[1]].lower);
  // ("a recent report from the Harbor Energy Institute": a report or study with no name of its own is its maker's)
  if (FROM_MAKER.has(tokens[np[1]].lower) && tokens[np[1] + 1]?.lower === "from" && !tokens.slice(np[0], np[1] + 1).some((x) => x.cap && x !== tokens[0])) {
    const maker = phraseAfter(tokens, np[1] + 2);
    if (maker) return maker;
  }
  if (!OWNED_DATA_WORDS.has(tokens[np[1]].lower) && !document) return np;
  // ("data released Friday by X", "figures compiled by X": a participle and a time between)
  let link = np[1] + 1;
  while (link < np[1] + 4 && tokens[link]?.kind === "word" && !OWNER_LINKS.has(tokens[link].lower) && (/ed$/.test(tokens[link].lower) || tokens[link].cap)) link++;
  if (!OWNER_LINKS.has(tokens[link]?.lower ?? "") || ((link > np[1] + 1 || document) && tokens[link].lower !== "by")) return np;
  const owner = phraseAfter(tokens, link + 1);
  return owner ? [owner[0], owner[1]] : np;
}

/** What the source at np (opening the sentence, c ≤ 2) says: the rest, after the source's comma. */
function contentAfter(view: SentenceView, c: number, np: [number, number]): Span | null {
  const { tokens } = view;
  const after = tokens[np[1] + 1];
  if (after?.text === ",") return { start: tokens[np[1] + 2]?.start ?? after.end, end: view.end };
  // "According to early results of exit polls conducted by Edison Research for the networks, Clinton led …":
  // the source runs on to the first comma
  const comma = tokens.findIndex((x, j) => j > np[1] && j < c + 40 && x.text === ",");
  if (comma > 0 && !tokens.slice(np[1] + 1, comma).some((x) => x.kind === "quote" || x.lower === "that" || isFiniteCue(x)))
    return { start: tokens[comma + 1]?.start ?? tokens[comma].end, end: view.end };
  return null;
}

/** What the source at np (inside the sentence, at token c) says: the quotation or clause before, or the sentence. */
function contentBefore(ctx: AttributionContext, view: SentenceView, c: number, np: [number, number]): Span {
  const { tokens, s } = view;
  const t = tokens[c], after = tokens[np[1] + 1];
  const lead = tokens[c - 1]?.text === "," ? tokens[c - 1].start : t.start;
  const q = ctx.quoteEndingAt(lead);
  let content: Span = q ? { start: q.start, end: q.end } : { start: s.start, end: lead };
  if (q) q.used = true;
  // "Over the long term, according to the budget office, the rise in deficits is …": an aside inside
  // the statement, which goes on after it
  else if (after?.text === "," && np[1] + 2 < tokens.length && tokens.slice(np[1] + 2).some(isWord)) content = { start: s.start, end: view.end };
  // "Divers, according to the coast guard recovered 12 sailors": an aside whose closing comma is missing,
  // the sentence's verb right after the source; the statement is the whole sentence
  else if (after?.kind === "word" && !after.cap && /^VB[DZP]$/.test(tokenTag(after) ?? "")) content = { start: s.start, end: view.end };
  return content;
}

/** a poll's nouns, named by who took it */
const POLL_NOUNS = /^(?:poll|survey)$/;

/**
 * "a poll of 400 voters released on Friday by Harbor Research": an unnamed poll whose taker is named after its
 * sample and release, as "<taker> poll" (a poll stays the source: its respondents' answers are its own, carried-sources.ts).
 */
function pollster(ctx: AttributionContext, tokens: SentenceView["tokens"], np: [number, number]): Speaker | null {
  const head = tokens[np[1]];
  if (!POLL_NOUNS.test(head.lower) || tokens.slice(np[0], np[1] + 1).some((x) => x.cap && x !== tokens[0])) return null;
  const by = tokens.findIndex((x, j) => j > np[1] + 1 && j < np[1] + 14 && x.lower === "by");
  if (by < 0 || tokens.slice(np[1] + 1, by).some((x) => x.text === "," || x.kind === "quote" || isFiniteCue(x))) return null;
  const maker = phraseAfter(tokens, by + 1);
  if (!maker || !tokens[maker[0]].cap) return null;
  const name = `${ctx.text.slice(tokens[maker[0]].start, tokens[maker[1]].end)} ${head.lower}`;
  return { name, mention: name, kind: "organization", role: null, resolved: true, start: tokens[maker[0]].start, end: tokens[maker[1]].end };
}

export const accordingTo: TokenReader = {
  name: "according to",
  at(ctx, view, c) {
    const { tokens, si } = view;
    const t = tokens[c];
    if (t.lower !== "according" || tokens[c + 1]?.lower !== "to") return -1;
    const np = sourcePhrase(tokens, c + 2);
    if (!np) return c;
    let speaker = ctx.entities.resolve(si, np[0], np[1]);
    // "a report by the Harbor Crime Lab": a document with no name of its own is named with its author
    if (speaker && tokens[np[1] + 1]?.lower === "by" && SOURCE_NOUNS.has(tokens[np[1]].lower) && !tokens.slice(np[0], np[1] + 1).some((x) => x.cap && x.kind === "word" && x !== tokens[0])) {
      const author = phraseAfter(tokens, np[1] + 2);
      if (author && tokens.slice(author[0], author[1] + 1).some((x) => x.cap)) speaker = { ...speaker, name: ctx.text.slice(tokens[np[1]].start, tokens[author[1]].end) };
    } else if (speaker) speaker = pollster(ctx, tokens, np) ?? speaker;
    const cue: Cue = { text: ctx.text.slice(t.start, tokens[c + 1].end), lemma: "according to", start: t.start, end: tokens[c + 1].end };
    const content = c === 0 || tokens[c - 1].text === "," && c <= 2 ? contentAfter(view, c, np) : contentBefore(ctx, view, c, np);
    if (content && content.end > content.start) ctx.add(content, "according-to", cue, speaker, si);
    // (the source is read: its words are no cues)
    return np[1];
  },
};
