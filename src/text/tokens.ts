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
  /** what a later stage worked out about this word form, kept on the token so it is looked up once (language/lexicon.ts) */
  facts: unknown;
}

// Built by a constructor, not an object literal: V8 tracks an object literal's allocation site and, seeing
// a document's tokens outlive a young-generation collection, starts allocating all later tokens straight
// into the old generation; the heap then grows to twice the size and extract() runs 10-15% slower
// (PolNeAR train, `npm run bench -- extract`: 272k-319k words/s so, 324k-334k with V8's
// --no-allocation-site-pretenuring). Constructed objects have no allocation site to tenure.
class TokenRecord implements Token {
  declare text: string;
  declare lower: string;
  declare start: number;
  declare end: number;
  declare kind: TokenKind;
  declare cap: boolean;
  declare facts: unknown;
  constructor(text: string, lower: string, start: number, end: number, kind: TokenKind, cap: boolean) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.cap = cap;
    this.facts = undefined;
  }
}

// words (with inner apostrophes, hyphens and periods of initialisms), numbers (with separators), or one
// other character. Sticky and read with test(), the match's end being lastIndex: exec() built a match
// array per token, the largest allocation of extract() on PolNeAR train (122 MiB a pass).
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:[’'][\p{L}]+|[-‐][\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*(?:[-‐][\p{L}]+)?|\S/uy;
// the quotation marks, each a token of one character (by char code: a Set of strings hashed every token)
const QUOTE_CODES = new Set([..."\"“”‘’'«»„"].map((q) => q.charCodeAt(0)));
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;

/** JavaScript's \s: what the tokens' \S alternative never starts on. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where TOKEN's match from `at` ends, read without the expression for the plain ASCII tokens most text
 * is made of (a run of letters or of digits, or one punctuation mark), or -1 where the expression must
 * decide: initialisms ("U.S."), apostrophes, hyphens, separators in numbers, anything beyond ASCII.
 * (Tokenising PolNeAR train: 95 ms with the expression for every token, 65 ms so.)
 */
function asciiEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 128) return -1;
  let j = at + 1;
  if (isAsciiLetter(c)) {
    if (c <= 90 && text.charCodeAt(j) === 46) return -1; // "U."
    let d = text.charCodeAt(j);
    while (isAsciiLetter(d)) d = text.charCodeAt(++j);
    return d >= 128 || d === 39 || d === 45 ? -1 : j;
  }
  if (isDigit(c)) {
    let d = text.charCodeAt(j);
    while (isDigit(d)) d = text.charCodeAt(++j);
    return d >= 128 || d === 46 || d === 44 || d === 45 ? -1 : j;
  }
  return j;
}

/**
 * Whether toLowerCase could change a token: an ASCII capital or anything beyond ASCII. (toLowerCase
 * makes a new string even of a word already in lower case, as three tokens in four are: 100 MiB a pass
 * over PolNeAR train went to tokens and their strings.)
 */
function hasUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

export function tokenize(input: string, from = 0, to = input.length): Token[] {
  // (a string the compiler knows is one: the texts come in several representations, and reading
  // `charCodeAt` from the parameter was a megamorphic property load per character; lexicon.ts fnv)
  const text = `${input}`;
  const out = new Array<Token>();
  let at = from;
  const n = text.length;
  for (;;) {
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    if (at >= to || at >= n) break;
    let end = asciiEnd(text, at);
    if (end < 0) {
      TOKEN.lastIndex = at;
      TOKEN.test(text); // always matches: \S does where nothing longer does
      end = TOKEN.lastIndex;
    }
    const t = text.slice(at, end);
    const c = t.charCodeAt(0);
    let kind: TokenKind;
    if (c >= 48 && c <= 57) kind = "number";
    else if (t.length === 1 && QUOTE_CODES.has(c)) kind = "quote";
    else if (t.length === 1 && (c < 128 ? !isAsciiLetter(c) : !LETTER.test(t))) kind = "punct";
    else kind = "word";
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
    out.push(new TokenRecord(t, hasUpper(t) ? t.toLowerCase() : t, at, end, kind, cap));
    at = end;
  }
  return out;
}
