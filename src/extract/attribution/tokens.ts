// What the attribution readers ask of single tokens: can it be a cue here (cueOf, cueCandidate), is it a
// verb, a finite cue, a dash; and where a content ends before closing punctuation (trimEnd). The word
// lists these questions read are kept here, beside them.

import { isSpace, type Token } from "../../text/tokens.js";
import { isVerb as isVerbTag, verbLemma } from "../../language/pos.js";
import { allTags, factSlots, tokenFacts, tokenTag } from "../../language/lexicon.js";
import { AUXILIARIES, DETERMINERS, PREPOSITIONAL_PARTICIPLES, QUANTIFYING_DETERMINERS } from "../../language/function-words.js";
import { WEEKDAYS } from "../../language/calendar.js";
import { CONTEXT_CUES, CUE_LEMMAS } from "../cues.js";

// words between a subject and its cue: auxiliaries, negation, adverbs ("has also said", "did note");
// not the participles "being" and "having", which head a clause of their own ("other missions being
// considered", "with analyst Kevin Bonham having declared")
export const AUX = new Set<string>([
  ...AUXILIARIES.filter((w) => w !== "being" && w !== "having"), "also", "later", "earlier", "previously", "recently", "repeatedly", "reportedly", "then",
  "further", "again", "once", "often", "initially", "first", "not", "never", "already", "still", "just", "even", "n't",
  "however", "too", "now", "always", "long", "frequently", "subsequently", "immediately", "soon",
]);
// words that make the next one a noun ("the answer"), not a cue ("that" not: it also opens a clause, "a hat that says")
export const DETERMINER_BEFORE_NOUN = new Set<string>([...DETERMINERS, ...QUANTIFYING_DETERMINERS].filter((w) => w !== "that"));
// words opening a frame's own phrase after its cue ("said in a statement", "told reporters on Sunday")
export const FRAME_PREPOSITIONS = new Set(["in", "on", "at", "during", "after", "before", "via", "through", "with", "to", "from", "by", "earlier", "last", "this", "on", "when", "while", "about", "of", "for", "late", "early", "afterward", "afterwards", "yesterday", "today", "tonight", ...WEEKDAYS]);
export const DASHES = new Set(["—", "–", "―", "--"]);
export const isDash = (t: Token | undefined) => !!t && DASHES.has(t.text);

declare module "../../language/lexicon.js" {
  interface WordFacts {
    /** the cue lemma (cueOf fills it on first asking): undefined until asked, null for none */
    cue?: string | null;
  }
}
factSlots("cue");

/** The lemma of a token that can be a cue (in the lexicon or a context cue), else null; lemmatised once per form. */
export function cueOf(t: Token): string | null {
  const facts = tokenFacts(t);
  if (facts.cue === undefined) {
    const lemma = verbLemma(t.lower);
    facts.cue = CUE_LEMMAS.has(lemma) || CONTEXT_CUES.has(lemma) ? lemma : null;
  }
  return facts.cue;
}

export const isWord = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "number");

/**
 * The lemma of token c when it can be a cue where it stands, else null: a verb of the lexicon, not
 * capitalised inside a sentence (a name, a headline word) and not after a determiner ("the answer",
 * "Rahimzoda’s claims"). The attribution model (attribution-model.ts) then scores what they propose.
 */
export function cueCandidate(tokens: Token[], c: number, titled = false): string | null {
  const t = tokens[c];
  // (no cue is shorter than "say": a quarter of all words are, and need no lookup)
  if (t.kind !== "word" || (t.cap && c > 0 && !titled) || t.lower.length < 3) return null;
  const lemma = cueOf(t);
  if (lemma === null) return null;
  const prev = tokens[c - 1];
  // a participle used as a preposition ("questions regarding the budget"), unless an auxiliary makes it a verb ("is considering")
  if (PREPOSITIONAL_PARTICIPLES.has(t.lower) && !(prev && AUX.has(prev.lower))) return null;
  if (prev && (DETERMINER_BEFORE_NOUN.has(prev.lower) || (/[’']s$/.test(prev.text) && prev.cap))) return null;
  const next = tokens[c + 1];
  // a participle between a figure and its noun describes the noun: "1,200 confirmed cases", "40 reported deaths"
  if (prev?.kind === "number" && t.lower.endsWith("ed") && next?.kind === "word" && !next.cap && /^NNS?$/.test(tokenTag(next) ?? "")) return null;
  // a plural noun after a count or "of" ("12 reports saying", "dozens of calls"), not a verb (a year may be a time: "in 2015 reports")
  // (or after a count and a noun: "25 basis points to 6 percent", "3 percentage points to")
  // (not a hyphenated modifier's: "the 50-state poll finds")
  const count = (x: Token | undefined) => x?.kind === "number" && !/^(?:1[89]|20)\d\d$/.test(x.text);
  if (t.lower.endsWith("s") && allTags(t.lower).includes("NNS") && (prev?.lower === "of" || count(prev) ||
    (count(tokens[c - 2]) && /^[\d.,]+$/.test(tokens[c - 2].text) && prev.kind === "word" && !prev.cap && /^NN/.test(tokenTag(prev) ?? "")))) return null;
  // a plural noun that is the subject of the verb after it: "filed tax reports shows", "the findings suggest", "reports suggest"
  if (t.lower.endsWith("s") && next?.kind === "word" && !next.cap && /^(?:VBZ|VBD|VBP|VB|MD)$/.test(tokenTag(next) ?? "") && allTags(t.lower).includes("NNS")) return null;
  return lemma;
}

/** A cue verb in a finite form ("said", "says"): a clause of its own, not part of a noun phrase. */
export const isFiniteCue = (t: Token) => t.kind === "word" && CUE_LEMMAS.has(cueOf(t) ?? "") && /^VB[DZP]$/.test(tokenTag(t) ?? "");

const PAST = /[^e]ed$/;
/** A finite verb or auxiliary ("celebrated" is listed as an adjective first, but "-ed" after a subject is a verb). */
export const isVerb = (t: Token) => t.kind === "word" && !t.cap && (AUX.has(t.lower) || isVerbTag(tokenTag(t) ?? "") || PAST.test(t.lower));

/** The end of text[start, end) without its trailing spaces and .!?;:, (what /[\s.!?;:,]+$/ would match). */
export function trimEnd(text: string, start: number, end: number): number {
  // (read back from the end: the expression tried every position of the slice, 0.6% of extract())
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (!(isSpace(c) || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44)) break;
    end--;
  }
  return end;
}
