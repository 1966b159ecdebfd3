// The grammar of numbers in words over number tokens: cardinals ("one hundred and thirty five", "three
// lakh crore"), ordinals ("twenty-first"), fractions ("three fifths") and the scales after them.

import type { Kind, ReadOptions, Tok } from "./number-tokens.js";

interface Card {
  value: number;
  /** index after the last token read */
  j: number;
  /** the last big scale applied, if the number ends on one ("two million") */
  endScale: number;
  scaled: boolean;
}

const isWordNum = (k: Kind) => k === "unit" || k === "teen" || k === "tens";

/** Whether the "and" at toks[j] joins what follows to the number ("one hundred and five", "twenty and one"). */
function andJoins(toks: Tok[], j: number, limit: number, prev: Kind | "start", opts: ReadOptions): boolean {
  const n = toks[j + 1];
  if (opts.noAnd || !n || j + 1 >= limit) return false;
  const after = prev === "hundred" || prev === "scale" || (prev === "num" && toks[j - 1].as === "scale");
  return (
    (after && (isWordNum(n.kind) || (n.kind === "num" && !!n.int && n.v > 0 && n.v < (prev === "hundred" ? 100 : 1000) && !n.as))) ||
    (prev === "tens" && n.kind === "unit" && !n.sep.includes("-"))
  );
}

/**
 * A cardinal from toks[i] up to toks[limit): "one hundred and thirty five", "3 hundred and 21",
 * "three lakh crore". Stops before the first token that cannot continue it; "and" is given back when
 * what follows makes a second number ("one hundred and two hundred").
 */
export function cardinal(toks: Tok[], i: number, limit: number, opts: ReadOptions): Card | null {
  let total = 0, group = 0, small = 0, lastScale = Infinity, hundredInGroup = false;
  let prev: Kind | "start" = "start";
  let prevInt = true;
  let scaled = false;
  let afterAnd = false;
  let snap: { total: number; group: number; j: number; lastScale: number; scaled: boolean } | null = null;
  let j = i;
  let any = false;
  for (; j < limit; j++) {
    const t = toks[j];
    const hy = t.sep.includes("-");
    let ok = true;
    if (t.kind === "a") {
      // "a hundred", "a million", "a dozen" only
      ok = prev === "start" && j + 1 < limit && /^(?:hundred|scale|dozen)$/.test(toks[j + 1].kind) && !toks[j + 1].plural;
      if (ok) { prev = "a"; continue; }
      break;
    }
    if (t.kind === "and") {
      if (!andJoins(toks, j, limit, prev, opts)) break;
      snap = { total, group, j, lastScale, scaled };
      afterAnd = true;
      prev = "and";
      continue;
    }
    if (isWordNum(t.kind)) {
      ok =
        prev === "start" || prev === "hundred" || prev === "scale" || prev === "and" ||
        (prev === "tens" && t.kind === "unit" && t.v > 0);
      if (ok && hy && !(prev === "tens" && t.kind === "unit")) ok = prev === "start" ? false : ok && prev !== "scale" && prev !== "hundred";
      if (!ok) break;
      group += t.v;
      small += t.v;
      prev = t.kind;
      any = true;
      continue;
    }
    if (t.kind === "num") {
      ok = prev === "start" || ((prev === "scale" || prev === "and") && t.int === true && t.v < 1000 && !t.as);
      if (!ok) break;
      if (t.as === "scale") {
        // "10k", "2.5bn": a complete number with its scale
        total += t.v;
        lastScale = 1000;
        scaled = true;
        prev = "num";
        prevInt = false;
        any = true;
        continue;
      }
      group += t.v;
      small += t.v;
      prev = "num";
      prevInt = t.int === true;
      any = true;
      continue;
    }
    if (t.kind === "hundred") {
      ok = !hundredInGroup && !(hy && !isWordNum(prev as Kind) && prev !== "num") && (prev === "start" || prev === "a" || prev === "unit" || prev === "teen" || prev === "tens" || prev === "num") &&
        !(t.plural && (prev === "start" || prev === "a"));
      if (!ok) {
        if (snap && afterAnd) ({ total, group, j, lastScale, scaled } = snap), (j = snap.j);
        break;
      }
      group = (small || 1) * 100 + (group - small);
      small = 0;
      hundredInGroup = true;
      prev = "hundred";
      any = true;
      scaled = true;
      if (t.plural) { j++; break; }
      continue;
    }
    if (t.kind === "scale") {
      // "two-thousand", "$400-million-a-year"
      ok = !(hy && !isWordNum(prev as Kind) && prev !== "hundred" && prev !== "num") && (prev !== "and") && !(t.plural && (prev === "start" || prev === "a"));
      if (ok && prev === "scale" && group === 0 && t.v > lastScale) {
        // "three lakh crore", "a thousand million": the scale multiplies the whole
        total *= t.v;
        lastScale = t.v;
      } else if (ok && t.v < lastScale) {
        total += (group || 1) * t.v;
        group = 0;
        small = 0;
        hundredInGroup = false;
        lastScale = t.v;
      } else ok = false;
      if (!ok) {
        if (snap && afterAnd) ({ total, group, lastScale, scaled } = snap), (j = snap.j);
        break;
      }
      prev = "scale";
      any = true;
      scaled = true;
      afterAnd = false;
      snap = null;
      if (t.plural) { j++; break; }
      continue;
    }
    if (t.kind === "dozen") {
      ok = (!hy || isWordNum(prev as Kind)) && (prev === "start" || prev === "a" || isWordNum(prev as Kind) || (prev === "num" && prevInt)) && // ("two-dozen" binds; "3-dozen" not)
        !(t.plural && (prev === "start" || prev === "a"));
      if (!ok) break;
      // "three hundred and two dozens": the dozen multiplies what follows the hundred
      group = group - small + (small || 1) * 12;
      small = 0;
      prev = "dozen";
      any = true;
      j++;
      break;
    }
    break;
  }
  if (!any) return null;
  // a trailing "and" or "a" is not part of the number
  while (j > i && (toks[j - 1].kind === "and" || toks[j - 1].kind === "a")) j--;
  if (j === i) return null;
  return { value: total + group, j, endScale: prev === "scale" ? lastScale : prev === "num" && toks[j - 1]?.as === "scale" ? 1000 : 0, scaled };
}

