// Part-of-speech tags (Penn Treebank) for a sentence's tokens, and verb lemmas. en-pos is a small
// lexicon-plus-rules tagger; it runs only on sentences that hold a quantity.

import enPos from "en-pos";
import lemmatize from "wink-lemmatizer";
import type { Token } from "../text/tokens.js";
import { allTags, tokenFacts, wordFacts, type Initial } from "./lexicon.js";
import { enPosRequire, postBrill, preBrill, type Smoothing } from "./brill.js";
import { wordTable } from "./word-table.js";
import { keptPerWord } from "./kept-per-word.js";

interface BrillRule { from: string; secondRun?: boolean }
const { Tag } = enPos as unknown as { Tag: new (tokens: string[]) => { initial(): { tags: string[]; confidence: number[]; blocked: boolean[] } } };

// en-pos tries each of its 270 Brill rules on every token, twice, which was a quarter of the whole
// pipeline's time on PolNeAR. Only rules whose `from` is the token's current tag can fire, so only
// those are tried, in the original order, switching lists when a rule changes the tag: the same tags,
// about 20 times fewer rule checks.
const brill = enPosRequire("./smoothing/brill_rules") as { rules: BrillRule[] };
const RULES_BY_FROM = new Map<string, { rule: Rule; order: number }[]>();
brill.rules.forEach((rule, order) => {
  let list = RULES_BY_FROM.get(rule.from);
  if (!list) RULES_BY_FROM.set(rule.from, (list = []));
  list.push({ rule: sameShape(rule as Rule), order });
});

interface Rule extends BrillRule {
  to: string;
  type: number | null;
  c1?: string;
  c2?: string;
  c3?: string;
  cr?: RegExp;
  verify?: boolean;
}
/**
 * A copy of an en-pos rule with every field, in one order: its rules come in eight shapes (a field is
 * there or not), which made each read of a rule's fields in the checks below megamorphic.
 */
function sameShape(r: Rule): Rule {
  return { from: r.from, to: r.to, type: r.type, c1: r.c1, c2: r.c2, c3: r.c3, cr: r.cr, secondRun: r.secondRun, verify: r.verify };
}

/**
 * en-pos's "verify": a rule may give a word only a tag the lexicon allows it (when the lexicon knows it).
 * (en-pos split the lexicon's entry in a new closure on every rule check: with those arrays, a fifth of
 * what extract() allocated on PolNeAR train; allTags splits each word's entry once.)
 */
function allows(rule: Rule, token: string): boolean {
  if (!rule.verify) return true;
  const allowed = allTags(token);
  return !allowed.length || allowed.includes(rule.to);
}

/**
 * Does a rule fire at `i`? en-pos's own check, condition by condition, with its quirks kept (the "or"
 * conditions verify only their last part; CURRENTWD and WDPREVWD compare `this.token`, which is never
 * set, so they never fire). en-pos lower-cased the token again for each rule it tried, which made its
 * smoothing 18% of extract(); here the sentence is lower-cased once (tagging 11,437 PolNeAR sentences:
 * 1.35 s → 0.97 s). test/pos-tags.test.ts checks the tags equal en-pos's own.
 */
