// Cues the lexicon does not list: which verb, in its context, is someone's act of saying, thinking or
// taking a position ("Mr. Christie gloated", "has mused about", "voted for", "ruled that"). Two in three
// of the attributions PolNeAR annotates and the rules missed had such a cue, each of them rare; a word
// list cannot hold them, an averaged perceptron over the verb and its neighbours can weigh them. What it
// takes for a cue goes through the same rules as a lexicon cue (subject, content), and the attribution
// model then decides whether to keep the reading. Trained by `npm run train` on PolNeAR train
// (scripts/train-attribution.mjs, out of fold for the attribution model), stored in models/cue-detector.json.

import type { Token } from "../../text/tokens.js";
import { allTags, factSlots, inWordSet, tokenFacts, tokenTag } from "../../language/lexicon.js";
import { tokenLemma } from "../../language/pos.js";
import { lex } from "../../language/features.js";
import { AUXILIARIES } from "../../language/function-words.js";
import { Model, numbered, type Features, type Value } from "./perceptron.js";
import { readModel } from "./model-file.js";

export const CUE_TEMPLATES = ["w", "l", "t", "wp", "tp", "w1", "t1", "t2", "l,w1", "l,t1", "wp,l", "tp,t", "t,t1", "w1,w2", "q", "next", "l,next", "subj", "l,subj"] as const;

declare module "../../language/lexicon.js" {
  interface WordFacts {
    /** whether any of the lexicon's tags is a verb's (mayBeCue fills it on first asking) */
    verb?: boolean;
    /** the shipped cue detector's numbers for the word, its class and its lemma (cueFeatures) */
    cueIds?: [number, number, number];
  }
}
factSlots("verb", "cueIds");

// auxiliaries and the verbs the rules read apart ("according to", the verbs of saying); not "am", after
// which a verb may be one ("I am looking forward": the model was trained without it)
const NEVER = new Set<string>(["according", ...AUXILIARIES.filter((w) => w !== "am")]);

// words after which a form that may be a verb is one ("to vote", "who backed", "has mused")
const VERB_BEFORE = new Set(["to", "he", "she", "they", "it", "we", "i", "who", "also", "not", ...NEVER]);
const isNever = inWordSet(NEVER);

/**
 * Whether token c is a verb form the detector reads (the caller has found no lexicon cue in it): a word
 * mostly used as a verb, or one that may be after "to", a pronoun or an auxiliary. (Every word the lexicon
 * allows as a verb was three times as many, for a tenth more of the annotated cues and the detector's
 * time on a fifth of the extraction's.)
 */
export function mayBeCue(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  // (`${…}`: a type the compiler knows, lexicon.ts fnv)
  if (t.kind !== "word" || (t.cap && c > 0) || `${t.lower}`.length < 3 || isNever(t)) return false;
  const facts = tokenFacts(t);
  if (facts.tag?.startsWith("VB")) return true;
  const p = tokens[c - 1];
  return !!p && VERB_BEFORE.has(p.lower) && (facts.verb ??= allTags(t.lower).some((x) => x.startsWith("VB")));
}

const tag = (t: Token | undefined) => (!t ? "END" : t.kind !== "word" ? t.text : tokenTag(t) ?? "?");

/**
 * A token's word, class and lemma as the model numbers them (or as text in training). The shipped model's
 * numbers are kept with the word's facts: looking the strings up for every verb and its neighbours took
 * most of the detector's time.
 */
function ids(t: Token | undefined, resolve: ((v: string) => number) | null, shipped: boolean, fixed: readonly Value[]): [Value, Value, Value] {
  if (!resolve) return [lex(t), tag(t), t && t.kind === "word" ? tokenLemma(t) : lex(t)];
  if (shipped && t && t.kind === "word") return (tokenFacts(t).cueIds ??= [resolve(t.lower), resolve(tag(t)), resolve(tokenLemma(t))]);
  // (what is not a word: its word is a fixed value or, for a punctuation mark, the mark, like its class)
  if (!t) return [fixed[END], fixed[END], fixed[END]];
  const w = t.kind === "quote" ? fixed[Q] : t.kind === "number" ? fixed[NUMBER] : resolve(t.lower);
  const c = t.kind === "punct" && t.lower === t.text ? w : resolve(tag(t));
  return [w, c, t.kind === "word" ? resolve(tokenLemma(t)) : w];
}