/** A cardinal that uses exactly toks[i, e), words only when `wordsOnly`. */
export function exact(toks: Tok[], i: number, e: number, opts: ReadOptions, wordsOnly: boolean): Card | null {
  if (e <= i) return null;
  if (wordsOnly) for (let k = i; k < e; k++) if (toks[k].kind === "num") return null;
  if (e - i === 1 && toks[i].kind === "a") return { value: 1, j: e, endScale: 0, scaled: false };
  const c = cardinal(toks, i, e, opts);
  return c && c.j === e ? c : null;
}

/** The value of a compound ordinal toks[k, e] (toks[e] the ordinal): "thirty fifth" 35, "one hundred and fifth" 105. */
export function ordinalValue(toks: Tok[], k: number, e: number, opts: ReadOptions): number | null {
  const o = toks[e];
  if (k === e) return o.inner ? null : o.v;
  if (o.alone) return null;
  const first = toks[k];
  if (first.kind === "and" || first.kind === "hundred" || first.kind === "scale" || first.kind === "a" || first.kind === "num") return null;
  // read the ordinal as its cardinal and ask whether the whole is one number
  const as: Tok = { ...o, kind: o.as!, plural: false };
  const seq = [...toks.slice(k, e), as];
  const c = cardinal(seq, 0, seq.length, opts);
  return c && c.j === seq.length ? c.value : null;
}

export interface Frac { value: number; num: number; den: number }

/** toks[s, e) then the ordinal toks[e] as a fraction: "three fifths", "one hundred thirty fifths" (100/35). */
export function fraction(toks: Tok[], s: number, e: number, opts: ReadOptions): Frac | null {
  const o = toks[e];
  if (o.kind !== "ord") return null;
  // the longest denominator that leaves a numerator: "twenty twenty fifths" is 20/25
  for (let k = s + 1; k <= e; k++) {
    const boundary = toks[k];
    if (k < e && boundary.sep.includes("-")) continue; // "ninety - five" binds
    if (toks[k - 1].kind === "and") continue;
    const den = ordinalValue(toks, k, e, opts);
    if (den === null || den === 0) continue;
    const num = exact(toks, s, k, opts, true);
    if (!num) continue;
    // "two millionth" is a number and an ordinal, "a fifth" and "one eighth" fractions
    if (!o.plural && num.value !== 1) continue;
    return { value: num.value / den, num: num.value, den };
  }
  return null;
}

/** A scale after a fraction: "half a dozen", "two thirds of a million", "five and a half million". */
export function trailingScale(toks: Tok[], j: number): { v: number; j: number } | null {
  let k = j;
  if (toks[k]?.kind === "of" && toks[k + 1]?.kind === "a") k += 2;
  else if (toks[k]?.kind === "a") k += 1;
  const t = toks[k];
  if (t && (t.kind === "scale" || t.kind === "hundred" || t.kind === "dozen") && !t.plural) return { v: t.v, j: k + 1 };
  return null;
}

/** The digits words spell after "point": "zero three" 03, "seventy-one" 71, "eleven" 11. */
export function decimals(toks: Tok[], j: number): { digits: string; j: number } | null {
  let digits = "";
  let k = j;
  while (k < toks.length) {
    const t = toks[k];
    if (t.kind === "unit" || t.kind === "teen") { digits += String(t.v); k++; continue; }
    if (t.kind === "tens") {
      const n = toks[k + 1];
      if (n && n.kind === "unit" && n.v > 0) { digits += String(t.v + n.v); k += 2; } else { digits += String(t.v); k++; }
      continue;
    }
    break;
  }
  return digits ? { digits, j: k } : null;
}
