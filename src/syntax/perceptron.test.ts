import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MulticlassTrainer, MulticlassModel, best } from "./perceptron.js";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeModel, encodeModel } from "./model-file.js";

// three classes, each announced by its own feature; feature 7 is noise seen with every class
const examples: [number[], number][] = [[[1, 7], 0], [[2, 7], 1], [[3, 7], 2], [[1], 0], [[3], 2]];

function train(): MulticlassTrainer {
  const t = new MulticlassTrainer(3);
  const scores = new Float64Array(3);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [feats, truth] of examples) {
      const f = Int32Array.from(feats);
      scores.fill(0);
      t.score(f, f.length, scores);
      t.update(f, f.length, truth, best(scores));
    }
  }
  return t;
}

describe("multiclass averaged perceptron", () => {
  it("learns a separable problem, and the packed model predicts as training did", () => {
    const model = new MulticlassModel(train().averaged(0.001), 3);
    const scores = new Int32Array(3);
    for (const [feats, truth] of examples) {
      scores.fill(0);
      model.score(Int32Array.from(feats), feats.length, scores);
      expect(best(scores)).toBe(truth);
    }
  });

  it("writes the same bytes for the same training, and reads them back", () => {
    const a = encodeModel({ note: "x" }, train().averaged(0.001));
    expect(encodeModel({ note: "x" }, train().averaged(0.001)).equals(a)).toBe(true);
    const { header, weights } = decodeModel<{ note: string }>("m.bin", a);
    expect(header.note).toBe("x");
    expect(weights).toEqual(train().averaged(0.001));
  });

  it("drops weights smaller than the step", () => {
    const packed = train().averaged(100);
    expect(packed.keys.length).toBe(0);
  });

  it("names the file when it is not a model", () => {
    expect(() => decodeModel("junk.bin", new Uint8Array([1, 2, 3]))).toThrow(/^junk\.bin: not a gzipped syntax model$/);
  });

  it("scores rows of every length (in the slot, a run of pairs, dense) as their sums, and wanted classes alike", () => {
    fc.assert(fc.property(fc.array(fc.array(fc.tuple(fc.nat(39), fc.integer({ min: -32767, max: 32767 })), { maxLength: 40 }), { minLength: 1, maxLength: 30 }), (rows) => {
      // feature i has the pairs of rows[i], one per class; feature keys 10, 11, …
      const keys: number[] = [], starts = [0], classes: number[] = [], weights: number[] = [];
      rows.forEach((pairs, i) => {
        const byClass = new Map(pairs);
        if (!byClass.size) return;
        keys.push(10 + i);
        for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
          classes.push(c);
          weights.push(byClass.get(c)!);
        }
        starts.push(classes.length);
      });
      const packed = { step: 1, keys: Int32Array.from(keys), starts: Int32Array.from(starts), classes: Uint8Array.from(classes), weights: Int16Array.from(weights) };
      const model = new MulticlassModel(packed, 40);
      const features = Int32Array.from([...keys, 5, 9999]);
      const expected = new Int32Array(40);
      keys.forEach((_, i) => {
        for (let j = starts[i]; j < starts[i + 1]; j++) expected[classes[j]] += weights[j];
      });
      const scores = new Int32Array(40);
      model.score(features, features.length, scores);
      expect(scores).toEqual(expected);
      const wanted = Int32Array.from([0, 3, 5, 39]);
      scores.fill(0);
      model.score(features, features.length, scores, wanted);
      for (const c of wanted) expect(scores[c]).toBe(expected[c]);
    }), { numRuns: 200 });
  });

  it("keeps a table of one- and two-pair rows within 25 bytes a feature (the parser's is mostly out of the cache)", () => {
    const n = 1000, keys = Int32Array.from({ length: n }, (_, i) => 7 * i + 1);
    const starts = Int32Array.from({ length: n + 1 }, (_, i) => i + (i >> 1));
    // each row's classes 1 then 2, weight 3 each
    const classes = Uint8Array.from({ length: starts[n] }, (_, j) => (starts.includes(j) ? 1 : 2)), weights = new Int16Array(starts[n]).fill(3);
    const model = new MulticlassModel({ step: 1, keys, starts, classes, weights }, 4);
    expect(model.bytes / n).toBeLessThanOrEqual(25);
    const scores = new Int32Array(4);
    model.score(Int32Array.from([keys[0], keys[1], 5]), 3, scores);
    expect([...scores]).toEqual([0, 6, 3, 0]);
  });

  it("allows only the classes asked for", () => {
    expect(best(Float64Array.from([3, 1, 2]), (c) => c !== 0)).toBe(2);
  });
});

describe("model files", () => {
  it("names the file when it is cut short", () => {
    const bytes = encodeModel({}, train().averaged(0.001));
    const cut = gzipSync(gunzipSync(bytes).subarray(0, -1));
    expect(() => decodeModel("cut.bin", cut)).toThrow(/^cut\.bin: model file is truncated$/);
  });
});
