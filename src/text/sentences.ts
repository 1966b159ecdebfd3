// Sentence and paragraph splitting with offsets. Rule-based: news prose is regular enough, and a
// statistical splitter would cost far more than the whole rest of the pipeline.

import type { Span } from "../types.js";
import { isSpace } from "./tokens.js";
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from "../language/calendar.js";
import { OTHER_TITLE_ABBREVIATIONS, PLACE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../language/titles.js";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** true when this sentence is the first of its paragraph */
  paragraphStart: boolean;
}

// Constructed, not an object literal, so that V8 never allocates a document's sentences straight into the
// old generation (see TokenRecord in tokens.ts).
class SentenceRecord implements Sentence {
  declare start: number;
  declare end: number;
  declare index: number;
  declare paragraph: number;
  declare paragraphStart: boolean;
  constructor(start: number, end: number, index: number, paragraph: number, paragraphStart: boolean) {
    this.start = start;
    this.end = end;
    this.index = index;
    this.paragraph = paragraph;
    this.paragraphStart = paragraphStart;
  }
}

// Abbreviations after which a period does not end a sentence (lower-case, without the period).
const ABBREVIATIONS = new Set<string>([
  ...TITLE_ABBREVIATIONS, ...OTHER_TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS, ...PLACE_ABBREVIATIONS,
  ..."no nos vs v etc e.g i.e al approx est dept univ corp inc ltd co bros fig ave blvd rd".split(" "),
  ..."u.s u.k u.n d.c a.m p.m u.s.a e.u n.y l.a r ph.d".split(" "),
]);
// Initialisms such as "U.S." end a sentence only when a typical sentence opener follows.
const OPENERS = new Set(
  "the a an he she it they we i you but and or so yet in on at this that these those his her its their our mr mrs ms there however meanwhile still".split(
    " ",
  ),
);

const BOUNDARY = /[.!?]+["”’)\]]*(?=\s)|\n[ \t]*\n/g;
// for texts that put each paragraph on a line of its own: every line break ends one
const LINE_BOUNDARY = /[.!?]+["”’)\]]*(?=\s)|\n(?:[ \t]*\n)?/g;

/**
 * Whether single line breaks separate paragraphs here: most of them follow the end of a sentence (a
 * text wrapped at a width breaks lines mid-sentence). A third of PolNeAR's HuffPost articles are so.
 */
export function linePerParagraph(text: string, from: number, to: number): boolean {
  const [single, ending] = singleBreaks(text, from, to);
  return single >= 3 && ending >= 0.6 * single;
}

const isLineSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const ENDING = new Set([".", "!", "?", '"', "”", "’", ":", ")"]);

/**
 * The single line breaks of text[from, to) and how many of them follow the end of a sentence: what
 * /([^\n]?)[ \t\u00a0]*\n(?![ \t]*\n)/g finds there, counting the matches that do not start a line and
 * whose first group is one of .!?"”’:), read with indexOf and char codes (the expression tried a match
 * at every character, 0.9% of extract() on PolNeAR train). Each match ends at a line break not followed
 * by a blank line, and starts at the earliest of: the character before that break's run of spaces (not
 * a line break), the run, the break itself, never before where the last match ended.
 */
export function singleBreaks(text: string, from: number, to: number): [number, number] {
  let single = 0, ending = 0, last = from;
  for (let n = text.indexOf("\n", from); n >= 0 && n < to; n = text.indexOf("\n", n + 1)) {
    let k = n + 1;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < to && text.charCodeAt(k) === 10) continue; // a blank line follows: no match ends here
    let w = n;
    while (w > last && isLineSpace(text.charCodeAt(w - 1))) w--;
    const start = w > last && text.charCodeAt(w - 1) !== 10 ? w - 1 : w;
    last = n + 1;
    if (start > from && text.charCodeAt(start - 1) === 10) continue;
    single++;
    if (start < n && ENDING.has(text[start])) ending++;
  }
  return [single, ending];
}

/**
 * The longest sentence, in characters: a longer stretch with no sentence end (a list with no periods, a
 * page of one run-on line) is cut at the last space before it. What reads a sentence pairwise (a cue and
 * every token after it, the cue detector's context) then costs at most this squared per sentence, not the
 * square of the text: 1 MB with no sentence end took 10 s (at 0.1 MB already 470 s in attribution). The
 * longest sentence of PolNeAR and Wikinews (46,242) has 1,824 characters (454 tokens).
 */
export const MAX_SENTENCE_CHARS = 3000;

/** Where to cut a stretch [s, e) longer than MAX_SENTENCE_CHARS: after the last white space of its first MAX_SENTENCE_CHARS characters (not in the first half), else at that length. */
function cutAt(text: string, s: number): number {
  let cut = s + MAX_SENTENCE_CHARS;
  for (let k = cut; k > s + MAX_SENTENCE_CHARS / 2; k--) if (isSpace(text.charCodeAt(k - 1))) return k;
  // (not between the halves of a surrogate pair)
  const c = text.charCodeAt(cut);
  if (c >= 0xdc00 && c <= 0xdfff) cut--;
  return cut;
}

/** Splits `text` (already masked of furniture) into sentences, skipping blank stretches. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const boundary = linePerParagraph(text, from, to) ? LINE_BOUNDARY : BOUNDARY;
  const out: Sentence[] = [];
  let paragraph = 0;
  let newParagraph = true;
  let start = from;

  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = cutAt(text, s);
      push(s, cut);
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) {
      out.push(new SentenceRecord(s, e, out.length, paragraph, newParagraph));
      newParagraph = false;
    }
  };

  boundary.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) && m.index < to) {
    const end = m.index + m[0].length;
    if (m[0][0] === "\n") {
      push(start, m.index);
      if (out.length && out[out.length - 1].paragraph === paragraph) paragraph++;
      newParagraph = true;
      start = end;
      continue;
    }
    if (!endsSentence(text, m.index, end)) continue;
    push(start, end);
    start = end;
  }
  push(start, to);
  return out;
}

function endsSentence(text: string, at: number, end: number): boolean {
  if (text[at] !== ".") return true; // ! and ? end sentences
  // the word before the period
  let w = at;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, at).toLowerCase();
  // the next non-space character
  let n = end;
  while (n < text.length && (text[n] === " " || text[n] === "\t")) n++;
  if (n < text.length && text[n] === "\n") return true;
  const next = text[n] ?? "";
  if (next === "") return true;
  if (/[\p{Ll}]/u.test(next)) return false; // "approx. five", "U.S. officials"
  if (/\d/.test(next) && /^(no|nos|p|pp|vol|art|sec)$/.test(word)) return false;
  if (word.length === 1 && /\p{Lu}/u.test(text[w])) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word)) {
    if (word.includes(".")) {
      // an initialism: "U.S." ends a sentence when a typical opener follows
      const nextWord = /^[\p{L}]+/u.exec(text.slice(n, n + 20))?.[0]?.toLowerCase() ?? "";
      return OPENERS.has(nextWord);
    }
    return false;
  }
  return true;
}
