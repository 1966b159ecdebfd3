// The arc-eager transition system (Nivre 2003) with its dynamic oracle (Goldberg & Nivre 2012): the
// parser's state, the moves allowed in it, and what each move costs against a gold tree (how many gold arcs
// it makes unreachable). Words are 1..n; 0 is the root, at the bottom of the stack, and takes one dependent.

export const SHIFT = 0, REDUCE = 1;
/** The class of a left arc (s0 ← b0) or a right arc (s0 → b0) with label l. */
export const left = (l: number) => 2 + 2 * l;
export const right = (l: number) => 3 + 2 * l;
export const isLeft = (c: number) => c >= 2 && c % 2 === 0;
export const labelOf = (c: number) => (c - 2) >> 1;
export const classCount = (labels: number) => 2 + 2 * labels;

export class State {
  readonly stack: Int32Array;
  sp = 0;
  /** the buffer's first word; n + 1 when it is empty */
  b = 1;
  /** head of each word (index 0 unused), -1 while it has none */
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly inStack: Uint8Array;
  // the two leftmost and two rightmost dependents (0 = none) and how many on each side
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  // the labels of the dependents on each side, as bit sets over label numbers (two 32-bit halves)
  readonly leftSetLo: Int32Array;
  readonly leftSetHi: Int32Array;
  readonly rightSetLo: Int32Array;
  readonly rightSetHi: Int32Array;

  constructor(readonly n: number) {
    const a = () => new Int32Array(n + 2);
    this.stack = a();
    this.heads = a().fill(-1);
    this.labels = a().fill(-1);
    this.inStack = new Uint8Array(n + 2);
    this.left1 = a(); this.left2 = a(); this.right1 = a(); this.right2 = a();
    this.leftCount = a(); this.rightCount = a();
    this.leftSetLo = a(); this.leftSetHi = a(); this.rightSetLo = a(); this.rightSetHi = a();
    this.push(0);
  }

  get s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  get done(): boolean {
    return this.b > this.n;
  }

  private push(w: number): void {
    this.stack[this.sp++] = w;
    this.inStack[w] = 1;
  }

  private pop(): void {
    this.inStack[this.stack[--this.sp]] = 0;
  }

  private arc(h: number, d: number, l: number): void {
    this.heads[d] = h;
    this.labels[d] = l;
    if (d < h) {
      if (this.left1[h] === 0 || d < this.left1[h]) [this.left2[h], this.left1[h]] = [this.left1[h], d];
      else if (this.left2[h] === 0 || d < this.left2[h]) this.left2[h] = d;
      this.leftCount[h]++;
      if (l < 32) this.leftSetLo[h] |= 1 << l;
      else this.leftSetHi[h] |= 1 << (l - 32);
    } else {
      if (d > this.right1[h]) [this.right2[h], this.right1[h]] = [this.right1[h], d];
      else if (d > this.right2[h]) this.right2[h] = d;
      this.rightCount[h]++;
      if (l < 32) this.rightSetLo[h] |= 1 << l;
      else this.rightSetHi[h] |= 1 << (l - 32);
    }
  }

  /** Whether move c may be made; `root` is the label number of "root", the only label of the root's arc. */
  valid(c: number, root: number): boolean {
    const s0 = this.s0;
    if (c === SHIFT) return this.b <= this.n;
    if (c === REDUCE) return s0 > 0 && this.heads[s0] >= 0;
    if (this.b > this.n || s0 < 0) return false;
    const l = labelOf(c);
    if (isLeft(c)) return s0 > 0 && this.heads[s0] < 0 && l !== root;
    if (s0 === 0) return l === root && this.rightCount[0] === 0;
    return l !== root;
  }

  apply(c: number): void {
    if (c === SHIFT) this.push(this.b++);
    else if (c === REDUCE) this.pop();
    else if (isLeft(c)) {
      this.arc(this.b, this.s0, labelOf(c));
      this.pop();
    } else {
      this.arc(this.s0, this.b, labelOf(c));
      this.push(this.b++);
    }
  }

  /**
   * What is left once the buffer is empty: words still without a head join the tree under the root's
   * dependent (or become it, if the root has none), with label `fallback(word)`, so the result is one tree.
   */
  finish(root: number, fallback: (word: number) => number): void {
    let top = this.right1[0];
    for (let w = 1; w <= this.n; w++) {
      if (this.heads[w] >= 0) continue;
      if (top === 0) {
        this.arc(0, w, root);
        top = w;
      } else this.arc(top, w, fallback(w));
    }
  }
}

/** Costs of the four kinds of move against gold heads gh and labels gl (index 0 unused). */
export interface MoveCosts {
  shift: number;
  reduce: number;
  left: number;
  right: number;
}

/** Label mistakes cost one more (see parser training). */
export function moveCosts(s: State, gh: Int32Array, out: MoveCosts): void {
  const s0 = s.s0, b = s.b, n = s.n;
  // arcs between b and the stack that pushing b (shift) or giving b a head (right) would lose
  let stackHeadOfB = 0, stackDepsOfB = 0;
  for (let i = 0; i < s.sp; i++) {
    const k = s.stack[i];
    if (gh[b] === k && (k !== 0 || s.rightCount[0] === 0)) stackHeadOfB = 1;
    if (k !== 0 && s.heads[k] < 0 && gh[k] === b) stackDepsOfB++;
  }
  let bufferDepsOfS0 = 0;
  if (s0 > 0) for (let k = b; k <= n; k++) if (gh[k] === s0) bufferDepsOfS0++;
  out.shift = stackHeadOfB + stackDepsOfB;
  out.reduce = bufferDepsOfS0;
  out.left = bufferDepsOfS0 + (s0 > 0 && gh[s0] > b ? 1 : 0);
  const headInBuffer = gh[b] > b;
  out.right = (gh[b] !== s0 && (stackHeadOfB || headInBuffer) ? 1 : 0) + stackDepsOfB;
}
