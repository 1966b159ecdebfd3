// Word classes the attribution and entity rules need, from en-lexicon's tag dictionary (its first tag
// is the word's most frequent one) plus the closed lists we own. A dictionary lookup per word is far
// cheaper than tagging every sentence, and these rules only ask "could this word head a noun phrase?".

import enLexicon from "en-lexicon";
import type { Token } from "../text/tokens.js";
import { wordTable } from "./word-table.js";
import type { Initial } from "./pos.js";

const LEX = (enLexicon as unknown as { lexicon: Record<string, string> }).lexicon;
// (en-pos reads the same object as `lexicon[word]`: see word-table.ts)
wordTable(LEX);

/** What the rules ask of a word form, worked out once per form. */
export interface WordFacts {
  /** the lexicon's first (most frequent) tag, or null */
  tag: string | null;
  /** the lexicon's entry as it stands ("NN|VB"), or undefined */
  entry: string | undefined;
  /** the cue lemma (attribution.ts fills it on first asking): undefined until asked, null for none */
  cue: string | null | undefined;
  /** whether any of the lexicon's tags is a verb's (cue-detector.ts fills it on first asking) */
  verb?: boolean;
  /** the shipped cue detector's numbers for the word, its class and its lemma (cue-detector.ts) */
  cueIds?: [number, number, number];
  /** the shipped content-end model's numbers for the word, its class and its capitalised class (content-end.ts) */
  endIds?: [number, number, number];
  /** en-pos's first tag of the word written in lower case (pos.ts) */
  initial?: Initial;
  /** the word's verb lemma (pos.ts `tokenLemma` fills it on first asking) */
  lemma?: string;
  /** every tag the lexicon allows the word (`allTags` fills it on first asking) */
  all?: readonly string[];
  /** one bit per word set of `inWordSet`: whether the word was looked up in it, and whether it is in it */
  asked: number;
  member: number;
}

// word → facts: the lexicon is a 100,000-key object whose entries "NN|VB" had to be cut on every call
// (17% of findAttributions' time); one table of facts answers both the tag and the cue questions with one
// lookup of each new token's string. The table is our own open addressing over the words' FNV-1a hashes:
// a Map<string, WordFacts> took 150 ns a lookup over PolNeAR train's 726,000 tokens (7% of extract(),
// each token a fresh string to hash and compare), this about 90.
const TAGS = new Map<string, string>();
let bits = 16;
let hashes = new Int32Array(1 << bits);
let keys: (string | null)[] = new Array<string | null>(1 << bits).fill(null);
let values: (WordFacts | null)[] = new Array<WordFacts | null>(1 << bits).fill(null);
let size = 0;

function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

function store(h: number, word: string, facts: WordFacts): void {
  const mask = (1 << bits) - 1;
  let i = h & mask;
  while (keys[i] !== null) i = (i + 1) & mask;
  hashes[i] = h;
  keys[i] = word;
  values[i] = facts;
  size++;
}

function resize(to: number, keep: boolean): void {
  const [oldHashes, oldKeys, oldValues] = [hashes, keys, values];
  bits = to;
  hashes = new Int32Array(1 << bits);
  keys = new Array<string | null>(1 << bits).fill(null);
  values = new Array<WordFacts | null>(1 << bits).fill(null);
  size = 0;
  if (keep) for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== null) store(oldHashes[i], oldKeys[i]!, oldValues[i]!);
}

export function wordFacts(word: string): WordFacts {
  const h = fnv(word), mask = (1 << bits) - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const k = keys[i];
    if (k === null) break;
    if (hashes[i] === h && k === word) return values[i]!;
  }
  const tags = Object.prototype.hasOwnProperty.call(LEX, word) ? LEX[word] : undefined;
  let tag: string | null = null;
  if (tags !== undefined) {
    const bar = tags.indexOf("|");
    const first = bar < 0 ? tags : tags.slice(0, bar);
    tag = TAGS.get(first) ?? (TAGS.set(first, first), first);
  }
  // (every field present from the start: one object shape for all words keeps reading them fast)
  const facts: WordFacts = { tag, entry: tags, cue: undefined, verb: undefined, cueIds: undefined, endIds: undefined, initial: undefined, lemma: undefined, all: undefined, asked: 0, member: 0 };
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

