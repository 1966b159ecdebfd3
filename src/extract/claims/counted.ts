// What a quantity counts ("36 terrorist attacks" → "terrorist attacks") and what happened to it
// ("were detained" → "detain"), read off part-of-speech tags around the quantity. Also the tense of
// that verb, which tells whether a number is about now (a present-tense estimate) or the past.

import type { Token } from "../../text/tokens.js";
import { isAdjective, isNoun, isVerb, tokenLemma } from "../../language/pos.js";
import type { Quantity } from "../../types.js";
import { BE_FORMS, HAVE_FORMS } from "../../language/function-words.js";

export type Tense = "present" | "past" | "future" | null;

export interface CountedInfo {
  counted: string | null;
  /** offsets of the counted noun phrase */
  countedSpan: { start: number; end: number } | null;
  predicate: string | null;
  tense: Tense;
}

const BE = new Set<string>([...BE_FORMS, "'s", "’s"]);
const HAVE = new Set<string>(HAVE_FORMS);
const PRESENT_AUX = new Set(["is", "are", "am", "has", "have", "remain", "remains", "stands", "stand", "'s", "’s"]);
const PARTICLES = new Set(["back", "up", "out", "down", "off", "away", "over", "in"]);
// nouns that name a count rather than the thing counted: "the number of X", "a total of X"
const MEASURE_NOUNS = new Set(["number", "total", "count", "tally", "figure", "toll", "sum", "majority", "share", "proportion", "percentage", "amount"]);
// words that may head a noun phrase but are not a counted thing when they follow a number
const NOT_HEADS = new Set(["percent", "per", "cent", "%", "times", "fold"]);
const CLAUSE_BREAK = new Set(["that", "which", "who", "whom", "whose", "while", "because", "although", "though", "but", "if", "when", ";", ":", "—", "–", "(", ")"]);

function phraseText(tokens: Token[], from: number, to: number, text: string): string {
  return text.slice(tokens[from].start, tokens[to].end);
}

/** The noun phrase starting at token i: modifiers then nouns, optionally "of" + proper nouns. Returns [from, to] inclusive or null. */
function nounPhraseAfter(tokens: Token[], tags: string[], i: number): [number, number] | null {
  let j = i;
  let lastNoun = -1;
  while (j < tokens.length && j - i < 6) {
    const tag = tags[j];
    const tok = tokens[j];
    if (tok.kind === "punct" || tok.kind === "quote" || tok.kind === "number") break;
    if (isNoun(tag) && !NOT_HEADS.has(tok.lower)) lastNoun = j;
    else if (lastNoun < 0 && (isAdjective(tag) || tag === "CD" || /-/.test(tok.text) || (/^VB[NDG]$/.test(tag) && (isNoun(tags[j + 1] ?? "") || isAdjective(tags[j + 1] ?? ""))))) {
      // modifiers before the head: "official dispatches", "armed men", "fighting men"
    } else break;
    j++;
  }
  if (lastNoun < 0) return null;
  // "natives of Central Asia", "members of parliament": keep a short of-phrase of names or nouns
  if (tokens[lastNoun + 1]?.lower === "of" && lastNoun + 2 < tokens.length) {
    let k = lastNoun + 2;
    if (tags[k] === "DT") k++;
    let end = -1;
    while (k < tokens.length && k - lastNoun < 6 && (isNoun(tags[k]) || isAdjective(tags[k])) && tokens[k].kind === "word") end = k++;
    if (end > 0 && isNoun(tags[end])) return [i, end];
  }
  return [i, lastNoun];
}

function headIndex(tokens: Token[], tags: string[], span: [number, number]): number {
  for (let k = span[0]; k <= span[1]; k++) if (tokens[k].lower === "of") return k - 1;
  void tags;
  return span[1];
}

