// Scores of the tagger and the parser on a treebank, as the training script and the bench print them.
// Punctuation counts like any word. LAS compares the universal part of the relation, as the CoNLL 2018
// shared task's scorer does ("nsubj:pass" = "nsubj"); full LAS compares subtypes too.
import type { Sentence } from "./conllu.js";
import type { Parser } from "./parser.js";
import type { Tagger } from "./tagger.js";

export interface Scores {
  words: number;
  tagAccuracy: number;
  uas: number;
  las: number;
  fullLas: number;
  /** parsing alone (tags given), words a second */
  parseWordsPerSecond: number;
}

const universal = (d: string) => {
  const colon = d.indexOf(":");
  return colon < 0 ? d : d.slice(0, colon);
};

/** Tags every sentence with the tagger, parses with those tags, and compares with the gold tree. */
export function evaluate(tagger: Tagger, parser: Parser, sentences: readonly Sentence[]): Scores {
  let words = 0, tags = 0, uas = 0, las = 0, full = 0, parseNs = 0n;
  for (const s of sentences) {
    const predicted = tagger.tag(s.words);
    const t0 = process.hrtime.bigint();
    const p = parser.parse(s.words, predicted);
    parseNs += process.hrtime.bigint() - t0;
    for (let i = 0; i < s.words.length; i++) {
      words++;
      if (predicted[i] === s.tags[i]) tags++;
      if (p.heads[i] !== s.heads[i]) continue;
      uas++;
      if (universal(p.deprels[i]) === universal(s.deprels[i])) las++;
      if (p.deprels[i] === s.deprels[i]) full++;
    }
  }
  return {
    words, tagAccuracy: tags / words, uas: uas / words, las: las / words, fullLas: full / words,
    parseWordsPerSecond: words / (Number(parseNs) / 1e9),
  };
}

export function formatScores(name: string, s: Scores): string {
  return `${name}: ${s.words} words, tags ${s.tagAccuracy.toFixed(4)}, UAS ${s.uas.toFixed(4)}, ` +
    `LAS ${s.las.toFixed(4)} (full relations ${s.fullLas.toFixed(4)}), punctuation included, predicted tags`;
}
