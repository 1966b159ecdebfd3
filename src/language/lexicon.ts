// Word classes the attribution and entity rules need, from en-lexicon's tag dictionary (its first tag
// is the word's most frequent one) plus the closed lists we own. A dictionary lookup per word is far
// cheaper than tagging every sentence, and these rules only ask "could this word head a noun phrase?".

import enLexicon from "en-lexicon";
import type { Token } from "../text/tokens.js";
import { wordTable } from "./word-table.js";

const LEX = (enLexicon as unknown as { lexicon: Record<string, string> }).lexicon;
// (en-pos reads the same object as `lexicon[word]`: see word-table.ts)
wordTable(LEX);

/** en-pos's first tag of a word form, before its rules read the context (pos.ts keeps it here). */
export interface Initial { tag: string; confidence: number; blocked: boolean }

/**
 * What the rules ask of a word form, worked out once per form: the lexicon's facts, and slots where the
 * modules that read every token keep what they worked out about the form, so that a token costs one
 * lookup of its string. The tagger's slots (pos.ts) are declared here; a module outside language/ declares
 * its own on this interface (TypeScript module augmentation) and names them with `factSlots`, so the
 * lexicon knows nothing of its consumers. Each slot is filled by its owner only.
 */
export interface WordFacts {
  /** the lexicon's first (most frequent) tag, or null */
  tag: string | null;
  /** the lexicon's entry as it stands ("NN|VB"), or undefined */
  entry: string | undefined;
  /** en-pos's first tag of the word written in lower case (pos.ts) */
  initial?: Initial;
  /** the last form of the word written with capitals that was tagged ("Apple"), and en-pos's first tag of it (pos.ts) */
  casedForm?: string;
  casedInitial?: Initial;
  /** the word's verb lemma (pos.ts `tokenLemma` fills it on first asking) */
  lemma?: string;
  /** every tag the lexicon allows the word (`allTags` fills it on first asking) */
  all?: readonly string[];
  /** one bit per word set of `inWordSet`: whether the word was looked up in it, and whether it is in it */
  asked: number;
  member: number;
}

// The slots other modules declared (`factSlots`), each undefined in a new record: every record is made from
// this template, so all have the same fields from the start (one object shape for all words keeps reading
// them fast; a field added later to some records would make the readers see several shapes).
let template: Record<string, unknown> = blank();
function blank(extra: readonly string[] = []): Record<string, unknown> {
  const t: Record<string, unknown> = { tag: null, entry: undefined, initial: undefined, casedForm: undefined, casedInitial: undefined, lemma: undefined, all: undefined, asked: 0, member: 0 };
  for (const name of extra) t[name] = undefined;
  return t;
}
const slots: string[] = [];

/** Adds fields that a module declared on WordFacts (module augmentation) to every record made from now on. */
export function factSlots(...names: (keyof WordFacts)[]): void {
  const added = names.filter((n) => !(n in template));
  if (!added.length) return;
  slots.push(...added);
  template = blank(slots);
  // records made before (a module's load asking a word) would lack the slot: start the table over
  if (size > 0) resize(16, false);
}

// word → facts: the lexicon is a 100,000-key object whose entries "NN|VB" had to be cut on every call
// (17% of findAttributions' time); one table of facts answers both the tag and the cue questions with one
// lookup of each new token's string. The table is our own open addressing over the words' FNV-1a hashes:
// a Map<string, WordFacts> took 150 ns a lookup over PolNeAR train's 726,000 tokens (7% of extract(),
// each token a fresh string to hash and compare), this about 90. A slot's hash is read first (0: empty),
// and its word and facts sit side by side in one array: a probe touches the word only when the hashes
// agree, and a hit reads the facts from the word's cache line.
const TAGS = new Map<string, string>();
let bits = 16;
let hashes = new Int32Array(1 << bits);
/** slot i's word at 2i, its facts at 2i + 1 */
let entries: (string | WordFacts | null)[] = new Array<string | WordFacts | null>(2 << bits).fill(null);
let size = 0;

/**
 * FNV-1a, never 0 (which marks an empty slot). (The words come as strings of many representations
 * (sliced, lower-cased, one- or two-byte): read through a parameter, each `charCodeAt` was a megamorphic
 * property load, 4% of extract()'s instructions; a template literal makes the type known to the compiler.)
 */
