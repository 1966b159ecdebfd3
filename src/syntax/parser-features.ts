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

// Plain functions rather than closures: parserFeatures runs twice a word, and closures over its locals
// cost an allocation each per call (GC was a quarter of training time with them).
const at = (a: Int32Array, x: number) => (x < 0 ? NONE : a[x]);
const labelAt = (s: State, x: number) => (x <= 0 ? -1 : s.labels[x]);
const kid = (a: Int32Array, x: number) => (x < 0 || a[x] === 0 ? -1 : a[x]);
const count = (a: Int32Array, x: number) => (x < 0 ? -1 : a[x]);
const bits = (a: Int32Array, x: number) => (x < 0 ? -1 : a[x]);
/** Writes template k's key and returns k + 1. */
function put(out: Int32Array, k: number, a: number, b = 0, c = 0, d = 0): number {
  out[k] = featureKey(k, a, b, c, d);
  return k + 1;
}

/** Writes the state's features into out and returns how many (each template's number is its position). */
export function parserFeatures(s: State, c: Context, out: Int32Array): number {
  const { words, tags } = c;
  const n = s.n;
  const s0 = s.s0;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : -1;
  const n0 = s.b <= n ? s.b : -1;
  const n1 = s.b + 1 <= n ? s.b + 1 : -1;
  const n2 = s.b + 2 <= n ? s.b + 2 : -1;
  const s0h = s0 > 0 ? s.heads[s0] : -1;
  const s0h2 = s0h > 0 ? s.heads[s0h] : -1;
  const s0l = kid(s.left1, s0), s0l2 = kid(s.left2, s0), s0r = kid(s.right1, s0), s0r2 = kid(s.right2, s0);
  const n0l = kid(s.left1, n0), n0l2 = kid(s.left2, n0);
  const s0w = at(words, s0), s0p = at(tags, s0), n0w = at(words, n0), n0p = at(tags, n0);
  const n1w = at(words, n1), n1p = at(tags, n1), n2w = at(words, n2), n2p = at(tags, n2);
  const s0hp = at(tags, s0h), s0lp = at(tags, s0l), s0rp = at(tags, s0r), n0lp = at(tags, n0l);
  const s0l2p = at(tags, s0l2), s0r2p = at(tags, s0r2), s0h2p = at(tags, s0h2), n0l2p = at(tags, n0l2);
  const d = s0 >= 0 && n0 >= 0 ? bucket(n0 - s0) : -1;
  const s1p = at(tags, s1);
  const hasHead = s0 > 0 && s.heads[s0] >= 0 ? 1 : 0;
  let k = 0;
  // single words
  k = put(out, k, 0); k = put(out, k, s0w); k = put(out, k, s0p); k = put(out, k, s0w, s0p); k = put(out, k, n0w);
  k = put(out, k, n0p); k = put(out, k, n0w, n0p);
  k = put(out, k, n1w); k = put(out, k, n1p); k = put(out, k, n1w, n1p); k = put(out, k, n2w); k = put(out, k, n2p);
  k = put(out, k, n2w, n2p);
  // pairs of the stack top and the next word
  k = put(out, k, s0w, s0p, n0w, n0p); k = put(out, k, s0w, s0p, n0w); k = put(out, k, s0w, n0w, n0p);
  k = put(out, k, s0w, s0p, n0p); k = put(out, k, s0p, n0w, n0p); k = put(out, k, s0w, n0w);
  k = put(out, k, s0p, n0p); k = put(out, k, n0p, n1p);
  // tag triples
  k = put(out, k, n0p, n1p, n2p); k = put(out, k, s0p, n0p, n1p); k = put(out, k, s0hp, s0p, n0p);
  k = put(out, k, s0p, s0lp, n0p); k = put(out, k, s0p, s0rp, n0p); k = put(out, k, s0p, n0p, n0lp);
  // distance and valency
  k = put(out, k, s0w, d); k = put(out, k, s0p, d); k = put(out, k, n0w, d); k = put(out, k, n0p, d);
  k = put(out, k, s0w, n0w, d); k = put(out, k, s0p, n0p, d);
  k = put(out, k, s0w, count(s.rightCount, s0)); k = put(out, k, s0p, count(s.rightCount, s0));
  k = put(out, k, s0w, count(s.leftCount, s0));
  k = put(out, k, s0p, count(s.leftCount, s0)); k = put(out, k, n0w, count(s.leftCount, n0));
  k = put(out, k, n0p, count(s.leftCount, n0));
  // heads and outer dependents, with their labels
  k = put(out, k, at(words, s0h)); k = put(out, k, s0hp); k = put(out, k, labelAt(s, s0));
  k = put(out, k, at(words, s0l)); k = put(out, k, s0lp); k = put(out, k, labelAt(s, s0l));
  k = put(out, k, at(words, s0r)); k = put(out, k, s0rp); k = put(out, k, labelAt(s, s0r));
  k = put(out, k, at(words, n0l)); k = put(out, k, n0lp); k = put(out, k, labelAt(s, n0l));
  k = put(out, k, at(words, s0h2)); k = put(out, k, s0h2p); k = put(out, k, labelAt(s, s0h));
  k = put(out, k, at(words, s0l2)); k = put(out, k, s0l2p); k = put(out, k, labelAt(s, s0l2));
  k = put(out, k, at(words, s0r2)); k = put(out, k, s0r2p); k = put(out, k, labelAt(s, s0r2));
  k = put(out, k, at(words, n0l2)); k = put(out, k, n0l2p); k = put(out, k, labelAt(s, n0l2));
  k = put(out, k, s0p, s0lp, s0l2p); k = put(out, k, s0p, s0rp, s0r2p); k = put(out, k, s0p, s0hp, s0h2p);
  k = put(out, k, n0p, n0lp, n0l2p);
  // label sets of the dependents so far
  k = put(out, k, s0w, bits(s.rightSetLo, s0), bits(s.rightSetHi, s0));
  k = put(out, k, s0p, bits(s.rightSetLo, s0), bits(s.rightSetHi, s0));
  k = put(out, k, s0w, bits(s.leftSetLo, s0), bits(s.leftSetHi, s0));
  k = put(out, k, s0p, bits(s.leftSetLo, s0), bits(s.leftSetHi, s0));
  k = put(out, k, n0w, bits(s.leftSetLo, n0), bits(s.leftSetHi, n0));
  k = put(out, k, n0p, bits(s.leftSetLo, n0), bits(s.leftSetHi, n0));
  // the word under the stack top, and whether the top has its head yet (which decides reduce against left)
  k = put(out, k, at(words, s1)); k = put(out, k, s1p); k = put(out, k, s1p, s0p, n0p); k = put(out, k, s1p, s0p);
  k = put(out, k, hasHead, s0p, n0p); k = put(out, k, hasHead, s0w); k = put(out, k, hasHead, labelAt(s, s0), n0p);
  return k;
}
