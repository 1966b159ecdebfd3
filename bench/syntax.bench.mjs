// The syntax models on UD English EWT test: load time, tag accuracy, UAS and LAS with our own tags
// (punctuation included; LAS over universal relations, as the CoNLL 2018 scorer counts), and speed:
// tagging and parsing alone, in words a second (best of 3 passes over the test set).
import { readFileSync } from "node:fs";
import path from "node:path";
import { readConllu } from "../dist/syntax/conllu.js";
import { loadTagger, loadParser } from "../dist/syntax/index.js";
import { evaluate, formatScores } from "../dist/syntax/evaluate.js";
import { shared, peakMiB, time } from "./lib.mjs";

const file = path.join(shared, "corpus", "ud-english-ewt", "en_ewt-ud-test.conllu");
const test = readConllu(readFileSync(file, "utf8"), file);
const words = test.reduce((n, s) => n + s.words.length, 0);

const load = time(() => [loadTagger(), loadParser()]);
const [tagger, parser] = load.out;
console.log(`load: ${(load.seconds * 1000).toFixed(0)} ms (tagger and parser)`);
console.log(formatScores("EWT test", evaluate(tagger, parser, test)));

const tags = test.map((s) => tagger.tag(s.words));
// CPU seconds beside wall seconds: on a shared machine the wall clock also counts other processes' turns
const cpu = (fn) => {
  const c0 = process.cpuUsage();
  const { seconds } = time(fn);
  const c = process.cpuUsage(c0);
  return { wall: seconds, cpu: (c.user + c.system) / 1e6 };
};
const fastest = (fn) => {
  let best = { wall: Infinity, cpu: Infinity };
  for (let pass = 0; pass < 3; pass++) {
    const t = cpu(fn);
    best = { wall: Math.min(best.wall, t.wall), cpu: Math.min(best.cpu, t.cpu) };
  }
  return best;
};
const rate = (seconds) => Math.round(words / seconds).toLocaleString("en");
const tagging = fastest(() => test.forEach((s) => tagger.tag(s.words)));
const parsing = fastest(() => test.forEach((s, i) => parser.parse(s.words, tags[i])));
console.log(`speed: tagging ${rate(tagging.wall)} words/s (CPU time: ${rate(tagging.cpu)}), ` +
  `parsing ${rate(parsing.wall)} words/s (CPU time: ${rate(parsing.cpu)}); ${words} words, best of 3; peak ${peakMiB()} MiB`);
