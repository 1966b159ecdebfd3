// Frames around a figure that name what it counts more surely than the noun written after it: a clause
// without a verb ("with cases up 61 percent", "on sales down 3 percent at $2 billion", "with rice accounting
// for 40 percent"), a measure of a named thing ("winds of 160 km/h": the winds, not the kilometres), how
// often something happens ("40 times a week": times, not the week), and the total of a part ("14 of its 46
// services": the services, past the 46, and past an owner: "two of the firm's five directors"; "25,000 of them
// Republicans", "82 percent of whom"). counted.ts reads the rest of the clause.

import type { Token } from "../../text/tokens.js";
import type { Quantity } from "../../types.js";
import { allTags, isAdjective, isNoun, verbLemma } from "../../language/index.js";
import { PERIOD_NOUNS } from "../../language/calendar.js";
import { CURRENCY_NAMES } from "../../language/currencies.js";
import { CHANGE_NOUNS } from "../../language/change-words.js";
import { DIMENSION_NOUNS, UNITS } from "../../language/units.js";
import { nounPhraseAfter, type Tense } from "./phrases.js";
import { multipleFrame } from "./multiple-frame.js";

export interface FigureFrame {
  np: [number, number];
  verb: { lemma: string; tense: Tense } | null;
}

// the words of a figure written before another one ("up 11 percent at 3.9 billion euros")
const FIGURE_WORD = /^(?:percent|%|points?|cents?|million|billion|trillion|thousand|\$|€|£)$/;
// "with cases up 61 percent": the direction a verbless clause gives its subject
const DIRECTIONS: Record<string, string> = { up: "rise", down: "fall" };
// what opens a verbless clause about a subject
const ABSOLUTE_OPENERS = new Set(["with", "on", ","]);
const RATE = new Set(["a", "an", "per", "each", "every"]);
const PERIODS = new Set<string>([...PERIOD_NOUNS, "hour", "minute", "season", "fortnight"]);

/** The frame of the figure at tokens qFrom..e (e: its last token with its unit), or null. */
export function figureFrame(tokens: Token[], tags: string[], qFrom: number, e: number, quantity: Quantity): FigureFrame | null {
  // "twice as much support", "halving its staff", "cut the loss by half"
  const multiple = multipleFrame(tokens, tags, qFrom, e);
  if (multiple) return multiple;
  // "called 40 times a week": how often, not the week
  if (tokens[e + 1]?.lower === "times" && RATE.has(tokens[e + 2]?.lower ?? "") && PERIODS.has(tokens[e + 3]?.lower ?? "")) return { np: [e + 1, e + 1], verb: null };
  // "a 51 percent plunge in the firm's shares": the change is of the noun after "in" or "of"
  const change = changeOf(tokens, tags, e, quantity);
  if (change) return change;
  // "sustained winds of 166 km/h", "tailbacks of 700 kilometres": a measure of the noun before "of"
  // (not of a dimension: "at a depth of 430 metres" counts metres)
  if (quantity.kind === "measure" && tokens[qFrom - 1]?.lower === "of") {
    const np = nounsEndingAt(tokens, tags, qFrom - 2);
    if (np && DIMENSION_NOUNS.has(tokens[np[1]].lower)) return UNITS[tokens[e + 1]?.lower ?? ""] ? { np: [e + 1, e + 1], verb: null } : null;
    if (np) return { np, verb: null };
  }
  return absoluteClause(tokens, tags, qFrom);
}

/** "a 51 percent plunge in the firm's shares", "a $2 billion drop in revenue": what changed, and the change */
function changeOf(tokens: Token[], tags: string[], e: number, quantity: Quantity): FigureFrame | null {
  const noun = tokens[e + 1]?.lower ?? "";
  if (!(quantity.kind === "percent" || quantity.kind === "money" || /^points?$/.test(tokens[e]?.lower ?? "")) || !CHANGE_NOUNS.has(noun) || !/^(?:in|of)$/.test(tokens[e + 2]?.lower ?? "")) return null;
  let k = e + 3;
  while (tags[k] === "DT" || tags[k] === "PRP$") k++;
  const np = k < tokens.length ? nounPhraseAfter(tokens, tags, k) : null;
  return np ? { np, verb: { lemma: noun, tense: null } } : null;
}

