// A greedy averaged-perceptron part-of-speech tagger over Penn tags (Honnibal's "A good POS tagger in about
// 200 lines", 2013): the word, its suffixes, prefix and shape, the words around it and the two tags
// before it. Words that are frequent and nearly always one tag take it from a dictionary.
import { featureKey } from "./hash.js";
import { MulticlassModel, MulticlassTrainer, best, type PackedWeights } from "./perceptron.js";
import { normalize, wordForms, PAD, type WordForms } from "./word-forms.js";
import { shuffled } from "./random.js";

export interface TaggerData {
  tags: string[];
  /** normalised word → tag index, for frequent unambiguous words */
  dictionary: Record<string, number>;
  weights: PackedWeights;
}

const MAX_FEATURES = 32;
const START = -1, START2 = -2;

/** The features of word i given the two tags before it; returns how many were written. */
function features(f: WordForms, i: number, prev: number, prev2: number, out: Int32Array): number {
  const n = f.norm.length;
  const at = (a: Int32Array, j: number) => (j >= 0 && j < n ? a[j] : PAD);
  let k = 0;
  out[k++] = featureKey(0, 0);
  out[k++] = featureKey(1, f.norm[i]);
  out[k++] = featureKey(2, f.suffix3[i]);
  out[k++] = featureKey(3, f.suffix2[i]);
  out[k++] = featureKey(4, f.suffix1[i]);
  out[k++] = featureKey(5, f.prefix1[i]);
  out[k++] = featureKey(6, f.prefix3[i]);
  out[k++] = featureKey(7, f.shape[i]);
  out[k++] = featureKey(8, prev);
  out[k++] = featureKey(9, prev2);
  out[k++] = featureKey(10, prev, prev2);
  out[k++] = featureKey(11, prev, f.norm[i]);
  out[k++] = featureKey(12, at(f.norm, i - 1));
  out[k++] = featureKey(13, at(f.suffix3, i - 1));
  out[k++] = featureKey(14, at(f.norm, i - 2));
  out[k++] = featureKey(15, at(f.norm, i + 1));
  out[k++] = featureKey(16, at(f.suffix3, i + 1));
  out[k++] = featureKey(17, at(f.norm, i + 2));
  out[k++] = featureKey(18, at(f.shape, i + 1));
  out[k++] = featureKey(19, at(f.shape, i - 1));
  out[k++] = featureKey(20, f.norm[i], at(f.norm, i + 1));
  out[k++] = featureKey(21, at(f.norm, i - 1), f.norm[i]);
  out[k++] = featureKey(22, prev, f.suffix3[i]);
  out[k++] = featureKey(23, f.shape[i], at(f.shape, i + 1));
  return k;
}

export class Tagger {
  private readonly model: MulticlassModel;
  private readonly dictionary: Map<string, number>;
  private readonly scores: Float64Array;
  private readonly feats = new Int32Array(MAX_FEATURES);

  constructor(readonly data: TaggerData) {
    this.model = new MulticlassModel(data.weights, data.tags.length);
    this.dictionary = new Map(Object.entries(data.dictionary));
    this.scores = new Float64Array(data.tags.length);
  }

  /** Tag indexes (into data.tags) for the words. */
  tagIds(words: readonly string[]): Int32Array {
    const f = wordForms(words);
    const out = new Int32Array(words.length);
    let prev = START, prev2 = START2;
    for (let i = 0; i < words.length; i++) {
      let t = this.dictionary.get(normalize(words[i]));
      if (t === undefined) {
        this.scores.fill(0);
        this.model.score(this.feats, features(f, i, prev, prev2, this.feats), this.scores);
        t = best(this.scores);
      }
      out[i] = t;
      prev2 = prev;
      prev = t;
    }
    return out;
  }

  tag(words: readonly string[]): string[] {
    return Array.from(this.tagIds(words), (t) => this.data.tags[t]);
  }
}

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** weights are rounded to multiples of this and smaller ones dropped */
  step: number;
}

/** Frequent words (20+) that take one tag at least 97% of the time. */
function buildDictionary(sentences: { words: string[]; tags: string[] }[], tagIndex: Map<string, number>) {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const norm = normalize(w);
      let c = counts.get(norm);
      if (!c) counts.set(norm, (c = new Map()));
      c.set(s.tags[i], (c.get(s.tags[i]) ?? 0) + 1);
    });
  }
  // no prototype: words such as "constructor" must not find Object's members
  const dictionary: Record<string, number> = Object.create(null);
  for (const norm of [...counts.keys()].sort()) {
    const c = counts.get(norm)!;
    let total = 0, top = "", topCount = 0;
    for (const [tag, k] of [...c].sort()) {
      total += k;
      if (k > topCount) [top, topCount] = [tag, k];
    }
    if (total >= 20 && topCount / total >= 0.97) dictionary[norm] = tagIndex.get(top)!;
  }
  return dictionary;
}

export function trainTagger(sentences: { words: string[]; tags: string[] }[], opts: TaggerTraining): TaggerData {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const dictionary = buildDictionary(sentences, tagIndex);
  const inDictionary = new Map(Object.entries(dictionary));
  const trainer = new MulticlassTrainer(tags.length);
  const scores = new Float64Array(tags.length);
  const feats = new Int32Array(MAX_FEATURES);
  const forms = sentences.map((s) => wordForms(s.words));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const si of shuffled(sentences.length, opts.seed + epoch)) {
      const s = sentences[si], f = forms[si];
      let prev = START, prev2 = START2;
      for (let i = 0; i < s.words.length; i++) {
        const truth = tagIndex.get(s.tags[i])!;
        let guess = inDictionary.get(normalize(s.words[i]));
        if (guess === undefined) {
          const k = features(f, i, prev, prev2, feats);
          scores.fill(0);
          trainer.score(feats, k, scores);
          guess = best(scores);
          trainer.update(feats, k, truth, guess);
        }
        prev2 = prev;
        prev = guess;
      }
    }
  }
  return { tags, dictionary, weights: trainer.averaged(opts.step) };
}
