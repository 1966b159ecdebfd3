// The noun phrases and verb groups around a figure, read off part-of-speech tags: the phrase that starts or
// ends at a token, its head, the verb group at a token and the verb a figure is the object of. The word
// sets here are the ones those readings need; counted.ts reads the clause with them.

import type { Token } from "../../text/tokens.js";
import { isAdjective, isNoun, isVerb, tokenLemma } from "../../language/pos.js";
import { BE_FORMS, CONTRACTED_BE_SUBJECTS, HAVE_FORMS, STATE_PARTICIPLES } from "../../language/function-words.js";
import { CURRENCY_NAMES } from "../../language/currencies.js";
import { allTags, firstTag } from "../../language/lexicon.js";

export type Tense = "present" | "past" | "future" | null;

export const BE = new Set<string>([...BE_FORMS, "'s", "’s"]);
export const HAVE = new Set<string>(HAVE_FORMS);
export const PRESENT_AUX = new Set(["is", "are", "am", "has", "have", "remain", "remains", "stands", "stand", "'s", "’s"]);
export const PARTICLES = new Set(["back", "up", "out", "down", "off", "away", "over", "in"]);
// nouns that name a count rather than the thing counted: "the number of X", "a total of X"
// "the share of voters is 19 percent": a percentage measures the share itself
export const SHARE_NOUNS = new Set(["share", "proportion", "percentage", "majority"]);
export const MEASURE_NOUNS = new Set(["number", "total", "count", "tally", "figure", "toll", "sum", "majority", "share", "proportion", "percentage", "amount"]);
// words that may head a noun phrase but are not a counted thing when they follow a number
// ("voters overall said": an adverb the tagger reads as a noun ends the phrase)
const NOT_HEADS = new Set(["percent", "per", "cent", "%", "times", "fold", "overall"]);
// "too many calls today": a day named from now, after the noun phrase, is not part of it
export const DEICTIC_DAYS = new Set(["today", "yesterday", "tomorrow", "tonight", "now"]);
// "the rate last week": a time after the noun phrase, not part of it
export const TIME_ADJECTIVES = new Set(["last", "next", "past", "previous", "coming", "same", "this", "early", "late", "earlier", "later"]);
// verbs that report a clause: the figure's own verb is the one after it ("officials said 3 people died")
export const SAY_VERBS = new Set(["say", "report", "claim", "state", "indicate", "show", "find", "estimate", "announce", "tell", "add", "note",
  "believe", "think", "confirm", "reveal", "suggest", "argue", "warn", "insist", "predict", "expect", "know", "learn", "hear", "write"]);
// participles that lend their tense to the verb after "to" ("two candidates are poised to advance")
// ("are expected to attend": what is expected is what happens to the figure)
const SEMI_AUXILIARIES = new Set(["poised", "set", "due", "going", "about", "able", "scheduled", "expected", "likely", "projected", "slated"]);
export const CLAUSE_BREAK = new Set(["that", "which", "who", "whom", "whose", "while", "because", "although", "though", "but", "if", "when", ";", ":", "—", "–", "(", ")"]);

export function phraseText(tokens: Token[], from: number, to: number, text: string): string {
  return text.slice(tokens[from].start, tokens[to].end);
}

