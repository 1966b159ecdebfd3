// Where reported content that follows its cue ends ("said [the restrictions are less for safety], and the
// ACLU has sued"): a learned decision at each token, read left to right, "does the content stop before
// this token?". Rules for this (cut at ", but <verb>", ", which", "and said") each fixed some sentences
// and broke others; the perceptron weighs the same clues together. Trained on PolNeAR train by
// `npm run train` (scripts/train-attribution.mjs), which writes models/content-end.ts.

import type { Token } from "../text/tokens.js";
import { firstTag } from "./lexicon.js";
import { Model, type Features } from "./perceptron.js";
import { CONTENT_END } from "./models/content-end.js";

const CARET = new Map<string, string>();
/** A word's class for the features: its lexicon tag, a guess from its shape, or the punctuation itself. */
export function tagOf(t: Token | undefined): string {
  if (!t) return "END";
  if (t.kind === "number") return "CD";
  if (t.kind !== "word") return t.kind === "quote" ? "Q" : t.text;
  const tag = firstTag(t.lower);
  if (tag) {
    if (!t.cap || tag === "NNP" || tag === "NNPS") return tag;
    let c = CARET.get(tag);
    if (c === undefined) CARET.set(tag, (c = `${tag}^`));
    return c;
  }
  return t.cap ? "NNP?" : /ing$/.test(t.lower) ? "VBG?" : /ed$/.test(t.lower) ? "VBD?" : /ly$/.test(t.lower) ? "RB?" : /s$/.test(t.lower) ? "NNS?" : "NN?";
}

const bucket = (n: number) => (n <= 4 ? String(n) : n <= 6 ? "5-6" : n <= 9 ? "7-9" : n <= 14 ? "10-14" : n <= 24 ? "15-24" : "25+");
const FINITE = /^(?:VBD|VBZ|VBP|MD)/;
const OPENERS = new Set(["that", "to", "if", "whether", "how", "what", "why", "when", "who", "which", "where"]);
const STATES = ["--", "v-", "-q", "vq"];
const COMMAS = ["0", "1", "2", "3"];

/** The state of a left-to-right scan over a content, updated token by token. */
export interface EndScan {
  lemma: string;
  shape: string;
  verb: boolean;
  quote: boolean;
  commas: number;
}

export function startScan(tokens: Token[], start: number, lemma: string): EndScan {
  const t = tokens[start];
  const shape = t.kind === "quote" ? "Q" : OPENERS.has(t.lower) ? t.lower : tagOf(t);
  return { lemma: lemma.replace(/ /g, "_"), shape, verb: false, quote: t.kind === "quote", commas: 0 };
}

/** Folds token j-1 into the scan before the decision at j. */
export function advance(scan: EndScan, t: Token) {
  if (t.kind === "quote") scan.quote = !scan.quote;
  else if (t.text === ",") scan.commas++;
  else if (t.kind === "word" && FINITE.test(firstTag(t.lower) ?? "")) scan.verb = true;
}

const lex = (t: Token | undefined) => (!t ? "END" : t.kind === "quote" ? "Q" : t.kind === "number" ? "#" : t.lower);

export const END_TEMPLATES = [
  "w0", "t0", "wp", "tp", "w1", "t1", "t2", "tp,t0", "t0,t1", "w0,t1", "w0,w1", "wp,w0", "t1,t2",
  "cue,t0", "cue,w0", "cue,d", "shape,t0", "shape,w0", "shape,d", "d", "d,t0", "state,t0", "state,w0", "left", "commas,t0",
] as const;

/** The features of "the content stops before token j" (j > start). */
export function endFeatures(tokens: Token[], start: number, j: number, scan: EndScan): Features {
  return (emit) => {
    const w0 = lex(tokens[j]), w1 = lex(tokens[j + 1]), wp = lex(tokens[j - 1]);
    const t0 = tagOf(tokens[j]), t1 = tagOf(tokens[j + 1]), t2 = tagOf(tokens[j + 2]), tp = tagOf(tokens[j - 1]);
    const d = bucket(j - start);
    const state = STATES[(scan.verb ? 1 : 0) + (scan.quote ? 2 : 0)];
    emit(0, w0); emit(1, t0); emit(2, wp); emit(3, tp); emit(4, w1); emit(5, t1); emit(6, t2);
    emit(7, tp, t0); emit(8, t0, t1); emit(9, w0, t1); emit(10, w0, w1); emit(11, wp, w0); emit(12, t1, t2);
    emit(13, scan.lemma, t0); emit(14, scan.lemma, w0); emit(15, scan.lemma, d);
    emit(16, scan.shape, t0); emit(17, scan.shape, w0); emit(18, scan.shape, d);
    emit(19, d); emit(20, d, t0); emit(21, state, t0); emit(22, state, w0);
    emit(23, bucket(tokens.length - j)); emit(24, COMMAS[Math.min(scan.commas, 3)], t0);
  };
}

/**
 * Where a content can stop: before punctuation, a preposition, a conjunction, a wh-word, an adverb or a
 * verb (97% of PolNeAR's right-hand content ends); nouns and their modifiers continue it without a
 * decision, which keeps the model off four tokens in five.
 */
export function canStopBefore(t: Token): boolean {
  if (t.kind !== "word") return t.kind !== "number";
  const tag = tagOf(t);
  return /^(?:IN|CC|TO|W|RB|VB|MD)/.test(tag);
}

const MODEL = new Model(CONTENT_END, END_TEMPLATES);

/** The last token of the content that starts at `start` and may run to the sentence's end (`allowed`: where the caller lets it stop). */
export function contentEnd(tokens: Token[], start: number, lemma: string, allowed?: (j: number) => boolean, model: Model = MODEL): number {
  const scan = startScan(tokens, start, lemma);
  for (let j = start + 1; j < tokens.length; j++) {
    advance(scan, tokens[j - 1]);
    if (canStopBefore(tokens[j]) && (!allowed || allowed(j)) && model.score(endFeatures(tokens, start, j, scan)) > 0) return j - 1;
  }
  return tokens.length - 1;
}
