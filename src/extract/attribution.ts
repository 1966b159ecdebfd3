// Attribution: who said what, with which cue, in which mode, and the span of what is attributed.
// Deterministic rules over tokens: a cue verb from our lexicon (cues.ts), its subject to the left (or
// after it, "…, said the minister"), and the content to the right ("said that …"), to the left ("…, he
// said") or in the quotation next to it; "according to X"; quotes with no frame continue the last
// speaker. Speakers are resolved by the entity index. Two small trained models (deterministic, shipped
// as weights) take the decisions the rules only guessed: where content after its cue ends
// (content-end.ts) and which proposals to keep (attribution-model.ts).

import type { AnalyzedDocument } from "./document.js";
import type { EntityIndex } from "./entities/entities.js";
import { isSpace, tokenize, type Token } from "../text/tokens.js";
import type { Cue, Evidence, Mode, Span, Speaker } from "../types.js";
import { isVerb as isVerbTag, verbLemma } from "../language/pos.js";
import { contentEnd } from "./content-end.js";
import { recogniseQuantities } from "./quantities/quantities.js";
import { ATTRIBUTION_MODEL, attributionFeatures, countWords } from "./attribution-model.js";
import type { Features, Model } from "./perceptron.js";
import { CUE_MODEL, learnedCue } from "./cue-detector.js";
import { allTags, firstTag, isFiniteVerb, tokenFacts, tokenTag } from "../language/lexicon.js";
import { firstEndingFrom, firstStartingFrom, SentenceBuckets, sentenceAt } from "./span-index.js";
import { CONTEXT_CUES, CUE_LEMMAS, SPEECH_CUES, EVIDENCE_CITED, EVIDENCE_DECLINED, EVIDENCE_NONE, HEDGES, HEDGING_CUES, NEEDS_PARTICLE, OBJECT_FIRST, PARTICLES } from "./cues.js";

export interface Attribution {
  /** the sentences (indices, inclusive) the content covers; -1 for the title */
  first: number;
  last: number;
  content: Span;
  mode: Exclude<Mode, "unattributed">;
  cue: Cue | null;
  speaker: Speaker | null;
  hedges: string[];
  evidence: Evidence | null;
  /** the learned confidence that this is an attribution (attribution-model.ts); above 0 is kept */
  confidence: number;
  /** the speaker is only the nearest mention before the cue, not a subject the rules recognised */
  loose?: boolean;
}

interface Quote extends Span {
  used: boolean;
}

// words between a subject and its cue: auxiliaries, negation, adverbs ("has also said", "did note")
const AUX = new Set([
  "has", "have", "had", "was", "were", "is", "are", "am", "be", "been", "did", "does", "do", "would", "will", "could", "should",
  "may", "might", "must", "can", "also", "later", "earlier", "previously", "recently", "repeatedly", "reportedly", "then",
  "further", "again", "once", "often", "initially", "first", "not", "never", "already", "still", "just", "even", "n't",
  "however", "too", "once", "now", "had", "has", "always", "long", "frequently", "subsequently", "immediately", "soon",
]);
// noun-phrase-internal words that the lexicon tags otherwise
// ("retired" premodifies a title: "retired Army Lt. Gen. Mick Bednarek said")
const NP_WORDS = new Set(["of", "’s", "'s", "the", "a", "an", "for", "and", "s", "retired"]);
const STOP_LEFT = new Set(["that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "as", "but", "or", "so", "than", "to", "after", "before", "since", "although", "though", "what", "how", "why", "whether", "said", "says"]);
const DETERMINER_BEFORE_NOUN = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "no", "any", "every", "each", "such", "some"]);
const FRAME_PREPOSITIONS = new Set(["in", "on", "at", "during", "after", "before", "via", "through", "with", "to", "from", "by", "earlier", "last", "this", "on", "when", "while", "about", "of", "for", "late", "early", "afterward", "afterwards", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const OPEN_QUOTE = new Set(["“", "\"", "«", "„"]);
const CLOSE_QUOTE = new Set(["”", "\"", "»"]);
// words for a share of people, heads of a subject of their own ("most said", "half say")
const SHARES = new Set(["most", "many", "half", "majority", "third", "thirds", "quarter", "quarters", "fourths", "fifths", "some", "few", "others", "all", "both", "none", "percent", "plurality", "minority", "three-fourths", "two-thirds", "one-third"]);
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;
const DASHES = new Set(["—", "–", "―", "--"]);
const isDash = (t: Token | undefined) => !!t && DASHES.has(t.text);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)$/;

/** The lemma of a token that can be a cue (in the lexicon or a context cue), else null; lemmatised once per form. */
export function cueOf(t: Token): string | null {
  const facts = tokenFacts(t);
  if (facts.cue === undefined) {
    const lemma = verbLemma(t.lower);
    facts.cue = CUE_LEMMAS.has(lemma) || CONTEXT_CUES.has(lemma) ? lemma : null;
  }
  return facts.cue;
}

// stance verbs: attributions of their own, but not when someone quoted says "I think"
const THOUGHT = new Set(["think", "believe", "know", "feel", "hope", "fear", "want", "expect", "doubt", "worry", "guess", "wonder"]);
const FIRST_SECOND = new Set(["i", "we", "you"]);
// words before a verb whose subject is the sentence's: "and said", "took to Twitter to say", "by announcing"
const SECOND_VERB = new Set(["and", "but", "then", "to", "by", "after", "before", "while", "in", "of", "also", "yet", "or"]);

const isWord = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "number");

/** Quotations (with their marks), closed within a paragraph. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const re = /[“"«„]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m[0];
    const close = open === "“" ? /[”\n]|\n/g : open === "«" ? /[»\n]/g : open === "„" ? /[“”\n]/g : /["\n]/g;
    close.lastIndex = m.index + 1;
    let c = close.exec(text);
    // a quotation over several paragraphs leaves each one open and opens the next again
    for (let hop = 0; c && c[0] === "\n" && hop < 4; hop++) {
      const next = /^\s*/.exec(text.slice(c.index, c.index + 8))![0].length + c.index;
      if (text[next] !== open || !/\n/.test(text.slice(c.index, next))) break;
      close.lastIndex = next + 1;
      c = close.exec(text);
    }
    let end = c && c[0] !== "\n" ? c.index : -1;
    // '“…them."', '"…predict,”': a quotation left open in its paragraph and closed by the other style's mark
    // (copy-edited text mixes them)
    if (end < 0 && (open === "“" || open === '"')) {
      const other = text.indexOf(open === "“" ? '"' : "”", m.index + 1);
      if (other >= 0 && other < (c ? c.index : text.length) && !/[“”]/.test(text.slice(m.index + 1, other))) end = other;
    }
    if (end < 0) { re.lastIndex = c ? c.index : text.length; continue; }
    out.push({ start: m.index, end: end + 1, used: false });
    re.lastIndex = end + 1;
  }
  return out;
}

const TITLE_SMALL = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "&"]);

/** A quoted name, not a statement: “Sunday Morning Futures,”, “The Art of the Deal.” — a few words, each capitalised. */
const TITLE_WORD = /[\p{L}\p{N}&][\p{L}\p{N}’'.-]*/gu;
function isTitle(text: string, q: Span): boolean {
  // (read up to a seventh word, not every word of a long quotation: 0.5% of extract())
  const quoted = text.slice(q.start, q.end), words: string[] = [];
  TITLE_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TITLE_WORD.exec(quoted)); ) if (words.push(m[0]) > 6) return false;
  if (!words.length) return false;
  if (/[!?]/.test(text.slice(q.start, q.end))) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

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
  if (prev && (DETERMINER_BEFORE_NOUN.has(prev.lower) || (/[’']s$/.test(prev.text) && prev.cap))) return null;
  return lemma;
}

// what joins a clause reporting another statement to the content before it (", but Shelby said …")
const NESTED_CLAUSE = /\s*(?:[,;]\s*(?:(?:but|and|yet|while|although|though|as|even as)\s+)?|\s+(?:but|while)\s+)$/;
/**
 * Where NESTED_CLAUSE matches text[from, to) (relative to `from`), or -1. A match holds at most nine
 * characters that are not spaces (", although "), so the expression reads only the end from the twelfth
 * such character on: over the whole stretch it tried every position, 70% of extract() on text with no
 * sentence end, once for every pair of proposals.
 */
function nestedClauseAt(text: string, from: number, to: number): number {
  let w = to;
  for (let seen = 0; w > from; w--) if (!isSpace(text.charCodeAt(w - 1)) && ++seen > 12) break;
  const m = NESTED_CLAUSE.exec(text.slice(w, to));
  return m ? m.index + (w - from) : -1;
}

// what a sentence opening "In …," may name as the source of the rest ("In a new poll, …", "In his memo, …")
const SOURCE_NOUNS = new Set(["poll", "polls", "survey", "surveys", "statement", "interview", "report", "study", "letter", "memo", "op-ed", "speech", "tweet", "tweets", "post", "email", "words", "analysis", "book", "article", "column", "editorial", "remarks", "testimony", "filing", "complaint", "lawsuit", "document", "message", "video", "ad", "release", "opinion", "memoir", "essay", "view", "estimate", "estimates", "findings", "ruling", "decision", "order", "briefing", "podcast", "address"]);

/** Nothing but punctuation from token i on, or a frame phrase with no clause of its own ("in an email to officials on Monday"). */
function frameOnlyAfter(tokens: Token[], i: number): boolean {
  if (tokens.slice(i).every((x) => x.kind === "punct")) return true;
  if (!FRAME_PREPOSITIONS.has(tokens[i]?.lower ?? "")) return false;
  return tokens.slice(i).every((x) => x.kind !== "quote" && x.lower !== "that" && !isFiniteVerb(x));
}

/** Two spans sharing more than half of the shorter. */
export const overlapsMost = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0.5 * Math.min(a.end - a.start, b.end - b.start);

// after a line's last dash: a name of one to five capitalised words (a handle or ", 34, Texas" may follow)
const SIGNATURE = /^[ \t\u00a0]*\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,4}(?:[ \t]*\(@\w+\))?(?:,[^\n]{0,40})?\.?[ \t\u00a0]*$/u;
/**
 * Lines ending in a signature, as the offsets of the dash and of the line's end. (Line by line: one regular
 * expression over the whole text, lazy up to the dash, took 2.2 s of 5.4 over PolNeAR train.)
 */
/** ―, —, – or -. */
const isDashCode = (c: number) => c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 45;
function* signatures(text: string): Generator<{ dash: number; lineEnd: number }> {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let dash = -1;
    // (not a hyphen inside a name, "Jean-Pierre")
    // (char codes: testing each character's string against the four dashes was 1.4% of extract())
    for (let i = end - 1; i >= start && end - i <= 100; i--) if (isDashCode(text.charCodeAt(i)) && !(/\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? ""))) { dash = i; break; }
    if (dash >= 0 && SIGNATURE.test(text.slice(dash + 1, end))) yield { dash, lineEnd: end };
    start = end + 1;
  }
}
/** How many tokens of a signature are its name: capitalised words (and periods) from the start. */
function nameLength(t: Token[]): number {
  let n = 0;
  while (n < t.length && n < 6 && (t[n].cap || t[n].text === ".") && t[n].kind === "word") n++;
  return Math.max(1, n);
}

