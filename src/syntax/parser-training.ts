// Trains the parser on a treebank with the dynamic oracle (Goldberg & Nivre 2012): after the first epoch
// the parser follows its own moves, mistakes included, and learns the best move from wherever it is, so it
// learns to recover from its own errors. Trees with crossing arcs are skipped (the oracle needs
// projective trees; about 5% of EWT train).
import { State, classCount, moveCosts, type MoveCosts } from "./arc-eager.js";
import { isProjective } from "./conllu.js";
import { context, parserFeatures, MAX_FEATURES, type Context } from "./parser-features.js";
import { chooseMove, labeledCost, type ParserData } from "./parser.js";
import { MulticlassTrainer } from "./perceptron.js";
import { generator, shuffled } from "./random.js";
import { hashString } from "./hash.js";
import { normForms } from "./word-forms.js";

export interface TreeExample {
  words: string[];
  /** the tags the parser will see: predicted ones (jackknifed) train it for what it meets */
  tags: string[];
  heads: number[];
  deprels: string[];
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  step: number;
  /** relations seen fewer times keep only their universal part ("csubj:pass" → "csubj") */
  minLabelCount: number;
  /** after the first epoch, how often the parser follows its own move rather than the oracle's */
  explore: number;
}

/** Relations as labels: subtyped ones when frequent enough, otherwise their universal part. */
export function labelSet(trees: TreeExample[], minCount: number): { labels: string[]; map: (d: string) => string } {
  const counts = new Map<string, number>();
  for (const t of trees) for (const d of t.deprels) counts.set(d, (counts.get(d) ?? 0) + 1);
  const map = (d: string) => ((counts.get(d) ?? 0) >= minCount ? d : d.split(":")[0]);
  const labels = [...new Set([...counts.keys()].map(map))].sort();
  if (!labels.includes("root")) labels.push("root");
  return { labels, map };
}

interface Prepared {
  ctx: Context;
  gh: Int32Array;
  gl: Int32Array;
  n: number;
}

export function trainParser(trees: TreeExample[], opts: ParserTraining, log?: (line: string) => void): ParserData {
  const { labels, map } = labelSet(trees, opts.minLabelCount);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const root = labelIndex.get("root")!;
  const prepared: Prepared[] = [];
  for (const t of trees) {
    if (!isProjective(t.heads)) continue;
    const n = t.words.length;
    const gh = new Int32Array(n + 2).fill(-1), gl = new Int32Array(n + 2).fill(-1);
    t.heads.forEach((h, i) => (gh[i + 1] = h));
    t.deprels.forEach((d, i) => (gl[i + 1] = labelIndex.get(map(d))!));
    prepared.push({ ctx: context(normForms(t.words), Int32Array.from(t.tags, hashString)), gh, gl, n });
  }
  log?.(`parser: ${prepared.length} of ${trees.length} trees projective, ${labels.length} labels`);
  const trainer = new MulticlassTrainer(classCount(labels.length));
  const scores = new Float64Array(classCount(labels.length));
  const feats = new Int32Array(MAX_FEATURES);
  const costs: MoveCosts = { shift: 0, reduce: 0, left: 0, right: 0 };
  const random = generator(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let moves = 0, wrong = 0;
    const t0 = Date.now();
    for (const i of shuffled(prepared.length, opts.seed + epoch)) {
      const { ctx, gh, gl, n } = prepared[i];
      const s = new State(n);
      while (!s.done) {
        const k = parserFeatures(s, ctx, feats);
        scores.fill(0);
        trainer.score(feats, k, scores);
        moveCosts(s, gh, costs);
        const cost = (c: number) => labeledCost(s, c, costs, gh, gl);
        const guess = chooseMove(s, scores, root);
        const truth = chooseMove(s, scores, root, cost);
        moves++;
        if (cost(guess) > cost(truth)) {
          wrong++;
          trainer.update(feats, k, truth, guess);
        } else trainer.tick();
        s.apply(epoch > 0 && random() < opts.explore ? guess : truth);
      }
    }
    log?.(`parser epoch ${epoch + 1}: ${(1 - wrong / moves).toFixed(4)} of ${moves} moves right, ` +
      `${trainer.size} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { labels, weights: trainer.averaged(opts.step) };
}
