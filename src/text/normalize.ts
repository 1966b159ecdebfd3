// Text normalisation that keeps offsets: instead of cutting page furniture out (which would shift every
// offset after it), furniture is blanked with spaces, so `masked` has the same length as the original and
// every index into it is an index into the original text.

import type { Span } from "../types.js";

export interface NormalizedText {
  /** the original text */
  original: string;
  /** the original with furniture replaced by spaces (same length) */
  masked: string;
  /** the title line, when the text starts with one */
  title: Span | null;
  /** spans blanked as page furniture */
  furniture: Span[];
}

// Lines that are page furniture when they stand alone: page counters ("1 / 1", "Page 2 of 7", "- 3 -"),
// navigation arrows ("> <", "« »"), print/share leftovers.
const FURNITURE_LINE =
  /^(?:\d{1,4}\s*(?:\/|of)\s*\d{1,4}|page\s+\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|[<>«»‹›|•·*#\s]+|(?:print|share|tweet|email|advertisement|read more|continue reading)(?:\s+this(?:\s+article)?)?)$/i;

// A title: a first line of at most 25 words that does not end like a sentence, followed by a blank line.
const MAX_TITLE_WORDS = 25;

export function normalizeText(original: string): NormalizedText {
  const furniture: Span[] = [];
  const blank = (s: number, e: number) => furniture.push({ start: s, end: e });

  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const raw of original.split("\n")) {
    lines.push({ start: pos, end: pos + raw.length, text: raw });
    pos += raw.length + 1;
  }

  let title: Span | null = null;
  const first = lines.find((l) => l.text.trim() !== "");
  if (first) {
    const t = first.text.trim();
    const idx = lines.indexOf(first);
    const next = lines[idx + 1];
    const words = t.split(/\s+/).length;
    if (words <= MAX_TITLE_WORDS && !/[.!?]["”’)']{0,2}$/.test(t) && (!next || next.text.trim() === "")) {
      const lead = first.text.length - first.text.trimStart().length;
      title = { start: first.start + lead, end: first.start + lead + t.length };
    }
  }

  const titleText = title ? original.slice(title.start, title.end) : null;
  // Only trailing furniture and repeats of the title are blanked: a number line inside the body could be content.
  let tailOnly = true;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const t = l.text.trim();
    if (t === "") continue;
    const isTitleRepeat = titleText !== null && t === titleText && l.start !== title!.start;
    if (isTitleRepeat) {
      blank(l.start, l.end);
      continue;
    }
    if (FURNITURE_LINE.test(t) && (tailOnly || /\d\s*(?:\/|of)\s*\d/.test(t))) {
      blank(l.start, l.end);
      continue;
    }
    tailOnly = false;
  }
  furniture.sort((a, b) => a.start - b.start);
  // the text with furniture blanked, built from slices (most texts have none; an array of every character
  // joined again cost 2% of extract() on PolNeAR train)
  let blanked = original;
  if (furniture.length) {
    const parts: string[] = [];
    let at = 0;
    for (const { start, end } of furniture) {
      parts.push(original.slice(at, start), original.slice(start, end).replace(/[^\n\r]/g, " "));
      at = end;
    }
    parts.push(original.slice(at));
    blanked = parts.join("");
  }
  // Some outlets (and their archives) write quotation marks as two apostrophes or backticks: ''Yes,'' he
  // said; ``Yes,'' he said. Each pair reads as a space and one double quote next to the quoted words (an
  // opening mark second, a closing one first), so that a closing mark stays with its sentence ('not.'' He
  // said' split before "He", not before the mark: 0.003 F1 on PolNeAR's NYT articles); offsets stay the original's.
  const masked = blanked.replace(/``|''(?!')/g, (m, at: number, all: string) => (m === "``" || at === 0 || /[\s(\[—–-]/.test(all[at - 1]) ? ' "' : '" '));
  return { original, masked, title, furniture };
}
