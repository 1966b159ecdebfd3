// The clause a figure sits in, read off part-of-speech tags: the verb that governs it, the finite verb an
// infinitive continues, what a figure in a clause measures (the object moved to it or the subject), and whether
// the figure opens its clause (is its subject).

import type { Token } from "../../text/tokens.js";
import { isAdjective, isNoun, isVerb, tokenLemma } from "../../language/pos.js";
import { tokenTag } from "../../language/lexicon.js";
import { MONTHS, MONTH_ABBREVIATIONS, PERIOD_NOUNS, WEEKDAYS } from "../../language/calendar.js";
import { CURRENCY_NAMES } from "../../language/currencies.js";
import { BE, HAVE, PRESENT_AUX, PARTICLES, SHARE_NOUNS, MEASURE_NOUNS, CLAUSE_BREAK, SAY_VERBS, adjectival, modalTense, verbGroupAt, type Tense } from "./phrases.js";
import { RATIO_BASES, RATIO_BASE_PAIRS, VALUING_VERB_FORMS } from "../../language/measure-words.js";

// words that make a number a measure of something else: "3 points", "40 cents", "2 percentage points"
export const UNIT_AFTER = new Set(["points", "point", "cents", "cent", "pence", "penny", "pennies", "percentage", "basis"]);
// verbs that say what a level did or where it stands: its subject (or object) is what the number measures
const LEVEL_VERBS = new Set(["rise", "fall", "climb", "jump", "drop", "decline", "increase", "decrease", "gain", "lose", "slip", "slide",
  "surge", "soar", "edge", "close", "end", "finish", "grow", "shrink", "tumble", "plunge", "sink", "dip", "advance", "retreat", "rebound",
  "rally", "stand", "remain", "stay", "reach", "hit", "total", "top", "exceed", "surpass", "average", "peak", "hover", "settle", "open",
  "trade", "double", "triple", "be", "sit", "amount", "slump", "shed", "lift", "improve", "widen", "narrow", "cut", "raise", "lower",
  "reduce", "boost", "push", "drive", "bring", "send", "take", "leave", "hold", "keep", "set", "put", "fix", "revise", "mark", "trim", "swell", "balloon", "spike", "recover", "go", "come", "move"]);
// verbs that move an object to a level: "raised its forecast to 4 percent" (their object is what is measured)
const FRAME_PREPS = new Set(["to", "from", "by", "at"]);
export const LEVEL_PREPS = new Set(["to", "from", "at"]);
// verbs whose number object is a level their subject reaches: "deaths topped 100"
const REACH_VERBS = new Set(["total", "top", "exceed", "surpass", "reach", "hit", "average", "pass", "near", "approach", "cross"]);
const SUBJECT_PREPS = new Set(["of", "on", "for", "to", "at", "in", "from", "among"]);

export function verbAt(tokens: Token[], tags: string[], k: number): { lemma: string; tense: Tense } {
  if (BE.has(tokens[k].lower)) return { lemma: "be", tense: PRESENT_AUX.has(tokens[k].lower) ? "present" : "past" };
  let tense: Tense = tags[k] === "VBD" ? "past" : tags[k] === "VBZ" || tags[k] === "VBP" ? "present" : null;
  for (let a = k - 1; a >= 0 && k - a <= 3; a--) {
    const w = tokens[a].lower;
    if (tags[a] === "MD") { tense = modalTense(w) === "future" ? "future" : tense; break; }
    if (HAVE.has(w) || BE.has(w)) { tense = PRESENT_AUX.has(w) ? "present" : "past"; break; }
    if (tags[a] !== "RB") break;
  }
  return { lemma: tokenLemma(tokens[k]), tense };
}


/**
 * The verb whose clause holds the quantity, read backwards: it may lie across commas when what is between is a
 * list of figures ("fell $1.25, or 1.4 percent, to $88.95", "fell 17 percent at A, 5 percent at B").
 */