/** Most words capitalised, as in a headline (four words or more). */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) if (t.kind === "word") { words++; if (t.cap) caps++; }
  return words >= 4 && caps >= 0.7 * words;
}

/** A token that can be part of a subject noun phrase, read leftwards. */
function nounish(t: Token): boolean {
  if (t.kind !== "word") return false;
  // a capitalised function word opening the sentence ("In a report", "But officials") is not a name
  // (an initial, "Lindsey O. Graham", whatever the lexicon says of "o")
  if (t.cap) return t.text.length === 1 || !/^(?:IN|CC|WDT|WRB|TO)$/.test(tokenTag(t) ?? "NNP") || /[’']s$/.test(t.lower);
  if (NP_WORDS.has(t.lower)) return true;
  if (STOP_LEFT.has(t.lower) || AUX.has(t.lower)) return false;
  const tag = tokenTag(t);
  if (tag === null) return !/(?:ed|ing)$/.test(t.lower);
  return /^(?:NN|JJ|DT|PRP|CD|POS|PDT)/.test(tag) || /[’']s$/.test(t.lower);
}

/** The subject noun phrase ending just before token `i` (after skipping auxiliaries), as [from, to]. */
/** A subject's first and last token, and the relative pronoun between it and the verb ("X, who said"), if any. */
type Subject = [number, number] | [number, number, number];

// adverbs that sit between a subject and its verb ("proponents here say", "he also said", "she now says")
const MID_ADVERBS = new Set(["here", "also", "now", "still", "even", "just", "already", "again", "then", "once", "often", "never", "first", "later", "too", "long", "soon", "since", "ever", "always"]);

function subjectBefore(tokens: Token[], i: number, speech = false): Subject | null {
  let relative = -1;
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && (AUX.has(tokens[k].lower) || (tokens[k].lower.endsWith("ly") || MID_ADVERBS.has(tokens[k].lower)) && tokenTag(tokens[k]) === "RB")) k--;
  // "Hillary Clinton on Tuesday said", "The campaign earlier Thursday responded": a time between subject and verb
  if (k >= 1 && WEEKDAY.test(tokens[k].text)) {
    k--;
    if (k >= 1 && /^(?:on|earlier|later|late|early|this|last)$/.test(tokens[k].lower)) k--;
    while (k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && AUX.has(tokens[k].lower)) k--;
  }
  // "Sen. Bernie Sanders (I-Vt.) said": a parenthesis after the name is not the subject
  if (k >= 2 && tokens[k].text === ")") {
    let open = k - 1;
    while (open > 0 && k - open < 8 && tokens[open].text !== "(") open--;
    if (tokens[open].text === "(" && open > 0) k = open - 1;
  }
  // ", however," / ", meanwhile," between subject and cue
  if (k >= 0 && tokens[k].text === "," ) {
    let j = k - 1;
    while (j >= 0 && j > k - 4 && tokens[j].kind === "word" && !tokens[j].cap && tokenTag(tokens[j]) === "RB") j--;
    if (j < k - 1 && tokens[j]?.text === ",") k = j - 1;
    // "Teck, the Canadian mining company, said …", "The FBI director, James B. Comey, said …": a subject
    // opening the sentence, then appositives (and their relative clauses) up to the cue
    else {
      const appositive = appositiveSubject(tokens, k) ?? asideSubject(tokens, k);
      if (appositive) return appositive;
    }
  } else if (k >= 2 && isDash(tokens[k])) {
    // "Jason Sims — a teacher from Mount Pleasant — says"
    const aside = asideSubject(tokens, k);
    if (aside) return aside;
  }
  // "Govs. Bush and Christie, who say …": the antecedent of the relative pronoun names the speaker
  if (k >= 1 && tokens[k].lower === "who") {
    relative = k;
    k--;
    if (tokens[k].text === ",") k--;
    if (k < 0) return null;
  } else if (k >= 1 && tokens[k].lower === "and" && tokens[k - 1].text !== ",") {
    // "X survived … and says …": the subject of the verb it is coordinated with, or of the sentence
    return coordinatedSubject(tokens, k) ?? sentenceSubject(tokens, k);
  }
  // "Joseph R. Biden Jr. said", "Apple Inc. said": the name ends on its abbreviation, not on the period
  if (k >= 1 && tokens[k].text === "." && /^(?:Jr|Sr|Inc|Co|Corp|Ltd|LLC|Bros|[A-Z])$/.test(tokens[k - 1].text) && tokens[k].start === tokens[k - 1].end) k--;
  // a share of those polled: "42% say", "three-fourths say", "most said", "Nearly nine out of 10 say"
  // (not a year, "who in 2010 said", and not the object of a preposition, "in 2001 found")
  if (k >= 0 && ((tokens[k].kind === "number" && !/^(?:1[89]|20)\d\d$/.test(tokens[k].text)) || (tokens[k].text === "%" && tokens[k - 1]?.kind === "number") || SHARES.has(tokens[k].lower))) {
    let from = tokens[k].text === "%" ? k - 1 : k;
    while (from > 0 && (tokens[from - 1].kind === "number" || SHARES.has(tokens[from - 1].lower) || /^(?:nearly|almost|about|some|just|over|only|out|of|in|a|an|the)$/.test(tokens[from - 1].lower)) && k - from < 6) from--;
    while (from < k && /^(?:of|in|out)$/.test(tokens[from].lower)) from++;
    // "Six in 10 say", "more than 4 in 10 said": a share out of ten, not a preposition's object
    if (tokens[from - 1]?.lower === "in" && from >= 2 && (tokens[from - 2].kind === "number" || NUMBER_WORD.test(tokens[from - 2].lower))) {
      from -= 2;
      while (from > 0 && /^(?:nearly|almost|about|some|just|over|only|more|than|fewer|less|roughly)$/.test(tokens[from - 1].lower)) from--;
    }
    // (with a relative pronoun the share is its antecedent: "compared with 64 percent who say")
    if (relative >= 0 || !/^(?:in|on|since|by|at|from|to|for|with|than)$/.test(tokens[from - 1]?.lower ?? "")) return relative >= 0 ? [from, k, relative] : [from, k];
    return null;
  }
  const to = k;
  if (to < 0 || !nounish(tokens[to])) return null;
  const headTag = tokens[to].cap ? "NNP" : tokenTag(tokens[to]);
  if (headTag !== null && !/^(?:NN|PRP|CD)/.test(headTag) && !tokens[to].cap) return null;
  // ("it" says only when a verb of saying follows: "It said current officials …", not "it seems")
  if ((tokens[to].lower === "it" && !speech) || tokens[to].lower === "there" || tokens[to].lower === "that" || tokens[to].lower === "this") return null;
  let from = to;
  while (from - 1 >= 0 && to - from < 9) {
    const t = tokens[from - 1];
    if (t.text === "." && from - 2 >= 0 && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|[A-Z])$/.test(tokens[from - 2].text)) { from--; continue; }
    if (!nounish(t)) break;
    from--;
  }
  // a phrase may not start on a joining word
  while (from < to && (tokens[from].lower === "of" || tokens[from].lower === "and" || tokens[from].lower === "for" || tokens[from].text === ".")) from++;
  // a pronoun head is the whole subject: "In a meeting that day he was told …" (unless joined: "Mr. Allen and he")
  if (tokenTag(tokens[to]) === "PRP" && tokens[to - 1]?.lower !== "and") from = to;
  // a pronoun ends the phrase on its left: "…, he", unless joined to it: "he and Mr. Allen said"
  for (let j = to - 1; j >= from; j--) if (tokenTag(tokens[j]) === "PRP" && !tokens[j].cap) { if (tokens[j + 1]?.lower !== "and") from = j + 1; break; }
  return relative >= 0 ? [from, to, relative] : [from, to];
}