function fires(rule: Rule, tags: string[], words: string[], lower: string[], i: number): boolean {
  const token = lower[i];
  switch (rule.type) {
    case 0: return i === 0 && words[i] === rule.c1 && allows(rule, words[i]);
    case 24: return (words[i - 1] || "") === rule.c1 && (words[i - 2] || "") === rule.c2 && allows(rule, token);
    case 2: return !!i && tags[i - 1] === rule.c1 && allows(rule, token);
    case 51: return tags[i - 1] === rule.c2 && (lower[i - 1] ?? "") === rule.c1 && allows(rule, token);
    case 3: return tags[i + 1] === rule.c1 && allows(rule, token);
    case 4: return tags[i + 2] === rule.c1 && allows(rule, token);
    case 41: return tags[i - 2] === rule.c1 && allows(rule, token);
    case 1: return tags[i - 1] === rule.c1 || (tags[i - 2] === rule.c1 && allows(rule, token));
    case 5: return (lower[i - 1] ?? "") === rule.c1 && allows(rule, token);
    case 6: return undefined === rule.c1 && allows(rule, token);
    case 22: return rule.cr!.test(token) && allows(rule, token);
    case 8: return token === rule.c2 && tags[i - 1] === rule.c1 && allows(rule, token);
    case 81: return undefined === rule.c2 && (lower[i - 1] ?? "") === rule.c1 && allows(rule, token);
    case 9: return tags[i + 1] === rule.c1 || tags[i + 2] === rule.c1 || (tags[i + 3] === rule.c1 && allows(rule, token));
    case 11: return (lower[i + 2] ?? "") === rule.c1 && allows(rule, token);
    case 121: return token === rule.c1 && (lower[i + 1] ?? "") === rule.c2 && allows(rule, token);
    case 12: return token === rule.c1 && tags[i + 1] === rule.c2 && allows(rule, token);
    case 13: return tags[i - 1] === rule.c1 || tags[i - 2] === rule.c1 || (tags[i - 3] === rule.c1 && allows(rule, token));
    case 14: return tags[i - 1] === rule.c1 && tags[i + 1] === rule.c2 && allows(rule, token);
    case 141: return token === rule.c1 && tags[i - 1] === rule.c2 && tags[i + 1] === rule.c3 && allows(rule, token);
    case 15: return (lower[i + 1] ?? "") === rule.c1 && allows(rule, token);
    case 16: return tags[i + 1] === rule.c1 || (tags[i + 2] === rule.c1 && allows(rule, token));
    case 17: return tags[i - 2] === rule.c1 && tags[i - 1] === rule.c2 && allows(rule, token);
    case 172: return tags[i - 2] === rule.c1 && tags[i - 1] === rule.c2 && tags[i + 1] === rule.c3 && allows(rule, token);
    case 171: return tags[i + 1] === rule.c1 && tags[i + 2] === rule.c2;
    case 18: return (lower[i + 1] ?? "") === rule.c1 || ((lower[i + 2] ?? "") === rule.c1 && allows(rule, token));
    case 19: return (lower[i - 2] ?? "") === rule.c1 && allows(rule, token);
    case 21: return (lower[i - 1] ?? "") === rule.c1 || ((lower[i - 2] ?? "") === rule.c1 && allows(rule, token));
    case 23: return !tags[i + 1] && allows(rule, token);
    default: return false;
  }
}

// en-pos's first tag of a word depends on the word alone (no meta is passed): its lexicon, name, city
// and suffix lists, tried in turn for every token of every window, were a third of the tagging's time.
// Each word form's answer is kept (tag, confidence, whether the rules may change it).
const initialOf = keptPerWord((word): Initial => {
  const one = new Tag([word]).initial();
  return { tag: one.tags[0], confidence: one.confidence[0], blocked: one.blocked[0] };
}, 500_000);

/**
 * en-pos's _applyBrillRule: the rules in their original order, those of the token's current tag only;
 * after one fires, the new tag's rules that come later in the order (as en-pos's single pass over all
 * rules would reach them).
 */
function applyBrillRules({ tags, words, lower }: Smoothing, index: number, iteration: number): void {
  let after = -1;
  for (;;) {
    const list = RULES_BY_FROM.get(tags[index]);
    if (!list) return;
    let fired = false;
    for (const { rule, order } of list) {
      if (order <= after || (rule.secondRun && iteration === 1)) continue;
      if (fires(rule, tags, words, lower, index)) {
        tags[index] = rule.to;
        after = order;
        fired = true;
        break;
      }
    }
    if (!fired) return;
  }
}