export function governingVerb(tokens: Token[], tags: string[], q: number): number {
  for (let k = q - 1; k >= 0 && q - k <= 30; k--) {
    const w = tokens[k].lower;
    // "rose to 5 million euros ($5.4 million) from 4 million euros": past a figure restated in brackets
    if (w === ")" && bracketOpening(tokens, tags, k, true) >= 0) { k = bracketOpening(tokens, tags, k, true); continue; }
    if (CLAUSE_BREAK.has(w) || tokens[k].kind === "quote") return -1;
    if (w === ",") {
      // cross a comma only into a list of figures or a frame of them
      const n = tokens[k + 1];
      // (or past an aside of adverbs: "employs, directly or indirectly, 10 workers")
      if (!n || !(n.kind === "number" || tags[k + 1] === "CD" || n.text === "$" || tags[k + 1] === "RB" || /^(?:or|and|to|from|by|at|down|up|about|nearly|almost|roughly)$/.test(n.lower))) return -1;
      continue;
    }
    // (a word before the tagged window has the lexicon's commonest tag: "Imports peaked in …, including 13 percent")
    const tag = tags[k] || (tokenTag(tokens[k]) ?? "");
    if (tokens[k].kind === "word" && isVerb(tag) && tag !== "MD" && (tags[k] === "" || !adjectival(tokens, tags, k))) {
      // "closed down 24 points, or 0.1 percent, to close at 18,432": the infinitive continues the clause before it
      return k;
    }
  }
  return -1;
}

/** "damaged 143 buildings including 70 schools": a list after "including" shares the verb before it (moved
 *  out of counted.ts's countedFor, which the structure check holds to 120 lines) */
export function includedVerb(tokens: Token[], tags: string[], qFrom: number): { lemma: string; tense: Tense } | null {
  const inc = tokens.findLastIndex((t, k) => k < qFrom && t.lower === "including");
  const before = inc > 0 ? governingVerb(tokens, tags, tokens[inc - 1].lower === "," ? inc - 1 : inc) : -1;
  // (not a verb of saying: "reported 900 cases, including 70 in the capital" includes them)
  return before >= 0 && !SAY_VERBS.has(verbAt(tokens, tags, before).lemma) ? { lemma: verbAt(tokens, tags, before).lemma, tense: null } : null;
}

/** The finite verb that an infinitive ("to close at") or a coordinated verb ("reversed losses and was up") continues. */
export function clauseHead(tokens: Token[], tags: string[], v: number): number {
  let s = v;
  // (not a gerund heading the subject: "priority boarding rose")
  while (s > 0 && (isVerb(tags[s - 1]) || tags[s - 1] === "RB") && tokens[s - 1].kind === "word" && !(tags[s - 1] === "VBG" && /^VB[DZP]$/.test(tags[s]))) s--;
  const before = tokens[s - 1]?.lower;
  if (before === "to" || before === "and" || before === "but") {
    for (let k = s - 2; k >= 0 && v - k <= 30; k--) {
      if (CLAUSE_BREAK.has(tokens[k].lower) || tokens[k].kind === "quote") return s;
      if (tokens[k].kind === "word" && isVerb(tags[k]) && tags[k] !== "MD" && !adjectival(tokens, tags, k) && tokens[k - 1]?.lower !== "to") return clauseHead(tokens, tags, k);
    }
  }
  return s;
}

/**
 * What a figure in a clause measures: the object moved to it ("raised its forecast to 4 percent", "left the toll
 * at 50") or else the subject ("Revenue rose 5 percent", "the index closed at 2,100", "The sale price is $9").
 */
