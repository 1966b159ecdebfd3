// "X said": a cue verb (the lexicon's, cues.ts, or the cue detector's where the lexicon has none) and the
// frame around it: its subject before it ("the minister said"), after it ("…, said the minister"), the
// subject of its sentence ("…, saying"), a speaker carried over from another frame, or in the passive
// the agent after "by". What the frame says is read by cue-content.ts.

import type { Token } from "../../../text/tokens.js";
import type { Cue, Speaker } from "../../../types.js";
import { contentEnd, learnedCue } from "../../learned/index.js";
import { allTags, tokenTag } from "../../../language/lexicon.js";
import { verbLemma } from "../../../language/pos.js";
import { NEEDS_PARTICLE, RECEIVING, OBJECT_FIRST, PARTICLES, SPEECH_CUES } from "../../cues.js";
import { PERIOD_NOUNS } from "../../../language/calendar.js";
import { OWNED_DATA_WORDS } from "../../../language/name-words.js";
import { SOURCE_NOUNS } from "./poll-source.js";
import type { Attribution, AttributionContext, SentenceView, TokenReader } from "../context.js";
import { AUX, FRAME_PREPOSITIONS, cueCandidate, cueOf, isDash, isVerb, isWord, trimEnd } from "../tokens.js";
import { coordinatedSubject, firstMention, isPassive, nearestMention, phraseAfter, sentenceSubject, studySubject, subjectBefore, type Subject } from "../subjects.js";
import { clauseSpan } from "./sentences.js";
import { readFrameContent, type CueAt, type Frame } from "./cue-content.js";

// words before a verb whose subject is the sentence's: "and said", "took to Twitter to say", "by announcing",
// "has offered little aside from stating", "left without saying"
const SECOND_VERB = new Set(["and", "but", "then", "to", "by", "after", "before", "while", "in", "of", "also", "yet", "or", "from", "without", "upon"]);

/** Who a cue's frame names, and how it was found. */
interface Found {
  subject: Subject;
  /** the subject follows the cue: "…, said the minister" */
  inverted: boolean;
  /** the speaker of another frame this one goes on from */
  carried: Speaker | null;
  /** only the nearest mention before the cue, for the model to weigh */
  loose: boolean;
}

/**
 * "Asked whether he would fire the writer, Priebus said …": an opening participle asks on behalf of
 * someone the sentence does not name; what was asked runs to the comma (and "… when asked about his
 * daughter's work", "… said when asked whether …" inside the sentence). True when the cue is this.
 */
function askedWhether(ctx: AttributionContext, view: SentenceView, c: number, lemma: string): boolean {
  const { tokens, si } = view, t = tokens[c], { text } = ctx;
  if (!(lemma === "ask" && t.lower === "asked" && (c === 0 || /^(?:when|after|once|if|while)$/.test(tokens[c - 1].lower)) && /^(?:whether|if|about|what|how|why|who|when|which|specifically)$/.test(tokens[c + 1]?.lower ?? ""))) return false;
  const about = tokens[c + 1].lower === "about";
  const comma = tokens.findIndex((x, j) => j > c + 1 && x.text === ",");
  const last = comma > c + 2 ? comma - 1 : c === 0 ? -1 : tokens.length - 1;
  if (last > c + 1) {
    const cue: Cue = { text: text.slice(t.start, tokens[about ? c + 1 : c].end), lemma, start: t.start, end: tokens[about ? c + 1 : c].end };
    ctx.add({ start: tokens[about ? c + 2 : c + 1].start, end: Math.min(view.end, trimEnd(text, tokens[c + 1].start, tokens[last].end)) }, "indirect", cue, null, si);
  }
  return true;
}

/**
 * "Noting that Obama's policy …, Trump said …": a participle opening the sentence speaks for the subject
 * after its clause; what it says runs to the comma. True when it proposed so.
 */
function openingParticiple(ctx: AttributionContext, view: SentenceView, c: number, lemma: string): boolean {
  const { tokens, si } = view, t = tokens[c];
  if (!(c === 0 && t.lower.endsWith("ing") && tokens.length > 4)) return false;
  const comma = tokens.findIndex((x, j) => j > 1 && x.text === ",");
  const np = comma > 1 ? phraseAfter(tokens, comma + 1, 10) : null;
  if (!(np && tokens[np[1] + 1] && isVerb(tokens[np[1] + 1]))) return false;
  const cue: Cue = { text: t.text, lemma, start: t.start, end: t.end };
  ctx.add({ start: tokens[1].start, end: tokens[comma - 1].end }, "indirect", cue, ctx.entities.resolve(si, np[0], np[1]), si);
  return true;
}

