// Where reported content that follows its cue ends ("said [the restrictions are less for safety], and the
// ACLU has sued"): a learned decision at each token, read left to right, "does the content stop before
// this token?". Rules for this (cut at ", but <verb>", ", which", "and said") each fixed some sentences
// and broke others; the perceptron weighs the same clues together. Trained on PolNeAR train by
// `npm run train` (scripts/train-attribution.mjs), which writes models/content-end.json.

import type { Token } from "../../text/tokens.js";
import { factSlots, tokenFacts, tokenTag } from "../../language/lexicon.js";
import { tokenLemma } from "../../language/pos.js";
import { lex } from "../../language/features.js";
import { MONTHS, WEEKDAYS } from "../../language/calendar.js";
import { CUE_LEMMAS, SPEECH_CUES } from "../cues.js";
import { Model, numbered, type Features, type Value } from "./perceptron.js";
import { readModel } from "./model-file.js";

declare module "../../language/lexicon.js" {
  interface WordFacts {
    /** the shipped model's numbers for the word, its class and its capitalised class (endFeatures) */
    endIds?: [number, number, number];
  }
}
factSlots("endIds");

const CARET = new Map<string, string>();
/** A word's class for the features: its lexicon tag, a guess from its shape, or the punctuation itself. */
export function tagOf(t: Token | undefined): string {
  if (!t) return "END";
  if (t.kind === "number") return "CD";
  if (t.kind !== "word") return t.kind === "quote" ? "Q" : t.text;
  return wordClass(tokenTag(t), t.cap, t.lower);
}

function wordClass(tag: string | null, cap: boolean, w: string): string {
  if (tag) {
    if (!cap || tag === "NNP" || tag === "NNPS") return tag;
    let c = CARET.get(tag);
    if (c === undefined) CARET.set(tag, (c = `${tag}^`));
    return c;
  }
  return cap ? "NNP?" : w.endsWith("ing") ? "VBG?" : w.endsWith("ed") ? "VBD?" : w.endsWith("ly") ? "RB?" : w.endsWith("s") ? "NNS?" : "NN?";
}

const BUCKETS = ["0", "1", "2", "3", "4", "5-6", "7-9", "10-14", "15-24", "25+"];
const bucket = (n: number) => (n <= 4 ? Math.max(0, n) : n <= 6 ? 5 : n <= 9 ? 6 : n <= 14 ? 7 : n <= 24 ? 8 : 9);
const FINITE = /^(?:VBD|VBZ|VBP|MD)/;
const OPENERS = new Set(["that", "to", "if", "whether", "how", "what", "why", "when", "who", "which", "where"]);
const STATES = ["--", "v-", "-q", "vq"];
const COMMAS = ["0", "1", "2", "3"];
/** What follows the next comma (EndScan.resumes): nothing, a finite verb, something else, a frame. */
const RESUMES = ["-", "V", "o", "C"];
const NEXT_CUE = ["c0", "c1", "-"];
const HEADS = ["#", "time", "event", "noun"];

// the classes of tokens that are not words, for the features (see lex and tagOf)
const OTHER = ["Q", "#", "CD", "END"];

/** The values the features take from small fixed sets, as one model numbers them (or as text). */
interface Constants {
  buckets: readonly Value[];
  states: readonly Value[];
  commas: readonly Value[];
  resumes: readonly Value[];
  nextCue: readonly Value[];
  heads: readonly Value[];
  other: readonly Value[];
}
const CONSTANTS = new WeakMap<(v: string) => number, Constants>();
const TEXT: Constants = { buckets: BUCKETS, states: STATES, commas: COMMAS, resumes: RESUMES, nextCue: NEXT_CUE, heads: HEADS, other: OTHER };
function numberedConstants(resolve: ((v: string) => number) | null): Constants {
  if (!resolve) return TEXT;
  let c = CONSTANTS.get(resolve);
  if (c === undefined) {
    const n = (list: readonly string[]) => numbered(resolve, list);
    CONSTANTS.set(resolve, (c = { buckets: n(BUCKETS), states: n(STATES), commas: n(COMMAS), resumes: n(RESUMES), nextCue: n(NEXT_CUE), heads: n(HEADS), other: n(OTHER) }));
  }
  return c;
}

