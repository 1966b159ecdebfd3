// A greedy averaged-perceptron part-of-speech tagger over Penn tags (Honnibal's "A good POS tagger in about
// 200 lines", 2013): the word, its suffixes, prefix and shape, the words around it and the two tags
// before it. Words that are frequent and nearly always one tag take it from a dictionary.
import { featureKey, hashString } from "./hash.js";
import { MulticlassModel, MulticlassTrainer, best, type PackedWeights } from "./perceptron.js";
import { normalize, wordForms, PAD, type WordForms } from "./word-forms.js";
import { shuffled } from "./random.js";

export interface TaggerData {
  tags: string[];
  /** normalised word → tag index, for frequent unambiguous words */
  dictionary: Record<string, number>;
  /** normalised word → its ambiguity class (the tags it took in training, as "NN VB"), for words seen often enough */
  lexicon: Record<string, string>;
  weights: PackedWeights;
}

const MAX_FEATURES = 40;
const START = -1, START2 = -2;

/** What the tagger reads of a sentence: the word forms and each word's ambiguity class (PAD when unknown). */
interface Sight {
  f: WordForms;
  amb: Int32Array;
}

/** The features of word i given the two tags before it; returns how many were written. */
function features(x: Sight, i: number, prev: number, prev2: number, out: Int32Array): number {
  const { f, amb } = x;
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
  // the tags the lexicon allows here and to the right: the right context's likely tags, which the
  // left-to-right pass has not predicted yet ("Prices rose": "rose" may be NN or VBD, after NNS)
  out[k++] = featureKey(24, f.suffix4[i]);
  out[k++] = featureKey(25, amb[i]);
  out[k++] = featureKey(26, at(amb, i + 1));
  out[k++] = featureKey(27, at(amb, i + 2));
  out[k++] = featureKey(28, prev, amb[i]);
  out[k++] = featureKey(29, amb[i], at(amb, i + 1));
  out[k++] = featureKey(30, prev, amb[i], at(amb, i + 1));
  out[k++] = featureKey(31, f.norm[i], at(amb, i + 1));
  out[k++] = featureKey(32, prev2, prev, amb[i]);
  out[k++] = featureKey(33, f.shape[i], amb[i]);
  out[k++] = featureKey(34, f.word[i]);
  out[k++] = featureKey(35, i === 0 ? 1 : 0, f.shape[i]);
  out[k++] = featureKey(36, at(f.shape, i - 1), f.shape[i], at(f.shape, i + 1));
  return k;
}

/** The ambiguity classes of the words, hashed (PAD for words the lexicon lacks). */
function ambiguity(words: readonly string[], lexicon: Map<string, number>): Int32Array {
  return Int32Array.from(words, (w) => lexicon.get(normalize(w)) ?? PAD);
}

const hashedLexicon = (lexicon: Record<string, string>) =>
  new Map(Object.entries(lexicon).map(([w, c]) => [w, hashString(c)]));

export class Tagger {
  private readonly model: MulticlassModel;
  private readonly dictionary: Map<string, number>;
  private readonly lexicon: Map<string, number>;
  private readonly scores: Int32Array;
  private readonly feats = new Int32Array(MAX_FEATURES);

  constructor(readonly data: TaggerData) {
    this.model = new MulticlassModel(data.weights, data.tags.length);
    this.dictionary = new Map(Object.entries(data.dictionary));
    this.lexicon = hashedLexicon(data.lexicon);
    this.scores = new Int32Array(data.tags.length);
  }

  /** Tag indexes (into data.tags) for the words. */
  tagIds(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    this.run(words, 0, words.length, START, START2, out);
    return out;
  }

  /**
   * The tag index of words[i] alone, as tagIds(words)[i]: a word's tag depends on the words up to two
   * after it and on the two tags before it, and a word the dictionary tags has that tag whatever precedes
   * it; so tagging starts after the last two dictionary words before i (a rule that asks one word's tag
   * in a long sentence tags a few words, not the sentence).
   */
  tagIdAt(words: readonly string[], i: number): number {
    // the tag of word j when it is fixed: before the start, or a dictionary word
    const fixed = (j: number) => (j < 0 ? (j === -1 ? START : START2) : this.dictionary.get(normalize(words[j])));
    // (a dictionary word's tag needs no context: a third of the words asked, "says", "say")
    const own = fixed(i);
    if (own !== undefined) return own;
    let from = i;
    while (from > 0 && (fixed(from - 1) === undefined || fixed(from - 2) === undefined)) from--;
    // the words the features of words from..i read: two either side
    const off = Math.max(0, from - 2);
    return this.run(words.slice(off, i + 3), from - off, i - off + 1, fixed(from - 1)!, fixed(from - 2)!, null);
  }

