// Who is speaking: the noun phrase a cue's subject is, read from the tokens of its sentence. The subject
// before a cue (subjectBefore: past auxiliaries, adverbs, appositives, asides and relative clauses), the
// phrase after one ("…, said the minister"), the subject of a sentence or of a coordinated verb, and the
// nearest or first name when no rule applies. Each returns token indices; entities resolve them to speakers.

import type { Token } from "../../text/tokens.js";
import { datelineTokens } from "../../text/dateline.js";
import { allTags, tokenTag } from "../../language/lexicon.js";
import { AUX, cueOf, isDash, isFiniteCue, isVerb } from "./tokens.js";
import { BE_FORMS, DETERMINERS, PLACE_PREPOSITIONS } from "../../language/function-words.js";
import { CUE_LEMMAS } from "../cues.js";
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from "../../language/calendar.js";
import { COMMON_TITLE_ABBREVIATIONS, capitalised } from "../../language/titles.js";
import { countingWords } from "../../language/numbers.js";
import { ORG_HEADS } from "../../language/name-words.js";

// noun-phrase-internal words that the lexicon tags otherwise
// ("retired" premodifies a title: "retired Army Lt. Gen. Mick Bednarek said")
const NP_WORDS = new Set(["of", "’s", "'s", "the", "a", "an", "for", "and", "s", "retired"]);
const STOP_LEFT = new Set(["that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "as", "but", "or", "so", "than", "to", "after", "before", "since", "although", "though", "what", "how", "why", "whether", "said", "says"]);
// words for a share of people, heads of a subject of their own ("most said", "half say")
const SHARES = new Set(["most", "many", "half", "majority", "third", "thirds", "quarter", "quarters", "fourths", "fifths", "some", "few", "others", "all", "both", "none", "percent", "plurality", "minority", "three-fourths", "two-thirds", "one-third"]);
const NUMBER_WORD = new RegExp(`^(?:${countingWords(10).join("|")})$`);
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.map(capitalised).join("|")}|today|yesterday|tonight)$`);
// a title's abbreviation or an initial before a period inside a name ("Sen. Graham", "Lindsey O. Graham")
const TITLE_OR_INITIAL = new RegExp(`^(?:${COMMON_TITLE_ABBREVIATIONS.map(capitalised).join("|")}|[A-Z])$`);

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

/**
 * Whether token i is the last part of a web address ("net" in "Harbourwatch.net"): a lower-case word after a
 * period with a word right before it, no space on either side. It ends a name whatever the lexicon tags it
 * ("net" is an adjective there); a run-on "city.The" is none.
 */
export function webTail(tokens: Token[], i: number): boolean {
  const t = tokens[i], dot = tokens[i - 1], before = tokens[i - 2];
  return !!t && !!before && t.kind === "word" && !t.cap && dot.text === "." && before.kind === "word" && before.end === dot.start && dot.end === t.start;
}

/** A subject's first and last token, and the relative pronoun between it and the verb ("X, who said"), if any. */
export type Subject = [number, number] | [number, number, number];

// adverbs that sit between a subject and its verb ("proponents here say", "he also said", "she now says")
const MID_ADVERBS = new Set(["here", "also", "now", "still", "even", "just", "already", "again", "then", "once", "often", "never", "first", "later", "too", "long", "soon", "since", "ever", "always"]);

/** The subject noun phrase ending just before token `i` (after skipping auxiliaries), as [from, to]. */
export function subjectBefore(tokens: Token[], i: number, speech = false): Subject | null {
  let relative = -1;
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && (AUX.has(tokens[k].lower) || (tokens[k].lower.endsWith("ly") || MID_ADVERBS.has(tokens[k].lower)) && tokenTag(tokens[k]) === "RB")) k--;
  // "Hillary Clinton on Tuesday said", "The campaign earlier Thursday responded": a time between subject and verb
  if (k >= 1 && WEEKDAY.test(tokens[k].text)) {
    k--;
    if (k >= 1 && /^(?:on|earlier|later|late|early|this|last)$/.test(tokens[k].lower)) k--;
    while (k >= 0 && tokens[k].kind === "word" && !tokens[k].cap && AUX.has(tokens[k].lower)) k--;
  } else if (k >= 2 && /^(?:week|month|year)$/.test(tokens[k].lower) && /^(?:this|last)$/.test(tokens[k - 1].lower)) k -= 2;
  // "A new poll released Friday found": a participle and its time between the subject and the verb
  if (k >= 1 && k < i - 1 && tokens[k].kind === "word" && !tokens[k].cap && /(?:ed|en)$/.test(tokens[k].lower) && allTags(tokens[k].lower).includes("VBN")
    && tokens[k - 1].kind === "word" && /^NN/.test(tokens[k - 1].cap ? "NNP" : tokenTag(tokens[k - 1]) ?? "")) k--;
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
  const headTag = tokens[to].cap || webTail(tokens, to) ? "NNP" : tokenTag(tokens[to]);
  // (an organisation's head the tagger reads otherwise: "the cooperative said")
  if (headTag !== null && !/^(?:NN|PRP|CD)/.test(headTag) && !tokens[to].cap && !ORG_HEADS.has(tokens[to].lower)) return null;
  // ("it" says only when a verb of saying follows: "It said current officials …", not "it seems")
  if ((tokens[to].lower === "it" && !speech) || tokens[to].lower === "there" || tokens[to].lower === "that" || tokens[to].lower === "this") return null;
  let from = to;
  while (from - 1 >= 0 && to - from < 9) {
    const t = tokens[from - 1];
    if (t.text === "." && from - 2 >= 0 && TITLE_OR_INITIAL.test(tokens[from - 2].text)) { from--; continue; }
    // a web address is one name: "Harbourwatch.org said" (a period between words, with no space on either side)
    if (t.text === "." && webTail(tokens, from)) { from -= 2; continue; }
    if (!nounish(t)) break;
    // ("rose 4 percent on Friday and analysts said": a day ends the clause before the subject)
    if (WEEKDAY.test(t.text) && tokens[from]?.lower === "and") break;
    from--;
  }
  // "the remaining plants in Ohio reported", "Police in Kabul said": a place after a common noun and a
  // preposition modifies that noun, which heads the subject
  if (from >= 2 && PLACE_PREPOSITIONS.has(tokens[from - 1].lower) && tokens[from].cap && relative < 0) {
    const noun = tokens[from - 2];
    if (noun.kind === "word" && /^NNS?$/.test(tokenTag(noun) ?? "") && (!noun.cap || from - 2 === 0)) {
      const np = subjectBefore(tokens, from - 1, speech);
      if (np && np.length === 2) return np;
    }
  }
  // "The 45-year-old driver said": a phrase stopped inside a hyphenated modifier starts after it
  if (from < to && tokens[from - 1]?.text === "-" && tokens[from - 1].end === tokens[from].start) from++;
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
  // "Four plants — Able, Baker and Dune — reported": a common noun before a list of names is the subject, not the names
  if (dash && tokens[to].kind === "word" && !tokens[to].cap && /^NNS?$/.test(tokenTag(tokens[to]) ?? "")) {
    const np = subjectBefore(tokens, open);
    return np && np.length === 2 ? np : null;
  }
  if (!tokens[to].cap || tokens[to].kind !== "word" || /^(?:IN|CC|WDT|WRB|TO|DT)$/.test(tokenTag(tokens[to]) ?? "NNP")) return null;
  let from = to;
  while (from > 0 && to - from < 6 && ((tokens[from - 1].cap && tokens[from - 1].kind === "word") || (tokens[from - 1].text === "." && tokens[from - 2]?.cap))) from--;
  while (from < to && tokens[from].text === ".") from++;
  return [from, to];
}

const MONTH = new RegExp(`^(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].map(capitalised).join("|")})$`);
/** A capitalised word that can end a speaker's name: not a day or month, a dateline ("WASHINGTON —"), a possessive or a function word. */
function nameLike(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== "word" || !t.cap || j === 0 && /^(?:IN|CC|DT|RB|WRB|WDT|PRP)/.test(tokenTag(t) ?? "NNP")) return false;
  if (WEEKDAY.test(t.text) || MONTH.test(t.text) || /[’']s$/.test(t.text)) return false;
  if (t.text.length > 2 && t.text === t.text.toUpperCase() && j < 3 && (isDash(tokens[j + 1]) || tokens[j + 1]?.text === "(" || tokens[j + 1]?.text === ",")) return false;
  return (tokenTag(t) ?? "NNP").startsWith("NN");
}

/** The nearest name or personal pronoun before token c (within 12 tokens, outside quotations), as a phrase. */
export function nearestMention(tokens: Token[], c: number): [number, number] | null {
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
export function firstMention(tokens: Token[], c: number): [number, number] | null {
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

const BE = new Set<string>(BE_FORMS.filter((w) => w !== "am"));
/** A passive cue: a past participle after a form of "be" between the subject (ending at `to`) and the cue at c. */
export function isPassive(tokens: Token[], to: number, c: number): boolean {
  // (the lexicon's participles, "told" and "known" as well as "-ed")
  if (!allTags(tokens[c].lower).includes("VBN") && !/(?:ed|en|wn)$/.test(tokens[c].lower)) return false;
  for (let j = to + 1; j < c; j++) if (BE.has(tokens[j].lower)) return true;
  return false;
}

/**
 * The subject of the verb before a coordinating "and" at `k` ("Trump later referred to the massacre and
 * said …", "Priebus, who …, arrived … and acknowledged …"): the nearest finite verb to its left, outside
 * quotations, and that verb's own subject.
 */
export function coordinatedSubject(tokens: Token[], k: number): Subject | null {
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
export function sentenceSubject(tokens: Token[], limit: number): [number, number] | null {
  let i = datelineTokens(tokens);
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
export function phraseAfter(tokens: Token[], i: number, max = 10): [number, number] | null {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j];
    if (t.text === "." && TITLE_OR_INITIAL.test(tokens[j - 1]?.text ?? "") && tokens[j + 1]?.cap) { j++; continue; }
    // ("according to Harbourwatch.net": a web address is one name)
    if (t.text === "." && j > i && webTail(tokens, j + 1)) { j += 2; continue; }
    // ("a 52-count complaint", "the 2015 census": a number right after the article modifies the noun after it)
    if (t.kind === "number" && j > i && /^(?:a|an|the)$/.test(tokens[j - 1].lower) && tokens[j + 1]?.kind === "word" && !tokens[j + 1].cap) { j++; continue; }
    if (!(t.kind === "word" && (nounish(t) || t.lower === "of" || t.lower === "and"))) break;
    if (j > i && (t.lower === "who" || t.lower === "in" || t.lower === "on")) break;
    j++;
  }
  let to = j - 1;
  while (to >= i && (tokens[to].lower === "of" || tokens[to].lower === "and" || tokens[to].lower === "the" || tokens[to].lower === "a" || tokens[to].lower === "an")) to--;
  return to >= i ? [i, to] : null;
}

/** the nouns of a document or study whose phrase runs on with what it is of ("an analysis of filed reports") */
const STUDY_NOUNS = new Set(["analysis", "review", "study", "survey", "poll", "report", "audit", "investigation", "count", "tally", "examination", "estimate"]);
/** the preposition that opens what a study is of ("by" names who made it: "a report by the ministry" is the ministry's) */
const STUDY_OF = new Set(["of"]);

/**
 * "…, a Herald analysis of newly filed tax reports shows." / "A Herald analysis of charities that raised
 * $1 million or more since Jan. 1, 2015, shows …": a study's phrase whose "of …" runs on (past participles,
 * a relative clause, a date's comma) up to its verb. The subject is the study itself ("a Herald analysis"),
 * from the sentence's start or after a comma, when no other cue stands between it and the verb. Null when
 * the token before the cue is the study's own noun ("the poll shows": the rules read it).
 */
export function studySubject(tokens: Token[], c: number): [number, number] | null {
  for (let j = c - 2; j >= 0 && c - j <= 30; j--) {
    const t = tokens[j];
    if (t.kind === "quote" || t.text === ";" || t.text === ":") return null;
    if (t.kind === "word" && CUE_LEMMAS.has(cueOf(t) ?? "") && /^VB[DZP]$/.test(tokenTag(t) ?? "") && !STUDY_NOUNS.has(t.lower)) return null;
    if (!(t.kind === "word" && STUDY_NOUNS.has(t.lower) && STUDY_OF.has(tokens[j + 1]?.lower ?? ""))) continue;
    let from = j;
    while (from > 0 && nounish(tokens[from - 1]) && j - from < 8) from--;
    if (from > 0 && tokens[from - 1].text !== ",") return null;
    // (a phrase opening with a determiner or a name: "a Herald analysis", "Census Bureau figures"; not "in 2010 studies")
    if (!(DETERMINERS.has(tokens[from].lower) || tokens[from].cap)) return null;
    return [from, j];
  }
  return null;
}
