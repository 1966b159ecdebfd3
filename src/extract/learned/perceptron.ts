// A binary averaged perceptron over string features (Collins 2002; Freund & Schapire's averaging):
// small, deterministic, and each decision can be explained by listing the weights that made it.
// Models are trained by scripts/train-attribution.mjs and shipped as data files in models/ (model-file.ts).

export type Weights = Record<string, number>;

/**
 * Features are emitted as a template (its index in the model's list of template names) and one or two
 * values; as text they read "template value value" ("w0,t1 and VBD"), which is how models are stored.
 */
export type Value = string | number;
/** Values are text, or the model's number for a text (from Model.resolve) where the caller keeps them. */
export type Emit = (template: number, a: Value, b?: Value) => void;
export type Features = (emit: Emit) => void;

// per model numbering, per list of fixed values
const NUMBERED = new WeakMap<(v: string) => number, Map<readonly string[], readonly number[]>>();

/**
 * A fixed list of values (the distance buckets, "y"/"n", …) as a model numbers them, or the list itself
 * as text when there is no model (training). Numbered once per model and list: resolving such values per
 * feature was a million Map lookups a pass over PolNeAR train, 4% of extract().
 */
export function numbered(resolve: ((v: string) => number) | null, list: readonly string[]): readonly Value[] {
  if (!resolve) return list;
  let lists = NUMBERED.get(resolve);
  if (lists === undefined) NUMBERED.set(resolve, (lists = new Map()));
  let ids = lists.get(list);
  if (ids === undefined) lists.set(list, (ids = list.map(resolve)));
  return ids;
}

/** The features as text, for training and explanations. */
export function featureNames(templates: readonly string[], features: Features): string[] {
  const out: string[] = [];
  features((t, a, b) => out.push(b !== undefined ? `${templates[t]} ${a} ${b}` : `${templates[t]} ${a}`));
  return out;
}

// Values are numbered below 2^15 and each template keeps its own Map, keyed by one value's number or two
// packed into one (under 2^30, a small integer to V8): looking those up is several times faster than
// building and hashing a string per feature (the content-end model cost 650 ms per pass over PolNeAR
// train with string keys). Templates take one or two values.
const V = 32768;

/**
 * One template's weights: an open-addressing hash table over a typed array, keyed by a value's number or
 * two packed (never 0). Reading it is about twice as fast as a Map<number, number> of the same keys. Each
 * key sits beside its weight, so a lookup touches one cache line, not two (reading the separate key and
 * weight arrays were the hottest lines of extract() in a profile; side by side, +3.5% on average in an
 * interleaved A/B over PolNeAR train). Weights are stored in thousandths, as 32-bit integers beside 32-bit
 * keys: the models are rounded to thousandths anyway (PerceptronTrainer.averaged), and the three shipped
 * models' tables take half the memory (2.7 MiB rather than 5.5), which the lookups, missing the cache
 * on most features, read faster.
 */
class Table {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(entries: [number, number][]) {
    let bits = 4;
    while (1 << bits < entries.length * 2) bits++;
    this.slots = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (const [key, value] of entries) {
      let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * h] !== 0) h = (h + 1) & this.mask;
      this.slots[2 * h] = key;
      this.slots[2 * h + 1] = thousandths(value);
    }
  }

  /** The weight of a key, in thousandths. */
  get(key: number): number {
    const slots = this.slots, mask = this.mask;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = slots[2 * h];
      if (k === key) return slots[2 * h + 1];
      if (k === 0) return 0;
      h = (h + 1) & mask;
    }
  }
}

const thousandths = (w: number) => Math.round(w * 1000);
/** values a model keeps answered for `resolve` before it starts that list over */
const ASKED_LIMIT = 4096;

/** A trained model: weights keyed by numbers, scored without building a string per feature. */
export class Model {
  private readonly vocab = new Map<string, number>();
  private source: Weights | (() => Weights);
  private loaded: Weights | null = null;
  private w: Table[] = [];
  private bias = 0;
  private sum = 0;
  // the values callers resolve (lemmas, classes, shapes, modes) are a few hundred of the vocabulary's tens of
  // thousands: a small map of those answered stays in the cache where the whole vocabulary's missed it
  private readonly asked = new Map<string, number>();
  /** The model's number for a value (0: never seen in training, so no weight can use it). */
  readonly resolve = (v: string): number => {
    let id = this.asked.get(v);
    if (id === undefined) {
      if (this.loaded === null) this.load();
      id = this.vocab.get(v) ?? 0;
      if (this.asked.size >= ASKED_LIMIT) this.asked.clear();
      this.asked.set(v, id);
    }
    return id;
  };

