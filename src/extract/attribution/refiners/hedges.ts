// Hedges ("alleged", "by his reckoning", a hedging cue such as "claimed") and evidence markers ("provided
// no details", "declined to elaborate", "citing …") in an attribution's sentences. Read last, on what the
// model kept: the patterns are costly and say nothing of whether a reading is right.

import type { AnalyzedDocument } from "../../document.js";
import { EVIDENCE_CITED, EVIDENCE_DECLINED, EVIDENCE_NONE, HEDGES, HEDGING_CUES, hedgesIn } from "../../cues.js";
import type { Attribution, Refiner } from "../context.js";

/** What the patterns find in a run of sentences: its hedges, in order, and its evidence markers. */
interface Marks { hedges: string[]; none: RegExpExecArray | null; declined: RegExpExecArray | null; cited: RegExpExecArray | null }

/** The index of the parenthesis closing the group opened at `open` in a pattern's source (past escapes and classes). */
function closing(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  throw new Error(`unbalanced pattern: ${source}`);
}

/**
 * The pattern with each lookbehind that guards a group of words moved after them: `(?<=X)(?:w1|w2)\b`
 * becomes `(?:w1|w2)\b(?<=(?:X)(?:w1|w2))`. Where the words are literal and none ends another (so the
 * lookbehind can read back over only the word just matched), it matches exactly where the pattern did; it
 * tries the lookbehind only where one of the words stands rather than at every position of the text.
 */
export function lookbehindAfter(source: string): string {
  let out = "", from = 0;
  for (let at = source.indexOf("(?<=", from); at >= 0; at = source.indexOf("(?<=", from)) {
    const end = closing(source, at);
    if (!source.startsWith("(?:", end + 1)) throw new Error(`no group of words after the lookbehind at ${at}: ${source}`);
    const wordsEnd = closing(source, end + 1), words = source.slice(end + 1, wordsEnd + 1);
    const list = words.slice(3, -1).split("|");
    if (!list.every((w) => /^[a-z]+$/.test(w)) || list.some((w) => list.some((v) => v !== w && w.endsWith(v)))) throw new Error(`not a group of literal words, none ending another: ${words}`);
    if (!source.startsWith("\\b", wordsEnd + 1)) throw new Error(`no word boundary after ${words}`);
    out += source.slice(from, at) + `${words}\\b(?<=(?:${source.slice(at + 4, end)})${words})`;
    from = wordsEnd + 3;
  }
  return out + source.slice(from);
}

// The four patterns as one alternation: it matches a span exactly when one of them does, and most spans
// hold none, so one scan says so where four did (a third of the time over PolNeAR dev's sentences). (With
// the hedges' lookbehinds after their words, lookbehindAfter, the scan took half the time.)
const ANY_MARK = new RegExp([lookbehindAfter(HEDGES.source), EVIDENCE_NONE.source, EVIDENCE_DECLINED.source, EVIDENCE_CITED.source].map((re) => `(?:${re})`).join("|"), "i");
/** Whether a text holds a hedge (hedgesIn(text).length > 0), by the quicker pattern. */
const ANY_HEDGE = new RegExp(lookbehindAfter(HEDGES.source), "i");
export const hasHedge = (text: string) => ANY_HEDGE.test(text);
const NO_MARKS: Marks = { hedges: [], none: null, declined: null, cited: null };

function marksOf(doc: AnalyzedDocument, first: number, last: number): Marks {
  const span = doc.text.slice(doc.sentences[first].start, doc.sentences[last].end);
  if (!ANY_MARK.test(span)) return NO_MARKS;
  return { hedges: hedgesIn(span), none: EVIDENCE_NONE.exec(span), declined: EVIDENCE_DECLINED.exec(span), cited: EVIDENCE_CITED.exec(span) };
}

function qualify(marks: Marks, a: Attribution): void {
  for (const h of marks.hedges) if (!a.hedges.includes(h)) a.hedges.push(h);
  if (a.cue?.lemma && HEDGING_CUES.has(a.cue.lemma) && !a.hedges.includes(a.cue.text)) a.hedges.push(a.cue.text);
  const { none, declined, cited } = marks;
  if (none) a.evidence = { status: "none-given", text: none[0] };
  else if (declined) a.evidence = { status: "declined", text: declined[0].trim() };
  else if (cited && a.mode !== "according-to") a.evidence = { status: "cited", text: cited[0].trim() };
}

/** The title's attribution has no sentences to read. */
export const hedgesAndEvidence: Refiner = {
  name: "hedges and evidence",
  refine(ctx, found) {
    // (the patterns read once per run of sentences: the readings of one sentence share it)
    const marks = new Map<string, Marks>();
    for (const a of found) {
      if (a.first < 0) continue;
      const key = `${a.first}:${a.last}`;
      let m = marks.get(key);
      if (m === undefined) marks.set(key, (m = marksOf(ctx.doc, a.first, a.last)));
      qualify(m, a);
    }
    return found;
  },
};