export function clauseCounted(tokens: Token[], tags: string[], v: number, q: number, measure: boolean): [number, number] | null {
  const lemma = BE.has(tokens[v].lower) ? "be" : tokenLemma(tokens[v]);
  if (!LEVEL_VERBS.has(lemma) && !REACH_VERBS.has(lemma)) return null;
  // the object between the verb and the preposition that leads to the figure
  let p = v + 1;
  while (p < q && (tags[p] === "RP" || tags[p] === "RB" || PARTICLES.has(tokens[p].lower))) p++;
  let prep = p;
  while (prep < q && !FRAME_PREPS.has(tokens[prep].lower) && tokens[prep].lower !== ",") prep++;
  if (prep > p && prep < q && FRAME_PREPS.has(tokens[prep].lower) && lemma !== "be") {
    let end = prep - 1;
    while (end > p && (isAdjective(tags[end]) || tags[end] === "RB")) end--;
    let start = p;
    while (start < end && (tags[start] === "DT" || tags[start] === "PRP$")) start++;
    const clean = !tokens.slice(start, end + 1).some((t, j) => t.lower === "," || t.kind === "number" || tags[start + j] === "CD" ||
      (isVerb(tags[start + j]) && !adjectival(tokens, tags, start + j) && !(/^VB[NG]$/.test(tags[start + j]) && j === 0 && isNoun(tags[start + j + 1] ?? ""))));
    // (not a time: "fell in June from 61 percent", "rose last year to 5 percent" have no object)
    const when = MONTH_WORDS.has(tokens[end].lower.replace(/\.$/, "")) || WEEKDAY_WORDS.has(tokens[end].lower) || (SEQUENCE_ADJECTIVES.has(tokens[start].lower) && PERIOD_WORDS.has(tokens[end].lower));
    if (isNoun(tags[end]) && end - start < 10 && clean && !when) {
      return measureOf(tokens, [start, end], measure);
    }
  }
  // "lifted the Nasdaq 1.2 percent", "cut its workforce 10 percent": the object a verb moves by the measure
  if (measure && p < q && MOVE_VERBS.has(lemma)) {
    const object = objectBefore(tokens, tags, p, q);
    if (object) return measureOf(tokens, object, true);
  }
  // a number right after a non-level use ("raised $5 million", "cut 300 jobs") is that verb's own object
  if (!measure && p === q && lemma !== "be" && !REACH_VERBS.has(lemma)) return null;
  if (measure && p === q && !CHANGE_OBJECT_OK.has(lemma)) return null;
  // a common noun between the verb and the figure is what the figure belongs to, not the subject ("holds $3 billion in bonds, up from $2 billion")
  // (not a time or a currency: "rose 14 percent last year to 3.3 million", "fell from 58 percent in the previous survey to 55 percent",
  // "rose to 8 million pounds ($10 million) from 6 million pounds")
  if (lemma !== "be") for (let k = p; k < q; k++) if (/^NNS?$/.test(tags[k]) && !UNIT_AFTER.has(tokens[k].lower) && !/^(?:percent|million|billion|trillion|thousand)$/.test(tokens[k].lower) && !SEQUENCE_ADJECTIVES.has(tokens[k - 1].lower) && !(tokens[k].lower in CURRENCY_NAMES)) return null;
  return subjectBefore(tokens, tags, clauseHead(tokens, tags, v));
}

// words that place a noun in a sequence of times ("last year", "the previous survey"), unlike "early reports"
const SEQUENCE_ADJECTIVES = new Set(["last", "next", "past", "previous", "coming", "same", "this"]);

/** Whether the noun phrase a share is "of" is the base of a ratio ("3.2 percent of GDP"), not the share's population. */
export function isRatioBase(tokens: Token[], np: [number, number]): boolean {
  const h = tokens[np[1]].lower;
  return RATIO_BASES.has(h) || RATIO_BASE_PAIRS.has(`${tokens[np[1] - 1]?.lower} ${h}`);
}

/**
 * "Insurers estimate losses at $3 billion", "put the cost at 40 million euros": the object a valuing verb sets the
 * figure after "at" (token `at`) on, and that verb. The verb is known by its form, since the tagger may read
 * "estimate" after a plural noun as a noun.
 */
