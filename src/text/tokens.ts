// Tokenisation with offsets. One regular expression, no allocation beyond the token objects: the
// extractor tokenises every sentence once and every later stage works on these tokens.

export type TokenKind = "word" | "number" | "punct" | "quote";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** starts with an upper-case letter */
  cap: boolean;
  /** what a later stage worked out about this word form, kept on the token so it is looked up once (extract/lexicon.ts) */
  facts: unknown;
}

// words (with inner apostrophes, hyphens and periods of initialisms), numbers (with separators), or one other character
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:[’'][\p{L}]+|[-‐][\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*(?:[-‐][\p{L}]+)?|\S/gu;
const QUOTES = new Set(["\"", "“", "”", "‘", "’", "'", "«", "»", "„"]);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const t = m[0];
    const c = t.charCodeAt(0);
    let kind: TokenKind;
    if (c >= 48 && c <= 57) kind = "number";
    else if (QUOTES.has(t)) kind = "quote";
    else if (t.length === 1 && !/[\p{L}\p{M}]/u.test(t)) kind = "punct";
    else kind = "word";
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, kind, cap: /^\p{Lu}/u.test(t), facts: undefined });
  }
  return out;
}