/** The state of a left-to-right scan over a content, updated token by token. */
export interface EndScan {
  lemma: Value;
  shape: Value;
  verb: boolean;
  quote: boolean;
  commas: number;
  /** each token's word and class, filled as the scan reads them (every token is read by seven features) */
  words: Value[];
  tags: Value[];
  /** a model's numbering of values: given, the scan keeps numbers rather than text (inference) */
  resolve: ((v: string) => number) | null;
  /** whether that model is the shipped one, whose numbers for a word are kept with the word's facts */
  shipped: boolean;
  /** per token from the content's start: does a finite verb follow the next comma after it ("X, which …, was")? */
  resumes: Value[];
  /** where the cue's clause sits: "sub" (a clause opening the sentence, "After Y announced X, Z …"), "rel" (a relative clause, "who revealed that X … was sentenced"), "main" */
  clause: Value;
  /** the fixed values, numbered as `resolve` numbers them */
  constants: Constants;
}

/** A finite verb of saying, as a frame has it: ", he said", ", said Mr. Rand", ", the minister added". */
const isFrameVerb = (w: Token) => w.kind === "word" && !w.cap && SPEECH_CUES.has(tokenLemma(w)) && /^VB[DZP]?$/.test(tokenTag(w) ?? "VBD");

// words opening a clause or phrase that comes before the main clause ("After …,", "In noting that …,")
const SUBORDINATORS = new Set(["after", "although", "though", "when", "if", "as", "while", "because", "since", "before", "despite", "with", "by", "even", "once", "until", "unless", "whereas", "in", "on", "amid"]);
const RELATIVES = new Set(["who", "which", "whose", "whom"]);

/** Where the clause holding the tokens before `start` sits in its sentence (see EndScan.clause). */
function clauseOf(tokens: Token[], start: number): string {
  let first = 0;
  while (first < start && tokens[first].kind !== "word") first++;
  let comma = -1;
  for (let k = start - 1; k > first; k--) if (tokens[k].text === "," || tokens[k].text === ";" || tokens[k].kind === "quote") { comma = k; break; }
  for (let k = Math.max(comma + 1, first); k < start; k++) if (RELATIVES.has(tokens[k].lower)) return "rel";
  return comma < 0 && first < start && SUBORDINATORS.has(tokens[first].lower) ? "sub" : "main";
}

export function startScan(tokens: Token[], start: number, lemma: string, resolve: ((v: string) => number) | null = null, shipped = false): EndScan {
  const t = tokens[start];
  const shape = t.kind === "quote" ? "Q" : OPENERS.has(t.lower) ? t.lower : tagOf(t);
  const l = lemma.replace(/ /g, "_");
  // right to left: what follows the next comma, so an aside inside the content ("the pipeline, which
  // Republicans support, would not …") is not taken for its end
  const constants = numberedConstants(resolve);
  const resumes: Value[] = new Array(tokens.length - start);
  let after = 0; // RESUMES[after]
  for (let j = tokens.length - 1; j >= start; j--) {
    resumes[j - start] = constants.resumes[after];
    if (tokens[j].text === ",") {
      const n = tokens[j + 1], tag = n ? tokenTag(n) ?? "" : "";
      after = n && n.kind === "word" && !n.cap && (FINITE.test(tag) || (tag === "RB" && FINITE.test(tokenTag(tokens[j + 2] ?? n) ?? ""))) ? 1 : 2;
      // ", he said", ", said Mr. Rand", ", the minister added": a frame of its own follows
      for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) if (isFrameVerb(tokens[k])) { after = 3; break; }
    }
  }
  const clause = clauseOf(tokens, start);
  return { lemma: resolve ? resolve(l) : l, shape: resolve ? resolve(shape) : shape, verb: false, quote: t.kind === "quote", commas: 0, words: [], tags: [], resolve, shipped, resumes, clause: resolve ? resolve(clause) : clause, constants };
}

/** Folds token j-1 into the scan before the decision at j. */
export function advance(scan: EndScan, t: Token) {
  if (t.kind === "quote") scan.quote = !scan.quote;
  else if (t.text === ",") scan.commas++;
  else if (t.kind === "word" && FINITE.test(tokenTag(t) ?? "")) scan.verb = true;
}


// (w0+t1, cue+w0 and shape+w0 were dropped: without them the held-out ends were as exact, 0.793 against
// 0.791, with an eighth fewer lookups)
export const END_TEMPLATES = [
  "w0", "t0", "wp", "tp", "w1", "t1", "t2", "tp,t0", "t0,t1", "w0,w1", "wp,w0", "t1,t2",
  "cue,t0", "cue,d", "shape,t0", "shape,d", "d", "d,t0", "state,t0", "state,w0", "left", "commas,t0",
  "resume,w0", "resume,t0", "resume,state", "clause,t0", "clause,w0", "w0,head", "cue1,t0",
] as const;