/** Reads the verb group starting at token i (auxiliaries, adverbs, main verb, particle). */
function verbGroupAt(tokens: Token[], tags: string[], i: number): { lemma: string; tense: Tense } | null {
  let j = i;
  let tense: Tense = null;
  let sawBe = false;
  while (j < tokens.length && (tags[j] === "RB" || tokens[j].lower === "not")) j++;
  if (j >= tokens.length || !isVerb(tags[j]) && !BE.has(tokens[j].lower) && !HAVE.has(tokens[j].lower)) return null;
  // auxiliaries
  while (j < tokens.length) {
    const w = tokens[j].lower;
    if (tags[j] === "MD") tense ??= w === "will" || w === "shall" ? "future" : "present";
    else if (BE.has(w) || HAVE.has(w)) {
      tense ??= PRESENT_AUX.has(w) ? "present" : "past";
      sawBe ||= BE.has(w);
    } else break;
    const next = j + 1;
    let k = next;
    while (k < tokens.length && (tags[k] === "RB" || tokens[k].lower === "not")) k++;
    if (k < tokens.length && (isVerb(tags[k]) || BE.has(tokens[k].lower)) && tokens[k].kind === "word") {
      j = k;
      continue;
    }
    // "are in Afghanistan", "were 40": a form of be is the predicate
    return sawBe || BE.has(w) ? { lemma: "be", tense } : { lemma: "have", tense };
  }
  if (j >= tokens.length || !isVerb(tags[j])) return tense ? { lemma: sawBe ? "be" : "have", tense } : null;
  const t = tags[j];
  tense ??= t === "VBD" ? "past" : t === "VBZ" || t === "VBP" ? "present" : null;
  let lemma = tokenLemma(tokens[j]);
  if (PARTICLES.has(tokens[j + 1]?.lower ?? "") && (tags[j + 1] === "RP" || tags[j + 1] === "RB" || tokens[j + 1].lower === "back")) lemma += ` ${tokens[j + 1].lower}`;
  return { lemma, tense };
}

/** The verb governing a quantity that stands as an object: the nearest verb before it in its clause. */
function verbBefore(tokens: Token[], tags: string[], q: number): { lemma: string; tense: Tense } | null {
  for (let k = q - 1; k >= 0 && q - k <= 8; k--) {
    if (CLAUSE_BREAK.has(tokens[k].lower) || tokens[k].lower === ",") return null;
    if (tokens[k].lower === "there" && BE.has(tokens[k + 1]?.lower ?? "")) return { lemma: "be", tense: PRESENT_AUX.has(tokens[k + 1].lower) ? "present" : "past" };
    if (isVerb(tags[k]) && tokens[k].kind === "word") {
      if (BE.has(tokens[k].lower)) return { lemma: "be", tense: PRESENT_AUX.has(tokens[k].lower) ? "present" : "past" };
      if (HAVE.has(tokens[k].lower)) continue;
      // the tense is carried by an auxiliary before the verb when there is one ("has sent", "will send")
      let tense: Tense = tags[k] === "VBD" ? "past" : tags[k] === "VBZ" || tags[k] === "VBP" ? "present" : null;
      for (let a = k - 1; a >= 0 && k - a <= 3; a--) {
        const w = tokens[a].lower;
        if (tags[a] === "MD") { tense = w === "will" || w === "shall" ? "future" : tense; break; }
        if (HAVE.has(w) || BE.has(w)) { tense = PRESENT_AUX.has(w) ? "present" : "past"; break; }
        if (tags[a] !== "RB" && tags[a] !== "TO" && !isVerb(tags[a])) break;
        if (isVerb(tags[a]) && tags[a] === "VBD") tense = "past"; // "managed to thwart"
      }
      return { lemma: tokenLemma(tokens[k]), tense };
    }
  }
  return null;
}

/**
 * Counted thing, predicate and tense for a quantity in a tagged sentence.
 * `qFrom`/`qTo` are the token indices (inclusive) the quantity covers.
 */