/** The subject of "X, appositive, <cue>" when X opens the sentence and ends at its first comma (`k`: the comma before the cue). */
function appositiveSubject(tokens: Token[], k: number): [number, number] | null {
  // '“…,” Senator Jeff Sessions, an adviser, told AFP': the subject starts after a quotation opening the sentence
  let s0 = 0;
  if (tokens[0]?.kind === "quote") {
    const close = tokens.findIndex((t, j) => j > 0 && t.kind === "quote");
    if (close > 0 && close < k) s0 = close + 1;
  }
  const first = tokens.findIndex((t, j) => j > s0 && t.text === ",");
  if (first < s0 + 1 || first >= k || first - s0 > 12 || k - first > 45) return null;
  for (let j = s0; j < first; j++) {
    const t = tokens[j];
    if (!(nounish(t) || t.lower === "of" || t.lower === "and" || t.text === "." || t.kind === "number")) return relativeSubject(tokens, k);
  }
  const head = tokens[first - 1];
  if (!head.cap && !/^(?:NN|PRP)/.test(tokenTag(head) ?? "NN")) return null;
  if (/^(?:it|there|this|that)$/.test(head.lower)) return null;
  // between the commas: no clause of the writer's own ("…, the report found, …") — no cue, no "that"
  // (a cue in a relative clause, "Barkley, who said he votes Democratic, said …", is the subject's own)
  let relative = false;
  for (let j = first + 1; j < k; j++) {
    // (an apostrophe of a plural possessive, "Sanders' adviser", is no quotation)
    const possessive = tokens[j].text === "'" && tokens[j].start === tokens[j - 1].end && /s$/.test(tokens[j - 1].text);
    if (tokens[j].lower === "that" || (tokens[j].kind === "quote" && !possessive)) return null;
    if (tokens[j].lower === "who") relative = true;
    else if (!relative && isFiniteCue(tokens[j])) return null;
  }
  // a name in the first appositive names the speaker better than a role before it
  let end = first + 1;
  while (end < k && tokens[end].text !== ",") end++;
  const chunk = tokens.slice(first + 1, end);
  if (chunk.length && chunk.length <= 5 && chunk.every((t) => t.cap || t.text === ".") && !head.cap) return [first + 1, end - 1];
  return [s0, first - 1];
}

/**
 * "… that Michael Bloomberg, who is thinking about running, said …": a name inside the sentence with a
 * relative clause between commas (`k`: the comma before the cue) before the verb.
 */