/** The cue's words: the verb and the particle it needs or takes; null for "point" with neither. */
function cueAt(ctx: AttributionContext, tokens: Token[], c: number, lemma: string): CueAt | null {
  const t = tokens[c];
  let cueEnd = c;
  const particles = NEEDS_PARTICLE[lemma];
  // "point out", "call for": the particle is part of the cue; "continued" frames only a quotation (cue-content.ts)
  if (particles?.length) {
    if (particles.includes(tokens[c + 1]?.lower ?? "")) cueEnd = c + 1;
    else if (lemma === "point") return null;
  }
  // "talked about the deal": the preposition is the cue's, its object what is attributed
  // (not "about" before a number, which is the figure's: "said about 1.2 million homes were cut off")
  const particle = (PARTICLES[lemma]?.includes(tokens[c + 1]?.lower ?? "") ?? false) && !(tokens[c + 1].lower === "about" && startsNumber(tokens[c + 2]));
  if (particle) cueEnd = c + 1;
  const cue: Cue = { text: ctx.text.slice(t.start, tokens[cueEnd].end), lemma, start: t.start, end: tokens[cueEnd].end };
  return { c, lemma, cue, cueEnd, particles, particle };
}

/** a token that opens a figure: digits, a number word, a currency sign */
const startsNumber = (t: Token | undefined) => !!t && (t.kind === "number" || tokenTag(t) === "CD" || /^[$€£¥]$/.test(t.text));

/** "…,” said the minister." / "…, said Rahimzoda.": the noun phrase after the cue, when a frame's phrase or the end follows it. */
function invertedSubject(tokens: Token[], cueEnd: number): Subject | null {
  const np = phraseAfter(tokens, cueEnd + 1, 12);
  if (!np) return null;
  let after = np[1] + 1;
  // "…,” said Rep. Jim Clyburn (D-S.C.), a member of …": a party and state in brackets
  if (tokens[after]?.text === "(") {
    const close = tokens.findIndex((x, k) => k > after && k < after + 8 && x.text === ")");
    if (close > 0) after = close + 1;
  }
  const rest = tokens[after];
  // "…,” says a source involved in the talks."
  if (!rest || rest.text === "." || rest.text === "," || FRAME_PREPOSITIONS.has(rest.lower) || /^(?:who|whose|VBN|JJ)$/.test(rest.kind === "word" ? (rest.lower === "who" || rest.lower === "whose" ? rest.lower : tokenTag(rest) ?? "") : "")) return np;
  return null;
}

/**
 * '“…,” the businessman said, arguing that …': a participle after a frame in its sentence, with no verb
 * between, goes on with that frame's speaker (whatever the sentence's subject: '…, Spicer said, adding,
 * “…”' is Spicer's).
 */
function frameBefore(ctx: AttributionContext, view: SentenceView, c: number): Speaker | null {
  const { tokens, s } = view, t = tokens[c], prev = tokens[c - 1], { found } = ctx;
  let frame: Attribution | undefined;
  for (let j = found.length - 1; j >= view.fromHere && !frame; j--) { const a = found[j]; if (a.cue && a.speaker && a.cue.start >= s.start && a.cue.end <= t.start) frame = a; }
  if (frame && tokens.every((x) => x.start < frame.cue!.end || x.end > prev.start || !isVerb(x))) return frame.speaker;
  return null;
}

const PERIOD = new Set<string>(PERIOD_NOUNS);
/** a message or document: a source noun, singular or plural ("letters", "memos") */
const sourceNoun = (w: string) => SOURCE_NOUNS.has(w) || (w.endsWith("s") && SOURCE_NOUNS.has(w.slice(0, -1)));

/**
 * The message or document a participle at c follows ("two memos saying", "letters that morning claiming"), past a
 * time phrase, when no cue before it names its author ("issued a statement saying"); else null.
 */
function sourceBefore(tokens: Token[], c: number): Subject | null {
  let k = c;
  if (PERIOD.has(tokens[k - 1]?.lower ?? "") && /^(?:that|this|last|same|the|each|every)$/.test(tokens[k - 2]?.lower ?? "")) {
    k -= 2;
    while (/^(?:that|the)$/.test(tokens[k - 1]?.lower ?? "") && k > 1) k--;
  }
  const head = tokens[k - 1];
  if (!head || head.kind !== "word" || head.cap || !sourceNoun(head.lower)) return null;
  // (the tagger may take a plural noun for a verb, "calls": the phrase is read back from its head)
  let from = k - 1;
  while (from > 0 && k - from < 5 && (tokens[from - 1].kind === "number" || /^(?:DT|JJ\w?|CD|PRP\$|NNS?)$/.test(tokenTag(tokens[from - 1]) ?? "")) && !tokens[from - 1].cap) from--;
  // the verb before the phrase: its subject is the message's author unless the verb only has it ("got", "there are")
  let v = from - 1;
  while (v > 0 && tokens[v].kind === "word" && /^RB/.test(tokenTag(tokens[v]) ?? "")) v--;
  const verb = tokens[v];
  if (verb && verb.kind === "word" && isVerb(verb) && !RECEIVING.has(verbLemma(verb.lower))) return null;
  return [from, k - 1];
}

