import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { State, moveCosts, classCount, type MoveCosts } from "./arc-eager.js";
import { chooseMove, labeledCost } from "./parser.js";
import { isProjective } from "./conllu.js";

/** Follows the dynamic oracle's cheapest move from the start; a projective tree must come out exactly. */
function oracleParse(heads: number[], labels: number[], labelCount: number, root: number) {
  const n = heads.length;
  const gh = Int32Array.from([-1, ...heads, -1]), gl = Int32Array.from([-1, ...labels, -1]);
  const s = new State(n);
  const scores = new Float64Array(classCount(labelCount));
  const costs: MoveCosts = { shift: 0, reduce: 0, left: 0, right: 0 };
  while (!s.done) {
    moveCosts(s, gh, costs);
    const move = chooseMove(s, scores, root, (c) => labeledCost(s, c, costs, gh, gl));
    expect(labeledCost(s, move, costs, gh, gl)).toBe(0);
    s.apply(move);
  }
  s.finish(root, () => 0);
  return { heads: Array.from(s.heads.subarray(1, n + 1)), labels: Array.from(s.labels.subarray(1, n + 1)) };
}

// a random tree as a head list: each word after the first picks an earlier word or later root
const trees = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(fc.integer({ min: 1, max: n }), fc.array(fc.nat(), { minLength: n, maxLength: n })).map(([top, picks]) => {
    // attach words in a random order to words already in the tree, starting from the root word
    const heads = new Array(n).fill(-1);
    heads[top - 1] = 0;
    const inTree = [top];
    const rest = Array.from({ length: n }, (_, i) => i + 1).filter((w) => w !== top);
    rest.forEach((w, i) => {
      heads[w - 1] = inTree[picks[i] % inTree.length];
      inTree.push(w);
    });
    return heads;
  }));

describe("arc-eager dynamic oracle", () => {
  it("reproduces a small invented tree exactly, labels included", () => {
    // The(1) cat(2) sat(3) on(4) mats(5) .(6) — labels: 0 det, 1 nsubj, 2 root, 3 case, 4 obl, 5 punct
    const out = oracleParse([2, 3, 0, 5, 3, 3], [0, 1, 2, 3, 4, 5], 6, 2);
    expect(out).toEqual({ heads: [2, 3, 0, 5, 3, 3], labels: [0, 1, 2, 3, 4, 5] });
  });

  it("reproduces every projective tree exactly (random trees)", () => {
    fc.assert(fc.property(trees, (heads) => {
      fc.pre(isProjective(heads));
      const labels = heads.map((h, i) => (h === 0 ? 0 : 1 + (i % 3)));
      expect(oracleParse(heads, labels, 4, 0)).toEqual({ heads, labels });
    }), { numRuns: 300 });
  });
});
