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
// read). With pairs packed in one array, a run of pairs is as cheap a weight as a dense row's and skips
// the zeros, so only nearly full rows stay dense: at 16 rather than 64 parsing was ~20% slower (EWT test,
// interleaved runs), the parser's tag features having 16-63 of its 98 classes
const DENSE = 64;
/** words a slot: the key, then its row's first two (class, weight) pairs, or -1 - where the row is */
const SLOT = 3;
/** at most this share of the table's slots hold a key (the rest keep probes short) */
const LOAD = 0.6;

/** A (class, weight) pair in one 32-bit word: class above, weight in steps (Int16) below; never negative, as
 *  classes are under 256. pair(0, 0) adds nothing, so it fills the second place of a one-pair row. */
const pair = (cls: number, weight: number) => (cls << 16) | (weight & 0xffff);

/**
 * The averaged weights for prediction: an open-addressing table from feature key to its row of class
 * weights. A typed-array table is several times faster than a Map here (parsing reads ~80 features a move).
 * Rows are sparse (class, weight) runs, or dense when most classes have a weight.
 */
export class MulticlassModel {
  /**
   * Slots of SLOT words, so a lookup reads one cache line and most features nothing else: the key (-1 when
   * empty), then either the row's (at most two) pairs, or, negative, -1 - (start << 7 | count) for a longer
   * run at pairs[start] and -1 - (o << 7) for a dense row at dense[o]. Reading memory, not adding, is most
   * of parsing's time, and inside extract() the table is mostly out of the cache: slots of four words at a
   * load of at most 0.5 made the parser's table 34 MB, and extract() parsed at ~19,000 tokens per CPU second
   * where the same sentences one after another parse at ~40,000. Three words a slot and a load of at most
   * 0.6 make it 12.6 MB (tagger 3.1 MB): parsing inside extract() took ~9% less CPU time, extract() ~5%
   * (PolNeAR train, interleaved runs on a loaded 2-core machine).
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  // weights kept as stored, in steps (Int16): scores come out in steps, which orders classes the same
  private readonly pairs: Int32Array;
  private readonly dense: Int16Array;

  constructor(packed: PackedWeights, readonly classCount: number) {
    let bits = 4;
    while ((1 << bits) * LOAD < packed.keys.length) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    const slots = (this.slots = new Int32Array(SLOT << bits).fill(-1));
    const { starts, classes, weights } = packed;
    let denseRows = 0, outside = 0;
    for (let i = 0; i < packed.keys.length; i++) {
      const len = starts[i + 1] - starts[i];
      if (len >= DENSE) denseRows++;
      else if (len > 2) outside += len;
    }
    this.dense = new Int16Array(denseRows * classCount);
    this.pairs = new Int32Array(outside);
    let nextDense = 0, nextPair = 0;
    for (let i = 0; i < packed.keys.length; i++) {
      let h = Math.imul(packed.keys[i], 0x9e3779b1) >>> this.shift;
      while (slots[SLOT * h] !== -1) h = (h + 1) & this.mask;
      const at = SLOT * h, from = starts[i], len = starts[i + 1] - from;
      slots[at] = packed.keys[i];
      if (len <= 2) {
        slots[at + 1] = len > 0 ? pair(classes[from], weights[from]) : 0;
        slots[at + 2] = len > 1 ? pair(classes[from + 1], weights[from + 1]) : 0;
      } else if (len < DENSE) {
        slots[at + 1] = -1 - ((nextPair << 7) | len);
        for (let j = 0; j < len; j++) this.pairs[nextPair++] = pair(classes[from + j], weights[from + j]);
      } else {
        const offset = nextDense++ * classCount;
        for (let j = from; j < from + len; j++) this.dense[offset + classes[j]] = weights[j];
        slots[at + 1] = -1 - (offset << 7);
      }
    }
  }

  /** Bytes of the table, its runs and dense rows (what a lookup may read). */
  get bytes(): number {
    return this.slots.byteLength + this.pairs.byteLength + this.dense.byteLength;
  }

  /**
   * Adds the weights of the features, in steps, into scores (zeroed by the caller; integers, as the steps
   * are: sums of ~80 Int16 fit, and integer additions skip a conversion each). With `wanted`, dense
   * rows add only those classes (sparse rows still add whole): a caller that knows some classes cannot be
   * chosen skips most of the additions.
   */
  score(features: Int32Array, count: number, scores: Int32Array, wanted?: Int32Array): void {
    const { slots, mask, shift, pairs, dense, classCount } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f];
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      let k = slots[SLOT * h];
      while (k !== key && k !== -1) {
        h = (h + 1) & mask;
        k = slots[SLOT * h];
      }
      if (k === -1) continue;
      const at = SLOT * h, row = slots[at + 1];
      if (row >= 0) {
        const second = slots[at + 2];
        scores[row >>> 16] += (row << 16) >> 16;
        scores[second >>> 16] += (second << 16) >> 16;
      } else if (((-1 - row) & 127) === 0) {
        const o = (-1 - row) >>> 7;
        if (wanted === undefined) for (let c = 0; c < classCount; c++) scores[c] += dense[o + c];
        else for (let i = 0; i < wanted.length; i++) scores[wanted[i]] += dense[o + wanted[i]];
      } else {
        const run = -1 - row;
        for (let j = run >>> 7, end = j + (run & 127); j < end; j++) scores[pairs[j] >>> 16] += (pairs[j] << 16) >> 16;
      }
    }
  }
}

/** The index of the highest score among the allowed classes (the first on a tie), or -1 if none is allowed. */
export function best(scores: ArrayLike<number>, allowed?: (c: number) => boolean): number {
  let top = -1;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (top < 0 || scores[c] > scores[top]) top = c;
  }
  return top;
}