/** "with cases up 61 percent", "on revenue up 11 percent at 3.9 billion euros", "with shrimp accounting for $2 billion" */
function absoluteClause(tokens: Token[], tags: string[], qFrom: number): FigureFrame | null {
  let k = qFrom - 1;
  // past a first figure: "up 11 percent at 3.9 billion"
  if ((tokens[k]?.lower === "at" || tokens[k]?.lower === "to") && isFigureToken(tokens, tags, k - 1)) {
    k--;
    while (k > 0 && isFigureToken(tokens, tags, k)) k--;
  }
  let verb: FigureFrame["verb"] = null, end = -1;
  const w = tokens[k]?.lower ?? "";
  if (w in DIRECTIONS) {
    verb = { lemma: DIRECTIONS[w], tense: null };
    end = k - 1;
  } else if (/^(?:for|up)$/.test(w) && /ing$/.test(tokens[k - 1]?.lower ?? "") && allTags(tokens[k - 1].lower).includes("VBG")) {
    // "accounting for", "making up"
    verb = { lemma: `${verbLemma(tokens[k - 1].lower)} ${w}`, tense: null };
    end = k - 2;
  }
  if (end < 1) return null;
  const np = nounsEndingAt(tokens, tags, end);
  return np && ABSOLUTE_OPENERS.has(tokens[np[0] - 1]?.lower ?? "") ? { np, verb } : null;
}

function isFigureToken(tokens: Token[], tags: string[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.kind === "number" || tags[k] === "CD" || FIGURE_WORD.test(t.lower) || t.lower in CURRENCY_NAMES);
}

/** the nouns (and adjectives before them) ending at k, or null when k is no noun */
function nounsEndingAt(tokens: Token[], tags: string[], k: number): [number, number] | null {
  if (k < 0 || tokens[k].kind !== "word" || !isNoun(tags[k])) return null;
  let s = k;
  while (s > 0 && k - s < 5 && tokens[s - 1].kind === "word" && (isNoun(tags[s - 1]) || isAdjective(tags[s - 1]))) s--;
  return [s, k];
}

/** "14 of its 46 services", "1.2 million of the 1.9 million households": at token i after "of the", past the
 *  total to the noun the part counts (i when no figure stands there or no noun follows it) */
export function pastTotal(tokens: Token[], tags: string[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 3 && (tokens[j].kind === "number" || tags[j] === "CD")) j++;
  return j > i && j < tokens.length && tokens[j].kind === "word" && (isNoun(tags[j]) || isAdjective(tags[j]) || /^VB[NG]$/.test(tags[j])) ? j : i;
}

/** "3,000 of Norway's 9,000 churches", "two of the firm's five directors": the token after a possessive at i (the
 *  owner, not what is counted), or i */
export function pastPossessor(tokens: Token[], tags: string[], i: number): number {
  for (let j = i; j < tokens.length && j - i < 4 && tokens[j].kind === "word" && (isNoun(tags[j]) || isAdjective(tags[j])); j++) {
    if (/['’]s$/.test(tokens[j].text)) return j + 1;
    if (tags[j + 1] === "POS") return j + 2;
  }
  return i;
}

export const PARTITIVE_PRONOUNS = new Set(["them", "whom", "which", "those"]);
/** "25,000 of them Republicans": the noun after "them"; "Cuban Americans, 82 percent of whom": the noun phrase the
 *  relative stands for, before the comma; "of those polled": those and their participle. `p` is the pronoun. */
export function pronounPartitive(tokens: Token[], tags: string[], qFrom: number, p: number): [number, number] | null {
  const w = tokens[p].lower;
  if (w === "them") return tokens[p + 1]?.kind === "word" && isNoun(tags[p + 1] ?? "") ? nounPhraseAfter(tokens, tags, p + 1) : null;
  if (w === "those") return /^VB[ND]$/.test(tags[p + 1] ?? "") ? [p, p + 1] : null;
  const comma = qFrom - (/^(?:some|about|nearly|almost|roughly|only)$/.test(tokens[qFrom - 1]?.lower ?? "") ? 2 : 1);
  if (tokens[comma]?.lower !== ",") return null;
  const h = comma - 1;
  if (!isNoun(tags[h] ?? "") || tokens[h].kind !== "word") return null;
  let s = h;
  while (s > 0 && h - s < 5 && tokens[s - 1].kind === "word" && (isNoun(tags[s - 1]) || isAdjective(tags[s - 1]))) s--;
  return [s, h];
}
