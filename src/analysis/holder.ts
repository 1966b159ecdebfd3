// Whose figure it is. Some counted things are always somebody's: a cost is the cost of a project, votes are
// a candidate's, "18 states" are the states where a ticket is on the ballot. Two such figures compare only
// when they are the same holder's, so the holder goes into the metric's key when the sentence names it.

import lemmatize from "wink-lemmatizer";
import { demonymPlace, placeName } from "../extract/entities/places.js";
import { isCommonWord, wordFacts } from "../language/lexicon.js";
import { MONTHS, WEEKDAYS } from "../language/calendar.js";
import { capitalised } from "../language/titles.js";
import { AUXILIARIES, DETERMINERS, POSSESSIVE_DETERMINERS } from "../language/function-words.js";
import { COUNTED_PLACES, OWNED_THINGS, RECEIVE_VERBS } from "./words.js";

/** what the holder is read from: the figure's sentence, where the figure is in it, and its claim's fields */
export interface HolderWords {
  counted: string | null;
  predicate: string | null;
  text?: string;
  quantityStart?: number;
  quantityEnd?: number;
  speaker?: string | null;
}

/** no holder is named for a thing that must have one ("The estimated cost is …", "its cost"): it is of
 * something said before, which the sentence does not say, so the figure compares with nothing */
export const UNNAMED = Symbol("unnamed holder");

const lemmaNoun = (w: string) => lemmatize.noun(w.toLowerCase());
const lemmaVerb = (w: string) => lemmatize.verb(w.toLowerCase());