export function valuedObject(tokens: Token[], tags: string[], at: number): { np: [number, number]; verb: { lemma: string; tense: Tense } } | null {
  if (tokens[at]?.lower !== "at" || !isNoun(tags[at - 1] ?? "") || tokens[at - 1].kind !== "word") return null;
  let s = at - 1;
  while (s > 0 && at - s < 6 && tokens[s - 1].kind === "word" && (isNoun(tags[s - 1]) || isAdjective(tags[s - 1])) && !VALUING_VERB_FORMS.has(tokens[s - 1].lower)) s--;
  let v = s - 1;
  while (v >= 0 && (tags[v] === "DT" || tags[v] === "PRP$")) v--;
  if (v < 0 || !VALUING_VERB_FORMS.has(tokens[v].lower)) return null;
  const read = verbAt(tokens, tags, v);
  return { np: [s, at - 1], verb: { lemma: read.lemma, tense: read.tense ?? (tokens[v].lower.endsWith("ed") ? "past" : "present") } };
}

// verbs that move their object by a measure written after it: "pushed the index 2 percent higher"
const MOVE_VERBS = new Set(["lift", "push", "drive", "send", "boost", "raise", "lower", "cut", "reduce", "pull", "drag", "knock", "bring", "trim"]);

/** The noun phrase that fills p..q-1 exactly (determiner, modifiers, nouns), or null. */
function objectBefore(tokens: Token[], tags: string[], p: number, q: number): [number, number] | null {
  const end = q - 1;
  if (!isNoun(tags[end]) || tokens[end].kind !== "word" || UNIT_AFTER.has(tokens[end].lower)) return null;
  let start = p;
  while (start < end && (tags[start] === "DT" || tags[start] === "PRP$" || tags[start] === "POS")) start++;
  for (let k = start; k <= end; k++) if (tokens[k].kind !== "word" || !(isNoun(tags[k]) || isAdjective(tags[k]) || tags[k] === "POS")) return null;
  return end - start < 6 ? [start, end] : null;
}

// verbs whose direct measure object is the change in their subject ("Shares fell 40 cents", "the index lost 3 points")
const CHANGE_OBJECT_OK = new Set(["rise", "fall", "climb", "jump", "drop", "decline", "increase", "decrease", "gain", "lose", "slip", "slide",
  "surge", "soar", "edge", "close", "end", "finish", "grow", "shrink", "tumble", "plunge", "sink", "dip", "advance", "retreat", "rebound",
  "rally", "total", "top", "exceed", "surpass", "average", "hit", "reach", "be", "shed", "add", "slump", "lift", "swell", "spike", "recover"]);

