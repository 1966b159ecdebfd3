// What the parser reads of a state: Zhang & Nivre's (2011) rich non-local features for arc-eager parsing
// (words and tags of the stack top, the next three words, their heads and outer dependents, distance,
// valency and the label sets of the dependents found so far), plus the word under the stack top.
import { featureKey, hashString } from "./hash.js";
import type { State } from "./arc-eager.js";

export const MAX_FEATURES = 80;

const NONE = hashString("\u0000none");
const ROOT = hashString("\u0000root");

/** A sentence as the features read it: hashed normalised words and tags, index 0 the root. */
export interface Context {
  words: Int32Array;
  tags: Int32Array;
}

export function context(norms: Int32Array, tagHashes: Int32Array): Context {
  const n = norms.length;
  const words = new Int32Array(n + 1), tags = new Int32Array(n + 1);
  words[0] = ROOT;
  tags[0] = ROOT;
  words.set(norms, 1);
  tags.set(tagHashes, 1);
  return { words, tags };
}

const bucket = (d: number) => (d <= 5 ? d : d <= 10 ? 6 : 7);

/** Writes the state's features into out and returns how many. */
export function parserFeatures(s: State, c: Context, out: Int32Array): number {
  const { words, tags } = c;
  const n = s.n;
  const W = (x: number) => (x < 0 ? NONE : words[x]);
  const P = (x: number) => (x < 0 ? NONE : tags[x]);
  const L = (x: number) => (x <= 0 ? -1 : s.labels[x]);
  const s0 = s.s0;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : -1;
  const n0 = s.b <= n ? s.b : -1;
  const n1 = s.b + 1 <= n ? s.b + 1 : -1;
  const n2 = s.b + 2 <= n ? s.b + 2 : -1;
  const kid = (a: Int32Array, x: number) => (x < 0 || a[x] === 0 ? -1 : a[x]);
  const s0h = s0 > 0 ? s.heads[s0] : -1;
  const s0h2 = s0h > 0 ? s.heads[s0h] : -1;
  const s0l = kid(s.left1, s0), s0l2 = kid(s.left2, s0), s0r = kid(s.right1, s0), s0r2 = kid(s.right2, s0);
  const n0l = kid(s.left1, n0), n0l2 = kid(s.left2, n0);
  const s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const d = s0 >= 0 && n0 >= 0 ? bucket(n0 - s0) : -1;
  const vl = (x: number) => (x < 0 ? -1 : s.leftCount[x]);
  const vr = (x: number) => (x < 0 ? -1 : s.rightCount[x]);
  let k = 0;
  const f = (a: number, b?: number, cc?: number, dd?: number) => (out[k] = featureKey(k, a, b, cc, dd), k++);
  f(0);
  // single words
  f(s0w); f(s0p); f(s0w, s0p); f(n0w); f(n0p); f(n0w, n0p); f(n1w); f(n1p); f(n1w, n1p); f(n2w); f(n2p); f(n2w, n2p);
  // pairs of the stack top and the next word
  f(s0w, s0p, n0w, n0p); f(s0w, s0p, n0w); f(s0w, n0w, n0p); f(s0w, s0p, n0p); f(s0p, n0w, n0p); f(s0w, n0w); f(s0p, n0p);
  f(n0p, n1p);
  // tag triples
  f(n0p, n1p, n2p); f(s0p, n0p, n1p); f(P(s0h), s0p, n0p); f(s0p, P(s0l), n0p); f(s0p, P(s0r), n0p); f(s0p, n0p, P(n0l));
  // distance and valency
  f(s0w, d); f(s0p, d); f(n0w, d); f(n0p, d); f(s0w, n0w, d); f(s0p, n0p, d);
  f(s0w, vr(s0)); f(s0p, vr(s0)); f(s0w, vl(s0)); f(s0p, vl(s0)); f(n0w, vl(n0)); f(n0p, vl(n0));
  // heads and outer dependents, with their labels
  f(W(s0h)); f(P(s0h)); f(L(s0)); f(W(s0l)); f(P(s0l)); f(L(s0l)); f(W(s0r)); f(P(s0r)); f(L(s0r));
  f(W(n0l)); f(P(n0l)); f(L(n0l));
  f(W(s0h2)); f(P(s0h2)); f(L(s0h)); f(W(s0l2)); f(P(s0l2)); f(L(s0l2)); f(W(s0r2)); f(P(s0r2)); f(L(s0r2));
  f(W(n0l2)); f(P(n0l2)); f(L(n0l2));
  f(s0p, P(s0l), P(s0l2)); f(s0p, P(s0r), P(s0r2)); f(s0p, P(s0h), P(s0h2)); f(n0p, P(n0l), P(n0l2));
  // label sets
  const set = (lo: Int32Array, hi: Int32Array, x: number) => (x < 0 ? [-1, -1] : [lo[x], hi[x]]);
  const [srLo, srHi] = set(s.rightSetLo, s.rightSetHi, s0);
  const [slLo, slHi] = set(s.leftSetLo, s.leftSetHi, s0);
  const [nlLo, nlHi] = set(s.leftSetLo, s.leftSetHi, n0);
  f(s0w, srLo, srHi); f(s0p, srLo, srHi); f(s0w, slLo, slHi); f(s0p, slLo, slHi); f(n0w, nlLo, nlHi); f(n0p, nlLo, nlHi);
  // the word under the stack top, and whether the top has its head yet (which decides reduce against left)
  const hasHead = s0 > 0 && s.heads[s0] >= 0 ? 1 : 0;
  f(W(s1)); f(P(s1)); f(P(s1), s0p, n0p); f(P(s1), s0p); f(hasHead, s0p, n0p); f(hasHead, s0w); f(hasHead, L(s0), n0p);
  return k;
}