/** Who the frame of the cue at `at` names (see Found), or null when no one. */
function frameSubject(ctx: AttributionContext, view: SentenceView, at: CueAt): Found | null {
  const { tokens, si } = view, { c, lemma, cueEnd } = at, t = tokens[c], prev = tokens[c - 1];
  // "Clinton rallied supporters, saying …": a participle's speaker is its sentence's subject
  const participle = (prev?.text === "," || isDash(prev)) && t.lower.endsWith("ing") && (tokenTag(t) === "VBG" || allTags(t.lower).includes("VBG"));
  // ("…, a Herald analysis of newly filed reports shows.": a study's phrase running on to its verb)
  const study = participle ? null : studySubject(tokens, c);
  let subject: Subject | null = study ?? (participle ? sentenceSubject(tokens, c) : subjectBefore(tokens, c, SPEECH_CUES.has(lemma) && /^VB[DZ]$/.test(tokenTag(t) ?? "")));
  // "Sanders emailed supporters saying: …": a participle after an object speaks for the sentence's subject
  // (but "The clinic got two memos saying …", "There are letters that morning claiming …": a message or document
  // the participle follows speaks itself, unless a cue before it makes the subject its author, "issued a statement saying")
  const source = !participle && t.lower.endsWith("ing") ? sourceBefore(tokens, c) : null;
  if (source) subject = source;
  else if (subject && t.lower.endsWith("ing") && subject[0] > 0 && isVerb(tokens[subject[0] - 1]) && !AUX.has(tokens[subject[0] - 1].lower))
    subject = sentenceSubject(tokens, c) ?? subject;
  let inverted = false;
  // (not after "told": "…, told AFP" names whom it was said to)
  // (nor after a participle: "…, referring to Barack Obama" names what was referred to)
  if (!subject && !OBJECT_FIRST.has(lemma) && !participle && (c === 0 || (prev && (prev.text === "," || prev.kind === "quote")))) {
    subject = invertedSubject(tokens, cueEnd);
    inverted = !!subject;
  }
  // "… and said", "took to Twitter to say", "by announcing", "have in particular noted": the verb's
  // subject is the sentence's
  // (and "sold its stores in March; announced …": a verb right after a semicolon, with no subject of its own)
  if (!subject && c > 1 && prev && (SECOND_VERB.has(prev.lower) || isVerb(prev) || /^RB/.test(tokenTag(prev) ?? "") || prev.text === ";"))
    subject = (prev.lower === "and" || prev.lower === "but" ? coordinatedSubject(tokens, c - 1) : null) ?? sentenceSubject(tokens, c);
  // a speaker carried over from another frame
  let carried: Speaker | null = null;
  if (participle) {
    carried = frameBefore(ctx, view, c);
    if (carried) subject = [c, c];
  }
  // "… “What a Super Tuesday!” | and said that …": a sentence cut after a quotation goes on with the
  // speaker of the sentence before
  if (!subject && c === 1 && (prev.lower === "and" || prev.lower === "but") && si > 0) {
    const last = ctx.byLast.get(si - 1)?.findLast((a) => a.speaker);
    const np = last ? null : sentenceSubject(ctx.doc.tokens[si - 1], ctx.doc.tokens[si - 1].length);
    carried = last?.speaker ?? (np ? ctx.entities.resolve(si - 1, np[0], np[1]) : null);
    if (carried) subject = [0, 0];
  }
  // no subject the rules know: the nearest name or pronoun before the cue, for the model to weigh
  let loose = false;
  if (!subject && !inverted && c > 0 && SPEECH_CUES.has(lemma)) {
    // (a participle after a comma speaks for the sentence's first name, "went after Bush, calling him …")
    subject = participle ? firstMention(tokens, c) : nearestMention(tokens, c);
    loose = !!subject;
  }
  return subject ? { subject, inverted, carried, loose } : null;
}

/**
 * "He was backed by nearly 6 in 10 voters": in the passive the subject is what is attributed, the agent
 * after "by" holds it (without an agent, "Pigs are considered unclean", PolNeAR's spans vary too much for
 * a rule: reading them as subject and complement lost 0.005 F1 on train). True when the cue is passive.
 */