/** The subject noun phrase of the verb group starting at v, past an appositive set off by commas. */
export function subjectBefore(tokens: Token[], tags: string[], v: number, used = false): [number, number] | null {
  let k = v - 1;
  if (tokens[k]?.lower === ",") {
    // "Brent crude, used to price oil, fell": the phrase before the appositive
    let c = k - 1;
    while (c >= 0 && k - c < 14 && tokens[c].lower !== "," && !CLAUSE_BREAK.has(tokens[c].lower)) c--;
    if (c < 0 || tokens[c].lower !== ",") return null;
    k = c - 1;
  }
  // "the average debt for a graduate in 2015 was": a time at the end is not the head
  while (k > 1 && (tags[k] === "CD" || tokens[k].kind === "number") && tags[k - 1] === "IN") k -= 2;
  // ("profit for the three months to June 30 rose": nor a date; "the Alliance for Change (AfC) rose": nor a name's initials in brackets)
  k = pastEndDate(tokens, tags, k);
  if (tokens[k]?.text === ")" && bracketOpening(tokens, tags, k, false) > 0) k = bracketOpening(tokens, tags, k, false) - 1;
  // the tagger reads some nouns after a determiner or a name as adjectives ("the euro", "Brent crude")
  // (and a gerund after a noun heads its own compound: "priority boarding", "money laundering")
  const nounish = (j: number) => isNoun(tags[j]) || ((isAdjective(tags[j]) || (tags[j] === "VBG" && tokens[j].kind === "word")) && (tags[j - 1] === "DT" || tags[j - 1] === "NNP" || tags[j - 1] === "NN"));
  // "the rating remains strong, though it has declined": "it" stands for the subject of the clause before
  if (tokens[k]?.lower === "it" && !used) {
    for (let j = k - 1; j >= 0 && k - j <= 25; j--) if (tokens[j].kind === "word" && /^(?:VBD|VBZ|VBP)$/.test(tags[j])) return subjectBefore(tokens, tags, clauseHead(tokens, tags, j), true);
  }
  if (k < 0 || !nounish(k) || tokens[k].kind !== "word") return null;
  let start = k;
  // the noun a participle post-modifies ends the phrase: "the number of people injured in the region" counts people
  // (the tagger often reads that participle as a past tense)
  let head = k;
  while (start > 0 && k - start < 14) {
    // (a word before the tagged window has the lexicon's commonest tag: a long subject)
    const p = start - 1, w = tokens[p].lower, t = tags[p] || (tokenTag(tokens[p]) ?? "");
    if (tokens[p].kind === "word" && (isNoun(t) || isAdjective(t) || t === "DT" || t === "PRP$" || t === "POS" || t === "CD" || w === "&" || SUBJECT_PREPS.has(w) || (w === "by" && /^VB[ND]$/.test(tags[p - 1] ?? "")) ||
      (/^VB[NG]$/.test(t) && (isNoun(tags[p + 1]) || isAdjective(tags[p + 1]))))) start = p;
    // (an agent too: "the number of cases reported by banks rose")
    // ("the number of wounded being treated at clinics": past "being", to a participle read as a noun after "of")
    else if (tokens[p].kind === "word" && (t === "VBN" || t === "VBD") && (SUBJECT_PREPS.has(tokens[p + 1]?.lower ?? "") || tokens[p + 1]?.lower === "by") && agentHead(tokens, tags, p) >= 0) {
      head = agentHead(tokens, tags, p);
      start = head;
    }
    else if (tokens[p].kind === "number" || (w === "&")) start = p;
    else if (w === "and" && isNoun(tags[p - 1] ?? "") && tokens[p - 1].kind === "word" && SUBJECT_PREPS.has(tokens[p - 2]?.lower ?? "")) start = p; // "the cost for tuition and fees"
    else if ((w === "and" || w === ",") && listAfterPrep(tokens, tags, p) >= 0) start = listAfterPrep(tokens, tags, p); // "revenue from bags, seats and boarding"
    // "Support for the Democrats (SD) of the mayor": past a name's initials in brackets
    else if (w === ")" && bracketOpening(tokens, tags, p, false) > 0) start = bracketOpening(tokens, tags, p, false);
    else break;
  }
  while (start < k && (tags[start] === "DT" || tags[start] === "IN" || tags[start] === "TO" || tags[start] === "PRP$" || SUBJECT_PREPS.has(tokens[start].lower))) start++;
  if (tokens[start].kind === "number" || tags[start] === "CD") return null;
  return measureOf(tokens, [start, Math.max(start, head)], true);
}

/** the noun a participle at p is set on ("cases reported by", "wounded being treated at"), or -1 */
function agentHead(tokens: Token[], tags: string[], p: number): number {
  const h = tokens[p - 1]?.lower === "being" ? p - 2 : p - 1;
  if (h < 0 || tokens[h].kind !== "word") return -1;
  return /^NNS?$/.test(tags[h]) || (tags[h] === "VBN" && tokens[h - 1]?.lower === "of") ? h : -1;
}

