// What a quantity counts ("36 terrorist attacks" → "terrorist attacks") and what happened to it
// ("were detained" → "detain"), read off part-of-speech tags around the quantity. Also the tense of
// that verb, which tells whether a number is about now (a present-tense estimate) or the past.

import type { Token } from "../../text/tokens.js";
import { isAdjective, isNoun, isVerb, tokenLemma } from "../../language/pos.js";
import { allTags, firstTag } from "../../language/lexicon.js";
import type { Quantity } from "../../types.js";
import { countingWords } from "../../language/numbers.js";
import { UNITS } from "../../language/units.js";
import { PREPOSITIONAL_PARTICIPLES } from "../../language/function-words.js";
import { BE, HAVE, MEASURE_NOUNS, SAY_VERBS, DEICTIC_DAYS, TIME_ADJECTIVES, CLAUSE_BREAK, contractedBe, phraseText, nounPhraseAfter, headIndex, verbGroupAt, verbBefore, type Tense } from "./phrases.js";

import { UNIT_AFTER, LEVEL_PREPS, verbAfterRelative, governingVerb, clauseCounted, verbAt, listFrame, includedVerb, isRatioBase, valuedObject, isSubjectPosition, coordinatedSubject, populationParticiple, verbRightBefore, pastGerundPhrase } from "./clause.js";
import { figureFrame, pastPossessor, pastTotal, pronounPartitive, PARTITIVE_PRONOUNS } from "./figure-frames.js";

export type { Tense } from "./phrases.js";

export interface CountedInfo {
  counted: string | null;
  /** offsets of the counted noun phrase */
  countedSpan: { start: number; end: number } | null;
  predicate: string | null;
  tense: Tense;
}

/**
 * Counted thing, predicate and tense for a quantity in a tagged sentence.
 * `qFrom`/`qTo` are the token indices (inclusive) the quantity covers.
 *
 * The rules, in order: a noun phrase right after the number ("36 attacks", "40% of voters", "a 95% vaccination
 * rate", "$3bn in aid"); a unit written into the number ("a ten-storey block", "a 5.3-magnitude quake"); the
 * noun a number is "of" ("a profit of $1.78"); the clause the number sits in ("Shares fell 40 cents, or 2
 * percent, to $12.10": the subject; "raised its forecast to 4 percent": the object); a bare number that
 * continues an earlier one ("won 12 seats and lost 3"); the population a poll's percentage is "among".
 */
/** What follows a figure: where it ends with its unit ("3 points", "$8.42 a share"), whether it measures something
 * else (a percentage, a sum, points), the noun phrase it counts when that comes next, and a verb read there. */