  /** Tags words[from, to) after the tags prev2, prev, into out when given; returns the last tag. */
  private run(words: readonly string[], from: number, to: number, prev: number, prev2: number, out: Int32Array | null): number {
    const sight = { f: wordForms(words), amb: ambiguity(words, this.lexicon) };
    let t = prev;
    for (let i = from; i < to; i++) {
      const known = this.dictionary.get(normalize(words[i]));
      if (known === undefined) {
        this.scores.fill(0);
        this.model.score(this.feats, features(sight, i, prev, prev2, this.feats), this.scores);
        t = best(this.scores);
      } else t = known;
      if (out) out[i] = t;
      prev2 = prev;
      prev = t;
    }
    return t;
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
  /** a word enters the lexicon of ambiguity classes when seen this often */
  lexiconMinCount: number;
  /** and its class lists the tags it took at least this share of the time */
  lexiconMinShare: number;
}

/** How often each normalised word took each tag, words and tags in sorted order. */
function tagCounts(sentences: { words: string[]; tags: string[] }[]): [string, [string, number][]][] {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const norm = normalize(w);
      let c = counts.get(norm);
      if (!c) counts.set(norm, (c = new Map()));
      c.set(s.tags[i], (c.get(s.tags[i]) ?? 0) + 1);
    });
  }
  return [...counts.keys()].sort().map((w) => [w, [...counts.get(w)!].sort()]);
}

/** Frequent words (20+) that take one tag at least 97% of the time. */
function buildDictionary(counts: [string, [string, number][]][], tagIndex: Map<string, number>) {
  // no prototype: words such as "constructor" must not find Object's members
  const dictionary: Record<string, number> = Object.create(null);
  for (const [norm, c] of counts) {
    let total = 0, top = "", topCount = 0;
    for (const [tag, k] of c) {
      total += k;
      if (k > topCount) [top, topCount] = [tag, k];
    }
    if (total >= 20 && topCount / total >= 0.97) dictionary[norm] = tagIndex.get(top)!;
  }
  return dictionary;
}

/** Each word seen often enough → the tags it took often enough, as one string ("NN VB"). */
function buildLexicon(counts: [string, [string, number][]][], opts: TaggerTraining) {
  const lexicon: Record<string, string> = Object.create(null);
  for (const [norm, c] of counts) {
    const total = c.reduce((n, [, k]) => n + k, 0);
    if (total < opts.lexiconMinCount) continue;
    const tags = c.filter(([, k]) => k / total >= opts.lexiconMinShare).map(([t]) => t);
    if (tags.length) lexicon[norm] = tags.join(" ");
  }
  return lexicon;
}

export function trainTagger(sentences: { words: string[]; tags: string[] }[], opts: TaggerTraining): TaggerData {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const counts = tagCounts(sentences);
  const dictionary = buildDictionary(counts, tagIndex);
  const lexicon = buildLexicon(counts, opts);
  const hashed = hashedLexicon(lexicon);
  const inDictionary = new Map(Object.entries(dictionary));
  const trainer = new MulticlassTrainer(tags.length);
  const scores = new Float64Array(tags.length);
  const feats = new Int32Array(MAX_FEATURES);
  const sights = sentences.map((s) => ({ f: wordForms(s.words), amb: ambiguity(s.words, hashed) }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const si of shuffled(sentences.length, opts.seed + epoch)) {
      const s = sentences[si], sight = sights[si];
      let prev = START, prev2 = START2;
      for (let i = 0; i < s.words.length; i++) {
        const truth = tagIndex.get(s.tags[i])!;
        let guess = inDictionary.get(normalize(s.words[i]));
        if (guess === undefined) {
          const k = features(sight, i, prev, prev2, feats);
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
  return { tags, dictionary, lexicon, weights: trainer.averaged(opts.step) };
}