export const PRONOUNS_PERSON = new Set(["he", "she", "him", "her"]);
export const PRONOUNS_GROUP = new Set(["they", "them", "we"]);
export const PRONOUNS_FIRST = new Set(["i", "we"]);

// nouns naming an office or function: "the minister", "Interior Minister X", "X, the spokeswoman,"
export const ROLE_WORDS = new Set([
  "minister", "president", "vice-president", "spokesman", "spokeswoman", "spokesperson", "secretary", "senator", "sen",
  "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "chief", "director", "ambassador",
  "general", "gen", "commander", "chairman", "chairwoman", "chair", "leader", "prosecutor", "attorney", "judge", "premier",
  "king", "queen", "chancellor", "envoy", "adviser", "advisor", "officer", "candidate", "lawmaker", "speaker", "ceo",
  "founder", "executive", "economist", "professor", "head", "deputy", "official", "nominee", "pope", "sheriff", "colonel",
  "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "superintendent", "commissioner",
  "inspector", "analyst", "researcher", "expert", "strategist", "manager", "coordinator", "aide", "staffer",
  "correspondent", "editor", "reporter", "columnist", "activist", "president-elect", "justice", "mp", "emir", "sheikh",
  "prince", "princess", "ayatollah", "cleric", "imam", "bishop", "cardinal", "pastor", "rabbi", "dean", "provost",
]);

// plural or collective nouns that name an unnamed group of sources: "officials said", "sources said"
export const GROUP_WORDS = new Set([
  "officials", "sources", "authorities", "experts", "analysts", "police", "investigators", "witnesses", "residents",
  "observers", "critics", "supporters", "opponents", "aides", "advisers", "advisors", "lawmakers", "officers", "diplomats",
  "researchers", "scientists", "economists", "activists", "protesters", "organizers", "organisers", "spokesmen",
  "prosecutors", "doctors", "medics", "rescuers", "people", "voters", "polls", "reports", "media", "documents", "data",
  "figures", "statistics", "studies", "surveys", "leaders", "members", "republicans", "democrats", "conservatives",
  "liberals", "insiders", "staff", "staffers", "representatives", "allies", "militants", "rebels", "forces", "troops",
  "agencies", "groups", "families", "relatives", "residents", "locals", "villagers", "survivors", "parents", "students",
]);

// the last word of an organisation's name
export const ORG_HEADS = new Set([
  "ministry", "department", "agency", "committee", "council", "party", "police", "army", "service", "services", "office",
  "commission", "bureau", "court", "parliament", "congress", "senate", "government", "administration", "union",
  "association", "institute", "university", "college", "group", "bank", "company", "corporation", "corp", "inc", "ltd",
  "times", "post", "news", "organization", "organisation", "front", "forces", "force", "fund", "foundation", "board",
  "authority", "coalition", "campaign", "center", "centre", "network", "press", "journal", "tribune", "guardian",
  "assembly", "cabinet", "kremlin", "pentagon", "house", "taliban", "state", "navy", "guard", "command", "club",
  "church", "movement", "alliance", "federation", "league", "brigade", "brigades", "battalion", "directorate", "division",
  "secretariat", "inspectorate", "prosecutor's", "reuters", "cnn", "bbc", "fbi", "cia", "nato", "un", "eu",
  "commission", "watch", "international", "institution", "tribunal", "legislature", "review", "magazine", "herald",
  "daily", "channel", "radio", "television", "tv", "airlines", "airways", "systems", "technologies", "partners",
  "industries", "group's", "caucus", "fed", "reserve", "treasury", "ministry's", "police's",
]);

// honorifics that start a person's name but are not part of it
export const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister", "miss"]);

// words capitalised at the start of a name that are not names: days, months, and the like
export const NOT_NAME = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december", "i", "i'm", "i've", "i'd", "i'll",
  "god", "christmas", "easter", "ramadan",
]);
