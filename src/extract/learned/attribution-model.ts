// How likely an attribution the rules found is one a careful reader would mark: a learned confidence.
// The rules propose; this model, trained on what the rules propose over PolNeAR train and which of those
// match an annotated attribution, scores each proposal by its cue, the cue's neighbours, the shape of
// its content and its speaker. "said" inside someone's quotation, "called" in "a group called …", an
// object taken for what was said: the rules cannot tell these apart one by one, the weights can.
// Trained by `npm run train` (scripts/train-attribution.mjs), stored in models/attribution.json.

import type { AnalyzedDocument } from "../document.js";
import type { Token } from "../../text/tokens.js";
import type { Span } from "../../types.js";
import { tagOf } from "./content-end.js";
import { isFiniteVerb } from "../../language/lexicon.js";
import { lex } from "../../language/features.js";
import { Model, numbered, type Features, type Value } from "./perceptron.js";
import { readModel } from "./model-file.js";
import { CONTEXT_CUES, CUE_LEMMAS } from "../cues.js";
import { CUE_MODEL, cueFeatures, mayBeCue } from "./cue-detector.js";

/** What the model reads of an attribution (a subset of the Attribution record, so training can build it too). */
export interface Proposal {
  first: number;
  last: number;
  content: Span;
  mode: string;
  cue: { start: number; end: number; lemma: string } | null;
  speaker: { kind: string; resolved: boolean; mention: string } | null;
  loose?: boolean;
}

// The features' fixed values, in one list numbered once per model (perceptron.ts `numbered`); each set of
// them is known by where it starts in the list.
const FIXED: string[] = [];
const fix = (...values: string[]) => FIXED.push(...values) - values.length;
const BUCKET = fix("0", "1", "2", "3-4", "5-8", "9-16", "17-32", "33+");
const SIDES = fix("none", "before", "after", "around");
const YES = fix("y", "n");
const QUOTED = fix("q", "-");
const AT = fix("none", "first", "comma", "quote", "inside");
const NESTINGS = ["--", "n-", "-h", "nh"];
const NESTING = fix(...NESTINGS);
const LEVELS = fix("lex", "0", "1", "2", "3", "4");
/** FIXED index of a count's bucket. */
const bucket = (n: number) => BUCKET + (n <= 2 ? Math.max(0, n) : n <= 4 ? 3 : n <= 8 ? 4 : n <= 16 ? 5 : n <= 32 ? 6 : 7);
const PRONOUN = /^(?:he|she|they|it|i|we|you|who|which|that)$/;

export const ATTRIBUTION_TEMPLATES = [
  "l", "w", "l,mode", "mode,len", "l,len", "l,wp", "l,w1", "l,tp", "l,t1", "l,q", "kind", "l,kind", "mention", "l,mention",
  "side", "l,side", "open", "l,open", "sents", "float", "l,at", "tp,t1", "mode,open", "l,shared", "nest", "l,nest", "mode,nest", "w,w1", "head", "open,len", "det", "det,mode",
  "fin", "l,fin", "open,fin", "stop", "l,stop",
] as const;

const WORD_CHAR = /[\p{L}\d]/u;
/**
 * The runs of letters and digits in text[start, end), as many as /[\p{L}\d]+/gu matches there, without
 * building the slice and the matches (every proposal's content is counted).
 */
export function countWords(input: string, start: number, end: number): number {
  const text = `${input}`; // (a type the compiler knows: lexicon.ts fnv)
  let n = 0, inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) w = WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i++)!));
    else w = WORD_CHAR.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Index of the token starting at or after `offset` in a sentence's tokens. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * The features of one proposal. `sentenceOf` maps an offset to its sentence; `inQuote` says whether an
 * offset lies inside a quotation; `shared` whether another proposal covers much of the same content.
 */
