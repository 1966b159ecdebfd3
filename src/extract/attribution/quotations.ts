// Quotations in the text: where they open and close (findQuotes), whether an offset is inside one, and
// whether a quoted phrase is a title rather than a statement. Readers take quotations as what was said
// word for word; each is marked used once a reading has taken it.

import type { Span } from "../../types.js";
import { firstStartingFrom } from "../span-index.js";

export interface Quote extends Span {
  used: boolean;
}

/** Quotations (with their marks), closed within a paragraph. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const re = /[“"«„]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m[0];
    const close = open === "“" ? /[”\n]|\n/g : open === "«" ? /[»\n]/g : open === "„" ? /[“”\n]/g : /["\n]/g;
    close.lastIndex = m.index + 1;
    let c = close.exec(text);
    // a quotation over several paragraphs leaves each one open and opens the next again
    for (let hop = 0; c && c[0] === "\n" && hop < 4; hop++) {
      const next = /^\s*/.exec(text.slice(c.index, c.index + 8))![0].length + c.index;
      if (text[next] !== open || !/\n/.test(text.slice(c.index, next))) break;
      close.lastIndex = next + 1;
      c = close.exec(text);
    }
    let end = c && c[0] !== "\n" ? c.index : -1;
    // '“…them."', '"…predict,”': a quotation left open in its paragraph and closed by the other style's mark
    // (copy-edited text mixes them)
    if (end < 0 && (open === "“" || open === '"')) {
      const other = text.indexOf(open === "“" ? '"' : "”", m.index + 1);
      if (other >= 0 && other < (c ? c.index : text.length) && !/[“”]/.test(text.slice(m.index + 1, other))) end = other;
    }
    if (end < 0) { re.lastIndex = c ? c.index : text.length; continue; }
    out.push({ start: m.index, end: end + 1, used: false });
    re.lastIndex = end + 1;
  }
  return out;
}

const TITLE_SMALL = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "&"]);

const TITLE_WORD = /[\p{L}\p{N}&][\p{L}\p{N}’'.-]*/gu;
/** A quoted name, not a statement: “Sunday Morning Futures,”, “The Art of the Deal.” — a few words, each capitalised. */
export function isTitle(text: string, q: Span): boolean {
  // (read up to a seventh word, not every word of a long quotation: 0.5% of extract())
  const quoted = text.slice(q.start, q.end), words: string[] = [];
  TITLE_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TITLE_WORD.exec(quoted)); ) if (words.push(m[0]) > 6) return false;
  if (!words.length) return false;
  if (/[!?]/.test(text.slice(q.start, q.end))) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

/** Whether an offset lies inside one of the quotations (disjoint, sorted by start as findQuotes gives them). */
export function insideQuotes(quotes: readonly Span[], offset: number): boolean {
  const i = firstStartingFrom(quotes, offset) - 1;
  return i >= 0 && offset < quotes[i].end;
}
