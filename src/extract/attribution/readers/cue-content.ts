// What a cue's frame says (cue-frame.ts reads the frame): the quotation right before it ("“…,” she
// said") or right after it ("said: “…”"), else the reported clause after the cue ("said that …"), whose
// end the content-end model places within the rules' bounds, or the clause before the frame ("…, he said").

import type { Cue, Span, Speaker } from "../../../types.js";
import { countWords, contentEnd } from "../../learned/index.js";
import { allTags, firstTag, isFiniteVerb, tokenTag } from "../../../language/lexicon.js";
import { firstStartingFrom } from "../../span-index.js";
import { CUE_LEMMAS, OBJECT_FIRST } from "../../cues.js";
import type { Token } from "../../../text/tokens.js";
import type { AttributionContext, SentenceView } from "../context.js";
import { isTitle, type Quote } from "../quotations.js";
import { FRAME_PREPOSITIONS, cueOf, isDash, isVerb, isWord } from "../tokens.js";
import { phraseAfter, type Subject } from "../subjects.js";
import { clauseSpan } from "./sentences.js";

// stance verbs: attributions of their own, but not when someone quoted says "I think"
const THOUGHT = new Set(["think", "believe", "know", "feel", "hope", "fear", "want", "expect", "doubt", "worry", "guess", "wonder"]);
const FIRST_SECOND = new Set(["i", "we", "you"]);

/** A cue as read at its token, before its frame is known. */
export interface CueAt {
  c: number;
  lemma: string;
  cue: Cue;
  /** the cue's last token: its particle's ("point out", "talked about") or its own */
  cueEnd: number;
  /** NEEDS_PARTICLE's entry for the lemma: [] for a cue that frames only a quotation ("continued") */
  particles: string[] | undefined;
  /** a preposition joins the cue, its object being what is attributed ("talked about the deal") */
  particle: boolean;
}

/** A cue with its subject and speaker: the frame, from its first token (`start`) to its last (`end`). */
export interface Frame extends CueAt {
  subject: Subject;
  inverted: boolean;
  loose: boolean;
  speaker: Speaker | null;
  start: number;
  end: number;
}

/** Nothing but punctuation from token i on, or a frame phrase with no clause of its own ("in an email to officials on Monday"). */
function frameOnlyAfter(tokens: Token[], i: number): boolean {
  if (tokens.slice(i).every((x) => x.kind === "punct")) return true;
  if (!FRAME_PREPOSITIONS.has(tokens[i]?.lower ?? "")) return false;
  return tokens.slice(i).every((x) => x.kind !== "quote" && x.lower !== "that" && !isFiniteVerb(x));
}