function passiveAgent(ctx: AttributionContext, view: SentenceView, at: CueAt, found: Found): boolean {
  const { tokens, si } = view, { c, lemma, cue, cueEnd } = at, { subject } = found;
  if (!(!found.inverted && !found.loose && !found.carried && subject[2] === undefined && tokens[cueEnd + 1]?.lower === "by" && isPassive(tokens, subject[1], c))) return false;
  const by = phraseAfter(tokens, cueEnd + 2, 12);
  if (!by) return true;
  if (OBJECT_FIRST.has(lemma)) {
    // "he was told by Minister Yevgeny Zinichev of the rescue effort": the subject is who was told;
    // what was said follows the agent ("of …" after a name, "that …")
    let agentEnd = by[1];
    for (let j = by[0] + 1; j <= by[1]; j++) if (tokens[j].lower === "of" && tokens[j - 1].cap) { agentEnd = j - 1; break; }
    let p = agentEnd + 1;
    while (tokens[p]?.text === ",") p++;
    // ('… of "presumably between 36 and 40 people"': the quotation)
    const quoted = /^(?:of|about|that)$/.test(tokens[p]?.lower ?? "") ? ctx.quoteStartingAt(tokens[p].end) : undefined;
    if (quoted) ctx.add({ start: quoted.start, end: quoted.end }, "direct", cue, ctx.entities.resolve(si, by[0], agentEnd), ctx.sentenceOf(quoted.end - 1));
    else if (p < tokens.length && tokens.slice(p).filter(isWord).length >= 2) {
      const endTok = contentEnd(tokens, p, lemma, undefined, ctx.settings.endModel);
      ctx.add(clauseSpan(ctx, view, p, endTok), "indirect", cue, ctx.entities.resolve(si, by[0], agentEnd), si);
    }
    return true;
  }
  // "… were described by Smith as a “serious mistake”": what the agent said it is runs on to the "as" phrase's end
  let end = subject[1];
  if (tokens[by[1] + 1]?.lower === "as" && by[1] + 2 < tokens.length) {
    end = by[1] + 2;
    while (end + 1 < tokens.length && !/^[,;:.!?]$/.test(tokens[end + 1].text)) end++;
  }
  ctx.add({ start: tokens[subject[0]].start, end: tokens[end].end }, "indirect", cue, ctx.entities.resolve(si, by[0], by[1]), si);
  return true;
}

/**
 * "…, data from the health ministry showed.": the subject names the data's owner (who speaks); the frame
 * starts at the data, so that what it says is the clause before its comma. The token the frame starts at.
 */
function ownedDataStart(tokens: Token[], from: number): number {
  if (!/^(?:from|by|of)$/.test(tokens[from - 1]?.lower ?? "") || !OWNED_DATA_WORDS.has(tokens[from - 2]?.lower ?? "")) return from;
  let k = from - 2;
  // ("the latest data from", "preliminary figures from")
  while (k > 0 && from - k < 6 && tokens[k - 1].kind === "word" && !tokens[k - 1].cap && /^(?:DT|JJ\w?|VBN|PRP\$)$/.test(tokenTag(tokens[k - 1]) ?? "")) k--;
  return k;
}

/** The frame a cue makes with its subject, for the content readers. */
function frameOf(ctx: AttributionContext, view: SentenceView, at: CueAt, found: Found): Frame {
  const { tokens, si } = view, { subject, inverted, loose } = found;
  let speaker = found.carried ?? ctx.entities.resolve(si, subject[0], subject[1]);
  // the mention is the relative pronoun the verb follows; the name, its antecedent's
  const rel = subject[2];
  if (speaker && rel !== undefined) speaker = { ...speaker, mention: tokens[rel].text, start: tokens[rel].start, end: tokens[rel].end };
  // (written out field by field: spreading `at` here was 4% of extract(), V8 copying it the slow way)
  const { c, lemma, cue, cueEnd, particles, particle } = at;
  return { c, lemma, cue, cueEnd, particles, particle, subject, inverted, loose, speaker, start: inverted || loose ? c : ownedDataStart(tokens, subject[0]), end: inverted ? subject[1] : cueEnd };
}

/** The attribution a cue (token c, of lemma `lemma`) frames. */
function readCue(ctx: AttributionContext, view: SentenceView, c: number, lemma: string): void {
  if (askedWhether(ctx, view, c, lemma) || openingParticiple(ctx, view, c, lemma)) return;
  const at = cueAt(ctx, view.tokens, c, lemma);
  if (!at) return;
  const found = frameSubject(ctx, view, at);
  if (!found || passiveAgent(ctx, view, at, found)) return;
  readFrameContent(ctx, view, frameOf(ctx, view, at, found));
}

export const cueFrame: TokenReader = {
  name: "cue and its frame",
  at(ctx, view, c) {
    const { tokens } = view, t = tokens[c];
    // (a verb the lexicon does not list, read as a cue where the detector says so in context)
    let lemma = cueCandidate(tokens, c, view.titled);
    if (lemma === null && cueOf(t) === null) {
      lemma = learnedCue(tokens, c, ctx.settings.cueModel);
      if (lemma !== null) ctx.learnedAt.add(t.start);
    }
    if (lemma === null) return -1;
    readCue(ctx, view, c, lemma);
    return c;
  },
};