function fnv(word: string): number {
  const s = `${word}`;
  let h = 0x811c9dc5;
  // (String.prototype's own charCodeAt, called on s: the method read from s was still a megamorphic load)
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ String.prototype.charCodeAt.call(s, i), 16777619);
  return h || 1;
}

function store(h: number, word: string, facts: WordFacts): void {
  const mask = (1 << bits) - 1;
  let i = h & mask;
  while (hashes[i] !== 0) i = (i + 1) & mask;
  hashes[i] = h;
  entries[2 * i] = word;
  entries[2 * i + 1] = facts;
  size++;
}

function resize(to: number, keep: boolean): void {
  const [oldHashes, oldEntries] = [hashes, entries];
  bits = to;
  hashes = new Int32Array(1 << bits);
  entries = new Array<string | WordFacts | null>(2 << bits).fill(null);
  size = 0;
  if (keep) for (let i = 0; i < oldHashes.length; i++) if (oldHashes[i] !== 0) store(oldHashes[i], oldEntries[2 * i] as string, oldEntries[2 * i + 1] as WordFacts);
}

export function wordFacts(word: string): WordFacts {
  const h = fnv(word), mask = (1 << bits) - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const k = hashes[i];
    if (k === 0) break;
    if (k === h && entries[2 * i] === word) return entries[2 * i + 1] as WordFacts;
  }
  const tags = Object.prototype.hasOwnProperty.call(LEX, word) ? LEX[word] : undefined;
  let tag: string | null = null;
  if (tags !== undefined) {
    const bar = tags.indexOf("|");
    const first = bar < 0 ? tags : tags.slice(0, bar);
    tag = TAGS.get(first) ?? (TAGS.set(first, first), first);
  }
  const facts = { ...template } as unknown as WordFacts;
  facts.tag = tag;
  facts.entry = tags;
  // a long-running server reads unbounded vocabularies: start over rather than grow without end
  if (size >= 500_000) resize(16, false);
  else if (2 * (size + 1) > 1 << bits) resize(bits + 1, true);
  store(h, word, facts);
  return facts;
}

/** The facts of a token's word form, looked up once per token. */
export function tokenFacts(t: Token): WordFacts {
  return (t.facts ??= wordFacts(t.lower)) as WordFacts;
}

let sets = 0;
/**
 * A test of tokens against a closed set of lower-case words whose answer is kept with each word form's
 * facts, one bit per set: the rules that ask it of every token of the text (is it a role noun, an
 * auxiliary, not a name) look each form up in the set once rather than hashing every token's string.
 */
export function inWordSet(words: ReadonlySet<string>): (t: Token) => boolean {
  // (bits 0-29 keep the masks small integers)
  if (sets >= 30) throw new Error("more than 30 word sets kept with the word facts");
  const bit = 1 << sets++;
  return (t) => {
    const facts = tokenFacts(t);
    if ((facts.asked & bit) === 0) {
      facts.asked |= bit;
      if (words.has(t.lower)) facts.member |= bit;
    }
    return (facts.member & bit) !== 0;
  };
}

/** The most frequent Penn tag of a token's word. */
export const tokenTag = (t: Token): string | null => tokenFacts(t).tag;

/** A finite verb or modal (the lexicon's most frequent tag), not capitalised: the mark of a clause of its own. */
const FINITE_TAGS = new Set(["VBD", "VBZ", "VBP", "MD"]);
export const isFiniteVerb = (t: Token): boolean => t.kind === "word" && !t.cap && FINITE_TAGS.has(tokenTag(t) ?? "");

/** The most frequent Penn tag of a word, or null when the lexicon does not know it. */
export function firstTag(word: string): string | null {
  return wordFacts(word).tag;
}

/** All tags the lexicon allows for a word (split once per word: en-pos's tagger asks on every rule it tries, pos.ts). */
export function allTags(word: string): readonly string[] {
  const facts = wordFacts(word);
  return (facts.all ??= facts.entry ? facts.entry.split("|") : []);
}

/** True when a lower-case word is, most often, a common word rather than part of a name. */
export function isCommonWord(lower: string): boolean {
  return common(firstTag(lower));
}

/** isCommonWord of a token's word, from the facts kept on the token. */
export function isCommonToken(t: Token): boolean {
  return common(tokenTag(t));
}

function common(t: string | null): boolean {
  return t !== null && t !== "NNP" && t !== "NNPS";
}
