// The analysed document every extraction stage reads: the text (original and furniture-masked),
// its sentences and their tokens. Built once per document by `analyze`.

import { normalizeText } from "../text/normalize.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";
import type { Span } from "../types.js";

export interface AnalyzedDocument {
  original: string;
  /** original with page furniture blanked (same length, same offsets) */
  text: string;
  title: Span | null;
  /** body sentences (the title is not one of them) */
  sentences: Sentence[];
  /** tokens of each sentence, parallel to `sentences` */
  tokens: Token[][];
  /** publication date (YYYY-MM-DD) when known */
  published: string | null;
}

export function analyze(original: string, published: string | null = null): AnalyzedDocument {
  const norm = normalizeText(original);
  const from = norm.title ? norm.title.end : 0;
  const sentences = splitSentences(norm.masked, from);
  sentences.forEach((s, i) => (s.index = i));
  const tokens = sentences.map((s) => tokenize(norm.masked, s.start, s.end));
  return { original, text: norm.masked, title: norm.title, sentences, tokens, published };
}
