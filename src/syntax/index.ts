// Syntax: Penn part-of-speech tags and a dependency tree (UD English relations) for a tokenised sentence,
// learned from UD English EWT (CC BY-SA 4.0) by `npm run train:syntax`. The models (models/tagger.bin,
// models/parser.bin) are read once, on the first call.
//
//   import { parse } from "./syntax/index.js";
//   const words = tokenize(sentence).map((t) => t.text);   // text/tokens.ts, or any tokenisation
//   const { tags, heads, deprels } = parse(words);       // heads 1-based, 0 = root, as in CoNLL-U
//   // words[i] depends on words[heads[i] - 1] with relation deprels[i] ("nsubj", "obl:unmarked", …)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import { decodeModel } from "./model-file.js";
import { Parser, type Parse } from "./parser.js";
import { Tagger, type TaggerData } from "./tagger.js";

export type { Parse } from "./parser.js";

/** models/ beside src/ and dist/ alike: this file is src/syntax/index.ts or dist/syntax/index.js. */
export const MODELS_DIR = fileURLToPath(new URL("../../models/", import.meta.url));

let tagger: Tagger | null = null;
let parser: Parser | null = null;

function read(name: string): Uint8Array {
  const file = MODELS_DIR + name;
  try {
    return readFileSync(file);
  } catch {
    throw new UserError("syntax model missing (run `npm run train:syntax`)", file);
  }
}

export function loadTagger(): Tagger {
  if (!tagger) {
    const { header, weights } = decodeModel<Omit<TaggerData, "weights">>(MODELS_DIR + "tagger.bin", read("tagger.bin"));
    tagger = new Tagger({ tags: header.tags, dictionary: header.dictionary, lexicon: header.lexicon, weights });
  }
  return tagger;
}

export function loadParser(): Parser {
  if (!parser) {
    const { header, weights } = decodeModel<{ labels: string[] }>(MODELS_DIR + "parser.bin", read("parser.bin"));
    parser = new Parser({ labels: header.labels, weights });
  }
  return parser;
}

/** Penn Treebank tags of the words. */
export function tag(words: readonly string[]): string[] {
  return loadTagger().tag(words);
}

/** The Penn Treebank tag of words[i] in its sentence (tag(words)[i], tagging only the words it depends on). */
export function tagAt(words: readonly string[], i: number): string {
  const t = loadTagger();
  return t.data.tags[t.tagIdAt(words, i)];
}

/** Tags and the dependency tree of the words (one sentence, already tokenised). */
export function parse(words: readonly string[]): Parse {
  if (!words.length) return { tags: [], heads: [], deprels: [] };
  return loadParser().parse(words, tag(words));
}