/** the "(" of a bracket closing at k that holds a figure restated (`figure`) or a name's initials, or -1 */
function bracketOpening(tokens: Token[], tags: string[], k: number, figure: boolean): number {
  for (let o = k - 1; o >= 0 && k - o <= 6; o--) {
    if (tokens[o].text === "(") return o < k - 1 ? o : -1;
    const ok = figure ? tokens[o].kind === "number" || tags[o] === "CD" || tags[o] === "$" || /^(?:to|and|-|–)$/.test(tokens[o].lower) || (tokens[o].kind === "word" && !isVerb(tags[o]))
      : tokens[o].kind === "word" && /^(?=(?:\P{Lu}*\p{Lu}){2})\p{L}{2,8}$/u.test(tokens[o].text);
    if (!ok) return -1;
  }
  return -1;
}

const MONTH_WORDS = new Set<string>([...MONTHS, ...MONTH_ABBREVIATIONS]);
const WEEKDAY_WORDS = new Set<string>(WEEKDAYS);
const PERIOD_WORDS = new Set<string>([...PERIOD_NOUNS, "quarter", "season", "time", "decade"]);
/** the token before a date ending a phrase at k ("to June 30", "in March"), or k when none does */
function pastEndDate(tokens: Token[], tags: string[], k: number): number {
  let m = k;
  if ((tags[m] === "CD" || tokens[m]?.kind === "number") && /^\d{1,2}$/.test(tokens[m].text)) m--;
  if (!MONTH_WORDS.has(tokens[m]?.lower.replace(/\.$/, "") ?? "") || !/^\p{Lu}/u.test(tokens[m].text) || !/^(?:IN|TO)$/.test(tags[m - 1] ?? "")) return k;
  return m - 2;
}

/** "revenue from bags, seats and priority boarding": at a comma or "and" at p inside a list of nouns after a
 *  preposition that follows a noun, where that preposition is; else -1 */
function listAfterPrep(tokens: Token[], tags: string[], p: number): number {
  for (let j = p - 1; j > 0 && p - j <= 12; j--) {
    const w = tokens[j].lower;
    const t = tags[j] || (tokenTag(tokens[j]) ?? "");
    if (SUBJECT_PREPS.has(w)) return isNoun(tags[j - 1] || (tokenTag(tokens[j - 1]) ?? "")) && j < p - 1 ? j : -1;
    if (!(w === "," || w === "and" || (tokens[j].kind === "word" && (isNoun(t) || isAdjective(t) || t === "DT")))) return -1;
  }
  return -1;
}

// words that open what is set on a noun: a participle clause, a relative clause, a prepositional phrase
const POST_MODIFIER_OPENERS = new Set(["being", "who", "that", "which", "in", "at", "on", "from", "for", "to", "by", "with", "under", "over"]);

/** "the number of refugees" counts refugees */
export function measureOf(tokens: Token[], span: [number, number], share = false): [number, number] {
  for (let k = span[0]; k < span[1]; k++) if (MEASURE_NOUNS.has(tokens[k].lower) && !(share && SHARE_NOUNS.has(tokens[k].lower)) && tokens[k + 1]?.lower === "of" && k + 2 <= span[1]) {
    let s = k + 2;
    while (s < span[1] && /^(?:the|a|an|its|their|his|her)$/.test(tokens[s].lower)) s++;
    // "the number of wounded being treated at clinics": X ends before the clause or phrase set on it
    const e = tokens.findIndex((t, j) => j > s && j <= span[1] && POST_MODIFIER_OPENERS.has(t.lower));
    return [s, e > 0 ? e - 1 : span[1]];
  }
  return span;
}


/**
 * "Revenue is up at five casinos: A by 29 percent; B by 17 percent": a verbless item of a list after a colon
 * elides the clause before the colon, whose subject and verb are the item's figure's.
 */