export function attributionFeatures(doc: AnalyzedDocument, a: Proposal, sentenceOf: (offset: number) => number, inQuote: (offset: number) => boolean, shared: boolean, resolve: ((v: string) => number) | null = null, nesting = "--", cueModel: Model = CUE_MODEL): Features {
  return (emit) => {
    const fixed = numbered(resolve, FIXED);
    const l = a.cue ? a.cue.lemma.replace(/ /g, "_") : "none";
    let w = "none", wp = "START", w1 = "END", tp = "START", t1 = "END", at = AT, float = YES + 1, det = LEVELS;
    if (a.cue) {
      const si = sentenceOf(a.cue.start);
      const tokens = doc.tokens[si];
      const c = tokenAt(tokens, a.cue.start);
      w = lex(tokens[c]);
      wp = lex(tokens[c - 1]);
      tp = tagOf(tokens[c - 1]);
      let e = c;
      while (e + 1 < tokens.length && tokens[e + 1].end <= a.cue.end) e++;
      w1 = lex(tokens[e + 1]);
      t1 = tagOf(tokens[e + 1]);
      at = AT + (c === 0 ? 1 : wp === "," ? 2 : wp === "Q" ? 3 : 4);
      if (si < a.first - 1 || si > a.last) float = YES;
      // a cue the lexicon lacks: how sure the cue detector is of it
      if (!CUE_LEMMAS.has(a.cue.lemma) && !CONTEXT_CUES.has(a.cue.lemma) && mayBeCue(tokens, c)) {
        const score = cueModel.score(cueFeatures(tokens, c, cueModel.resolve, cueModel === CUE_MODEL));
        det = LEVELS + (score <= 0 ? 1 : score < 25 ? 2 : score < 50 ? 3 : score < 100 ? 4 : 5);
      }
    }
    const contentSentence = sentenceOf(a.content.start);
    const ctoks = doc.tokens[contentSentence] ?? [];
    const first = ctoks[tokenAt(ctoks, a.content.start)];
    const open = !first ? "none" : first.kind === "quote" ? "Q" : /^(?:that|to|if|whether|how|what|why|when|who)$/.test(first.lower) ? first.lower : tagOf(first);
    const words = countWords(doc.text, a.content.start, a.content.end);
    const len = bucket(words);
    const side = SIDES + (!a.cue ? 0 : a.cue.start >= a.content.end ? 1 : a.cue.end <= a.content.start ? 2 : 3);
    const kind = a.speaker ? `${a.speaker.kind}${a.speaker.resolved ? "+" : "-"}${a.loose ? "~" : ""}` : "none";
    const m = a.speaker?.mention.toLowerCase() ?? "none";
    const mention = PRONOUN.test(m) ? m : a.speaker ? (/^\p{Lu}/u.test(a.speaker.mention) ? "Cap" : "low") : "none";
    const q = fixed[a.cue && inQuote(a.cue.start) ? QUOTED : QUOTED + 1];
    // values read by several templates are numbered once when a model's numbering is given (inference)
    const r = (v: string): Value => (resolve ? resolve(v) : v);
    const L = r(l), MODE = r(a.mode), LEN = fixed[len], KIND = r(kind), MENTION = r(mention), SIDE = fixed[side], OPEN = r(open), TP = r(tp), T1 = r(t1);
    const NEST = fixed[NESTING + NESTINGS.indexOf(nesting)], DET = fixed[det];
    emit(0, L); emit(1, w); emit(2, L, MODE); emit(3, MODE, LEN); emit(4, L, LEN); emit(5, L, wp); emit(6, L, w1); emit(7, L, TP); emit(8, L, T1);
    emit(9, L, q); emit(10, KIND); emit(11, L, KIND); emit(12, MENTION); emit(13, L, MENTION); emit(14, SIDE); emit(15, L, SIDE);
    emit(16, OPEN); emit(17, L, OPEN); emit(18, fixed[bucket(a.last - a.first + 1)]); emit(19, fixed[float]); emit(20, L, fixed[at]); emit(21, TP, T1);
    emit(22, MODE, OPEN); emit(23, L, fixed[shared ? YES : YES + 1]);
    emit(24, NEST); emit(25, L, NEST); emit(26, MODE, NEST);
    // the speaker's last word when it is no name ("officials", "poll", "campaign")
    const head = !a.speaker ? "none" : /^\p{Lu}/u.test(a.speaker.mention) && !/\s/.test(a.speaker.mention) ? "Cap" : (a.speaker.mention.split(/\s+/).pop() ?? "").toLowerCase();
    emit(27, w, w1); emit(28, head); emit(29, OPEN, LEN); emit(30, DET); emit(31, DET, MODE);
    // whether the content holds a clause of its own (a verb), and what it stops before: what was said is
    // mostly a clause, and a content cut before a comma or a preposition is less often one a reader marks
    let fin = false, stop = "S";
    const lastSentence = sentenceOf(Math.max(a.content.start, a.content.end - 1));
    for (let si = contentSentence; si <= lastSentence && !fin; si++)
      for (const t of doc.tokens[si] ?? []) {
        if (t.start >= a.content.end) break;
        if (t.start >= a.content.start && isFiniteVerb(t)) { fin = true; break; }
      }
    const etoks = doc.tokens[lastSentence] ?? [];
    const ai = tokenAt(etoks, a.content.end), after = etoks[ai];
    if (after && after.start >= a.content.end && etoks.slice(ai).some((t) => t.kind === "word" || t.kind === "number")) stop = after.kind === "word" ? tagOf(after) : after.text;
    const FIN = fixed[fin ? YES : YES + 1], STOP = r(stop);
    emit(32, FIN); emit(33, L, FIN); emit(34, OPEN, FIN); emit(35, STOP); emit(36, L, STOP);
  };
}

export const ATTRIBUTION_MODEL = new Model(() => readModel("attribution", ATTRIBUTION_TEMPLATES), ATTRIBUTION_TEMPLATES);