/** A verb of the cue lexicon, as written (not a name): "and blamed", ", says". */
const isCueVerb = (t: Token | undefined) => !!t && t.kind === "word" && !t.cap && CUE_LEMMAS.has(tokenLemma(t)) && (tokenTag(t) ?? "").startsWith("VB");

const TIME_NOUNS = new Set<string>([...WEEKDAYS, ...MONTHS, ..."day days week weeks month months year years morning afternoon evening night weekend time times moment hours hour minutes decade decades era tenure term past future campaign".split(" ")]);
const EVENT_NOUNS = new Set("interview interviews statement statements speech speeches remarks remark conference conferences debate debates rally rallies hearing hearings meeting meetings appearance appearances tweet tweets post posts letter letters email emails call calls op-ed column address video ad ads event events forum show broadcast program briefing session report book memo".split(" "));
/** HEADS index of a head noun: a number, a time, an event, another noun. */
const headClass = (head: string) => (head === "#" ? 0 : TIME_NOUNS.has(head) ? 1 : EVENT_NOUNS.has(head) ? 2 : 3);

/** The head noun of the noun phrase after a preposition at j ("in [an interview]", "on [Thursday]"): its last noun. */
function headAfter(tokens: Token[], j: number): string | null {
  let head: string | null = null;
  for (let k = j + 1; k < tokens.length && k <= j + 6; k++) {
    const t = tokens[k];
    if (t.kind === "number") { head = "#"; continue; }
    if (t.kind !== "word") break;
    const tag = tagOf(t);
    if (tag.startsWith("NN")) head = t.lower;
    else if (head !== null || !/^(?:DT|JJ|PRP\$|CD|POS|RB)/.test(tag)) break;
  }
  return head;
}

/** The features of "the content stops before token j" (j > start). */
export function endFeatures(tokens: Token[], start: number, j: number, scan: EndScan): Features {
  return (emit) => {
    const { words, tags, resolve, constants: fixed } = scan;
    for (let k = j - 1; k <= j + 2; k++) {
      if (tags[k - start] !== undefined) continue;
      const tok = tokens[k];
      if (scan.shipped && tok?.kind === "word") {
        // (the shipped model's numbers for the word and both its classes, capitalised or not: looking
        // them up per content read each word again for every cue of its sentence)
        const facts = tokenFacts(tok);
        const ids = (facts.endIds ??= [resolve!(tok.lower), resolve!(wordClass(facts.tag, false, tok.lower)), resolve!(wordClass(facts.tag, true, tok.lower))]);
        words[k - start] = ids[0];
        tags[k - start] = ids[tok.cap ? 2 : 1];
        continue;
      }
      // (the classes of what is not a word are fixed values; a punctuation mark is its own word and class)
      const other = fixed.other;
      if (!tok) { words[k - start] = other[3]; tags[k - start] = other[3]; }
      else if (tok.kind === "quote") { words[k - start] = other[0]; tags[k - start] = other[0]; }
      else if (tok.kind === "number") { words[k - start] = other[1]; tags[k - start] = other[2]; }
      else if (tok.kind === "punct" && tok.lower === tok.text) words[k - start] = tags[k - start] = resolve ? resolve(tok.text) : tok.text;
      else {
        const w = lex(tok), t = tagOf(tok);
        words[k - start] = resolve ? resolve(w) : w;
        tags[k - start] = resolve ? resolve(t) : t;
      }
    }
    const w0 = words[j - start], w1 = words[j + 1 - start], wp = words[j - 1 - start];
    const t0 = tags[j - start], t1 = tags[j + 1 - start], t2 = tags[j + 2 - start], tp = tags[j - 1 - start];
    // values read by several templates are numbered once
    const d = fixed.buckets[bucket(j - start)];
    const state = fixed.states[(scan.verb ? 1 : 0) + (scan.quote ? 2 : 0)];
    emit(0, w0); emit(1, t0); emit(2, wp); emit(3, tp); emit(4, w1); emit(5, t1); emit(6, t2);
    emit(7, tp, t0); emit(8, t0, t1); emit(9, w0, w1); emit(10, wp, w0); emit(11, t1, t2);
    emit(12, scan.lemma, t0); emit(13, scan.lemma, d); emit(14, scan.shape, t0); emit(15, scan.shape, d);
    emit(16, d); emit(17, d, t0); emit(18, state, t0); emit(19, state, w0);
    emit(20, fixed.buckets[bucket(tokens.length - j)]); emit(21, fixed.commas[Math.min(scan.commas, 3)], t0);
    const resume = scan.resumes[j - start];
    emit(22, resume, w0); emit(23, resume, t0); emit(24, resume, state);
    emit(25, scan.clause, t0); emit(26, scan.clause, w0);
    // the speaker's next statement or act: "that X was “a con” and encouraged Americans to …"
    emit(28, fixed.nextCue[isCueVerb(tokens[j]) ? 0 : isCueVerb(tokens[j + 1]) ? 1 : 2], t0);
    const t = tokens[j];
    const tt = t.kind === "word" ? tagOf(t) : "";
    if (tt === "IN" || tt === "TO") {
      const head = headAfter(tokens, j);
      if (head !== null) emit(27, w0, fixed.heads[headClass(head)]);
    }
  };
}