// the features' fixed values, numbered once per model (perceptron.ts `numbered`)
const FIXED = ["-", "that", "Q", ":", "in", "out", "START", "Cap", "other", "END", "#"];
const [NONE, THAT, Q, COLON, IN, OUT, START, CAP, OTHER, END, NUMBER] = FIXED.map((_, i) => i);

// The quotation marks before a token, counted on from where the last count stopped when the same
// sentence is asked again further on (the detector reads a sentence's tokens in order): counting from the
// sentence's start for every token grew with the square of a sentence's length.
let counted: { tokens: Token[]; upTo: number; quotes: number } = { tokens: [], upTo: 0, quotes: 0 };
function quotesBefore(tokens: Token[], c: number): number {
  if (counted.tokens !== tokens || counted.upTo > c) counted = { tokens, upTo: 0, quotes: 0 };
  let { upTo, quotes } = counted;
  for (; upTo < c; upTo++) if (tokens[upTo].kind === "quote") quotes++;
  counted.upTo = upTo;
  counted.quotes = quotes;
  return quotes;
}

/** The features of "token c is a cue". */
export function cueFeatures(tokens: Token[], c: number, resolve: ((v: string) => number) | null = null, shipped = false): Features {
  return (emit) => {
    const fixed = numbered(resolve, FIXED);
    const [w, tt, l] = ids(tokens[c], resolve, shipped, fixed), [wp, tp] = ids(tokens[c - 1], resolve, shipped, fixed);
    const [w1, t1] = ids(tokens[c + 1], resolve, shipped, fixed), [w2, t2] = ids(tokens[c + 2], resolve, shipped, fixed);
    emit(0, w); emit(1, l); emit(2, tt); emit(3, wp); emit(4, tp); emit(5, w1); emit(6, t1); emit(7, t2);
    emit(8, l, w1); emit(9, l, t1); emit(10, wp, l); emit(11, tp, tt); emit(12, tt, t1); emit(13, w1, w2);
    // inside a quotation (someone else's words), what opens soon after ("that", a quotation, a colon), and
    // who could be the subject: the word before the verb group, past auxiliaries and adverbs
    const quotes = quotesBefore(tokens, c);
    let next = NONE;
    for (let j = c + 1; j <= c + 3 && j < tokens.length; j++) {
      const x = tokens[j];
      if (x.lower === "that" || x.kind === "quote" || x.text === ":") { next = x.kind === "quote" ? Q : x.lower === "that" ? THAT : COLON; break; }
    }
    let k = c - 1;
    while (k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && (isNever(tokens[k]) || /^(?:RB|MD)/.test(tokenTag(tokens[k]) ?? ""))) k--;
    const s = tokens[k];
    const subj = !s ? START : s.kind !== "word" ? s.text : s.cap ? CAP : /^(?:PRP|NN)/.test(tokenTag(s) ?? "") ? tokenTag(s)! : OTHER;
    const NEXT = fixed[next], SUBJ = typeof subj === "number" ? fixed[subj] : resolve ? resolve(subj) : subj;
    emit(14, fixed[quotes % 2 ? IN : OUT]); emit(15, NEXT); emit(16, l, NEXT); emit(17, SUBJ); emit(18, l, SUBJ);
  };
}

export const CUE_MODEL = new Model(() => readModel("cue-detector", CUE_TEMPLATES), CUE_TEMPLATES);

/** The lemma of token c when the detector takes it for a cue (its threshold is folded into the weights), else null. */
export function learnedCue(tokens: Token[], c: number, model: Model = CUE_MODEL): string | null {
  if (!mayBeCue(tokens, c)) return null;
  return model.score(cueFeatures(tokens, c, model.resolve, model === CUE_MODEL)) > 0 ? tokenLemma(tokens[c]) : null;
}