const NAME = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?\p{Lu}[\p{L}.'’-]*)*/gu;
const CALENDAR_NAME = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].map(capitalised).join("|")})$`);
/** "my campaign", "we": in a speaker's words, the speaker's own */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur|[Ww]e|I)(?=[^\p{L}]|$)/u;
const AUX = new Set<string>([...AUXILIARIES, "to", "not", "also", "now", "only", "expected", "likely", "set", "estimated", "projected"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

/** a name a holder can be: no place, no month, no common word capitalised at a clause's start ("In", "The") */
function holderName(name: string, possessive = false): string | null {
  const words = name.replace(/['’]s$/, "").replace(/[.'’-]+$/, "").split(/\s+/);
  while (words.length && isCommonWord(words[0].toLowerCase()) && /^(?:the|a|an|in|on|at|by|for|and|but|as|of)$/i.test(words[0])) words.shift();
  if (!words.length) return null;
  const n = words.join(" ");
  if (placeName(n) || placeName(words[words.length - 1]) || demonymPlace(words[0]) && words.length === 1 || CALENDAR_NAME.test(n)) return null;
  // a lone capitalised common word is a clause's first word ("Officials received…"), unless it owns ("Brook's")
  if (words.length === 1 && !possessive && isCommonWord(n.toLowerCase())) return null;
  return n;
}

/** a noun phrase as a holder: from its first capitalised word when it has one ("the Keystone pipeline" →
 * "Keystone pipeline"), else its head's lemma ("the new bridge" → "bridge"); a pronoun or a place is none */
function phraseHolder(words: string[]): string | null {
  const ws = words.filter((w) => !DETERMINERS.has(w.toLowerCase()));
  if (!ws.length || /^(?:it|they|them|he|she|this|that|which|who)$/i.test(ws[ws.length - 1])) return null;
  const cap = ws.findIndex((w) => /^\p{Lu}/u.test(w));
  if (cap >= 0) return holderName(ws.slice(cap).join(" "), true);
  return lemmaNoun(ws[ws.length - 1]);
}

/** the first holder named in the clauses before the figure, nearest first: a name, or the speaker's "my"/"we" */
function clauseHolder(before: string, speaker: string | null): string | null {
  for (const clause of before.split(/[,;:()"“”—–]/).reverse()) {
    if (speaker && FIRST_PERSON.test(clause)) return speaker;
    for (const m of clause.matchAll(NAME)) {
      const n = holderName(m[0]);
      // who says it is not whose it is ("Ada Brook said cases rose in 30 counties"), unless in the first person
      if (n && !(speaker && (speaker.includes(n) || n.includes(speaker)))) return n;
    }
  }
  return null;
}

/**
 * The holder of a thing that is always somebody's ("cost", "budget", "length"): "the pipeline's cost", "the
 * cost of the Keystone pipeline", "the bridge will cost …", "our budget" (the speaker's). UNNAMED when the
 * sentence says "the cost" or "its cost" and no more; null for "a cost of …" with no holder, or when the counted
 * word is not found in the sentence (no holder: the figure compares as any other).
 */
function ownedHolder(f: HolderWords, thing: string, text: string, qs: number): string | null | typeof UNNAMED {
  // the counted words up to the owned word: "cost of the Fjordline pipeline" → "cost"
  const countedWords = f.counted?.split(/\s+/).filter(Boolean) ?? [];
  const upTo = countedWords.findIndex((w) => lemmaNoun(w.replace(/[^\p{L}-]/gu, "")) === thing);
  const headWord = upTo >= 0 ? countedWords[upTo] : countedWords.pop();
  const verb = f.predicate ? lemmaVerb(f.predicate.split(/\s+/).pop()!) : "";
  // "the Fjordline pipeline will cost …": what is counted is the subject of the verb, and it is the holder
  if (f.counted && OWNED_THINGS.has(verb)) return phraseHolder(f.counted.split(/\s+/)) ?? UNNAMED;
  if (headWord) {
    const head = lemmaNoun(headWord.replace(/[^\p{L}-]/gu, ""));
    // the occurrence of the counted word nearest the figure
    let at: { index: number; end: number } | null = null;
    for (const m of text.matchAll(WORD))
      if (lemmaNoun(m[0]) === head && (!at || Math.abs(m.index! - qs) < Math.abs(at.index - qs))) at = { index: m.index!, end: m.index! + m[0].length };
    if (at) {
      const before = text.slice(0, at.index), after = text.slice(at.end);
      const own = /((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)(?:['’]s|s['’])\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
      if (own) return phraseHolder(own[1].split(/\s+/)) ?? UNNAMED;
      const pronoun = new RegExp(`\\b(${POSSESSIVE_DETERMINERS.join("|")})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, "iu").exec(before);
      if (pronoun) return /^(?:my|our)$/i.test(pronoun[1]) && f.speaker ? f.speaker : UNNAMED;
      // "a cost of about $2 billion": that "of" gives the figure, not the holder
      const figureNext = at.end <= qs && /^\s+of\s+(?:[\p{L}$€£]+\s*){0,3}$/u.test(text.slice(at.end, qs));
      // "the Fjordline pipeline costs", "the project budget": nouns before the owned word in its phrase own it
      const modifiers = countedWords.slice(0, Math.max(0, upTo)).filter((w) => !DETERMINERS.has(w.toLowerCase()));
      if (modifiers.length && modifiers.every((w) => /^\p{Lu}/u.test(w) || wordFacts(w.toLowerCase()).tag?.startsWith("NN"))) {
        const h = phraseHolder(modifiers);
        if (h) return h;
      }
      const of = figureNext ? null : /^\s+of\s+((?:[\p{L}\p{N}-]+\s+){0,4})/u.exec(after + " ");
      if (of) {
        const words: string[] = [];
        for (const w of of[1].trim().split(/\s+/)) {
          // the phrase ends at a verb or a word that starts another phrase ("of the new bridge rose to …")
          if (words.length && (AUX.has(w.toLowerCase()) || wordFacts(w.toLowerCase()).tag?.startsWith("VB") || /^(?:in|at|on|to|for|by|with|from|and|or|which|that)$/i.test(w))) break;
          words.push(w);
        }
        const h = phraseHolder(words);
        if (h) return h;
      }
      // "at a depth of 10 km", "with a cost of …": an indefinite one is the clause's own, comparable as before;
      // "the estimated cost", "its cost" point back to something the sentence does not name
      return /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before) ? null : UNNAMED;
    }
  }
  return null;
}

const HAVE = /\b(?:has|have|had|having)\b/giu;
/** words a subject's noun phrase is made of, read backwards from its verb: names, nouns, adjectives, determiners */
function inSubject(w: string): boolean {
  const tag = wordFacts(w.toLowerCase()).tag ?? "";
  if (DETERMINERS.has(w.toLowerCase()) || /^(?:NN|JJ|CD|PRP)/.test(tag)) return true;
  // a name, not a capitalised preposition or conjunction at the clause's start ("In", "But")
  return /^\p{Lu}/u.test(w) && !/^(?:IN|CC|TO|W|RB|MD|VB)/.test(tag);
}
/** words between "has" and its figure that leave the figure what is had: "has a … factor of", "had more than", "has nearly" */
const HAD_WORD = /^(?:of|than|more|less|fewer|about|around|nearly|almost|over|under|some|at|least|most|up|to|just|only|roughly|already|now|still|total|combined|estimated)$/i;
const PRONOUN = /^(?:it|they|them|he|she|this|that|these|those|which|who|one)$/i;