function afterFigure(tokens: Token[], tags: string[], qFrom: number, qTo: number, quantity: Quantity) {
  const measure = quantity.kind === "percent" || quantity.kind === "money" || UNIT_AFTER.has(tokens[qTo + 1]?.lower ?? "");
  // the end of the quantity with its unit ("3 points", "$8.42 a share", "$1.28 per gallon")
  let e = qTo;
  if (UNIT_AFTER.has(tokens[e + 1]?.lower ?? "")) e += tokens[e + 1].lower === "percentage" || tokens[e + 1].lower === "basis" ? 2 : 1;
  if (quantity.kind === "money" && RATE.has(tokens[e + 1]?.lower ?? "") && isNoun(tags[e + 2] ?? "")) e += 2;

  let np: [number, number] | null = null;
  let verbAfter: { lemma: string; tense: Tense } | null = null;
  let i = e + 1;
  const ofAfter = tokens[i]?.lower === "of";
  // "25,000 of them Republicans", "82 percent of whom", "of those polled"
  const pronoun = ofAfter && PARTITIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? "") ? pronounPartitive(tokens, tags, qFrom, i + 1) : null;
  if (pronoun) np = pronoun;
  else if (ofAfter) {
    i++;
    while (tags[i] === "DT" || tags[i] === "PRP$" || tokens[i]?.lower === "its" || tokens[i]?.lower === "their") i++;
    i = pastTotal(tokens, tags, pastPossessor(tokens, tags, i));
  } else if (/^(?:half|quarter|third|fifth)$/.test(tokens[qTo].lower) && (tokens[i]?.lower === "the" || tags[i] === "PRP$")) i++; // "half the money"
  if (np) {
    // (read off a pronoun above)
  } else if (!measure || ofAfter) {
    // "dozens of people", "a total of 40 people", "40% of voters", "four of his rivals"
    np = i < tokens.length ? nounPhraseAfter(tokens, tags, i) : null;
    // "up from 80 last year": a time after a bare figure is when, not what it counts
    if (np && !ofAfter && TIME_ADJECTIVES.has(tokens[np[0]].lower) && TIME_NOUNS.has(tokens[np[1]].lower)) np = null;
    if (np && !measure) np = coordinated(tokens, tags, np, isSubjectPosition(tokens, tags, qFrom));
    if (!measure && !ofAfter) np = sharedHead(tokens, tags, i) ?? np;
    if (np && quantity.kind === "percent" && isRatioBase(tokens, np)) np = null; // "3.2 percent of GDP": the clause says what
    // "80 km": a measure's unit the tagger did not read as a noun
    if (!np && quantity.kind === "measure" && UNITS[tokens[e + 1]?.lower ?? ""]) np = [e + 1, e + 1];
  } else {
    // a percentage or sum before its noun: "a 95% vaccination rate", "19 percent support", "a $2 million loss"
    // (a participle that modifies a common noun begins the phrase: "a $24 million operating loss")
    const modifier = /^VB[GN]$/.test(tags[i] ?? "") && /^NNS?$/.test(tags[i + 1] ?? "");
    // (not a time after the figure: "cut its staff 10 percent last year")
    np = i < tokens.length && tokens[i].kind === "word" && !RATE.has(tokens[i].lower) && !TIME_ADJECTIVES.has(tokens[i].lower) && (!isVerb(tags[i]) || modifier) ? nounPhraseAfter(tokens, tags, i) : null;
    if (np && np[0] === np[1] && OBJECT_START.has(tags[np[1] + 1] ?? "")) {
      verbAfter = { lemma: tokenLemma(tokens[np[0]]), tense: null }; // "5 percent back the plan": a verb
      np = null;
    }
    // "$30 billion in sales": the thing the money is in, when it is a common noun and not a time
    if (!np && quantity.kind === "money" && tokens[i]?.lower === "in" && !LEVEL_PREPS.has(tokens[qFrom - 1]?.lower ?? "") && tokens[qFrom - 1]?.lower !== "of") {
      let k = i + 1;
      while (tags[k] === "DT" || tags[k] === "PRP$") k++;
      let inNp = k < tokens.length ? nounPhraseAfter(tokens, tags, k) : null;
      if (inNp) inNp = coordinated(tokens, tags, inNp, true); // "$2 million in cash and gold"
      const h = inNp ? headIndex(tokens, tags, inNp) : -1;
      if (inNp && /^NNS?$/.test(tags[h]) && !TIME_NOUNS.has(tokens[h].lower)) np = inNp;
    }
  }
  return { measure, e, np, verbAfter };
}