/** The quotation right before the frame, when it is this frame's. */
function quotationBefore(ctx: AttributionContext, view: SentenceView, f: Frame): Quote | undefined {
  const { tokens } = view, { text } = ctx;
  let before = ctx.quoteEndingAt(tokens[f.start].start);
  // "… “ongoing.” He said …": a quotation that ended its sentence is not this frame's
  // (unless the frame is all its sentence holds: "“… missing.” | Trump said.")
  // or only frame phrases follow it: '"… greatest!!!" | McDonough wrote in a September email to officials.')
  if (before && f.start === 0 && /[.!?] ?[”"»]$/.test(text.slice(before.start, before.end)) && !frameOnlyAfter(tokens, f.end + 1)) before = undefined;
  if (before && isTitle(text, before)) before = undefined;
  // '“…,” one of the prosecutors said the two cases were different': a clause of its own after the cue is
  // what this frame reports; the quotation before it is another's
  const next = tokens[f.end + 1];
  // (a verb only after "when", "because" … is in the frame's own adjunct: '“…,” Sarandon told MSNBC
  // Monday when asked about concerns that …')
  if (before && !f.inverted && next?.kind === "word" && !FRAME_PREPOSITIONS.has(next.lower) && tokens.slice(f.end + 1).every((x) => x.kind !== "quote")) {
    const adjunct = tokens.findIndex((x, j) => j > f.end && /^(?:when|while|after|before|because|as|if|since|until)$/.test(x.lower));
    if (tokens.slice(f.end + 1, adjunct < 0 ? undefined : adjunct).some(isFiniteVerb)) before = undefined;
  }
  return before;
}

/** Proposes the quotation before the frame (`before`, not used yet) as what it says, with its rest after the frame if split. */
function addQuotationBefore(ctx: AttributionContext, view: SentenceView, f: Frame, before: Quote): void {
  const { tokens, s, si } = view, { text, quotes } = ctx;
  before.used = true;
  // a quotation split by its frame: "“Judge,” she said. “I have never …”"
  // (not one ending on a comma: '“…,” she said. “…,” she said.' gives the next its own frame)
  // (nor one its sentence goes on after: '“…” to drive up the stock price, she said' has a frame of its own)
  // (only the first quotation after the frame can qualify: any later one has that one's marks between)
  const q = quotes[firstStartingFrom(quotes, tokens[f.end].end + 1)];
  const rest = q && !q.used && /^[ \t,.:;]*$/.test(text.slice(tokens[f.end].end, q.start)) && !/, ?[”"»]$/.test(text.slice(q.start, q.end)) && !ctx.goesOnAfter(q) ? q : undefined;
  if (rest) rest.used = true;
  // a mixed quotation, 'They have “a higher set of expectations,” she said': the clause the quotation
  // ends is what was said, from the sentence's start (when nothing there is quoted or framed already)
  const lead = text.slice(s.start, before.start);
  const from = before.start > s.start && /\p{L}/u.test(lead) && !/[“”"«»:]/.test(lead) && !(quotes[firstStartingFrom(quotes, s.start)]?.end <= before.start) ? s.start : before.start;
  ctx.add({ start: from, end: rest ? rest.end : before.end }, from === before.start ? "direct" : "indirect", f.cue, f.speaker, rest ? ctx.sentenceOf(rest.end - 1) : si, f.loose);
}

/** "added warily: “…”", "explained it this way: “…”": a colon a few words on, with no verb before it, opens what was said (-1: none). */
function colonAfter(tokens: Token[], f: Frame): number {
  if (f.inverted) return -1;
  for (let j = f.end + 1; j < Math.min(tokens.length - 1, f.end + 7); j++) {
    const x = tokens[j];
    if (x.text === ":") return j;
    if (x.kind !== "word" || isVerb(x)) break;
  }
  return -1;
}

/** Proposes the quotation right after the cue (or its colon) as what it says; true when it did. */
function quotationAfter(ctx: AttributionContext, view: SentenceView, f: Frame, colon: number): boolean {
  const { tokens } = view, { text } = ctx;
  const afterQ = ctx.quoteStartingAt(tokens[colon > 0 ? colon : f.end].end);
  // (a quoted phrase the sentence goes on after, 'says “the wind is at our backs” despite his loss', is
  // part of a reported clause: read below)
  const goesOn = !!afterQ && !/[.,!?;:] ?[”"»']*$/.test(text.slice(afterQ.start, afterQ.end)) && /^\s*[\p{L}\d]/u.test(text.slice(afterQ.end, view.end)) && afterQ.end < view.end;
  if (!(afterQ && !afterQ.used && !goesOn && (!f.inverted || f.c === 0) && countWords(text, afterQ.start, afterQ.end) >= 3 && !isTitle(text, afterQ))) return false;
  afterQ.used = true;
  ctx.add({ start: afterQ.start, end: afterQ.end }, "direct", f.cue, f.speaker, ctx.sentenceOf(afterQ.end - 1), f.loose);
  return true;
}

/** Where reported speech after the cue starts: past an indirect object and a frame phrase, at "that" or a quotation. */
function reportStart(tokens: Token[], f: Frame, colon: number): number {
  let p = colon > 0 ? colon + 1 : f.end + 1;
  if (colon < 0 && OBJECT_FIRST.has(f.lemma) && tokens[p]?.lower !== "that") {
    const obj = phraseAfter(tokens, p, 6);
    if (obj) p = obj[1] + 1;
  }
  for (let j = p; j < Math.min(tokens.length, p + 10); j++) {
    // ("told state media, adding that …": the "that" of the speaker's next act, read at its own cue)
    if (j > p && tokens[j].lower.endsWith("ing") && CUE_LEMMAS.has(cueOf(tokens[j]) ?? "")) break;
    if (tokens[j].lower === "that" && (j === p || FRAME_PREPOSITIONS.has(tokens[p].lower) || tokens[p].text === "," || isDash(tokens[p]))) { p = j; break; }
    // "said in a statement: “…”", "told reporters on Sunday, “…”": the quotation after the frame
    if (tokens[j].kind === "quote") {
      if (j > p + 1 && FRAME_PREPOSITIONS.has(tokens[p].lower) && /^[:,]$/.test(tokens[j - 1].text)) p = j;
      break;
    }
  }
  while (tokens[p]?.text === "," || tokens[p]?.text === ":") p++;
  return p;
}

/** The reported clause from token p: to the writer's own next clause, or where the content-end model stops it. */
function reportAfter(ctx: AttributionContext, view: SentenceView, f: Frame, p: number): Span | null {
  const { tokens } = view, { quotes } = ctx;
  // the writer's own clauses end the content for certain; within what is left, the model decides
  let ruleEnd = tokens.length - 1;
  for (let j = p; j < tokens.length; j++) {
    // ", but declined to …": the speaker's next act, not what was said
    if (j > p + 1 && tokens[j].text === "," && /^(?:but|and|yet)$/.test(tokens[j + 1]?.lower ?? "") && /^VB[DZ]$/.test(firstTag(tokens[j + 2]?.lower ?? "") ?? "")) { ruleEnd = j - 1; break; }
    // "… and proposed a safe zone": a second verb of the same subject
    if (j > p + 2 && tokens[j].lower === "and" && !!tokens[j + 1] && CUE_LEMMAS.has(cueOf(tokens[j + 1]) ?? "") && /^VBD$/.test(tokenTag(tokens[j + 1]) ?? "")) { ruleEnd = j - 1; break; }
  }
  // "that the agencies thwarted 36 attacks and stopped 50 people": a clause of the speaker's own goes
  // on past "and" and its verb, unless that verb is another cue ("and said", above)
  const clause = tokens[p].lower === "that";
  const endTok = Math.min(ruleEnd, contentEnd(tokens, p, f.lemma, (j) => !(clause && tokens[j].lower === "and"), ctx.settings.endModel));
  let wordsRight = 0;
  for (let j = p; j <= endTok; j++) if (isWord(tokens[j])) wordsRight++;
  // ("vowed to boycott the product": an infinitive is what was vowed, not a frame)
  const infinitive = tokens[p].lower === "to" && !!tokens[p + 1] && !tokens[p + 1].cap && allTags(tokens[p + 1].lower).some((x) => x === "VB");
  // ("said this would change": "this" before a verb is the clause's subject, not "this week")
  const subjectThis = tokens[p].lower === "this" && !!tokens[p + 1] && isFiniteVerb(tokens[p + 1]);
  const frameOnly = !f.particle && !infinitive && !subjectThis && FRAME_PREPOSITIONS.has(tokens[p].lower) && wordsRight <= 6 && !tokens.slice(p).some((x) => x.lower === "that");
  let right: Span | null = null;
  if (wordsRight >= 1 && !frameOnly) right = clauseSpan(ctx, view, p, endTok);
  // 'insisted that "there's no cribbing. These were common words."': a quotation opened in the
  // content runs on to its close, past the end of the sentence
  let open: Quote | undefined;
  if (right) for (let i = firstStartingFrom(quotes, right.start); i < quotes.length && quotes[i].start < right.end && !open; i++) if (quotes[i].end > right.end) open = quotes[i];
  if (right && open && endTok === tokens.length - 1) right = { start: right.start, end: open.end };
  return right;
}

/** Reported speech before the frame: "…, he said." (from an earlier frame's quotation in the sentence, if any). */
function reportBefore(ctx: AttributionContext, view: SentenceView, f: Frame): Span | null {
  const { tokens, s } = view;
  const leftEnd = tokens[f.start - 1]?.text === "," ? tokens[f.start - 1].start : null;
  if (leftEnd === null || f.start <= 1) return null;
  // start after an earlier frame in the same sentence
  const q = ctx.quoteEndingAt(leftEnd);
  return { start: q ? q.start : s.start, end: leftEnd };
}

/**
 * "As the agency reported, even on Tuesday, rents were falling": a frame that "As" opens says the main
 * clause after its comma, to the sentence's end; and a quotation right after a colon closing the sentence
 * ("As Ann Roe wrote after the vote: “…”") is its speaker's words. True when it proposed so.
 */
function asFrame(ctx: AttributionContext, view: SentenceView, f: Frame): boolean {
  const { tokens, si } = view;
  if (f.inverted || f.loose || f.start !== 1 || tokens[0].lower !== "as") return false;
  let last = tokens.length - 1;
  while (last > f.end && tokens[last].kind === "punct" && tokens[last].text !== ":") last--;
  const colon = tokens[last]?.text === ":" ? last : -1;
  const quoted = colon > 0 ? quotedAfterColon(ctx, tokens[colon].end) : null;
  const clause = tokens[f.end + 1]?.text === "," && (colon < 0 ? last : colon - 1) > f.end + 2;
  if (!clause && !quoted) return false;
  if (clause) ctx.add(clauseSpan(ctx, view, f.end + 2, colon < 0 ? last : colon - 1), "indirect", f.cue, f.speaker, si);
  if (quoted) ctx.add(quoted, "direct", f.cue, f.speaker, ctx.sentenceOf(quoted.end - 1));
  return true;
}

/**
 * The quotation after a colon (at offset): a closed one, or one opening the next paragraph and left open
 * at its end, as a quotation running over paragraphs is written ('"…\n\n"…'); null when none of three words.
 */
function quotedAfterColon(ctx: AttributionContext, offset: number): Span | null {
  const { text } = ctx;
  const quote = ctx.quoteStartingAt(offset);
  if (quote) {
    if (countWords(text, quote.start, quote.end) < 3) return null;
    quote.used = true;
    return { start: quote.start, end: quote.end };
  }
  const open = /^\s*\n\s*["“]/.exec(text.slice(offset, offset + 12));
  if (!open) return null;
  const start = offset + open[0].length - 1;
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return countWords(text, start, end) >= 3 ? { start, end } : null;
}

/** Proposes what the frame f says. */
export function readFrameContent(ctx: AttributionContext, view: SentenceView, f: Frame): void {
  const { tokens, si } = view, { cue, speaker, loose } = f;
  const before = quotationBefore(ctx, view, f);
  if (before && !before.used) return addQuotationBefore(ctx, view, f, before);
  // a cue of thought inside someone's quotation ("“I think we can win”") is part of the quotation
  if (THOUGHT.has(f.lemma) && (ctx.insideQuote(tokens[f.c].start) || FIRST_SECOND.has(tokens[f.subject[1]].lower))) return;
  const colon = colonAfter(tokens, f);
  if (quotationAfter(ctx, view, f, colon) || asFrame(ctx, view, f)) return;
  if (f.particles && !f.particles.length) return;
  let p = reportStart(tokens, f, colon);
  // '…, Spicer said, adding, “…”': a participle after the frame's comma is the speaker's next act, read
  // at its own token; what this frame says is before it
  let nextAct = p > f.end + 1 && tokens[p - 1].text === "," && (tokens[p]?.lower ?? "").endsWith("ing") && CUE_LEMMAS.has(cueOf(tokens[p]) ?? "");
  // '… reported, citing hospital data, there were …': an aside between commas, then what was reported
  const aside = nextAct ? tokens.findIndex((x, j) => j > p + 1 && j < p + 12 && x.text === ",") : -1;
  if (aside > 0 && tokens.slice(p + 1, aside).every((x) => x.kind === "word" || x.kind === "number") && tokens.slice(aside + 1).some(isFiniteVerb)) {
    p = aside + 1;
    nextAct = false;
  }
  // "Vestria claimed, as of Friday, it was …": a frame phrase set off by commas right after the cue, then
  // the reported clause with a verb of its own
  if (!nextAct && p === f.end + 2 && tokens[f.end + 1].text === "," && (FRAME_PREPOSITIONS.has(tokens[p]?.lower ?? "") || tokens[p]?.lower === "as")) {
    const close = tokens.findIndex((x, j) => j > p + 1 && j < p + 8 && x.text === ",");
    if (close > 0 && tokens.slice(p, close).every((x) => (x.kind === "word" && !isFiniteVerb(x)) || x.kind === "number") && tokens.slice(close + 1).some(isFiniteVerb)) p = close + 1;
  }
  const right = p < tokens.length && !f.inverted && !nextAct ? reportAfter(ctx, view, f, p) : null;
  const left = reportBefore(ctx, view, f);
  // "Asked whether …, Priebus said, “Probably.”": a quotation after the frame is what was said; the clause
  // before it is the writer's (or another attribution's)
  if (right && left && tokens[f.end + 1]?.text === "," && tokens[p]?.kind !== "quote") ctx.add({ start: left.start, end: right.end }, "indirect", cue, speaker, si, loose);
  else if (right) ctx.add(right, tokens[p].kind === "quote" && ctx.quotes.some((q) => q.start === right.start && q.end >= right.end - 1) ? "direct" : "indirect", cue, speaker, si, loose);
  else if (left) ctx.add(left, "indirect", cue, speaker, si, loose);
}
