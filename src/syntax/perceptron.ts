// A multiclass averaged perceptron over integer feature keys, for the tagger and the parser (Collins 2002;
// averaging as in Honnibal's tagger). The project's extract/perceptron.ts is binary and keyed by strings;
// syntax needs 50-100 classes and ~75 features a decision, so keys are 31-bit hashes (hash.ts) and each
// feature holds only the classes it was ever updated for. Training is deterministic: no randomness here.

/** A feature's weights while training: parallel arrays over the classes it has been updated for. */
interface Row {
  cls: number[];
  w: number[];
  /** sum of w over the updates so far, kept lazily with `at` (the update count when w last changed) */
  total: number[];
  at: number[];
}

export class MulticlassTrainer {
  private readonly rows = new Map<number, Row>();
  private updates = 0;

  constructor(readonly classes: number) {}

  /** Adds each feature's current (not averaged) weights into scores (length = classes, zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]);
      if (row === undefined) continue;
      const { cls, w } = row;
      for (let j = 0; j < cls.length; j++) scores[cls[j]] += w[j];
    }
  }

  /** One perceptron update: +1 to truth, -1 to guess, for every feature. */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    this.updates++;
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      let row = this.rows.get(features[f]);
      if (row === undefined) this.rows.set(features[f], (row = { cls: [], w: [], total: [], at: [] }));
      this.bump(row, truth, 1);
      this.bump(row, guess, -1);
    }
  }

  /** Counts a decision that needed no update (averaging counts every decision). */
  tick(): void {
    this.updates++;
  }

  private bump(row: Row, c: number, delta: number): void {
    let j = row.cls.indexOf(c);
    if (j < 0) {
      j = row.cls.length;
      row.cls.push(c);
      row.w.push(0);
      row.total.push(0);
      row.at.push(this.updates);
    }
    row.total[j] += (this.updates - row.at[j]) * row.w[j];
    row.at[j] = this.updates;
    row.w[j] += delta;
  }

  /**
   * The averaged weights, rounded to `step` (weights are stored as multiples of it) and pruned: a weight
   * under `step` in size is dropped, and so is a feature left with none. Features in key order, so the
   * same training writes the same bytes.
   */
  averaged(step: number): PackedWeights {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const outKeys: number[] = [], starts: number[] = [0], cls: number[] = [], q: number[] = [];
    for (const key of keys) {
      const row = this.rows.get(key)!;
      const order = row.cls.map((_, j) => j).sort((a, b) => row.cls[a] - row.cls[b]);
      let kept = 0;
      for (const j of order) {
        const total = row.total[j] + (this.updates - row.at[j]) * row.w[j];
        const v = Math.round(total / Math.max(1, this.updates) / step);
        if (v === 0) continue;
        cls.push(row.cls[j]);
        q.push(Math.max(-32767, Math.min(32767, v)));
        kept++;
      }
      if (!kept) continue;
      outKeys.push(key);
      starts.push(cls.length);
    }
    return {
      step,
      keys: Int32Array.from(outKeys),
      starts: Int32Array.from(starts),
      classes: Uint8Array.from(cls),
      weights: Int16Array.from(q),
    };
  }

  get size(): number {
    return this.rows.size;
  }
}

/** Weights as stored: feature keys ascending, each with a run of (class, weight / step) pairs. */
export interface PackedWeights {
  step: number;
  keys: Int32Array;
  /** starts[i]..starts[i+1] is feature i's run in classes/weights */
  starts: Int32Array;
  classes: Uint8Array;
  weights: Int16Array;
}

// a feature updated for at least this many classes keeps a dense row (all classes, no class index to
// read): the bias and tag features are nearly dense, and reading them densely made parsing ~1.5x faster
const DENSE = 16;

/**
 * The averaged weights for prediction: an open-addressing table from feature key to its row of class
 * weights. A typed-array table is several times faster than a Map here (parsing reads ~80 features a move).
 * Rows are sparse (class, weight) runs, or dense when most classes have a weight.
 */
export class MulticlassModel {
  /**
   * key and row side by side, so a lookup reads one cache line: a row is sparse row i as i, or a dense row
   * starting at offset o of `dense` as -1 - o
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly starts: Int32Array;
  private readonly classes: Uint8Array;
  // weights kept as stored, in steps (Int16): half the bytes of Float32 to bring in from memory, where
  // parsing spends most of its time; scores come out in steps, which orders classes the same
  private readonly weights: Int16Array;
  private readonly dense: Int16Array;

  constructor(packed: PackedWeights, readonly classCount: number) {
    let bits = 4;
    while (1 << bits < packed.keys.length * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 << bits).fill(-1);
    const { starts, classes } = packed;
    let denseRows = 0;
    for (let i = 0; i < packed.keys.length; i++) if (starts[i + 1] - starts[i] >= DENSE) denseRows++;
    this.dense = new Int16Array(denseRows * classCount);
    let nextDense = 0;
    for (let i = 0; i < packed.keys.length; i++) {
      let h = Math.imul(packed.keys[i], 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * h] !== -1) h = (h + 1) & this.mask;
      this.slots[2 * h] = packed.keys[i];
      if (starts[i + 1] - starts[i] < DENSE) {
        this.slots[2 * h + 1] = i;
        continue;
      }
      const offset = nextDense++ * classCount;
      for (let j = starts[i]; j < starts[i + 1]; j++) this.dense[offset + classes[j]] = packed.weights[j];
      this.slots[2 * h + 1] = -1 - offset;
    }
    this.starts = starts;
    this.classes = classes;
    this.weights = packed.weights;
  }

  /** Adds the weights of the features, in steps, into scores (zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const { slots, mask, shift, starts, classes, weights, dense, classCount } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let k = slots[2 * h];
      while (k !== key && k !== -1) {
        h = (h + 1) & mask;
        k = slots[2 * h];
      }
      if (k === -1) continue;
      const row = slots[2 * h + 1];
      if (row < 0) {
        for (let c = 0, o = -1 - row; c < classCount; c++) scores[c] += dense[o + c];
      } else {
        for (let j = starts[row], end = starts[row + 1]; j < end; j++) scores[classes[j]] += weights[j];
      }
    }
  }
}

/** The index of the highest score among the allowed classes (the first on a tie), or -1 if none is allowed. */
export function best(scores: Float64Array, allowed?: (c: number) => boolean): number {
  let top = -1;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (top < 0 || scores[c] > scores[top]) top = c;
  }
  return top;
}