export function listFrame(tokens: Token[], tags: string[], q: number, e: number): { subject: [number, number] | null; verb: { lemma: string; tense: Tense } } | null {
  let colon = -1;
  for (let k = q - 1; k >= 0; k--) {
    const w = tokens[k].lower;
    if (w === ":") { colon = k; break; }
    if ((tokens[k].kind === "word" && isVerb(tags[k])) || (CLAUSE_BREAK.has(w) && w !== ";") || tokens[k].kind === "quote") return null;
  }
  for (let k = e + 1; k < tokens.length && tokens[k].lower !== ";"; k++) if (tokens[k].kind === "word" && isVerb(tags[k])) return null;
  const v = colon > 0 ? governingVerb(tokens, tags, colon) : -1;
  if (v < 0) return null;
  return { subject: subjectBefore(tokens, tags, clauseHead(tokens, tags, v)), verb: verbAt(tokens, tags, v) };
}

/** Whether the quantity starts its clause (so its noun phrase is the subject of the verb after it). */
export function isSubjectPosition(tokens: Token[], tags: string[], q: number): boolean {
  for (let k = q - 1; k >= 0; k--) {
    const w = tokens[k].lower;
    if (w === "," || CLAUSE_BREAK.has(w) || tokens[k].kind === "quote") return true;
    if (isVerb(tags[k]) && tokens[k].kind === "word") return false;
    if (tags[k] === "IN" && w !== "than") return true; // "in 2015, 22 people were"
  }
  return true;
}

/** Whether a verb other than be, have or a verb of saying stands right before token q (past adverbs): "seized 187 boats". */
export function verbRightBefore(tokens: Token[], tags: string[], q: number): boolean {
  let k = q - 1;
  while (k > 0 && tags[k] === "RB") k--;
  return k >= 0 && tokens[k].kind === "word" && isVerb(tags[k]) && !BE.has(tokens[k].lower) && !HAVE.has(tokens[k].lower) && !adjectival(tokens, tags, k) && !SAY_VERBS.has(tokenLemma(tokens[k]));
}

/** "45 percent backed A and 42 percent favored B": a figure right after a conjunction, before a finite verb, opens a clause of its own */
export function coordinatedSubject(tokens: Token[], tags: string[], qFrom: number, e: number): boolean {
  const before = tokens[qFrom - 1]?.lower === "$" ? qFrom - 2 : qFrom - 1;
  return /^(?:and|but|while|whereas)$/.test(tokens[before]?.lower ?? "") && /^(?:VBD|VBZ|VBP|MD)$/.test(tags[e + 1] ?? "") && tokens[e + 1].kind === "word";
}

/** "of the voters surveyed said", "of those polled.": a participle at k set on a share's population (not the finite
 *  verb of "of the voters said": another verb or the clause's end follows it) */
export function populationParticiple(tokens: Token[], tags: string[], k: number): boolean {
  return /^VB[ND]$/.test(tags[k] ?? "") && (/^(?:VB[DNZP]|MD)$/.test(tags[k + 1] ?? "") || tokens[k + 1]?.kind === "punct");
}

const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;
/** the words opening a relative clause on a figure's phrase ("ships that …", "men who …") */
const RELATIVE_OPENERS = new Set(["that", "who", "which"]);
// finite forms of be and have that may open a clause's verb group after a relative clause
const FINITE_AUX = new Set(["is", "are", "was", "were", "has", "have", "had"]);
/**
 * "ships sent by the navy are searching", "men who fled the town were found": the finite verb after the relative or
 * participle clause starting at token k (its own verbs, and those joined to them by "and" or "or", left behind), or
 * null when the sentence ends, breaks or runs long first (or, with `stopAtAnd`, reaches a conjunction).
 */
