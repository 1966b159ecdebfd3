// Part-of-speech tags (Penn Treebank) for a sentence's tokens, and verb lemmas. en-pos is a small
// lexicon-plus-rules tagger; it runs only on sentences that hold a quantity.

import { createRequire } from "node:module";
import enPos from "en-pos";
import lemmatize from "wink-lemmatizer";
import type { Token } from "../text/tokens.js";

interface BrillRule { from: string; secondRun?: boolean }
interface Tagger {
  tags: string[];
  initial(): Tagger;
  smooth(): Tagger;
  _applyBrillRule(index: number, iteration: number): void;
}
const { Tag } = enPos as unknown as { Tag: new (tokens: string[]) => Tagger };

// en-pos tries each of its ~2,000 Brill rules on every token, which was a quarter of the whole
// pipeline's time on PolNeAR. Only rules whose `from` is the token's current tag can fire, so we hand
// it those, in the original order, switching lists when a rule changes the tag: the same tags, about
// 20 times fewer rule checks.
const brill = createRequire(import.meta.url)("en-pos/dist/smoothing/brill_rules") as { rules: BrillRule[] };
const ALL_RULES = brill.rules;
const RULES_BY_FROM = new Map<string, { rule: BrillRule; order: number }[]>();
ALL_RULES.forEach((rule, order) => {
  let list = RULES_BY_FROM.get(rule.from);
  if (!list) RULES_BY_FROM.set(rule.from, (list = []));
  list.push({ rule, order });
});
const ONE: BrillRule[] = [ALL_RULES[0]];

// en-pos looks every token up twice in en-lexicon (a 100,000-key object) and splits its entry each time:
// 9% of extract() on PolNeAR train. The same answers, from a Map filled as words come.
const enPosLexicon = createRequire(import.meta.url)("en-pos/dist/tagging/lexicon") as { default: (word: string, sensitive?: boolean) => string };
const lookUp = enPosLexicon.default;
const LOOKED_UP = new Map<string, string>();
enPosLexicon.default = (word: string, sensitive?: boolean) => {
  const key = sensitive ? word : word.toLowerCase();
  let tag = LOOKED_UP.get(key);
  if (tag === undefined) {
    tag = lookUp(key, true);
    if (LOOKED_UP.size > 500_000) LOOKED_UP.clear();
    LOOKED_UP.set(key, tag);
  }
  return tag;
};

function newTagger(words: string[]): Tagger {
  const tagger = new Tag(words);
  const apply = tagger._applyBrillRule;
  tagger._applyBrillRule = function (index: number, iteration: number) {
    let after = -1;
    for (;;) {
      const tag = this.tags[index];
      const list = RULES_BY_FROM.get(tag);
      if (!list) return;
      let changed = false;
      for (const { rule, order } of list) {
        if (order <= after) continue;
        ONE[0] = rule;
        brill.rules = ONE;
        try {
          apply.call(this, index, iteration);
        } finally {
          brill.rules = ALL_RULES;
        }
        if (this.tags[index] !== tag) {
          after = order;
          changed = true;
          break;
        }
      }
      if (!changed) return;
    }
  };
  return tagger;
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

export function tagTokens(tokens: Token[]): string[] {
  if (!tokens.length) return [];
  const tags = newTagger(tokens.map((t) => t.text)).initial().smooth().tags;
  // en-pos tags typographic quotes and some symbols as nouns; normalise what the later rules rely on
  return tags.map((tag, i) => (tokens[i].kind === "quote" ? "``" : tokens[i].kind === "punct" && /^NN/.test(tag) ? "SYM" : tag));
}

// wink-lemmatizer's mistakes on cue verbs, seen on PolNeAR train ("hoping" → "hop", 69 times)
const LEMMA_FIXES: Record<string, string> = { hoping: "hope", hoped: "hope" };

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

export const isNoun = (tag: string) => tag.startsWith("NN");
export const isVerb = (tag: string) => tag.startsWith("VB") || tag === "MD";
export const isAdjective = (tag: string) => tag.startsWith("JJ");
