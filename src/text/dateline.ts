// A dateline opening a story ("WARSAW, March 6 (Reuters) -", "HANOI, Sept. 18 (AP) —", "WASHINGTON —", "SAN JUAN,
// Puerto Rico (AP) -"): where and when the reporter filed, not a place or a time of what the story tells, and
// no one's speech. Read by the time expressions (its day is no figure's period) and by the sentence's subject.
import { MONTH_WORD } from "../language/calendar.js";
import type { Token } from "./tokens.js";

// the place in capitals (a word of three capitals at least: not "A", not "Mr", not "UN"), maybe a region after a comma in
// any case ("SAN JUAN, Puerto Rico"), maybe the day filed ("March 6", "6 March", "Sept. 18, 2025"), maybe the
// agency in brackets; then a dash and a space
// (the place is matched by case, the month in any: "March", "MARCH", "Sept.")
const MONTH_ANY_CASE = MONTH_WORD.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const DATELINE = new RegExp(
  `^\\s*(?:(?:[A-Z][A-Z'’-]+[A-Z]|[A-Z]{2}\\.)(?:\\s+(?:[A-Z][A-Z.'’-]*|(?:de|la|el|du|am)))*)` +
    `(?:,\\s+[A-Z][\\p{L}.'’]+(?:\\s+[A-Z][\\p{L}.'’]+){0,2})??` +
    `(?:,?\\s+(?:${MONTH_ANY_CASE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_ANY_CASE})(?:,?\\s+\\d{4})?)?` +
    `(?:\\s*\\([^()\\n]{1,40}\\))?\\s*(?:-{1,2}|[–—])\\s`,
  "u",
);
const MONTH = new RegExp(`^${MONTH_WORD}$`, "i");

/** How many characters of `sentence` (from its start) are a dateline; 0 when it opens with none. */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  // ("MARCH 6 -": a month in capitals is no place)
  const place = /^\s*([A-Z][A-Z.'’-]*)/.exec(m[0]);
  return place && MONTH.test(place[1].replace(/\.$/, "")) ? 0 : m[0].length;
}

/** How many tokens of a sentence's (from its first) are a dateline; 0 when it opens with none. */
export function datelineTokens(tokens: readonly Token[]): number {
  // (most sentences open with no word in capitals: no string to build)
  const first = tokens[0]?.text ?? "";
  if (first.length < 2 || first !== first.toUpperCase() || first === first.toLowerCase()) return 0;
  // the sentence's opening words as written (a dateline is at most a dozen tokens)
  let text = "";
  const head = tokens.slice(0, 16);
  head.forEach((t, i) => (text += (i && t.start > head[i - 1].end ? " " : "") + t.text));
  const length = text.slice(0, datelineLength(text)).trimEnd().length;
  if (!length) return 0;
  let at = 0, i = 0;
  for (; i < head.length && at < length; i++) at += (i && head[i].start > head[i - 1].end ? 1 : 0) + head[i].text.length;
  return i;
}