export function countedFor(text: string, tokens: Token[], tags: string[], qFrom: number, qTo: number, quantity: Quantity): CountedInfo {
  let i = qTo + 1;
  // "dozens of people", "a total of 40 people" (when the recogniser left "of" outside)
  if (tokens[i]?.lower === "of") i++;
  if (quantity.kind === "percent" || quantity.kind === "money") {
    // "40% of voters": the counted thing is the of-phrase; "$3bn in aid" has none we can trust
    if (tokens[qTo + 1]?.lower !== "of") i = -1;
    else if (tags[i] === "DT" || tags[i] === "PRP$") i++;
  }
  let np = i >= 0 && i < tokens.length ? nounPhraseAfter(tokens, tags, i) : null;
  let counted: string | null = null;
  let countedSpan: CountedInfo["countedSpan"] = null;
  let predicate: { lemma: string; tense: Tense } | null = null;
  if (np) {
    counted = phraseText(tokens, np[0], np[1], text);
    countedSpan = { start: tokens[np[0]].start, end: tokens[np[1]].end };
    void headIndex(tokens, tags, np);
    // the quantity's NP as subject: "400 people were detained", "40 people joined"
    let k = np[1] + 1;
    // skip a short post-modifier ("people in Syria", "citizens of Tajikistan") to reach the verb
    if (tokens[k]?.lower !== "," && (tags[k] === "IN" || tags[k] === "TO")) {
      let m = k + 1;
      while (m < tokens.length && m - k <= 4 && (isNoun(tags[m]) || isAdjective(tags[m]) || tags[m] === "DT" || tags[m] === "CC")) m++;
      if (m < tokens.length && isVerb(tags[m])) k = m;
    }
    predicate = verbGroupAt(tokens, tags, k);
  } else {
    // no noun after the number: "the death toll rose to 50", "the number of refugees is 300"
    const before = nounPhraseBefore(tokens, tags, qFrom);
    if (before) {
      counted = phraseText(tokens, before[0], before[1], text);
      countedSpan = { start: tokens[before[0]].start, end: tokens[before[1]].end };
    }
  }
  // an object quantity: "thwarted 36 attacks", "sent the authorities 20 dispatches", "there are 1,100"
  const asObject = verbBefore(tokens, tags, qFrom);
  if (!predicate && asObject) predicate = asObject;
  else if (predicate && asObject && np && !isSubjectPosition(tokens, tags, qFrom)) predicate = asObject;
  return { counted, countedSpan, predicate: predicate?.lemma ?? null, tense: predicate?.tense ?? null };
}

/** Whether the quantity starts its clause (so its noun phrase is the subject of the verb after it). */
function isSubjectPosition(tokens: Token[], tags: string[], q: number): boolean {
  for (let k = q - 1; k >= 0; k--) {
    const w = tokens[k].lower;
    if (w === "," || CLAUSE_BREAK.has(w) || tokens[k].kind === "quote") return true;
    if (isVerb(tags[k]) && tokens[k].kind === "word") return false;
    if (tags[k] === "IN" && w !== "than") return true; // "in 2015, 22 people were"
  }
  return true;
}

/** "the number of refugees rose to 300" → "refugees"; "the death toll rose to 50" → "death toll". */
function nounPhraseBefore(tokens: Token[], tags: string[], q: number): [number, number] | null {
  // find the verb before the quantity in the clause
  let v = q - 1;
  while (v >= 0 && !(isVerb(tags[v]) && tokens[v].kind === "word")) {
    if (CLAUSE_BREAK.has(tokens[v].lower) || tokens[v].lower === ",") return null;
    v--;
  }
  if (v < 0) return null;
  // auxiliaries before it belong to the verb group
  while (v > 0 && (isVerb(tags[v - 1]) || tags[v - 1] === "RB")) v--;
  let end = v - 1;
  while (end >= 0 && !isNoun(tags[end])) {
    if (end < v - 3 || tokens[end].lower === ",") return null;
    end--;
  }
  if (end < 0) return null;
  let start = end;
  while (start > 0 && (isNoun(tags[start - 1]) || isAdjective(tags[start - 1]) || tokens[start - 1].lower === "of")) start--;
  // "the number of refugees": the counted thing is after the measure noun
  for (let k = start; k < end; k++) if (MEASURE_NOUNS.has(tokens[k].lower) && tokens[k + 1]?.lower === "of") return [k + 2, end];
  while (tokens[start].lower === "of") start++;
  return start <= end ? [start, end] : null;
}

/** "how many militant fighters are mustered" → the counted phrase and its verb, for an answer that gives only the number. */
export function questionCounted(text: string, tokens: Token[], tags: string[]): CountedInfo | null {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].lower !== "how" || (tokens[k + 1].lower !== "many" && tokens[k + 1].lower !== "much")) continue;
    const np = nounPhraseAfter(tokens, tags, k + 2);
    if (!np) continue;
    const predicate = verbGroupAt(tokens, tags, np[1] + 1);
    return {
      counted: phraseText(tokens, np[0], np[1], text),
      countedSpan: { start: tokens[np[0]].start, end: tokens[np[1]].end },
      predicate: predicate?.lemma ?? null,
      tense: predicate?.tense ?? null,
    };
  }
  return null;
}