const STOP_TAGS = /^(?:IN|CC|TO|W|RB|VB|MD)/;

/**
 * Where a content can stop: before punctuation, a preposition, a conjunction, a wh-word, an adverb or a
 * verb (97% of PolNeAR's right-hand content ends); nouns and their modifiers continue it without a
 * decision, which keeps the model off four tokens in five.
 */
export function canStopBefore(t: Token): boolean {
  if (t.kind !== "word") return t.kind !== "number";
  const tag = tagOf(t);
  return STOP_TAGS.test(tag);
}

const MODEL = new Model(() => readModel("content-end", END_TEMPLATES), END_TEMPLATES);

/**
 * Per token from `start`: whether stopping before it would cut a quotation that closes later in the
 * sentence ('called Burma a "good news story in an era when …"'). No content stops there: PolNeAR's
 * rarely do, and the end model, reading a few tokens around, could not see the closing mark.
 */
export function quotedFrom(tokens: Token[], start: number): boolean[] {
  const out = new Array<boolean>(tokens.length - start).fill(false);
  let lastClose = -1;
  for (let k = tokens.length - 1; k > start; k--) if (tokens[k].text === "”" || tokens[k].text === '"') { lastClose = k; break; }
  let open = false;
  for (let j = start + 1; j <= lastClose; j++) {
    const p = tokens[j - 1].text;
    if (p === "“") open = true;
    else if (p === "”") open = false;
    else if (p === '"') open = !open;
    out[j - start] = open;
  }
  return out;
}

/**
 * The comma before a frame that ends the sentence (", he explained.", ", said Mr. Rand on Tuesday."), or
 * -1: a content that reaches it stops there, since that frame reports another statement around it.
 */
export function finalFrame(tokens: Token[], start: number): number {
  let end = tokens.length;
  while (end > start && tokens[end - 1].kind !== "word" && tokens[end - 1].kind !== "number") end--;
  for (let j = end - 1; j > start && j >= end - 7; j--) {
    const t = tokens[j];
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== "," && t.text !== ".")) return -1;
    if (t.text !== ",") continue;
    for (let k = j + 1; k < end && k <= j + 4; k++) if (isFrameVerb(tokens[k])) return j;
    return -1;
  }
  return -1;
}

/** The last token of the content that starts at `start` and may run to the sentence's end (`allowed`: where the caller lets it stop). */
export function contentEnd(tokens: Token[], start: number, lemma: string, allowed?: (j: number) => boolean, model: Model = MODEL): number {
  const scan = startScan(tokens, start, lemma, model.resolve, model === MODEL);
  const quoted = quotedFrom(tokens, start);
  const frame = finalFrame(tokens, start);
  for (let j = start + 1; j < tokens.length; j++) {
    advance(scan, tokens[j - 1]);
    if (j === frame) return j - 1;
    // ", adding that …", ", saying …": the speaker's next statement, which has this participle for its cue
    if (tokens[j].text === "," && isCueVerb(tokens[j + 1]) && tokens[j + 1].lower.endsWith("ing") && !quoted[j - start]) return j - 1;
    if (quoted[j - start]) continue;
    if (canStopBefore(tokens[j]) && (!allowed || allowed(j)) && model.score(endFeatures(tokens, start, j, scan)) > 0) return j - 1;
  }
  return tokens.length - 1;
}
