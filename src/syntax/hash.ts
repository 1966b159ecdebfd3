// Feature keys as 31-bit integers: strings hashed once per word (FNV-1a), then a template number and up to
// three values mixed into one key. No vocabulary to store; with ~2 million features, two keys meet about
// a thousand times in 2^31, which a perceptron shrugs off.

/** FNV-1a over UTF-16 code units. */
export function hashString(input: string): number {
  const s = `${input}`; // (a type the compiler knows: reading charCodeAt from the parameter was megamorphic)
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** The key of template t with values a, b, c, d (absent values count as 0). */
export function featureKey(t: number, a: number, b = 0, c = 0, d = 0): number {
  let h = mix(mix(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b), c), d);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 1;
}