function verbPastRelative(tokens: Token[], tags: string[], k: number, stopAtAnd: boolean): { lemma: string; tense: Tense } | null {
  let m = k + 1;
  // ("who fled": past the relative's own verb group)
  if (RELATIVE_OPENERS.has(tokens[k].lower)) {
    while (m < tokens.length && m - k < 4 && !(isVerb(tags[m]) || BE.has(tokens[m].lower) || HAVE.has(tokens[m].lower))) m++;
    while (m < tokens.length && (isVerb(tags[m]) || BE.has(tokens[m].lower) || HAVE.has(tokens[m].lower) || tags[m] === "RB")) m++;
  }
  for (let inner = false; m < tokens.length && m - k <= 16; m++) {
    const t = tokens[m];
    if (t.kind === "quote" || t.lower === "," || CLAUSE_BREAK.has(t.lower) && !RELATIVE_OPENERS.has(t.lower)) return null;
    // (a past verb that may be the clause's own stops at a second clause: "died in the crash and 12 were hurt")
    if (stopAtAnd && tags[m] === "CC") return null;
    // ("ads placed in states that lead off the race come from": a nested relative's verb is not the clause's)
    if (RELATIVE_OPENERS.has(t.lower)) { inner = true; continue; }
    // (a new subject opens a clause of its own: "who said they were", "backed A and 42 percent favored B")
    if (tags[m] === "PRP" || tags[m] === "CD" || t.kind === "number") return null;
    // (a plural's present the tagger read as a base form: "the ads placed in May come from")
    const base = tags[m] === "VB" && tokens[m - 1].lower !== "to" && !/^(?:MD|VB)/.test(tags[m - 1]);
    if (t.kind !== "word" || !(FINITE.test(tags[m]) || FINITE_AUX.has(t.lower) || base)) continue;
    if (inner || /^(?:and|or)$/.test(tokens[m - 1].lower)) { inner = false; continue; }
    return verbGroupAt(tokens, tags, m);
  }
  return null;
}

/**
 * The verb of the clause whose subject is a figure's phrase, past a relative or participle clause on it starting at
 * token k (`rel`: one was read there): "ships sent by the navy are searching". A past verb right after the phrase is
 * such a participle when a preposition or a form of be or have follows it ("the bills filed have stalled", "the ads
 * placed in May come from"), not when a conjunction opens a second clause first ("died in the crash and 12 were hurt").
 */
export function verbAfterRelative(tokens: Token[], tags: string[], k: number, rel: boolean): { lemma: string; tense: Tense } | null {
  if (rel) return verbPastRelative(tokens, tags, k, false);
  const pastAsParticiple = tags[k] === "VBD" && tokens[k].kind === "word" && !SAY_VERBS.has(tokenLemma(tokens[k])) &&
    (/^(?:IN|TO)$/.test(tags[k + 1] ?? "") || FINITE_AUX.has(tokens[k + 1]?.lower ?? ""));
  return pastAsParticiple ? verbPastRelative(tokens, tags, k, true) : null;
}

/** "55 countries representing 55 percent of emissions have ratified", "40 firms, employing 9,000 people, closed": at k
 *  after the figure's noun, past a gerund phrase set on that noun to the finite verb after it (k when none follows) */
export function pastGerundPhrase(tokens: Token[], tags: string[], k: number): number {
  const comma = tokens[k]?.lower === "," ? 1 : 0;
  const g = k + comma;
  if (tags[g] !== "VBG" || tokens[g].kind !== "word") return k;
  let m = g + 1;
  while (m < tokens.length && m - g <= 10 && (isNoun(tags[m]) || isAdjective(tags[m]) || /^(?:DT|PRP\$|CD|IN)$/.test(tags[m]) || tokens[m].kind === "number" || /^(?:percent|%|-)$/.test(tokens[m].lower))) m++;
  if (comma) {
    if (tokens[m]?.lower !== ",") return k;
    m++;
  }
  while (tags[m] === "RB") m++; // "officially ratify"
  return m < tokens.length && tokens[m].kind === "word" && (/^(?:VBD|VBZ|VBP|VB|MD)$/.test(tags[m]) || HAVE.has(tokens[m].lower)) ? m : k;
}
