// A greedy arc-eager dependency parser (arc-eager.ts) choosing each move with an averaged perceptron over
// Zhang & Nivre's features (parser-features.ts): one pass, about two moves a word, no search.
import { State, SHIFT, REDUCE, classCount, isLeft, labelOf, right, type MoveCosts } from "./arc-eager.js";
import { context, parserFeatures, MAX_FEATURES, type Context } from "./parser-features.js";
import { MulticlassModel, type PackedWeights } from "./perceptron.js";
import { hashString } from "./hash.js";
import { normForms } from "./word-forms.js";

export interface ParserData {
  /** dependency relations, indexed by label number */
  labels: string[];
  weights: PackedWeights;
}

export interface Parse {
  tags: string[];
  /** 1-based heads, 0 = root, as in CoNLL-U */
  heads: number[];
  deprels: string[];
}

// Penn tags of punctuation: a word left without a head at the end attaches as punct if it has one of them
const PUNCTUATION_TAGS = new Set([".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#"]);
/** The label a word left without a head takes when it is not punctuation. */
const LEFTOVER = "parataxis";

/** The allowed move with the highest score, and among them the cheapest by cost when costs are given. */
export function chooseMove(s: State, scores: ArrayLike<number>, root: number, cost?: (c: number) => number): number {
  const canShift = s.valid(SHIFT, root), canReduce = s.valid(REDUCE, root);
  const arcs = s.b <= s.n && s.s0 >= 0;
  const canLeft = arcs && s.s0 > 0 && s.heads[s.s0] < 0;
  let top = -1, topScore = -Infinity, topCost = Infinity;
  for (let c = 0; c < scores.length; c++) {
    let ok: boolean;
    if (c === SHIFT) ok = canShift;
    else if (c === REDUCE) ok = canReduce;
    else if (!arcs) ok = false;
    else if (isLeft(c)) ok = canLeft && labelOf(c) !== root;
    else ok = s.valid(c, root);
    if (!ok) continue;
    const k = cost ? cost(c) : 0;
    if (k < topCost || (k === topCost && scores[c] > topScore)) [top, topScore, topCost] = [c, scores[c], k];
  }
  return top;
}

/** The cost of move c given the kinds' costs and the gold labels (a wrong label on a right arc costs one). */
export function labeledCost(s: State, c: number, costs: MoveCosts, gh: Int32Array, gl: Int32Array): number {
  if (c === SHIFT) return costs.shift;
  if (c === REDUCE) return costs.reduce;
  const l = labelOf(c);
  if (isLeft(c)) return costs.left + (gh[s.s0] === s.b && gl[s.s0] !== l ? 1 : 0);
  return costs.right + (gh[s.b] === s.s0 && gl[s.b] !== l ? 1 : 0);
}

export class Parser {
  private readonly model: MulticlassModel;
  private readonly scores: Int32Array;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly root: number;
  private readonly punct: number;
  private readonly leftover: number;

  /** the classes that may be chosen when the stack top has a head (no left arc), and when it is the root */
  private readonly noLeft: Int32Array;
  private readonly atRoot: Int32Array;

  constructor(readonly data: ParserData) {
    const classes = classCount(data.labels.length);
    this.model = new MulticlassModel(data.weights, classes);
    this.scores = new Int32Array(classes);
    this.root = data.labels.indexOf("root");
    this.noLeft = Int32Array.from({ length: classes }, (_, c) => c).filter((c) => c < 2 || !isLeft(c));
    this.atRoot = Int32Array.from([SHIFT, right(this.root)]);
    this.punct = data.labels.indexOf("punct");
    this.leftover = data.labels.indexOf(LEFTOVER);
  }

  /** The tree of words already tagged (tags: Penn tags, one per word). */
  parse(words: readonly string[], tags: readonly string[]): Parse {
    const n = words.length;
    const ctx: Context = context(normForms(words), Int32Array.from(tags, hashString));
    const s = new State(n);
    while (!s.done) {
      const k = parserFeatures(s, ctx, this.feats);
      this.scores.fill(0);
      // only the classes chooseMove may pick need their scores: no left arc once the top has a head
      const s0 = s.s0;
      this.model.score(this.feats, k, this.scores, s0 === 0 ? this.atRoot : s.heads[s0] >= 0 ? this.noLeft : undefined);
      s.apply(chooseMove(s, this.scores, this.root));
    }
    s.finish(this.root, (w) => (PUNCTUATION_TAGS.has(tags[w - 1]) ? this.punct : this.leftover));
    const heads: number[] = [], deprels: string[] = [];
    for (let w = 1; w <= n; w++) {
      heads.push(s.heads[w]);
      deprels.push(this.data.labels[s.labels[w]]);
    }
    return { tags: [...tags], heads, deprels };
  }
}