export function countedFor(text: string, tokens: Token[], tags: string[], qFrom: number, qTo: number, quantity: Quantity): CountedInfo {
  const { measure, e, np, verbAfter } = afterFigure(tokens, tags, qFrom, qTo, quantity);
  let counted: string | null = null;
  let countedSpan: CountedInfo["countedSpan"] = null;
  let predicate: { lemma: string; tense: Tense } | null = null;
  let earlierAt = -1;
  const take = (span: [number, number] | null) => {
    if (!span || counted) return;
    counted = phraseText(tokens, span[0], span[1], text);
    countedSpan = { start: tokens[span[0]].start, end: tokens[span[1]].end };
  };
  const framed = figureFrame(tokens, tags, qFrom, e, quantity); // "with sales up 5 percent", "winds of 160 km/h", "40 times a week"
  if (framed) { take(framed.np); predicate = framed.verb; }
  // the verb after the quantity's noun phrase, when the quantity is its subject: "400 people were detained"
  // (past a participle set on a share's population: "41 percent of the voters surveyed said")
  const surveyed = measure && tokens[e + 1]?.lower === "of" && np !== null && populationParticiple(tokens, tags, np[1] + 1);
  const afterNp = np ? np[1] + 1 + (surveyed ? 1 : 0) : e + 1;
  // (past an age set on the noun: "54 cases aged 20 to 60 were found")
  const forward = (postModifier = true) => subjectVerb(tokens, tags, pastAgePhrase(tokens, afterNp), postModifier, qFrom);
  const unitWord = unitInToken(tokens, qTo, quantity);
  const scale = SCALE.has(tokens[qFrom - 1]?.lower ?? "") ? qFrom - 1 : SCALE.has(tokens[e + 1]?.lower ?? "") ? e + 1 : -1;
  if (unitWord && !(UNIT_AFTER.has(unitWord) && np)) { // ("a nine-point lead": a measure of the lead)
    counted = unitWord;
    countedSpan = { start: tokens[qTo].start, end: tokens[qTo].end };
    if (np) predicate = forward();
  } else if (scale >= 0) {
    // "a magnitude 6.4 quake", "a 5.0 magnitude aftershock": the scale is what the number measures
    take([scale, scale]);
  } else if (np) {
    take(np);
    predicate = framed?.verb ?? forward();
  } else if (tokens[e + 1]?.lower === "times" && !MULTIPLIER_NEXT.has(tags[e + 2] ?? "") && !/^(?:as|more|less|the)$/.test(tokens[e + 2]?.lower ?? "")) {
    take([e + 1, e + 1]); // "called several times": how often
  } else if (tokens[e + 1]?.lower === "times" && /^(?:DT|PRP\$)$/.test(tags[e + 2] ?? "") && e + 3 < tokens.length) {
    take(nounPhraseAfter(tokens, tags, e + 3)); // "at three times the rate of X": a multiple of the rate
  }
  // "46 percent would choose", "44 percent said": the verb reports the asking, so its tense is not the share's
  const subjectPosition = isSubjectPosition(tokens, tags, qFrom) || coordinatedSubject(tokens, tags, qFrom, e);
  if (!np && !predicate && subjectPosition && tokens[e + 1]?.lower === "," && (tags[e + 2] === "CD" || tokens[e + 2]?.kind === "number")) predicate = forward(false);
  if (measure && !predicate && subjectPosition) {
    const f = verbAfter ?? forward();
    if (f) predicate = { lemma: f.lemma, tense: null };
  }
  // a label before a share: "(approval 26 percent, support 27 percent)", "margins of error plus or minus 3 percent"
  const lead = pastSign(tokens, qFrom);
  if (!counted && measure && isNoun(tags[lead] ?? "") && /^NNS?$/.test(tags[lead]) && !TIME_NOUNS.has(tokens[lead].lower)) take(nounPhraseEndingAt(tokens, tags, lead));
  // "7 out of 20 suspected cases", "won 49 out of the 54 seats"
  const outOf = tags[e + 3] === "DT" ? e + 4 : e + 3; if (!counted && tokens[e + 1]?.lower === "out" && tokens[e + 2]?.lower === "of" && tags[outOf] === "CD") take(nounPhraseAfter(tokens, tags, outOf + 1));
  // "from five people to six": the noun of the figure it moved from
  if (!counted && !measure && tokens[qFrom - 1]?.lower === "to") {
    for (let k = qFrom - 2; k >= 0 && qFrom - k <= 6; k--) {
      if (tokens[k].lower === "from" && (tags[k + 1] === "CD" || tokens[k + 1].kind === "number")) { const f = nounPhraseAfter(tokens, tags, k + 2); if (f && f[1] < qFrom - 1) take(f); break; }
      if (tokens[k].lower === "," || isVerb(tags[k])) break;
    }
  }
  // the clause the quantity sits in, read backwards from it
  const gov = subjectPosition && predicate ? -1 : governingVerb(tokens, tags, qFrom);
  // "a profit of $1.78 a share", "a margin of error of 4 points" (not "a total of 40", whose counted thing follows)
  const before = !counted && tokens[lead]?.lower === "of" ? nounPhraseEndingAt(tokens, tags, lead - 1) : null;
  if (before && !MEASURE_NOUNS.has(tokens[before[1]].lower)) take(before);
  // "estimate losses at $3 billion": the object of a valuing verb
  const valued = counted ? null : valuedObject(tokens, tags, lead);
  if (valued) { take(valued.np); predicate = valued.verb; }
  if (!counted && gov >= 0 && (measure || !np)) take(clauseCounted(tokens, tags, gov, qFrom, measure));
  // "half the money -- $500 million -- came": a figure set off in dashes restates the noun phrase before them
  const dashBefore = dashAt(tokens, qFrom - 1) ? qFrom - 1 : dashAt(tokens, qFrom - 2) === 2 ? qFrom - 2 : -1;
  if (!counted && !np && dashBefore > 0 && dashAt(tokens, e + 1)) take(nounPhraseEndingAt(tokens, tags, dashBefore - 1));
  // "tolls exceeded 100": the verb written into the quantity is the clause's
  if (!counted && !np && qTo > qFrom && isVerb(tags[qFrom]) && tokens[qFrom].kind === "word") take(clauseCounted(tokens, tags, qFrom, qFrom + 1, measure));
  if (!counted && quantity.kind !== "vague" && (!measure || tokens[e + 1]?.kind !== "word" || tags[e + 1] === "IN" || (subjectPosition && predicate))) {
    const earlier = earlierCounted(tokens, tags, qFrom, measure);
    if (earlier && !counted) {
      take(earlier.np);
      earlierAt = earlier.at;
    }
  }
  // (a fraction is a share too: "Among members, about two-thirds …")
  if (!counted && (quantity.kind === "percent" || (quantity.kind === "number" && quantity.value !== null && quantity.value > 0 && quantity.value < 1))) take(amongPhrase(tokens, tags, qFrom));
  if (!counted && !np) take(nounPhraseBefore(tokens, tags, qFrom));
  const listed = !counted && !predicate ? listFrame(tokens, tags, qFrom, e) : null;
  if (listed) {
    take(listed.subject);
    predicate = listed.verb;
  }

  // an object quantity: "thwarted 36 attacks", "sent the authorities 20 dispatches", "there are 1,100"
  let asObject = verbBefore(tokens, tags, qFrom) ?? (gov >= 0 ? { lemma: verbAt(tokens, tags, gov).lemma, tense: null } : null);
  if (asObject?.lemma === "include") asObject = includedVerb(tokens, tags, qFrom) ?? asObject;
  // a bare figure right before its verb is that verb's subject: "190 were dead", "81 had died", "92% had been reached"
  // (a vague amount too, when it opens its clause: "Dozens died", "Several were hurt")
  if (!np && !predicate && (quantity.kind !== "vague" || subjectPosition) && (FINITE.test(tags[e + 1] ?? "") || BE.has(tokens[e + 1]?.lower ?? "") || HAVE.has(tokens[e + 1]?.lower ?? "")) && tokens[e + 1].kind === "word") predicate = verbGroupAt(tokens, tags, e + 1);
  // a verb written into the quantity as its qualifier: "exceeded 100", "topped 2,000"
  // (one the lexicon reads first as a verb: not "well below 2 degrees")
  if (!predicate && !asObject && qTo > qFrom && /^VB[DZP]?$/.test(tags[qFrom]) && tokens[qFrom].kind === "word" && /^VB/.test(firstTag(tokens[qFrom].lower) ?? "")) predicate = { lemma: tokenLemma(tokens[qFrom]), tense: null };
  // "Every 72 minutes, a patient dies": how often the clause after the comma happens
  if (!predicate && tokens[qFrom - 1]?.lower === "every" && tokens[afterNp]?.lower === ",") {
    const v = tokens.findIndex((t, j) => j > afterNp && j <= afterNp + 6 && t.kind === "word" && FINITE.test(tags[j]));
    if (v > 0) predicate = verbGroupAt(tokens, tags, v);
  }
  // "receiving 19 percent support in A, 17 percent in B": a figure continuing a list has the verb of its first
  if (!predicate && !asObject && earlierAt >= 0) predicate = verbBefore(tokens, tags, earlierAt);
  if (!predicate && asObject) predicate = asObject;
  else if (predicate && asObject && np && !subjectPosition && !SAY_VERBS.has(asObject.lemma)) predicate = asObject;
  // a relative or participle clause on the figure says what happened to it: "the $8 that analysts expected",
  // "millions of migrants waiting", "the 326 seats needed" (on the clause's subject, the clause's verb after it)
  // ("surpassing the 326 seats needed for": after a definite figure that is an object, a past form is a participle)
  // (not after a share's population: "41 percent of the voters surveyed"; nor on a verb's direct object: "seized 187 boats operating illegally")
  const rel = surveyed || (np && !subjectPosition && verbRightBefore(tokens, tags, qFrom)) ? null : relativeVerb(tokens, tags, np ? np[1] + 1 : e + 1, np !== null && !subjectPosition && tokens[qFrom - 1]?.lower === "the");
  // "the cap of 10,000, which was reached in May": a passive relative set off by a comma says what happened to the figure
  const aside = rel ? null : passiveAside(tokens, tags, e + 1);
  const main = subjectPosition && !surveyed ? verbAfterRelative(tokens, tags, np ? np[1] + 1 : e + 1, rel !== null) : null;
  if (main || rel || aside) predicate = main ?? rel ?? aside;
  // a participle between the figure and its noun says what happened to them, when the figure sits inside a
  // noun phrase ("the city's eight remaining casinos") or is reported ("reported 22 sold units"; not "showed 60% of registered voters say")
  else if (np && !measure && np[0] < np[1] && /^VB[NG]$/.test(tags[np[0]]) && firstTag(tokens[np[0]].lower) !== "JJ" &&
    (/^(?:POS|DT|PRP\$)$/.test(tags[qFrom - 1] ?? "") || /['’]s$/.test(tokens[qFrom - 1]?.text ?? "") || (asObject && SAY_VERBS.has(asObject.lemma) && !FINITE.test(tags[np[1] + 1] ?? "")))) predicate = { lemma: tokenLemma(tokens[np[0]]), tense: null };
  // "That's seven hours after …": the figure is the complement of the glued-on "is"
  if (contractedBe(tokens[qFrom - 1])) predicate = { lemma: "be", tense: "present" };
  return { counted, countedSpan, predicate: predicate?.lemma ?? null, tense: predicate?.tense ?? null };
}

// "$8.42 a share", "$1.28 per gallon"
const RATE = new Set(["a", "an", "per", "each"]);
/**
 * The verb a figure's noun phrase is the subject of, from token k just after the phrase: past the rest of a
 * subject list, an aside in dashes or commas, a closing quote, and (with `postModifier`) a short post-modifier.
 */
function subjectVerb(tokens: Token[], tags: string[], k: number, postModifier: boolean, qFrom: number): { lemma: string; tense: Tense } | null {
  // a restated figure's closing comma ("about two-thirds, 67 percent, say") or a quote around the figure's phrase
  if ((tokens[k]?.lower === "," && tokens[qFrom - 1]?.lower === "," || tokens[k]?.kind === "quote") && (isVerb(tags[k + 1] ?? "") || BE.has(tokens[k + 1]?.lower ?? ""))) k++;
  // "calls today still roll over": past a day named from now
  if (DEICTIC_DAYS.has(tokens[k]?.lower ?? "")) k++;
  // "31 percent of voters overall — remain": a word closing the phrase before a dash
  if (/^(?:RB|JJ)$/.test(tags[k] ?? "") && dashAt(tokens, k + 1)) k++;
  // the rest of a subject list ("14 Catholics, six Orthodox and one Baptist were admitted", "150 soldiers, 95
  // civilians and hundreds of fighters killed"): it ends at a finite verb or a participle, not a modifier
  const next = tokens[k]?.lower === "," && tokens[k + 1]?.lower === "and" ? k + 2 : k + 1;
  if ((tokens[k]?.lower === "," || tokens[k]?.lower === "and") && (tags[next] === "CD" || tokens[next]?.kind === "number" || VAGUE_PLURALS.has(tokens[next]?.lower ?? ""))) {
    let m = k + 1;
    while (m < tokens.length && m - k <= 20 && (isNoun(tags[m]) || isAdjective(tags[m]) || tags[m] === "CD" || tags[m] === "CC" || tags[m] === "DT" || tokens[m].lower === "," || tokens[m].lower === "of" ||
      tokens[m].kind === "number" || (/^VB[NG]$/.test(tags[m]) && isNoun(tags[m + 1] ?? "")))) m++;
    if (m < tokens.length && (FINITE.test(tags[m]) || tags[m] === "VBN" || BE.has(tokens[m].lower) || HAVE.has(tokens[m].lower))) k = m;
  } else if (dashAt(tokens, k)) {
    let m = k + dashAt(tokens, k);
    while (m < tokens.length && m - k <= 15 && !dashAt(tokens, m)) m++;
    // "Nearly half the money -- $500 million -- in this election came": past the aside; "46 percent of A
    // — and 31 percent of B — remain": the dash closes an aside the figure opened
    const opened = tokens[qFrom - 1]?.text === "$" ? qFrom - 2 : qFrom - 1;
    if (tokens[opened]?.text === "—" || tokens[opened]?.text === "–" || tokens[opened]?.text === "-") k += dashAt(tokens, k); // the figure is the aside
    else if (m < tokens.length && dashAt(tokens, m)) k = m + dashAt(tokens, m);
    else if (isVerb(tags[k + dashAt(tokens, k)] ?? "")) k += dashAt(tokens, k);
    postModifier = true;
  }
  // skip a short post-modifier ("people in Syria", "citizens of Tajikistan", "across all 50 states") to reach the
  // verb, not an infinitive ("extended by two weeks to allow")
  // (two of them: "residents near the river in the old town have been moved")
  for (let pp = 0; pp < 2 && postModifier && tokens[k]?.lower !== "," && (tags[k] === "IN" || tags[k] === "TO"); pp++) {
    let m = k + 1;
    // ("the participants in her study indicated")
    while (m < tokens.length && m - k <= 5 && (isNoun(tags[m]) || isAdjective(tags[m]) || tags[m] === "DT" || tags[m] === "PRP$" || tags[m] === "CC" || tags[m] === "CD")) m++;
    if (m >= tokens.length || m === k + 1) break;
    if (isVerb(tags[m])) k = m;
    else if (tags[m] === "IN" && pp === 0) k = m;
    else break;
  }
  return verbGroupAt(tokens, tags, postModifier ? pastGerundPhrase(tokens, tags, k) : k);
}

// a noun followed by one of these tags was a verb: "5 percent back the plan"
const OBJECT_START = new Set(["DT", "PRP$", "PRP", "NNP", "CD"]);
const TIME_NOUNS = new Set(["year", "years", "quarter", "month", "months", "week", "weeks", "day", "days", "period", "term", "cash", "total", "all"]);
// scales a number is read on: "magnitude 6.4"
const SCALE = new Set(["magnitude"]);
// "three times the rate", "five times higher": a multiplier, not a count of occasions
const MULTIPLIER_NEXT = new Set(["DT", "JJR", "RBR", "PRP$"]);
// a number written before a hyphen ("ten-storey", "52-count"), in digits or some words (not every one: "Sixty-six
// people", "a sixteen-year sentence" are a number, not a number and its unit)
const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${[...countingWords(12), "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand"].join("|")})$`, "i");

// subject pronouns that open a relative clause without "that"
const REDUCED_SUBJECT = new Set(["he", "she", "they", "we", "i", "you", "it"]);
// vague amounts that may go on a list of figures ("150 soldiers, 95 civilians, and hundreds of fighters")
const VAGUE_PLURALS = new Set(["dozens", "scores", "hundreds", "thousands", "millions"]);
const DASHES = new Set(["—", "–", "--"]);
/** how many tokens a dash at k takes ("—", or "--" written as two hyphens), 0 when there is none */
const dashAt = (tokens: Token[], k: number): number => (DASHES.has(tokens[k]?.text ?? "") ? 1 : tokens[k]?.text === "-" && tokens[k + 1]?.text === "-" ? 2 : 0);
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;

/** The verb of a relative or participle clause starting at token k: "that analysts expected", "who fled", "needed for". */
function relativeVerb(tokens: Token[], tags: string[], k: number, definiteObject = false): { lemma: string; tense: Tense } | null {
  const w = tokens[k]?.lower;
  if (w === "that" || w === "who" || w === "which") {
    let m = k + 1;
    if (w === "that" && (tags[m] === "NNS" || tags[m] === "NNP" || tags[m] === "PRP") && isVerb(tags[m + 1] ?? "")) m++;
    const v = isVerb(tags[m] ?? "") || BE.has(tokens[m]?.lower ?? "") || HAVE.has(tokens[m]?.lower ?? "") ? verbGroupAt(tokens, tags, m) : null;
    if (!v) return null;
    // "were looking for": keep the verb's preposition
    const j = tokens.findIndex((t, i) => i > m && i < m + 5 && tokens[i - 1].kind === "word" && isVerb(tags[i - 1]) && t.lower === "for" && (i + 1 >= tokens.length || tokens[i + 1].kind === "punct"));
    return j > 0 ? { lemma: `${v.lemma} for`, tense: v.tense } : v;
  }
  // "the $85,000 in loans she needed": a relative clause without "that"
  if (REDUCED_SUBJECT.has(w ?? "") && FINITE.test(tags[k + 1] ?? "") && !SAY_VERBS.has(tokenLemma(tokens[k + 1]))) return verbGroupAt(tokens, tags, k + 1);
  const participle = /^VB[GN]$/.test(tags[k] ?? "") || (definiteObject && tags[k] === "VBD" && (tags[k + 1] === "IN" || tags[k + 1] === "TO"));
  if (participle && tokens[k].kind === "word" && !BE.has(w ?? "") && !HAVE.has(w ?? "") && !PREPOSITIONAL_PARTICIPLES.has(w ?? "") && !agePhrase(tokens, k)) return { lemma: tokenLemma(tokens[k]), tense: null };
  return null;
}

/** "cases aged 20 to 60", "patients aged over 70": at token k, an age set on the noun before, as a preposition
 *  would set it, not a verb saying what happened to the figure */
function agePhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]?.lower === "aged" && !!next && (next.kind === "number" || AGE_BOUND_WORDS.has(next.lower));
}
const AGE_BOUND_WORDS = new Set(["between", "from", "under", "over", "above", "below", "up", "about", "around"]);
/** the token after an age phrase at k ("aged between 20 and 60 years", "aged 18 to 24"), or k when there is none */
function pastAgePhrase(tokens: Token[], k: number): number {
  // (or set off by commas: "12 new cases, aged 30 to 50, were found")
  const comma = tokens[k]?.lower === "," ? 1 : 0;
  if (!agePhrase(tokens, k + comma)) return k;
  let m = k + comma + 1;
  while (m < tokens.length && m - k <= 9 && (tokens[m].kind === "number" || AGE_BOUND_WORDS.has(tokens[m].lower) || /^(?:and|to|-|–|or|years?|old|months?)$/.test(tokens[m].lower))) m++;
  if (!comma) return m;
  return tokens[m]?.lower === "," ? m + 1 : k;
}

/** ", which was reached": the verb of a passive relative clause after a comma at token k. */
function passiveAside(tokens: Token[], tags: string[], k: number): { lemma: string; tense: Tense } | null {
  if (tokens[k]?.lower !== "," || tokens[k + 1]?.lower !== "which" || !BE.has(tokens[k + 2]?.lower ?? "")) return null;
  const v = verbGroupAt(tokens, tags, k + 2);
  return v && v.lemma !== "be" && tags[k + 3] === "VBN" ? v : null;
}

/**
 * "several books, papers and editorials", "62 firms and unions", "several Midwest and Western states": bare
 * nouns joined to the first by "and"/"or" are counted with it (not when the last one is a verb's subject, unless
 * the figure opens the clause and the list is that subject: "hundreds of guards and volunteers lined the route").
 */
function coordinated(tokens: Token[], tags: string[], np: [number, number], subject: boolean): [number, number] {
  let k = np[1] + 1;
  for (let items = 0; items < 6; items++) {
    let m = k + 1;
    const w = tokens[k]?.lower;
    if (w !== "," && w !== "and" && w !== "or") return np;
    const last = w !== "," || tokens[m]?.lower === "and" || tokens[m]?.lower === "or";
    if (w === "," && last) m++;
    let j = m;
    // (after a comma, common nouns only: "two developers, John Smith and Jane Doe" is an appositive)
    while (j < tokens.length && j - m < 4 && tokens[j].kind === "word" && (isNoun(tags[j]) || isAdjective(tags[j])) && !(w === "," && tags[j].startsWith("NNP"))) j++;
    // (not "12 guards and dozens of villagers": a conjunct with an of-phrase is a figure or a measure of its own)
    // (nor a verb the tagger read as a noun before its object: "lasted 45 days and cost SNCF $1 billion")
    if (j === m || !isNoun(tags[j - 1]) || (!(subject && last) && (isVerb(tags[j] ?? "") || BE.has(tokens[j]?.lower ?? ""))) || tokens[j]?.lower === "of" || (j > m + 1 && /^(?:NNP|DT|PRP\$?)$/.test(tags[m + 1]) && allTags(tokens[m].lower).some((t) => /^VB[DZ]$/.test(t)))) return np;
    if (last) return [np[0], j - 1];
    k = j;
  }
  return np;
}

/** "a ten-storey block", "a 52-count complaint", "a 5.3-magnitude quake": the unit written after a hyphen. */
function unitInToken(tokens: Token[], qTo: number, quantity: Quantity): string | null {
  const t = tokens[qTo];
  if (!t || quantity.kind === "money" || quantity.kind === "percent") return null;
  const m = /^([^-]+)-(\p{L}+)/u.exec(t.text);
  // ("35-plus hours": "plus" qualifies the number, the unit comes after)
  // ("two-thirds": a fraction's denominator is no unit either)
  if (!m || !NUMBER_WORD.test(m[1]) || m[2].length < 3 || /^(?:plus|halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(m[2])) return null;
  if (quantity.end < t.start + m[1].length) return null;
  return m[2].toLowerCase();
}

/** The noun phrase ending at token k, with "of"-chains: "a margin of error" → [margin … error]. */
function nounPhraseEndingAt(tokens: Token[], tags: string[], k: number): [number, number] | null {
  if (k < 0 || !isNoun(tags[k]) || tokens[k].kind !== "word") return null;
  let start = k;
  while (start > 0 && k - start < 8) {
    const p = start - 1, t = tags[p];
    if (tokens[p].kind === "word" && (isNoun(t) || isAdjective(t) || t === "POS" || tokens[p].lower === "of" && isNoun(tags[p - 1] ?? ""))) start = p;
    else break;
  }
  return [start, k];
}

/** The token before the figure at q, past a margin's sign ("plus or minus", "+/-", "±"). */
function pastSign(tokens: Token[], q: number): number {
  let k = q - 1;
  if (tokens[k]?.text === "±" || tokens[k]?.text === "+/-") k--;
  else if (tokens[k]?.lower === "minus" && tokens[k - 1]?.lower === "or" && tokens[k - 2]?.lower === "plus") k -= 3;
  // ("a margin of error of only plus or minus 2 percent")
  if (/^(?:only|just)$/.test(tokens[k]?.lower ?? "") && tokens[k - 1]?.lower === "of") k--;
  return k;
}

/**
 * "its 300 Dutch and 45 Belgian shops": a figure whose modifier (an adjective or a name) is joined by "and"/"or"
 * to a second figure's noun phrase shares that phrase's head. Not "12 guards and 30 villagers" (a noun of its own).
 */
function sharedHead(tokens: Token[], tags: string[], i: number): [number, number] | null {
  let j = i;
  while (j < tokens.length && j - i < 2 && tokens[j].kind === "word" && (tags[j] === "JJ" || tags[j] === "NNP")) j++;
  if (j === i || (tokens[j]?.lower !== "and" && tokens[j]?.lower !== "or") || !(tags[j + 1] === "CD" || tokens[j + 1]?.kind === "number")) return null;
  const second = nounPhraseAfter(tokens, tags, j + 2);
  return second && /^NNS$/.test(tags[headIndex(tokens, tags, second)]) ? [i, second[1]] : null;
}

/** A bare number continuing a list of figures: "gained 12 seats and lost 3", "21 injured in A, 36 in B". */
function earlierCounted(tokens: Token[], tags: string[], q: number, measure: boolean): { np: [number, number]; at: number } | null {
  for (let k = q - 1; k >= 0 && q - k <= (measure ? 25 : 40); k--) {
    if (tokens[k].lower === ";" || tokens[k].kind === "quote") return null;
    if (tags[k] !== "CD" && tokens[k].kind !== "number") continue;
    if (/^(?:1[89]|20)\d\d$/.test(tokens[k].text) && (tags[k - 1] === "IN" || tags[k - 1] === "TO" || tags[k - 1] === "NNP")) continue; // a year
    const isMeasure = tokens[k - 1]?.text === "$" || /^(?:percent|%|points?|cents?)$/.test(tokens[k + 1]?.lower ?? "");
    if (isMeasure !== measure) continue;
    if (measure) {
      // "receiving 19 percent support in A, 17 percent in B", "$1.3 trillion in debt, up from $826 billion"
      const np = measureNounAfter(tokens, tags, k);
      if (np) return { np, at: k };
      continue;
    }
    const np = nounPhraseAfter(tokens, tags, k + 1);
    if (np && np[0] === k + 1 && !UNIT_AFTER.has(tokens[k + 1].lower)) return { np, at: k };
  }
  return null;
}

/** The noun a sum or a share at token k is of, is in, or stands before: "19 percent support", "$5 in aid", "a profit of $2". */
function measureNounAfter(tokens: Token[], tags: string[], k: number): [number, number] | null {
  let e = k;
  while (e + 1 < tokens.length && /^(?:percent|%|points?|cents?|million|billion|trillion|thousand)$/.test(tokens[e + 1].lower)) e++;
  let i = e + 1;
  const lead = tokens[i]?.lower;
  if (lead === "of" || lead === "in") {
    i++;
    while (tags[i] === "DT" || tags[i] === "PRP$") i++;
  } else if (RATE.has(lead ?? "") || isVerb(tags[i] ?? "")) i = -1;
  const np = i >= 0 && i < tokens.length && tokens[i].kind === "word" ? nounPhraseAfter(tokens, tags, i) : null;
  if (np && np[0] === np[1] && OBJECT_START.has(tags[np[1] + 1] ?? "")) return null;
  // (a name is no population, but may qualify one: "17 percent in Ohio", "47 percent of Texas voters")
  const named = tags[np?.[0] ?? -1] === "NNP" && (lead !== "of" || tags[np![1]] === "NNP");
  if (np && !(lead === "in" && TIME_NOUNS.has(tokens[headIndex(tokens, tags, np)].lower)) && !named && !TIME_ADJECTIVES.has(tokens[np[0]].lower)) return np;
  let s = k - 1;
  if (tokens[s]?.text === "$") s--;
  s = pastSign(tokens, s + 1);
  if (tokens[s]?.lower === "of") {
    const before = nounPhraseEndingAt(tokens, tags, s - 1);
    if (before && !MEASURE_NOUNS.has(tokens[before[1]].lower)) return before;
  }
  // "margins of error plus or minus 4 percent and 6 percent": the label the first figure stands after
  if (s < k - 1 && /^NNS?$/.test(tags[s] ?? "")) return nounPhraseEndingAt(tokens, tags, s);
  return null;
}

/** "Among likely voters, 46 percent …", "46 percent to 44 percent among likely voters": the poll's population. */
function amongPhrase(tokens: Token[], tags: string[], q: number): [number, number] | null {
  let best: [number, number] | null = null, dist = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].lower !== "among") continue;
    let s = k + 1;
    while (tags[s] === "DT" || tags[s] === "PRP$") s++;
    const np = s < tokens.length ? nounPhraseAfter(tokens, tags, s) : null;
    // "among voters 45 and older": an age bound is part of the population
    if (np && (tags[np[1] + 1] === "CD" || tokens[np[1] + 1]?.kind === "number") && /^(?:and|or)$/.test(tokens[np[1] + 2]?.lower ?? "") && /^(?:older|over|up|younger|under)$/.test(tokens[np[1] + 3]?.lower ?? "")) np[1] += 3;
    if (np && Math.abs(k - q) < dist) { best = np; dist = Math.abs(k - q); }
  }
  return best;
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