/** en-pos's tagging (initial tags, then its smoothing passes) of words with their lower-case forms and lexicon entries. */
function tagWords(words: string[], lower: string[], entries: (string | undefined)[], initials: Initial[]): string[] {
  const n = words.length;
  const state: Smoothing = { words, lower, entries, tags: new Array<string>(n), blocked: new Array<boolean>(n), confidence: new Array<number>(n) };
  for (let i = 0; i < n; i++) {
    const known = initials[i];
    state.tags[i] = known.tag;
    state.confidence[i] = known.confidence;
    state.blocked[i] = known.blocked;
  }
  preBrill(state);
  for (const iteration of [1, 2]) for (let i = 0; i < n; i++) if (!state.blocked[i]) applyBrillRules(state, i, iteration);
  postBrill(state);
  return state.tags;
}

/**
 * Tags for tokens[from, to) only (the rest are ""): the rules read a window around each quantity, and
 * en-pos's Brill smoothing was 30% of the whole pipeline's time when it tagged every such sentence.
 */
export function tagWindow(tokens: Token[], from: number, to: number): string[] {
  const a = Math.max(0, from), b = Math.min(tokens.length, to);
  const out = new Array<string>(tokens.length).fill("");
  if (a >= b) return out;
  const tags = tagTokens(tokens.slice(a, b));
  for (let i = a; i < b; i++) out[i] = tags[i - a];
  return out;
}

/** en-pos's tags for a sentence's words (the same as `new Tag(words).initial().smooth().tags`, faster). */
export function brillTags(words: string[]): string[] {
  const lower = words.map((w) => (w || "").toLowerCase());
  return tagWords(words, lower, lower.map((w) => wordFacts(w).entry), words.map(initialOf));
}

export function tagTokens(tokens: Token[]): string[] {
  if (!tokens.length) return [];
  const n = tokens.length;
  const words = new Array<string>(n), lower = new Array<string>(n), entries = new Array<string | undefined>(n), initials = new Array<Initial>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i], facts = tokenFacts(t);
    words[i] = t.text;
    lower[i] = t.lower;
    entries[i] = facts.entry;
    // (a word written in lower case, most of them, keeps its first tag with its facts; one written with
    // capitals, the last such form's: a lookup of the token's fresh string in initialOf's map hashed it)
    if (t.text === t.lower) initials[i] = facts.initial ??= initialOf(t.text);
    else {
      if (facts.casedForm !== t.text) { facts.casedForm = t.text; facts.casedInitial = initialOf(t.text); }
      initials[i] = facts.casedInitial!;
    }
  }
  const tags = tagWords(words, lower, entries, initials);
  // en-pos tags typographic quotes and some symbols as nouns; normalise what the later rules rely on
  return tags.map((tag, i) => (tokens[i].kind === "quote" ? "``" : tokens[i].kind === "punct" && /^NN/.test(tag) ? "SYM" : tag));
}

// wink-lemmatizer's mistakes on cue verbs, seen on PolNeAR train ("hoping" → "hop", 69 times). (Verbs whose stem is
// a word of its own, "fined" → "fin", were mended here too, but retraining on them turned the attribution model's
// reading of a study's subject, "A Herald analysis of … shows": left for a retrain that keeps it)
const LEMMA_FIXES: Record<string, string> = wordTable({ hoping: "hope", hoped: "hope" });

const lemmaCache = new Map<string, string>();
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let l = lemmaCache.get(w);
  if (l === undefined) {
    l = LEMMA_FIXES[w] ?? lemmatize.verb(w);
    lemmaCache.set(w, l);
  }
  return l;
}

/** A token's verb lemma, kept with its word's facts (the content-end model asks it of every token it reads). */
export const tokenLemma = (t: Token): string => (tokenFacts(t).lemma ??= verbLemma(t.lower));

export const isNoun = (tag: string) => tag.startsWith("NN");
export const isVerb = (tag: string) => tag.startsWith("VB") || tag === "MD";
export const isAdjective = (tag: string) => tag.startsWith("JJ");