/** The noun phrase starting at token i: modifiers then nouns, optionally "of" + proper nouns. Returns [from, to] inclusive or null. */
export function nounPhraseAfter(tokens: Token[], tags: string[], i: number): [number, number] | null {
  let j = i;
  let lastNoun = -1;
  while (j < tokens.length && j - i < 6) {
    const tag = tags[j];
    const tok = tokens[j];
    if (tok.kind === "punct" || tok.kind === "quote" || tok.kind === "number" || DEICTIC_DAYS.has(tok.lower)) break;
    // "three reasons Norway rejects": a name after a plural head opens a clause of its own
    if (lastNoun >= 0 && tags[lastNoun] === "NNS" && tag === "NNP") break;
    if (isNoun(tag) && !NOT_HEADS.has(tok.lower)) lastNoun = j;
    else if (lastNoun >= 0 && isAdjective(tag) && !TIME_ADJECTIVES.has(tok.lower) && isNoun(tags[j + 1] ?? "") && tokens[j + 1].kind === "word") {
      // an adjective between nouns: "likely GOP primary voters"
    } else if (lastNoun < 0 && tag === "RB" && /ly$/.test(tok.lower) && /^(?:JJ|VBN)$/.test(tags[j + 1] ?? "")) {
      // an adverb on the modifier: "internally displaced persons", "newly hired staff"
    } else if (lastNoun < 0 && j > i && (tok.lower === "and" || tok.lower === "or") && isAdjective(tags[j - 1]) && tokens[j + 1]?.kind === "word" && (isAdjective(tags[j + 1]) || isNoun(tags[j + 1]))) {
      // modifiers joined before one head: "uniformed and plainclothes officers", "state or local taxes"
    } else if (lastNoun < 0 && (isAdjective(tag) || tag === "CD" || /-/.test(tok.text) || (/^VB[NDG]$/.test(tag) && tok.lower !== "said" && (isNoun(tags[j + 1] ?? "") || isAdjective(tags[j + 1] ?? ""))))) {
      // modifiers before the head: "official dispatches", "armed men", "fighting men" (not "a third said housing costs …")
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

export function headIndex(tokens: Token[], tags: string[], span: [number, number]): number {
  for (let k = span[0]; k <= span[1]; k++) if (tokens[k].lower === "of") return k - 1;
  void tags;
  return span[1];
}

/** Reads the verb group starting at token i (auxiliaries, adverbs, main verb, particle). */
export function verbGroupAt(tokens: Token[], tags: string[], i: number): { lemma: string; tense: Tense } | null {
  let j = i;
  let tense: Tense = null;
  let sawBe = false;
  while (j < tokens.length && (tags[j] === "RB" || tokens[j].lower === "not")) j++;
  if (j >= tokens.length || !isVerb(tags[j]) && !BE.has(tokens[j].lower) && !HAVE.has(tokens[j].lower)) return null;
  // auxiliaries
  while (j < tokens.length) {
    const w = tokens[j].lower;
    if (tags[j] === "MD") tense ??= modalTense(w);
    else if (BE.has(w) || HAVE.has(w)) {
      tense ??= PRESENT_AUX.has(w) ? "present" : "past";
      sawBe ||= BE.has(w);
    } else break;
    const next = j + 1;
    let k = next;
    while (k < tokens.length && (tags[k] === "RB" || tokens[k].lower === "not")) k++;
    if (k < tokens.length && (isVerb(tags[k]) || BE.has(tokens[k].lower) || (BE.has(w) && passiveRead(tokens, tags, k))) && tokens[k].kind === "word") {
      j = k;
      continue;
    }
    // "are in Afghanistan", "were 40": a form of be is the predicate
    return sawBe || BE.has(w) ? { lemma: "be", tense } : { lemma: "have", tense };
  }
  if (j >= tokens.length || (!isVerb(tags[j]) && !(sawBe && passiveRead(tokens, tags, j)))) return tense ? { lemma: sawBe ? "be" : "have", tense } : null;
  const t = tags[j];
  tense ??= t === "VBD" ? "past" : t === "VBZ" || t === "VBP" ? "present" : null;
  // "were missing", "are stationed": a state, not something done
  if (sawBe && STATE_PARTICIPLES.has(tokens[j].lower)) return { lemma: "be", tense };
  // "are poised to advance": the verb after the semi-auxiliary says what happens
  if (SEMI_AUXILIARIES.has(tokens[j].lower) && tokens[j + 1]?.lower === "to" && isVerb(tags[j + 2] ?? "")) {
    const v = verbGroupAt(tokens, tags, j + 2);
    if (v) return { lemma: v.lemma, tense };
  }
  let lemma = tokenLemma(tokens[j]);
  if (PARTICLES.has(tokens[j + 1]?.lower ?? "") && (tags[j + 1] === "RP" || tags[j + 1] === "RB" || tokens[j + 1].lower === "back")) lemma += ` ${tokens[j + 1].lower}`;
  return { lemma, tense };
}

/** "39 are confirmed dead": a past participle after a form of be that the tagger read as an adjective (the
 *  lexicon's first reading of the word is a past form, and no noun follows it as its head) is a passive;
 *  so is one read as a noun or an adjective with a particle or an agent after it ("were cut off", "was hit by"). */
function passiveRead(tokens: Token[], tags: string[], k: number): boolean {
  if (STATE_PARTICIPLES.has(tokens[k].lower)) return false;
  if (tags[k] === "JJ" && /ed$/.test(tokens[k].lower) && /^VB[DN]$/.test(firstTag(tokens[k].lower) ?? "") && !isNoun(tags[k + 1] ?? "")) return true;
  const next = tokens[k + 1]?.lower ?? "";
  return /^(?:NN|JJ)$/.test(tags[k]) && tokens[k].kind === "word" && (next === "by" || (next !== "in" && PARTICLES.has(next))) && allTags(tokens[k].lower).includes("VBN");
}

/** The verb governing a quantity that stands as an object: the nearest verb before it in its clause. */
export function verbBefore(tokens: Token[], tags: string[], q: number): { lemma: string; tense: Tense } | null {
  for (let k = q - 1; k >= 0 && q - k <= 8; k--) {
    if (CLAUSE_BREAK.has(tokens[k].lower) || tokens[k].lower === ",") return null;
    if (tokens[k].lower === "there" && BE.has(tokens[k + 1]?.lower ?? "")) return { lemma: "be", tense: PRESENT_AUX.has(tokens[k + 1].lower) ? "present" : "past" };
    if (contractedBe(tokens[k])) return { lemma: "be", tense: "present" };
    // "the virus infected 12 workers", "SARS-CoV-2 infected 12": a past form the tagger read as an adjective
    // (the lexicon's first reading), between a noun or pronoun and the figure, is the clause's verb
    if (k === q - 1 && tags[k] === "JJ" && tokens[k].kind === "word" && !tokens[k].cap && /^(?:NN|PRP$)/.test(tags[k - 1] ?? "") && allTags(tokens[k].lower).includes("VBD"))
      return { lemma: tokenLemma(tokens[k]), tense: "past" };
    if (isVerb(tags[k]) && tokens[k].kind === "word" && !adjectival(tokens, tags, k)) {
      if (BE.has(tokens[k].lower)) return { lemma: "be", tense: modalTenseAt(tokens, tags, k) ?? (PRESENT_AUX.has(tokens[k].lower) ? "present" : "past") };
      // "have" with no verb after it is the main verb ("would have two cars", "had a $24 million loss")
      if (HAVE.has(tokens[k].lower)) {
        if (isVerb(tags[k + 1] ?? "") || tags[k + 1] === "RB") continue;
        // "had cut 45 jobs", "had infected 200 pigs": a participle the tagger read as a noun or an adjective
        // right before the figure is the verb the auxiliary goes with
        const next = tokens[k + 1];
        // (or before its pronoun object: "has cost him more than $1 billion")
        if ((k + 1 === q - 1 || (tags[k + 2] === "PRP" && k + 2 < q)) && next?.kind === "word" && !next.cap && /^(?:NN|JJ)/.test(tags[k + 1] ?? "") && allTags(next.lower).includes("VBN"))
          return { lemma: tokenLemma(next), tense: modalTenseAt(tokens, tags, k) ?? (PRESENT_AUX.has(tokens[k].lower) ? "present" : "past") };
        return { lemma: "have", tense: modalTenseAt(tokens, tags, k) ?? (PRESENT_AUX.has(tokens[k].lower) ? "present" : tags[k] === "VBD" ? "past" : null) };
      }
      // the tense is carried by an auxiliary before the verb when there is one ("has sent", "will send")
      let tense: Tense = tags[k] === "VBD" ? "past" : tags[k] === "VBZ" || tags[k] === "VBP" ? "present" : null;
      for (let a = k - 1; a >= 0 && k - a <= 3; a--) {
        const w = tokens[a].lower;
        if (tags[a] === "MD") { tense = modalTense(w) === "future" ? "future" : tense; break; }
        if (HAVE.has(w) || BE.has(w)) { tense = modalTenseAt(tokens, tags, a) ?? (PRESENT_AUX.has(w) ? "present" : "past"); break; }
        if (tags[a] !== "RB" && tags[a] !== "TO" && !isVerb(tags[a])) break;
        if (isVerb(tags[a]) && tags[a] === "VBD") tense = "past"; // "managed to thwart"
      }
      return { lemma: tokenLemma(tokens[k]), tense };
    }
  }
  return null;
}

/** the tense a modal gives the bare "be" or "have" at k ("will be subject to a payout of $900": future), or null */
function modalTenseAt(tokens: Token[], tags: string[], k: number): Tense | null {
  if (tokens[k].lower !== "be" && tokens[k].lower !== "have") return null;
  let a = k - 1;
  while (a >= 0 && k - a <= 3 && (tags[a] === "RB" || tokens[a].lower === "not")) a--;
  if (tags[a] !== "MD") return null;
  return modalTense(tokens[a].lower);
}

// modals that state nothing of how things stand: what will, would, could or may be ("would give $75,000",
// "could cost 5 percent"), unlike what can or must be now
const FUTURE_MODALS = new Set(["will", "shall", "would", "could", "might", "may", "wo"]);
/** the tense a modal gives its verb */
export function modalTense(w: string): Tense {
  return FUTURE_MODALS.has(w) ? "future" : "present";
}

/** "That's", "it's": a pronoun with "is" glued on, one token. */
export function contractedBe(t: Token | undefined): boolean {
  return !!t && /^\p{L}+['’]s$/u.test(t.lower) && CONTRACTED_BE_SUBJECTS.has(t.lower.slice(0, -2));
}

/** A verb used as a modifier ("the extended event", "remaining casinos") rather than as a clause's verb. */
export function adjectival(tokens: Token[], tags: string[], k: number): boolean {
  if (!/^VB[NG]$/.test(tags[k])) return false;
  // "a combined $20 million", "an estimated 5,000 people": a participle between a determiner and a figure
  if (tags[k - 1] === "DT" && (tags[k + 1] === "$" || tags[k + 1] === "CD" || tokens[k + 1]?.kind === "number")) return true;
  if (!isNoun(tags[k + 1] ?? "") && !isAdjective(tags[k + 1] ?? "")) return false;
  // "a 24 million pounds operating loss": after a figure's currency, a participle modifies the noun after it
  if (tags[k - 2] === "CD" && tokens[k - 1].lower in CURRENCY_NAMES) return true;
  // "of registered voters", "with sustained winds", "drawing combined orders": no clause's verb follows a
  // preposition or a gerund (not "that", which may open a relative clause: "a blast that injured people")
  if (tags[k] === "VBN" && ((tags[k - 1] === "IN" && tokens[k - 1].lower !== "that") || (tags[k - 1] === "VBG" && !BE.has(tokens[k - 1].lower) && !HAVE.has(tokens[k - 1].lower)))) return true;
  return tags[k - 1] === "DT" || tags[k - 1] === "PRP$" || isAdjective(tags[k - 1] ?? "") || tags[k - 1] === "CD";
}
