import { describe, expect, it } from "vitest";
import { Model, PerceptronTrainer, featureNames, type Features } from "./perceptron.js";

const TEMPLATES = ["word", "word,next"] as const;
const features = (word: string, next: string): Features => (emit) => {
  emit(0, word);
  emit(1, word, next);
};

describe("perceptron", () => {
  it("learns a rule from examples and scores with the same weights it wrote as text", () => {
    const trainer = new PerceptronTrainer();
    const examples: [string, string, boolean][] = [
      ["said", "that", true], ["said", "he", true], ["told", "reporters", true],
      ["bridge", "that", false], ["road", "he", false], ["city", "reporters", false],
    ];
    for (let epoch = 0; epoch < 5; epoch++)
      for (const [w, n, yes] of examples) trainer.train(featureNames(TEMPLATES, features(w, n)), yes);
    const model = new Model(trainer.averaged(), TEMPLATES);
    for (const [w, n, yes] of examples) expect(model.score(features(w, n)) > 0).toBe(yes);
    // a word never seen scores the bias alone, and the explanation names the weights that decided
    expect(model.score(features("unseen", "word"))).toBe(model.weights["bias"] ?? 0);
    expect(model.explain(features("said", "that"))[0][0]).toMatch(/^word/);
  });

  it("is deterministic: the same examples give the same weights", () => {
    const run = () => {
      const t = new PerceptronTrainer();
      for (const [w, yes] of [["a", true], ["b", false], ["a", true], ["c", false]] as const) t.train([`word ${w}`], yes);
      return t.averaged();
    };
    expect(run()).toEqual(run());
  });
});
