// Part-of-speech tags (Penn Treebank) for a sentence's tokens, and verb lemmas. en-pos is a small
// lexicon-plus-rules tagger (about 200,000 words/s here); it runs only on sentences that hold a
// quantity, so it costs little of the pipeline's time.

import enPos from "en-pos";
import lemmatize from "wink-lemmatizer";
import type { Token } from "../text/tokens.js";

const { Tag } = enPos as unknown as { Tag: new (tokens: string[]) => { initial(): { smooth(): { tags: string[] } } } };

export function tagTokens(tokens: Token[]): string[] {
  if (!tokens.length) return [];
  const tags = new Tag(tokens.map((t) => t.text)).initial().smooth().tags;
  // en-pos tags typographic quotes and some symbols as nouns; normalise what the later rules rely on
  return tags.map((tag, i) => (tokens[i].kind === "quote" ? "``" : tokens[i].kind === "punct" && /^NN/.test(tag) ? "SYM" : tag));
}

const lemmaCache = new Map<string, string>();
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let l = lemmaCache.get(w);
  if (l === undefined) {
    l = lemmatize.verb(w);
    lemmaCache.set(w, l);
  }
  return l;
}

export const isNoun = (tag: string) => tag.startsWith("NN");
export const isVerb = (tag: string) => tag.startsWith("VB") || tag === "MD";
export const isAdjective = (tag: string) => tag.startsWith("JJ");
