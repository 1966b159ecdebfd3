import { describe, expect, it } from "vitest";
import { context } from "./parser-features.js";
import { State, SHIFT, left, right, classCount } from "./arc-eager.js";
import { chooseMove } from "./parser.js";

describe("parser features", () => {
  it("counts the punctuation and verbs before each word, for the 'between' features", () => {
    const c = context(["Prices", ",", "he", "said", ",", "rose"], ["NNS", ",", "PRP", "VBD", ",", "VBD"]);
    // index 0 is the root, n + 1 the end: before word i are words 1..i-1
    expect(Array.from(c.punctBefore)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    expect(Array.from(c.verbBefore)).toEqual([0, 0, 0, 0, 0, 1, 1, 2]);
  });
});

describe("choosing a move", () => {
  it("never makes an arc training never saw, however high its score", () => {
    const labels = 3, root = 0;
    const s = new State(3);
    s.apply(SHIFT);
    const scores = new Float64Array(classCount(labels));
    scores[left(2)] = 100;
    scores[right(1)] = 50;
    const arcs = new Uint8Array(scores.length);
    arcs[right(1)] = 1;
    arcs[right(root)] = 1;
    expect(chooseMove(s, scores, root, arcs)).toBe(right(1));
    arcs[left(2)] = 1;
    expect(chooseMove(s, scores, root, arcs)).toBe(left(2));
  });
});