  // (only called inside score, once the model is loaded)
  private readonly add: Emit = (t, a, b) => {
    const ia = typeof a === "number" ? a : this.vocab.get(a) ?? 0;
    if (ia === 0) return;
    let key = ia;
    if (b !== undefined) {
      const ib = typeof b === "number" ? b : this.vocab.get(b) ?? 0;
      if (ib === 0) return;
      key = ia * V + ib;
    }
    this.sum += this.w[t].get(key);
  };

  /**
   * `weights`, or a function that reads them: a shipped model is read from its file at its first use
   * (model-file.ts), not when its module is imported, so that a process that never reads one never pays.
   */
  constructor(weights: Weights | (() => Weights), readonly templates: readonly string[]) {
    this.source = weights;
  }

  get weights(): Weights {
    return this.loaded ?? this.load();
  }

  private load(): Weights {
    const weights = typeof this.source === "function" ? this.source() : this.source;
    this.bias = thousandths(weights["bias"] ?? 0);
    const entries: [number, number][][] = this.templates.map(() => []);
    for (const [name, weight] of Object.entries(weights)) {
      const [template, ...values] = name.split(" ");
      const t = this.templates.indexOf(template);
      if (t < 0 || values.length < 1 || values.length > 2) continue;
      let key = 0;
      for (const v of values) {
        let id = this.vocab.get(v);
        if (id === undefined) this.vocab.set(v, (id = this.vocab.size + 1));
        if (id >= V) throw new Error(`model vocabulary over ${V} values`);
        key = key * V + id;
      }
      entries[t].push([key, weight]);
    }
    this.w = entries.map((e) => new Table(e));
    return (this.loaded = weights);
  }

  /** The score of a feature set: above zero means yes. (Summed in thousandths, exactly.) */
  score(features: Features): number {
    if (this.loaded === null) this.load();
    this.sum = this.bias;
    features(this.add);
    return this.sum / 1000;
  }

  /** The features that weighed most in a decision, for explanations and debugging. */
  explain(features: Features, top = 5): [string, number][] {
    return featureNames(this.templates, features)
      .map((f): [string, number] => [f, this.weights[f] ?? 0])
      .filter(([, w]) => w !== 0)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, top);
  }
}

/** Training: weights are updated on mistakes and averaged over every step, which keeps them stable. */
export class PerceptronTrainer {
  private w = new Map<string, number>();
  private total = new Map<string, number>();
  private stamp = new Map<string, number>();
  private step = 0;

  private current(features: string[]): number {
    let s = this.w.get("bias") ?? 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  private bump(f: string, by: number) {
    const w = this.w.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * w);
    this.stamp.set(f, this.step);
    this.w.set(f, w + by);
  }

  /** One example; returns whether the current weights already got it right. */
  train(features: string[], yes: boolean): boolean {
    this.step++;
    // a score of zero is a mistake either way (y·w·x ≤ 0), so that an example no weight speaks for yet
    // gets one instead of riding on the bias
    const score = this.current(features);
    if (yes ? score > 0 : score < 0) return true;
    const by = yes ? 1 : -1;
    this.bump("bias", by);
    for (const f of new Set(features)) this.bump(f, by);
    return false;
  }

  /**
   * The averaged weights, scaled so the largest is 100 (a common factor changes no decision), rounded,
   * without the ones too small to matter.
   */
  averaged(minimum = 0.01): Weights {
    const avg = new Map<string, number>();
    let max = 0;
    for (const [f, w] of this.w) {
      const a = ((this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * w) / this.step;
      avg.set(f, a);
      max = Math.max(max, Math.abs(a));
    }
    const out: Weights = {};
    for (const [f, a] of avg) {
      const v = Math.round((a / (max || 1)) * 100 * 1000) / 1000;
      if (Math.abs(v) >= minimum) out[f] = v;
    }
    return out;
  }
}