/**
 * "This has a productivity factor of 4", "the pipeline has a length of 480 km", "Sanders has 914 delegates":
 * what one has is the subject's, so the name that is the subject of the "have" nearest before the figure is its
 * holder. A pronoun or a demonstrative ("this", "it") points back to something the sentence does not name: UNNAMED.
 */
function haveSubject(before: string, counted: string | null): string | typeof UNNAMED | null {
  let at = -1, end = -1;
  for (const m of before.matchAll(HAVE)) { at = m.index!; end = at + m[0].length; }
  if (at < 0) return null;
  // what is had must be the figure's thing: "had a licence for the five firearms" had a licence, not firearms
  const own = new Set((counted ?? "").toLowerCase().split(/\s+/));
  if (!before.slice(end).trim().split(/\s+/).filter(Boolean).every((w) => own.has(w.toLowerCase()) || HAD_WORD.test(w) || DETERMINERS.has(w.toLowerCase()))) return null;
  const clause = before.slice(0, at).split(/[,;:()"“”—–]/).pop()!.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  // "Lund now has", "Lund will have": adverbs and auxiliaries between the subject and its verb
  let last = clause.length - 1;
  while (last >= 0 && (AUX.has(clause[last].toLowerCase()) || /^RB/.test(wordFacts(clause[last].toLowerCase()).tag ?? ""))) last--;
  for (let i = last; i >= 0 && inSubject(clause[i]) && !AUX.has(clause[i].toLowerCase()); i--) words.unshift(clause[i]);
  if (!words.length) return null;
  // "this has …", "it has …": the holder is something said before
  if (PRONOUN.test(words[words.length - 1])) return UNNAMED;
  // a common noun ("the clinic has 40 beds") names no one in particular: no holder, as before
  const name = words.findIndex((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
  return name < 0 ? null : holderName(words.slice(name).join(" "));
}

/**
 * Whose figure it is, when the text names who has or received the counted thing: the subject of a verb of
 * receiving (the first name of its clause, or of the clause before when that is "which received" or
 * "receiving"), a possessive before the figure ("Hedges's 5,617 votes"), or "for NAME" after the counted
 * thing ("votes for Jill Stein"); the owner of a thing that is always somebody's (ownedHolder); for places
 * counted as where something holds ("on the ballot in 18 states"), the name its sentence gives before them.
 */
export function holderOf(f: HolderWords, thing: string): string | null | typeof UNNAMED {
  if (f.text === undefined || f.quantityStart === undefined || f.quantityEnd === undefined) return null;
  const before = f.text.slice(0, f.quantityStart), after = f.text.slice(f.quantityEnd);
  if (OWNED_THINGS.has(thing)) return ownedHolder(f, thing, f.text, f.quantityStart);
  if (COUNTED_PLACES.has(thing) && /\b(?:in|across|to|into|from)\s+(?:(?:all|the|some|at least|more than|over|nearly|about)\s+)*$/i.test(before))
    return clauseHolder(before, f.speaker ?? null);
  const possessive = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (possessive && /['’]s?\s/.test(possessive[0])) {
    const n = holderName(possessive[1], true);
    if (n) return n;
  }
  const forName = /^\s*(?:[\p{L}-]+\s+){0,2}?for\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)/u.exec(after);
  if (forName && f.counted) {
    const n = holderName(forName[1]);
    if (n) return n;
  }
  const verb = f.predicate ? lemmaVerb(f.predicate.split(/\s+/).pop()!) : "";
  if (verb === "have") return haveSubject(before, f.counted);
  if (!RECEIVE_VERBS.has(verb)) return null;
  let at = -1;
  for (const m of before.matchAll(/[\p{L}]+/gu)) if (lemmaVerb(m[0]) === verb) at = m.index!;
  if (at < 0) return null;
  const clauses = before.slice(0, at).split(/[,;:()]/);
  for (const clause of [clauses[clauses.length - 1], clauses[clauses.length - 2] ?? ""])
    for (const m of clause.matchAll(NAME)) {
      const n = holderName(m[0]);
      if (n) return n;
    }
  return null;
}
