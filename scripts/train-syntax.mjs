#!/usr/bin/env node
// Trains the syntax models on UD English EWT train (../shared/corpus/ud-english-ewt, CC BY-SA 4.0) and writes
// models/tagger.bin and models/parser.bin (src/syntax/model-file.ts). Deterministic: seeded shuffles, weights
// rounded to a fixed step, gzip at a fixed level; the sha1 of each file is printed to compare runs.
//   npm run train:syntax                           (builds first; reads dist/syntax)
//   node scripts/train-syntax.mjs --out DIR [--tagger-epochs N] [--parser-epochs N] [--folds K]
// The parser trains on tags predicted by taggers that did not see the sentence (K-fold jackknifing), so it
// learns from the kind of tags it will be given. Prints tag accuracy on dev and test, and UAS/LAS on dev and
// test with the trained tagger's tags, punctuation included.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { readConllu } from "../dist/syntax/conllu.js";
import { trainTagger, Tagger } from "../dist/syntax/tagger.js";
import { trainParser } from "../dist/syntax/parser-training.js";
import { Parser } from "../dist/syntax/parser.js";
import { encodeModel } from "../dist/syntax/model-file.js";
import { evaluate, formatScores } from "../dist/syntax/evaluate.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const ewt = path.resolve(arg("treebank", path.join(here, "..", "..", "shared", "corpus", "ud-english-ewt")));
const out = path.resolve(arg("out", path.join(here, "..", "models")));
// the lexicon of ambiguity classes lists words seen 3+ times, with the tags they took 1%+ of the time
// (EWT dev tags 0.9420 against 0.9298 with every word seen once: a class from one sighting is its gold tag)
const TAGGER = { epochs: Number(arg("tagger-epochs", 5)), seed: 19, step: 0.001, lexiconMinCount: 3, lexiconMinShare: 0.01 };
// minLabelCount 20 keeps EWT's frequent subtypes (nsubj:pass, obl:unmarked, nmod:poss, …) and folds the
// rare ones into their universal relation; explore 0.9 as in Goldberg & Nivre's experiments. The parser's
// weights are rounded to multiples of 2, which drops those under 1: on EWT dev that kept UAS (0.840 against
// 0.840 at 0.01) with 440k features rather than 1.05M, a 13 MB file becoming ~4 MB and parsing ~1.5x faster.
// 16 epochs rather than 8: EWT dev UAS 0.8475 -> 0.8489, LAS 0.8170 -> 0.8189 (12 gave 0.8487, 0.8174)
const PARSER = { epochs: Number(arg("parser-epochs", 16)), seed: 19, step: 2, minLabelCount: 20, explore: 0.9 };
const FOLDS = Number(arg("folds", 4));

const started = Date.now();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const read = (split) => {
  const file = path.join(ewt, `en_ewt-ud-${split}.conllu`);
  if (!fs.existsSync(file)) {
    console.error(`${file}: UD English EWT not found (../shared/corpus/ud-english-ewt must sit beside the project)`);
    process.exit(1);
  }
  return readConllu(fs.readFileSync(file, "utf8"), file);
};
const train = read("train"), dev = read("dev"), test = read("test");
log(`EWT: ${train.length} train, ${dev.length} dev, ${test.length} test sentences`);

// jackknifed tags for the parser's training trees
const predicted = new Array(train.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (i) => i % FOLDS === fold;
  const tagger = new Tagger(trainTagger(train.filter((_, i) => !inFold(i)), TAGGER));
  train.forEach((s, i) => {
    if (inFold(i)) predicted[i] = tagger.tag(s.words);
  });
  log(`tagger fold ${fold + 1} of ${FOLDS} done`);
}
const taggerData = trainTagger(train, TAGGER);
const tagger = new Tagger(taggerData);
log(`tagger: ${taggerData.weights.keys.length} features, ${taggerData.weights.weights.length} weights`);

const trees = train.map((s, i) => ({ words: s.words, tags: predicted[i], heads: s.heads, deprels: s.deprels }));
const parserData = trainParser(trees, PARSER, log);
const parser = new Parser(parserData);
log(`parser: ${parserData.weights.keys.length} features, ${parserData.weights.weights.length} weights`);

const source = { treebank: "UD English EWT v2.15, train", licence: "CC BY-SA 4.0" };
fs.mkdirSync(out, { recursive: true });
const write = (name, bytes) => {
  fs.writeFileSync(path.join(out, name), bytes);
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  log(`wrote ${path.join(out, name)}: ${(bytes.length / 1e6).toFixed(2)} MB, sha1 ${sha1}`);
};
const { tags, dictionary, lexicon } = taggerData;
write("tagger.bin", encodeModel({ ...source, tags, dictionary, lexicon, training: TAGGER }, taggerData.weights));
write("parser.bin", encodeModel({ ...source, labels: parserData.labels, training: { ...PARSER, folds: FOLDS } }, parserData.weights));

log(formatScores("EWT dev", evaluate(tagger, parser, dev)));
log(formatScores("EWT test", evaluate(tagger, parser, test)));