function relativeSubject(tokens: Token[], k: number): [number, number] | null {
  let open = k - 1;
  while (open > 0 && k - open < 30 && tokens[open].text !== ",") open--;
  if (open < 1 || tokens[open].text !== "," || !/^(?:who|whose|who's)$/.test(tokens[open + 1]?.lower ?? "")) return null;
  const to = open - 1;
  if (!tokens[to].cap || tokens[to].kind !== "word") return null;
  let from = to;
  while (from > 0 && to - from < 5 && (tokens[from - 1].cap || tokens[from - 1].text === ".") && tokens[from - 1].kind !== "quote") from--;
  while (from < to && tokens[from].text === ".") from++;
  return [from, to];
}

/**
 * The speaker around an aside between commas or dashes before the cue (`k`: the comma or dash before it):
 * a name alone in the aside ("a spokeswoman, Anna Richardson White, said"), or the name the aside
 * follows ("Kevin Brady, chairman of the committee, said", "Trump, in Kentucky, said", "Jason Sims — a
 * teacher — says"). Nothing quoted, no clause ("that", a finite cue) and no second aside inside.
 */
function asideSubject(tokens: Token[], k: number): [number, number] | null {
  const dash = isDash(tokens[k]);
  let open = k - 1;
  for (; open > 0 && k - open <= 25; open--) {
    const t = tokens[open];
    if (dash ? isDash(t) : t.text === ",") break;
    if (t.kind === "quote" || t.lower === "that" || (!dash && isDash(t)) || isFiniteCue(t)) return null;
  }
  if (open < 1 || k - open > 25 || open === k - 1) return null;
  const inside = tokens.slice(open + 1, k);
  if (inside.length <= 5 && inside.every((t) => t.cap || t.text === ".") && /^(?:NN|JJ)/.test(tokenTag(tokens[open - 1]) ?? "NN")) return [open + 1, k - 1];
  let to = open - 1;
  // "Rep. Elijah Cummings (D-Md.), chair of …": past a parenthesis after the name
  if (tokens[to].text === ")") {
    let p = to - 1;
    while (p > 0 && to - p < 8 && tokens[p].text !== "(") p--;
    if (tokens[p].text !== "(" || p < 1) return null;
    to = p - 1;
  }
  if (!tokens[to].cap || tokens[to].kind !== "word" || /^(?:IN|CC|WDT|WRB|TO|DT)$/.test(tokenTag(tokens[to]) ?? "NNP")) return null;
  let from = to;
  while (from > 0 && to - from < 6 && ((tokens[from - 1].cap && tokens[from - 1].kind === "word") || (tokens[from - 1].text === "." && tokens[from - 2]?.cap))) from--;
  while (from < to && tokens[from].text === ".") from++;
  return [from, to];
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/;
/** A capitalised word that can end a speaker's name: not a day or month, a dateline ("WASHINGTON —"), a possessive or a function word. */
function nameLike(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== "word" || !t.cap || j === 0 && /^(?:IN|CC|DT|RB|WRB|WDT|PRP)/.test(tokenTag(t) ?? "NNP")) return false;
  if (WEEKDAY.test(t.text) || MONTH.test(t.text) || /[’']s$/.test(t.text)) return false;
  if (t.text.length > 2 && t.text === t.text.toUpperCase() && j < 3 && (isDash(tokens[j + 1]) || tokens[j + 1]?.text === "(" || tokens[j + 1]?.text === ",")) return false;
  return (tokenTag(t) ?? "NNP").startsWith("NN");
}

/** The nearest name or personal pronoun before token c (within 12 tokens, outside quotations), as a phrase. */
function nearestMention(tokens: Token[], c: number): [number, number] | null {
  for (let j = c - 1; j >= 0 && c - j <= 12; j--) {
    const t = tokens[j];
    if (t.kind === "quote") return null;
    if (t.kind !== "word") continue;
    const pronoun = !t.cap && /^(?:he|she|they|we|i)$/.test(t.lower);
    if (!pronoun && !nameLike(tokens, j)) continue;
    let from = j;
    while (!pronoun && from > 0 && j - from < 5 && (tokens[from - 1].cap || tokens[from - 1].text === ".") && tokens[from - 1].kind === "word") from--;
    return [from, j];
  }
  return null;
}

/** The first name or personal pronoun of the sentence before token c, past an opening phrase ("In New Hampshire, Trump …"). */
function firstMention(tokens: Token[], c: number): [number, number] | null {
  let i = 0;
  if (tokens[0]?.kind === "word" && tokenTag(tokens[0]) === "IN") {
    const comma = tokens.findIndex((t, j) => j < c && t.text === ",");
    if (comma > 0) i = comma + 1;
  }
  // past a quotation opening the sentence: '“…,” the minister said, adding …'
  if (tokens[i]?.kind === "quote") {
    const close = tokens.findIndex((t, j) => j > i && t.kind === "quote");
    if (close > 0 && close < c) i = close + 1;
  }
  for (let j = i; j < c; j++) {
    const t = tokens[j];
    if (t.kind === "quote") return null;
    if (t.kind !== "word") continue;
    if (!t.cap && /^(?:he|she|they|we|i)$/.test(t.lower)) return [j, j];
    if (nameLike(tokens, j)) {
      let to = j;
      while (to + 1 < c && (tokens[to + 1].cap || tokens[to + 1].text === ".") && tokens[to + 1].kind === "word") to++;
      return [j, to];
    }
  }
  return null;
}

const BE = new Set(["is", "are", "was", "were", "been", "being", "be"]);
/** A passive cue: a past participle after a form of "be" between the subject (ending at `to`) and the cue at c. */
function isPassive(tokens: Token[], to: number, c: number): boolean {
  // (the lexicon's participles, "told" and "known" as well as "-ed")
  if (!allTags(tokens[c].lower).includes("VBN") && !/(?:ed|en|wn)$/.test(tokens[c].lower)) return false;
  for (let j = to + 1; j < c; j++) if (BE.has(tokens[j].lower)) return true;
  return false;
}

/** A cue verb in a finite form ("said", "says"): a clause of its own, not part of a noun phrase. */
const isFiniteCue = (t: Token) => t.kind === "word" && CUE_LEMMAS.has(cueOf(t) ?? "") && /^VB[DZP]$/.test(tokenTag(t) ?? "");

/** A finite verb or auxiliary ("celebrated" is listed as an adjective first, but "-ed" after a subject is a verb). */
const PAST = /[^e]ed$/;
const isVerb = (t: Token) => t.kind === "word" && !t.cap && (AUX.has(t.lower) || isVerbTag(tokenTag(t) ?? "") || PAST.test(t.lower));

/**
 * The subject of the verb before a coordinating "and" at `k` ("Trump later referred to the massacre and
 * said …", "Priebus, who …, arrived … and acknowledged …"): the nearest finite verb to its left, outside
 * quotations, and that verb's own subject.
 */
function coordinatedSubject(tokens: Token[], k: number): Subject | null {
  let quoted = false;
  for (let j = k - 1; j > 0; j--) {
    const t = tokens[j];
    if (t.kind === "quote") quoted = !quoted;
    if (quoted || t.kind !== "word" || t.cap) continue;
    if (/^(?:VBD|VBZ|VBP)$/.test(tokenTag(t) ?? "") || (/[^e]ed$/.test(t.lower) && tokenTag(t) === null)) {
      const s = subjectBefore(tokens, j);
      return s && s[1] < j ? s : null;
    }
    if (t.lower === "and" || t.lower === "that" || t.lower === "who" || t.lower === "which") return null;
  }
  return null;
}

/** The noun phrase opening a sentence, past a dateline ("WASHINGTON (AP) —"), when a verb follows it before `limit`. */
function sentenceSubject(tokens: Token[], limit: number): [number, number] | null {
  let i = 0;
  const dash = tokens.findIndex((t, j) => j < 8 && (isDash(t) || t.text === "-"));
  if (dash > 0 && tokens.slice(0, dash).every((t) => t.kind !== "word" || t.text === t.text.toUpperCase() || t.lower === "ap")) i = dash + 1;
  // "In a speech on Tuesday, Mr. Trump struck …": past an opening prepositional phrase
  if (tokens[i]?.kind === "word" && tokenTag(tokens[i]) === "IN") {
    const comma = tokens.findIndex((t, j) => j > i && j < i + 15 && t.text === ",");
    if (comma > 0 && comma < limit) i = comma + 1;
  }
  const np = phraseAfter(tokens, i, 14);
  if (!np) return null;
  // "Cruz belittled the issue": a past form the lexicon lists as an adjective first ends the name
  for (let j = np[0] + 1; j <= np[1]; j++)
    if (!tokens[j].cap && tokens[j].kind === "word" && /[^e]ed$/.test(tokens[j].lower) && tokens[j - 1].cap) { np[1] = j - 1; break; }
  if (np[1] + 1 >= limit) return null;
  // "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded …": past appositives and relative clauses
  let v = np[1] + 1;
  for (let hop = 0; hop < 3 && tokens[v]?.text === ","; hop++) {
    let close = v + 1;
    while (close < limit && close - v < 30 && tokens[close].text !== ",") close++;
    if (close >= limit || tokens[close].text !== ",") return null;
    v = close + 1;
  }
  // "Kasich jokingly offered": past an adverb
  while (v < limit - 1 && tokens[v].kind === "word" && !tokens[v].cap && tokens[v].lower.endsWith("ly") && tokenTag(tokens[v]) === "RB") v++;
  const next = tokens[v];
  if (!next || v >= limit || !isVerb(next)) return null;
  return np;
}

/** The noun phrase starting at token i (for "…, said the minister" and "according to X"). */
function phraseAfter(tokens: Token[], i: number, max = 10): [number, number] | null {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j];
    if (t.text === "." && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|[A-Z])$/.test(tokens[j - 1]?.text ?? "") && tokens[j + 1]?.cap) { j++; continue; }
    if (!(t.kind === "word" && (nounish(t) || t.lower === "of" || t.lower === "and"))) break;
    if (j > i && (t.lower === "who" || t.lower === "in" || t.lower === "on")) break;
    j++;
  }
  let to = j - 1;
  while (to >= i && (tokens[to].lower === "of" || tokens[to].lower === "and" || tokens[to].lower === "the")) to--;
  return to >= i ? [i, to] : null;
}

// what may stand between a quotation's frame and the same quotation resumed: the rest of the frame, a comma,
// a conjunction ('“…,” he said, but “…”', '“…,” Trump said during a rally in Kenansville, N.C., “…”')
const RESUME = /^[^"“”\n]{0,80},[ \t]*(?:(?:and|but|or|then)[ \t]+)?$/;
// labels in capitals before a colon that name no speaker
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|EDITOR['’]?S NOTE|CORRECTION|CLARIFICATION|WATCH|VIDEO|PHOTOS?|READ MORE|RELATED|BREAKING|EXCLUSIVE|WARNING|SOURCE|SOURCES|TRANSCRIPT|FULL TEXT|UPDATE \d+)$/i;

/** The end of text[start, end) without its trailing spaces and .!?;:, (what /[\s.!?;:,]+$/ would match). */
function trimEnd(text: string, start: number, end: number): number {
  // (read back from the end: the expression tried every position of the slice, 0.6% of extract())
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (!(isSpace(c) || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44)) break;
    end--;
  }
  return end;
}


/** Whether an offset lies inside one of the quotations (disjoint, sorted by start as findQuotes gives them). */
function insideQuotes(quotes: readonly Span[], offset: number): boolean {
  const i = firstStartingFrom(quotes, offset) - 1;
  return i >= 0 && offset < quotes[i].end;
}

/** What the attribution model reads of each proposal (null for the title's, which has no sentence). */
export function proposalFeatures(doc: AnalyzedDocument, proposals: Attribution[], quotes: Span[] = findQuotes(doc.text), resolve: ((v: string) => number) | null = null, cueModel: Model = CUE_MODEL): (Features | null)[] {
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  const inQuote = (offset: number) => insideQuotes(quotes, offset);
  // the proposals each sentence holds content or a cue of: the pairs below overlap, so each proposal asks
  // only those of its own sentences (every proposal asked every other, the square of the text)
  const contents = new SentenceBuckets<Attribution>(), cues = new SentenceBuckets<Attribution>();
  const range = (c: Span): [number, number] => [sentenceOf(c.start), sentenceOf(Math.max(c.start, c.end - 1))];
  for (const b of proposals) {
    if (b.first < 0) continue;
    contents.file(b, ...range(b.content));
    if (b.cue) { const k = sentenceOf(b.cue.start); cues.file(b, k, k); }
  }
  return proposals.map((a) => {
    if (a.first < 0) return null;
    const [s0, s1] = range(a.content);
    // another proposal covering most of this content: a double reading of one statement
    const shared = contents.some(s0, s1, (b) => b !== a && b.first >= 0 && Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start) > 0.5 * (a.content.end - a.content.start));
    // its cue inside another's content (a statement reported within a statement), or another's cue inside its own
    const cueAt = a.cue ? sentenceOf(a.cue.start) : -1;
    const nested = !!a.cue && contents.some(cueAt, cueAt, (b) => b !== a && b.first >= 0 && b.cue?.start !== a.cue!.start && b.content.start <= a.cue!.start && a.cue!.end <= b.content.end);
    const holds = cues.some(s0, s1, (b) => b !== a && b.first >= 0 && !!b.cue && b.cue.start !== a.cue?.start && a.content.start <= b.cue.start && b.cue.end <= a.content.end);
    return attributionFeatures(doc, a, sentenceOf, inQuote, shared, resolve, (nested ? "n" : "-") + (holds ? "h" : "-"), cueModel);
  });
}

/**
 * A statement with a figure is what the ledger is for: when a verb of saying frames it, its attribution is
 * kept whatever the model says ("Somewhere between 10,000 and 15,000, he answered."), so that a
 * fact-checker sees who claimed the number. Under other cues ("plans", "sees") the model decides: kept
 * whatever it said, those readings were mostly wrong (cross-validated F1 on PolNeAR train 0.665 with them,
 * 0.668 without).
 */
export function carriesFigure(text: string, a: { content: Span }): boolean {
  return recogniseQuantities(text, a.content.start, a.content.end).length > 0;
}

/**
 * Attributions scoring over this are kept. The thresholds chosen on out-of-fold train scores are folded
 * into the model's weights by the training script, so 0 is the model's own decision; -Infinity keeps
 * every proposal (training does).
 */
export const MIN_CONFIDENCE = 0;

/**
 * `cueModel`: the detector of cues the lexicon lacks; `endModel`: where contents stop (training passes
 * models that have not seen the document).
 */
export function findAttributions(doc: AnalyzedDocument, entities: EntityIndex, minConfidence = MIN_CONFIDENCE, cueModel: Model = CUE_MODEL, endModel?: Model): Attribution[] {
  const text = doc.text;
  const quotes = findQuotes(text);
  const out: Attribution[] = [];
  // where the cue detector found a cue, so that the attribution says so
  const learnedAt = new Set<number>();
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  // the proposals by content and cue, to find a reading proposed twice without reading every proposal
  // (filed again whenever a content changes; a list may hold one whose content has changed since)
  const byReading = new Map<string, Attribution[]>();
  const readingKey = (content: Span, cue: Cue | null) => `${content.start}:${content.end}:${cue?.start}`;
  const file = (a: Attribution) => {
    const k = readingKey(a.content, a.cue), list = byReading.get(k);
    if (list) list.push(a); else byReading.set(k, [a]);
  };
  // the proposals by the sentence they end in (while the sentences are read: `last` changes only after)
  const byLast = new Map<number, Attribution[]>();
  const add = (content: Span, mode: Attribution["mode"], cue: Cue | null, speaker: Speaker | null, si: number, loose = false) => {
    if (content.end - content.start < 3) return;
    if (byReading.get(readingKey(content, cue))?.some((a) => a.content.start === content.start && a.content.end === content.end && a.cue?.start === cue?.start)) return;
    const first = sentenceOf(content.start);
    const last = Math.max(sentenceOf(content.end - 1), si);
    // hedges and evidence are read once the model has kept the proposal (below)
    const a: Attribution = { first: Math.min(first, si), last, content, mode, cue, speaker, hedges: [], evidence: null, confidence: 0, ...(loose ? { loose } : {}) };
    out.push(a);
    file(a);
    const list = byLast.get(last);
    if (list) list.push(a); else byLast.set(last, [a]);
  };
  /** Hedges ("alleged", "by his reckoning") and evidence markers ("provided no details") in the attribution's sentences. */
  const qualify = (a: Attribution) => {
    const span = text.slice(doc.sentences[a.first].start, doc.sentences[a.last].end);
    for (const m of span.matchAll(HEDGES)) if (!a.hedges.includes(m[0])) a.hedges.push(m[0]);
    if (a.cue?.lemma && HEDGING_CUES.has(a.cue.lemma) && !a.hedges.includes(a.cue.text)) a.hedges.push(a.cue.text);
    const none = EVIDENCE_NONE.exec(span), declined = EVIDENCE_DECLINED.exec(span), cited = EVIDENCE_CITED.exec(span);
    if (none) a.evidence = { status: "none-given", text: none[0] };
    else if (declined) a.evidence = { status: "declined", text: declined[0].trim() };
    else if (cited && a.mode !== "according-to") a.evidence = { status: "cited", text: cited[0].trim() };
  };
  const insideQuote = (offset: number) => insideQuotes(quotes, offset);
  // (the quotations are disjoint and in order: those that can qualify are found by bisection)
  const quoteEndingAt = (offset: number) => {
    for (let i = firstEndingFrom(quotes, offset - 2); i < quotes.length && quotes[i].end <= offset; i++)
      if (/^[\s,]*$/.test(text.slice(quotes[i].end, offset))) return quotes[i];
    return undefined;
  };
  /** Whether the sentence a quotation is in goes on with words after it. */
  const goesOnAfter = (q: Span) => {
    const s = doc.sentences[sentenceAt(doc, q.end - 1)];
    return !!s && /[\p{L}\d]/u.test(text.slice(q.end, s.end));
  };
  const quoteStartingAt = (offset: number) => {
    for (let i = firstStartingFrom(quotes, offset); i < quotes.length && quotes[i].start - offset <= 3; i++)
      if (/^[\s,:—-]*$/.test(text.slice(offset, quotes[i].start))) return quotes[i];
    return undefined;
  };

  doc.sentences.forEach((s, si) => {
    const tokens = doc.tokens[si];
    // the proposals read before this sentence have their cues before it
    const fromHere = out.length;
    const sentEnd = trimEnd(text, s.start, s.end);
    /** Tokens from..to as a content, without its closing punctuation and within the sentence. */
    const clauseSpan = (from: number, to: number): Span => ({ start: tokens[from].start, end: Math.min(sentEnd, trimEnd(text, tokens[from].start, tokens[to].end)) });
    // a headline line in title case ("Bellwether County Says Trump Should Win"): its verbs are capitalised too
    const titled = s.paragraphStart && doc.sentences[si + 1]?.paragraph !== s.paragraph && isTitleCase(tokens);
    // (the rules live in functions called for the few tokens they read: with closures in the loop that
    // captured the token, V8 allocated a context for every token of the text, 90 MiB a pass over PolNeAR
    // train, the largest allocation after the tokens themselves)
    /** "In a CNN poll, Clinton led by 24 points": a document or survey opening the sentence is its source. */
    const pollSource = (t: Token): void => {
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
        const speaker = entities.resolve(si, from, comma - 1);
        add({ start: tokens[comma + 1].start, end: sentEnd }, "according-to", { text: t.text, lemma: "in", start: t.start, end: t.end }, speaker, si);
      }
    };
    /** "according to X" at token c; returns the last token it read. */
    const accordingTo = (c: number, t: Token): number => {
      const np = phraseAfter(tokens, c + 2);
      if (!np) return c;
      const speaker = entities.resolve(si, np[0], np[1]);
      const cue: Cue = { text: text.slice(t.start, tokens[c + 1].end), lemma: "according to", start: t.start, end: tokens[c + 1].end };
      const after = tokens[np[1] + 1];
      let content: Span | null = null;
      if (c === 0 || tokens[c - 1].text === "," && c <= 2) {
        if (after?.text === ",") content = { start: tokens[np[1] + 2]?.start ?? after.end, end: sentEnd };
        else {
          // "According to early results of exit polls conducted by Edison Research for the networks, Clinton led …":
          // the source runs on to the first comma
          const comma = tokens.findIndex((x, j) => j > np[1] && j < c + 40 && x.text === ",");
          if (comma > 0 && !tokens.slice(np[1] + 1, comma).some((x) => x.kind === "quote" || x.lower === "that" || isFiniteCue(x)))
            content = { start: tokens[comma + 1]?.start ?? tokens[comma].end, end: sentEnd };
        }
      } else {
        const lead = tokens[c - 1]?.text === "," ? tokens[c - 1].start : t.start;
        const q = quoteEndingAt(lead);
        content = q ? { start: q.start, end: q.end } : { start: s.start, end: lead };
        if (q) q.used = true;
        // "Over the long term, according to the budget office, the rise in deficits is …": an aside inside
        // the statement, which goes on after it
        else if (after?.text === "," && np[1] + 2 < tokens.length && tokens.slice(np[1] + 2).some(isWord)) content = { start: s.start, end: sentEnd };
      }
      if (content && content.end > content.start) add(content, "according-to", cue, speaker, si);
      return np[1];
    };
    /** The attribution a cue (token c, of lemma `lemma`) frames. */
    const readCue = (c: number, t: Token, lemma: string): void => {
      // "Asked whether he would fire the writer, Priebus said …": an opening participle asks on behalf of
      // someone the sentence does not name; what was asked runs to the comma
      // (and "… when asked about his daughter's work", "… said when asked whether …" inside the sentence)
      if (lemma === "ask" && t.lower === "asked" && (c === 0 || /^(?:when|after|once|if|while)$/.test(tokens[c - 1].lower)) && /^(?:whether|if|about|what|how|why|who|when|which|specifically)$/.test(tokens[c + 1]?.lower ?? "")) {
        const about = tokens[c + 1].lower === "about";
        const comma = tokens.findIndex((x, j) => j > c + 1 && x.text === ",");
        const last = comma > c + 2 ? comma - 1 : c === 0 ? -1 : tokens.length - 1;
        if (last > c + 1) {
          const cue: Cue = { text: text.slice(t.start, tokens[about ? c + 1 : c].end), lemma, start: t.start, end: tokens[about ? c + 1 : c].end };
          add({ start: tokens[about ? c + 2 : c + 1].start, end: Math.min(sentEnd, trimEnd(text, tokens[c + 1].start, tokens[last].end)) }, "indirect", cue, null, si);
        }
        return;
      }
      // "Noting that Obama's policy …, Trump said …": a participle opening the sentence speaks for the
      // subject after its clause; what it says runs to the comma
      if (c === 0 && t.lower.endsWith("ing") && tokens.length > 4) {
        const comma = tokens.findIndex((x, j) => j > 1 && x.text === ",");
        const np = comma > 1 ? phraseAfter(tokens, comma + 1, 10) : null;
        if (np && tokens[np[1] + 1] && isVerb(tokens[np[1] + 1])) {
          const cue: Cue = { text: t.text, lemma, start: t.start, end: t.end };
          add({ start: tokens[1].start, end: tokens[comma - 1].end }, "indirect", cue, entities.resolve(si, np[0], np[1]), si);
          return;
        }
      }
      const prev = tokens[c - 1];
      let cueEnd = c;
      const particles = NEEDS_PARTICLE[lemma];
      // "point out", "call for": the particle is part of the cue; "continued" frames only a quotation (below)
      if (particles?.length) {
        if (particles.includes(tokens[c + 1]?.lower ?? "")) cueEnd = c + 1;
        else if (lemma === "point") return;
      }
      // "talked about the deal": the preposition is the cue's, its object what is attributed
      const particle = PARTICLES[lemma]?.includes(tokens[c + 1]?.lower ?? "") ?? false;
      if (particle) cueEnd = c + 1;
      const cue: Cue = { text: text.slice(t.start, tokens[cueEnd].end), lemma, start: t.start, end: tokens[cueEnd].end };

      // "Clinton rallied supporters, saying …": a participle's speaker is its sentence's subject
      const participle = (prev?.text === "," || isDash(prev)) && t.lower.endsWith("ing") && (tokenTag(t) === "VBG" || allTags(t.lower).includes("VBG"));
      let subject: Subject | null = participle ? sentenceSubject(tokens, c) : subjectBefore(tokens, c, SPEECH_CUES.has(lemma) && /^VB[DZ]$/.test(tokenTag(t) ?? ""));
      // "Sanders emailed supporters saying: …": a participle after an object speaks for the sentence's subject
      if (subject && t.lower.endsWith("ing") && subject[0] > 0 && isVerb(tokens[subject[0] - 1]) && !AUX.has(tokens[subject[0] - 1].lower))
        subject = sentenceSubject(tokens, c) ?? subject;
      let inverted = false;
      // "…,” said the minister." / "…, said Rahimzoda."
      // (not after "told": "…, told AFP" names whom it was said to)
      // (nor after a participle: "…, referring to Barack Obama" names what was referred to)
      if (!subject && !OBJECT_FIRST.has(lemma) && !participle && (c === 0 || (prev && (prev.text === "," || prev.kind === "quote")))) {
        const np = phraseAfter(tokens, cueEnd + 1, 12);
        if (np) {
          let after = np[1] + 1;
          // "…,” said Rep. Jim Clyburn (D-S.C.), a member of …": a party and state in brackets
          if (tokens[after]?.text === "(") {
            const close = tokens.findIndex((x, k) => k > after && k < after + 8 && x.text === ")");
            if (close > 0) after = close + 1;
          }
          const rest = tokens[after];
          // "…,” says a source involved in the talks."
          if (!rest || rest.text === "." || rest.text === "," || FRAME_PREPOSITIONS.has(rest.lower) || /^(?:who|whose|VBN|JJ)$/.test(rest.kind === "word" ? (rest.lower === "who" || rest.lower === "whose" ? rest.lower : tokenTag(rest) ?? "") : "")) { subject = np; inverted = true; }
        }
      }
      // "… and said", "took to Twitter to say", "by announcing", "have in particular noted": the verb's
      // subject is the sentence's
      if (!subject && c > 1 && prev && (SECOND_VERB.has(prev.lower) || isVerb(prev) || /^RB/.test(tokenTag(prev) ?? "")))
        subject = (prev.lower === "and" || prev.lower === "but" ? coordinatedSubject(tokens, c - 1) : null) ?? sentenceSubject(tokens, c);
      // a speaker carried over from another frame
      let carried: Speaker | null = null;
      // '“…,” the businessman said, arguing that …': a participle after a frame, with no verb between, goes on
      // with that frame's speaker
      // (whatever the sentence's subject: '…, Spicer said, adding, “…”' is Spicer's)
      if (participle) {
        let frame: Attribution | undefined;
        for (let j = out.length - 1; j >= fromHere && !frame; j--) { const a = out[j]; if (a.cue && a.speaker && a.cue.start >= s.start && a.cue.end <= t.start) frame = a; }
        if (frame && tokens.every((x) => x.start < frame.cue!.end || x.end > prev.start || !isVerb(x))) {
          carried = frame.speaker;
          subject = [c, c];
        }
      }
      // "… “What a Super Tuesday!” | and said that …": a sentence cut after a quotation goes on with the
      // speaker of the sentence before
      if (!subject && c === 1 && (prev.lower === "and" || prev.lower === "but") && si > 0) {
        const last = byLast.get(si - 1)?.findLast((a) => a.speaker);
        const np = last ? null : sentenceSubject(doc.tokens[si - 1], doc.tokens[si - 1].length);
        carried = last?.speaker ?? (np ? entities.resolve(si - 1, np[0], np[1]) : null);
        if (carried) subject = [0, 0];
      }
      // no subject the rules know: the nearest name or pronoun before the cue, for the model to weigh
      let loose = false;
      if (!subject && !inverted && c > 0 && SPEECH_CUES.has(lemma)) {
        // (a participle after a comma speaks for the sentence's first name, "went after Bush, calling him …")
        subject = participle ? firstMention(tokens, c) : nearestMention(tokens, c);
        loose = !!subject;
      }
      if (!subject) return;
      // "He was backed by nearly 6 in 10 voters": in the passive the subject is what is attributed, the
      // agent after "by" holds it (without an agent, "Pigs are considered unclean", PolNeAR's spans vary too
      // much for a rule: reading them as subject and complement lost 0.005 F1 on train)
      if (!inverted && !loose && !carried && subject[2] === undefined && tokens[cueEnd + 1]?.lower === "by" && isPassive(tokens, subject[1], c)) {
        const by = phraseAfter(tokens, cueEnd + 2, 12);
        if (!by) return;
        if (OBJECT_FIRST.has(lemma)) {
          // "he was told by Minister Yevgeny Zinichev of the rescue effort": the subject is who was told;
          // what was said follows the agent ("of …" after a name, "that …")
          let agentEnd = by[1];
          for (let j = by[0] + 1; j <= by[1]; j++) if (tokens[j].lower === "of" && tokens[j - 1].cap) { agentEnd = j - 1; break; }
          let p = agentEnd + 1;
          while (tokens[p]?.text === ",") p++;
          // ('… of "presumably between 36 and 40 people"': the quotation)
          const quoted = /^(?:of|about|that)$/.test(tokens[p]?.lower ?? "") ? quoteStartingAt(tokens[p].end) : undefined;
          if (quoted) add({ start: quoted.start, end: quoted.end }, "direct", cue, entities.resolve(si, by[0], agentEnd), sentenceOf(quoted.end - 1));
          else if (p < tokens.length && tokens.slice(p).filter(isWord).length >= 2) {
            const endTok = contentEnd(tokens, p, lemma, undefined, endModel);
            add(clauseSpan(p, endTok), "indirect", cue, entities.resolve(si, by[0], agentEnd), si);
          }
          return;
        }
        add({ start: tokens[subject[0]].start, end: tokens[subject[1]].end }, "indirect", cue, entities.resolve(si, by[0], by[1]), si);
        return;
      }
      let speaker = carried ?? entities.resolve(si, subject[0], subject[1]);
      // the mention is the relative pronoun the verb follows; the name, its antecedent's
      const rel = subject[2];
      if (speaker && rel !== undefined) speaker = { ...speaker, mention: tokens[rel].text, start: tokens[rel].start, end: tokens[rel].end };
      const frameStart = inverted || loose ? c : subject[0];
      const frameEnd = inverted ? subject[1] : cueEnd;

      // a quotation right before the frame, or right after the cue
      let before = quoteEndingAt(tokens[frameStart].start);
      // "… “ongoing.” He said …": a quotation that ended its sentence is not this frame's
      // (unless the frame is all its sentence holds: "“… missing.” | Trump said.")
      // or only frame phrases follow it: '"… greatest!!!" | McDonough wrote in a September email to officials.')
      if (before && frameStart === 0 && /[.!?] ?[”"»]$/.test(text.slice(before.start, before.end)) && !frameOnlyAfter(tokens, frameEnd + 1)) before = undefined;
      if (before && isTitle(text, before)) before = undefined;
      // '“…,” one of the prosecutors said the two cases were different': a clause of its own after the cue is
      // what this frame reports; the quotation before it is another's
      const next = tokens[frameEnd + 1];
      // (a verb only after "when", "because" … is in the frame's own adjunct: '“…,” Sarandon told MSNBC
      // Monday when asked about concerns that …')
      if (before && !inverted && next?.kind === "word" && !FRAME_PREPOSITIONS.has(next.lower) && tokens.slice(frameEnd + 1).every((x) => x.kind !== "quote")) {
        const adjunct = tokens.findIndex((x, j) => j > frameEnd && /^(?:when|while|after|before|because|as|if|since|until)$/.test(x.lower));
        if (tokens.slice(frameEnd + 1, adjunct < 0 ? undefined : adjunct).some(isFiniteVerb)) before = undefined;
      }
      if (before && !before.used) {
        before.used = true;
        // a quotation split by its frame: "“Judge,” she said. “I have never …”"
        // (not one ending on a comma: '“…,” she said. “…,” she said.' gives the next its own frame)
        // (nor one its sentence goes on after: '“…” to drive up the stock price, she said' has a frame of its own)
        // (only the first quotation after the frame can qualify: any later one has that one's marks between)
        const q = quotes[firstStartingFrom(quotes, tokens[frameEnd].end + 1)];
        const rest = q && !q.used && /^[ \t,.:;]*$/.test(text.slice(tokens[frameEnd].end, q.start)) && !/, ?[”"»]$/.test(text.slice(q.start, q.end)) && !goesOnAfter(q) ? q : undefined;
        if (rest) rest.used = true;
        // a mixed quotation, 'They have “a higher set of expectations,” she said': the clause the quotation
        // ends is what was said, from the sentence's start (when nothing there is quoted or framed already)
        const lead = text.slice(s.start, before.start);
        const from = before.start > s.start && /\p{L}/u.test(lead) && !/[“”"«»:]/.test(lead) && !(quotes[firstStartingFrom(quotes, s.start)]?.end <= before.start) ? s.start : before.start;
        add({ start: from, end: rest ? rest.end : before.end }, from === before.start ? "direct" : "indirect", cue, speaker, rest ? sentenceOf(rest.end - 1) : si, loose);
        return;
      }
      // a cue of thought inside someone's quotation ("“I think we can win”") is part of the quotation
      if (THOUGHT.has(lemma) && (insideQuote(t.start) || FIRST_SECOND.has(tokens[subject[1]].lower))) return;
      // "added warily: “…”", "explained it this way: “…”": a colon a few words on, with no verb before it,
      // opens what was said
      let colon = -1;
      if (!inverted)
        for (let j = frameEnd + 1; j < Math.min(tokens.length - 1, frameEnd + 7); j++) {
          const x = tokens[j];
          if (x.text === ":") { colon = j; break; }
          if (x.kind !== "word" || isVerb(x)) break;
        }
      const afterQ = quoteStartingAt(tokens[colon > 0 ? colon : frameEnd].end);
      // (a quoted phrase the sentence goes on after, 'says “the wind is at our backs” despite his loss', is
      // part of a reported clause: read below)
      const goesOn = !!afterQ && !/[.,!?;:] ?[”"»']*$/.test(text.slice(afterQ.start, afterQ.end)) && /^\s*[\p{L}\d]/u.test(text.slice(afterQ.end, sentEnd)) && afterQ.end < sentEnd;
      if (afterQ && !afterQ.used && !goesOn && (!inverted || c === 0) && countWords(text, afterQ.start, afterQ.end) >= 3 && !isTitle(text, afterQ)) {
        afterQ.used = true;
        add({ start: afterQ.start, end: afterQ.end }, "direct", cue, speaker, sentenceOf(afterQ.end - 1), loose);
        return;
      }
      if (particles && !particles.length) return;

      // reported speech after the cue: skip an indirect object and a frame phrase, up to "that"
      let p = colon > 0 ? colon + 1 : frameEnd + 1;
      if (colon < 0 && OBJECT_FIRST.has(lemma) && tokens[p]?.lower !== "that") {
        const obj = phraseAfter(tokens, p, 6);
        if (obj) p = obj[1] + 1;
      }
      for (let j = p; j < Math.min(tokens.length, p + 10); j++) {
        if (tokens[j].lower === "that" && (j === p || FRAME_PREPOSITIONS.has(tokens[p].lower) || tokens[p].text === "," || isDash(tokens[p]))) { p = j; break; }
        // "said in a statement: “…”", "told reporters on Sunday, “…”": the quotation after the frame
        if (tokens[j].kind === "quote") {
          if (j > p + 1 && FRAME_PREPOSITIONS.has(tokens[p].lower) && /^[:,]$/.test(tokens[j - 1].text)) p = j;
          break;
        }
      }
      while (tokens[p]?.text === "," || tokens[p]?.text === ":") p++;
      // '…, Spicer said, adding, “…”': a participle after the frame's comma is the speaker's next act, read
      // at its own token; what this frame says is before it
      const nextAct = p > frameEnd + 1 && tokens[p - 1].text === "," && (tokens[p]?.lower ?? "").endsWith("ing") && CUE_LEMMAS.has(cueOf(tokens[p]) ?? "");
      let right: Span | null = null;
      if (p < tokens.length && !inverted && !nextAct) {
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
        const endTok = Math.min(ruleEnd, contentEnd(tokens, p, lemma, (j) => !(clause && tokens[j].lower === "and"), endModel));
        let wordsRight = 0;
        for (let j = p; j <= endTok; j++) if (isWord(tokens[j])) wordsRight++;
        // ("vowed to boycott the product": an infinitive is what was vowed, not a frame)
        const infinitive = tokens[p].lower === "to" && !!tokens[p + 1] && !tokens[p + 1].cap && allTags(tokens[p + 1].lower).some((x) => x === "VB");
        const frameOnly = !particle && !infinitive && FRAME_PREPOSITIONS.has(tokens[p].lower) && wordsRight <= 6 && !tokens.slice(p).some((x) => x.lower === "that");
        if (wordsRight >= 1 && !frameOnly) right = clauseSpan(p, endTok);
        // 'insisted that "there's no cribbing. These were common words."': a quotation opened in the
        // content runs on to its close, past the end of the sentence
        let open: Quote | undefined;
        if (right) for (let i = firstStartingFrom(quotes, right.start); i < quotes.length && quotes[i].start < right.end && !open; i++) if (quotes[i].end > right.end) open = quotes[i];
        if (right && open && endTok === tokens.length - 1) right = { start: right.start, end: open.end };
      }
      // reported speech before the frame: "…, he said."
      let left: Span | null = null;
      const leftEnd = tokens[frameStart - 1]?.text === "," ? tokens[frameStart - 1].start : null;
      if (leftEnd !== null && frameStart > 1) {
        let from = s.start;
        // start after an earlier frame in the same sentence
        const q = quoteEndingAt(leftEnd);
        if (q) from = q.start;
        left = { start: from, end: leftEnd };
      }
      // "Asked whether …, Priebus said, “Probably.”": a quotation after the frame is what was said; the clause
      // before it is the writer's (or another attribution's)
      if (right && left && tokens[frameEnd + 1]?.text === "," && tokens[p]?.kind !== "quote") add({ start: left.start, end: right.end }, "indirect", cue, speaker, si, loose);
      else if (right) add(right, tokens[p].kind === "quote" && quotes.some((q) => q.start === right!.start && q.end >= right!.end - 1) ? "direct" : "indirect", cue, speaker, si, loose);
      else if (left) add(left, "indirect", cue, speaker, si, loose);
    };
    for (let c = 0; c < tokens.length; c++) {
      const t = tokens[c];
      if (t.kind !== "word") continue;
      if (c === 0 && t.lower === "in") {
        pollSource(t);
        continue;
      }
      if (t.lower === "according" && tokens[c + 1]?.lower === "to") {
        c = accordingTo(c, t);
        continue;
      }
      // (a verb the lexicon does not list, read as a cue where the detector says so in context)
      let lemma = cueCandidate(tokens, c, titled);
      if (lemma === null && cueOf(t) === null) {
        lemma = learnedCue(tokens, c, cueModel);
        if (lemma !== null) learnedAt.add(t.start);
      }
      if (lemma !== null) readCue(c, t, lemma);
    }
  });

  // a headline "Name: what they said" (the title, and any paragraph-opening line shaped so)
  const headlines: { tokens: Token[]; si: number }[] = doc.sentences.filter((s) => s.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 2), s.start))).map((s) => ({ tokens: doc.tokens[s.index], si: s.index }));
  if (doc.title) headlines.unshift({ tokens: tokenize(text, doc.title.start, doc.title.end), si: -1 });
  // A transcript's turn, "WALLACE: Let's start …" (often opened with a quotation mark that runs through
  // the paragraph), is a headline whose speaker is in capitals: all the paragraph is what was said, word
  // for word. (Labels that are not speakers, "UPDATE:", are neither turns nor headlines.)
  for (const { tokens, si } of headlines) {
    const from = si >= 0 && tokens[0]?.kind === "quote" ? 1 : 0;
    const colon = tokens.findIndex((t) => t.text === ":");
    if (colon - from < 1 || colon - from > 6 || !tokens[from].cap || tokens.length - colon < 4) continue;
    const label = tokens.slice(from, colon);
    if (!label.every((t) => t.cap || t.text === "." || t.lower === "of")) continue;
    if (NOT_SPEAKERS.test(text.slice(label[0].start, label[label.length - 1].end))) continue;
    const turn = si >= 0 && label.every((t) => t.kind !== "word" || (t.text.length > 1 && t.text === t.text.toUpperCase()));
    if (from && !turn) continue;
    const speaker = si >= 0 ? entities.resolve(si, from, colon - 1) : { name: text.slice(tokens[0].start, tokens[colon - 1].end), mention: text.slice(tokens[0].start, tokens[colon - 1].end), kind: "person" as const, role: null, resolved: true, start: tokens[0].start, end: tokens[colon - 1].end };
    let last = si;
    if (turn) while (doc.sentences[last + 1]?.paragraph === doc.sentences[si].paragraph) last++;
    const end = turn ? doc.sentences[last].end : tokens[tokens.length - 1].end;
    const content = { start: tokens[colon + 1].start, end: trimEnd(text, tokens[colon + 1].start, end) };
    const cue: Cue = { text: ":", lemma: ":", start: tokens[colon].start, end: tokens[colon].end };
    if (turn) for (let i = firstStartingFrom(quotes, tokens[0].start); i < quotes.length && quotes[i].start < content.end; i++) quotes[i].used = true;
    if (si >= 0) add(content, turn ? "direct" : "indirect", cue, speaker, si);
    else {
      const a: Attribution = { first: -1, last: -1, content, mode: "indirect", cue, speaker, hedges: [], evidence: null, confidence: 0 };
      out.push(a);
      file(a);
    }
  }

  // a signed quotation or post: '“…” ― Sonya Herr', '… pic.twitter.com/x — Paul Ryan (@SpeakerRyan)', or
  // a quotation paragraph followed by one reading '- Bernie Sanders'
  for (const { dash, lineEnd } of signatures(text)) {
    const lineStart = text.lastIndexOf("\n", dash - 1) + 1;
    const said = text.slice(lineStart, dash);
    let content: Span, si: number | undefined;
    if (!said.trim()) {
      // (a line holding only the signature signs the paragraph before, a quotation)
      const end = text.slice(0, lineStart).trimEnd().length;
      const start = text.lastIndexOf("\n", end - 1) + 1;
      if (end <= start || !/[”"]$/.test(text.slice(start, end))) continue;
      content = { start, end };
      si = sentenceOf(dash);
    } else {
      if (!/[”"]\s*$|pic\.twitter\.com|https?:\/\/|#\w+\s*$/.test(said.trim())) continue;
      content = { start: lineStart, end: lineStart + said.trimEnd().length };
    }
    while (/\s/.test(text[content.start])) content.start++;
    si ??= sentenceOf(content.start);
    const signer = sentenceOf(dash + 1);
    // (a text with no sentence, '"-A', has no tokens to name anyone)
    const signerTokens = doc.tokens[signer] ?? [];
    const name = signerTokens.filter((x) => x.start > dash && x.end <= lineEnd);
    if (!name.length) continue;
    const first = signerTokens.indexOf(name[0]), last = signerTokens.indexOf(name[Math.min(name.length, nameLength(name)) - 1]);
    for (let i = firstStartingFrom(quotes, content.start); i < quotes.length && quotes[i].start < content.end; i++) if (quotes[i].end <= content.end) quotes[i].used = true;
    add(content, "direct", { text: text[dash], lemma: "—", start: dash, end: dash + 1 }, entities.resolve(signer, first, last), si);
  }

  // quotations with no frame of their own continue the last speaker in the paragraph or the one before
  out.sort((a, b) => a.content.start - b.content.start);
  /**
   * A quotation after a colon whose frame has no cue the lexicon knows: 'Mr. Christie gloated: “…”',
   * 'as Tom Ridge put it: “…”' (the clause's last verb and its subject), 'Donald Trump: “…”' (a name alone).
   */
  const colonFrame = (q: Quote): boolean => {
    // (the colon right before the quotation, past spaces: lastIndexOf read back through the whole text for
    // every quotation with no colon before it)
    let colon = q.start - 1;
    while (colon >= 0 && (text[colon] === " " || text[colon] === "\t")) colon--;
    if (colon < 0 || text[colon] !== ":" || countWords(text, q.start, q.end) < 3) return false;
    const si = sentenceOf(colon);
    const tokens = doc.tokens[si];
    if (!tokens) return false;
    const k = tokens.findIndex((t) => t.start === colon);
    if (k < 1) return false;
    // the clause before the colon: from the sentence's start, or the last quotation or dash in it
    let from = 0;
    for (let j = k - 1; j >= 0; j--) if (tokens[j].kind === "quote" || isDash(tokens[j])) { from = j + 1; break; }
    let cue: Cue | null = null, speaker: Speaker | null = null;
    for (let j = k - 1; j > from; j--) {
      const t = tokens[j];
      if (!isVerb(t) || AUX.has(t.lower)) continue;
      const subject = subjectBefore(tokens, j, true) ?? (tokens[j - 1]?.lower === "and" ? coordinatedSubject(tokens, j - 1) : null);
      if (!subject || subject[0] < from) return false;
      cue = { text: t.text, lemma: verbLemma(t.lower), start: t.start, end: t.end };
      speaker = entities.resolve(si, subject[0], subject[1]);
      break;
    }
    if (!cue && k - from <= 6 && tokens.slice(from, k).every((t) => t.kind === "word" ? t.cap : t.text === ".")) {
      cue = { text: ":", lemma: ":", start: colon, end: colon + 1 };
      speaker = entities.resolve(si, from, k - 1);
    }
    if (!cue || !speaker) return false;
    q.used = true;
    add({ start: q.start, end: q.end }, "direct", cue, speaker, si);
    return true;
  };
  /** Every reading of one content widened to take in a quotation that belongs to the same statement. */
  const widen = (content: Span, to: Span) => {
    const { start, end } = content;
    for (const a of out)
      if (a.content.start === start && a.content.end === end) {
        a.content = { ...to };
        file(a);
        a.first = Math.min(a.first, sentenceOf(to.start));
        a.last = Math.max(a.last, sentenceOf(to.end - 1));
      }
  };
  for (const q of quotes) {
    if (q.used || isTitle(text, q)) continue;
    // a quotation inside a statement read already is part of that statement, neither framed by a colon
    // nor a continuation
    if (out.some((a) => a.content.start <= q.start && q.end <= a.content.end)) continue;
    if (colonFrame(q)) continue;
    const si = sentenceOf(q.start);
    const s = doc.sentences[si];
    // '“…,” Schiff told reporters, “but …”': a quotation resuming after its own frame in the sentence is
    // the rest of the same statement (PolNeAR marks both parts as one content)
    const resumed = out.find((a) => a.mode === "direct" && a.cue && a.content.end <= a.cue.start && a.cue.end <= q.start && sentenceOf(a.cue.start) === si
      && RESUME.test(text.slice(a.cue.end, q.start)));
    if (resumed) {
      q.used = true;
      widen(resumed.content, { start: resumed.content.start, end: q.end });
      continue;
    }
    if (!s || q.start < s.start || q.start - s.start > 1) continue; // a quoted phrase inside a sentence is not a statement
    // '“…” “…,” she said.': a quotation right before a framed one in its paragraph begins that statement
    const next = out.find((a) => a.mode === "direct" && a.content.start >= q.end && /^[ \t]*$/.test(text.slice(q.end, a.content.start)));
    if (next) {
      widen(next.content, { start: q.start, end: next.content.end });
      continue;
    }
    // the speaker's own quotation earlier in the paragraph, past statements reported inside its frame
    // ('“…,” said Mr. King, who endorsed Mr. Rubio on Tuesday. “…”'), else the last speaker nearby
    let prior = out.findLast((a) => a.mode === "direct" && a.last >= 0 && a.speaker && a.cue && a.content.end <= q.start && doc.sentences[a.last].paragraph === s.paragraph);
    if (prior) {
      const quoted = prior, frame = sentenceOf(quoted.cue!.start);
      if (out.some((a) => a !== quoted && a.cue && a.first >= 0 && sentenceOf(a.cue.start) > Math.max(frame, sentenceOf(quoted.content.end - 1)) && a.cue.start < q.start)) prior = undefined;
    }
    prior ??= out.findLast((a) => a.last >= 0 && a.content.end <= q.start && a.speaker && si - a.last <= 3);
    if (!prior) continue;
    const paragraphGap = s.paragraph - doc.sentences[prior.last].paragraph;
    if (paragraphGap > 1) continue;
    // in the same paragraph, a quotation goes on the statement its speaker's quotation began ("“…,” he
    // said. “…” “…”": one attribution, as PolNeAR annotates it); in the next, it opens a new one under the
    // same frame: same speaker, same cue
    // (unless the frame between would be most of the statement: '“…,” said X, a lawyer who has fought the
    // industry for years and … . “…”' goes on as a reading of its own, so the content is not mostly frame)
    const quotedLength = prior.content.end - prior.content.start + q.end - q.start;
    if (paragraphGap === 0 && prior.mode === "direct" && q.start - prior.content.end <= quotedLength) {
      widen(prior.content, { start: prior.content.start, end: q.end });
      continue;
    }
    add({ start: q.start, end: q.end }, "direct", prior.cue, prior.speaker, sentenceOf(q.end - 1));
  }
  // 'Video shows him with his hands in the air, but Shelby said he refused …': a content stops before a
  // clause that reports another speaker's statement with a verb of saying (that statement is its own)
  // (b holds a's speaker, so it is filed under the speaker's sentence; contents only shrink here)
  const holding = new SentenceBuckets<Attribution>();
  for (const b of out) if (b.mode !== "direct" && b.first >= 0) holding.file(b, sentenceOf(b.content.start), sentenceOf(Math.max(b.content.start, b.content.end - 1)));
  for (const a of out) {
    if (a.mode !== "indirect" || !a.speaker || a.loose || !a.cue || !SPEECH_CUES.has(a.cue.lemma) || a.speaker.start >= a.cue.start || a.content.start < a.cue.end) continue;
    for (const b of holding.at(sentenceOf(a.speaker.start))) {
      if (b === a || b.mode === "direct" || b.first < 0 || !(b.content.start < a.speaker.start && a.content.end <= b.content.end + 2)) continue;
      if (b.cue && b.cue.start >= a.speaker.start) continue;
      const at = nestedClauseAt(text, b.content.start, a.speaker.start);
      if (at > 0) b.content = { start: b.content.start, end: b.content.start + at };
    }
  }
  // a statement reported inside someone's quotation ('“I saw in the news that Trump said …”') is the quoted
  // speaker's words, not an attribution of the article's (PolNeAR marks few: train F1 +0.0008 without those
  // in a quotation a direct reading holds, +0.0004 more without those in any quotation)
  for (let i = out.length - 1; i >= 0; i--) if (out[i].cue && out[i].mode !== "direct" && insideQuote(out[i].cue!.start)) out.splice(i, 1);
  // every proposal is scored; those the model doubts are dropped (the title's are kept: it has no sentence)
  proposalFeatures(doc, out, quotes, ATTRIBUTION_MODEL.resolve, cueModel).forEach((f, i) => { if (f) out[i].confidence = ATTRIBUTION_MODEL.score(f); });
  // (whether a content has a figure is asked below only where it decides, and at most once per reading:
  // recognising quantities is not cheap)
  // (by content span: readings of one content through several cues ask once)
  const figures = new Map<string, boolean>();
  const hasFigure = (a: Attribution) => {
    const k = `${a.content.start}:${a.content.end}`;
    let f = figures.get(k);
    if (f === undefined) figures.set(k, (f = carriesFigure(text, a)));
    return f;
  };
  let kept = out.filter((a) => a.first < 0 || a.confidence > minConfidence || (SPEECH_CUES.has(a.cue?.lemma ?? "") && hasFigure(a)));
  // of two readings sharing most of the shorter content, the likelier stays (one of them is wrong, or both
  // are one statement read twice), verbs of saying too (they were exempt: cross-validated F1 0.668 -> 0.670
  // without it, dev 0.690 -> 0.691)
  if (minConfidence > -Infinity) {
    const spanScore = new Map<string, number>();
    for (const a of kept) { const k = `${a.content.start}:${a.content.end}`; spanScore.set(k, Math.max(spanScore.get(k) ?? -Infinity, a.confidence)); }
    // each reading's span score, looked up once (not once per pair)
    const score = kept.map((a) => spanScore.get(`${a.content.start}:${a.content.end}`)!);
    // (rivals overlap: each reading asks only those of its own sentences)
    const rivals = new SentenceBuckets<number>();
    const range = (c: Span): [number, number] => [sentenceOf(c.start), sentenceOf(Math.max(c.start, c.end - 1))];
    kept.forEach((b, j) => { if (b.first >= 0) rivals.file(j, ...range(b.content)); });
    // (a figure's statement gives way only to a reading with the same speaker, so the claim keeps who made it)
    kept = kept.filter((a, i) => {
      if (a.first < 0) return true;
      // (a statement in the frame between two quotations joined into one, '“…,” said X, who said Y. “…”', is
      // no rival reading of them; no cue inside a quotation is left to ask about, see above)
      const between = (b: Attribution) => b.mode === "direct" && a.mode !== "direct" && !!a.cue && OPEN_QUOTE.has(text[b.content.start]) && a.cue.start > b.content.start
        && !insideQuote(a.content.start) && !insideQuote(a.content.end - 1);
      return !rivals.some(...range(a.content), (j) => { const b = kept[j]; return b.first >= 0 && (b.content.start !== a.content.start || b.content.end !== a.content.end) && score[j] > score[i] && overlapsMost(a.content, b.content) && !between(b) && (b.speaker?.name === a.speaker?.name || !hasFigure(a)); });
    });
  }
  for (const a of kept) {
    if (a.first >= 0) qualify(a);
    if (a.cue && learnedAt.has(a.cue.start)) a.cue = { ...a.cue, learned: true };
  }
  return kept.sort((a, b) => a.content.start - b.content.start);
}
