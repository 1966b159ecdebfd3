// What the tagger and the parser read of each word, hashed once per word: its normalised form (lower
// case, digits as 0 so "1,250" and "3,400" are one form), suffixes, first letter(s) and shape ("Xxxx").
import { hashString } from "./hash.js";

export interface WordForms {
  norm: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  prefix1: Int32Array;
  prefix3: Int32Array;
  shape: Int32Array;
}

/** The normalised form: lower case, every digit a 0. */
export function normalize(word: string): string {
  const lower = word.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
}

/** Shape with runs collapsed: "McDonald" → "XxXx", "1,250" → "d,d", "U.S." → "X.X.". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last || !"Xxd".includes(c)) out += c;
    last = c;
  }
  return out;
}

// ASCII by char code (the regular expressions made tagging a third slower), the rest by Unicode class
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return "x";
  if (code >= 65 && code <= 90) return "X";
  if (code >= 48 && code <= 57) return "d";
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
}

export function wordForms(words: readonly string[]): WordForms {
  const n = words.length;
  const f: WordForms = {
    norm: new Int32Array(n), suffix1: new Int32Array(n), suffix2: new Int32Array(n), suffix3: new Int32Array(n),
    prefix1: new Int32Array(n), prefix3: new Int32Array(n), shape: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const norm = normalize(words[i]);
    f.norm[i] = hashString(norm);
    f.suffix1[i] = hashString(norm.slice(-1));
    f.suffix2[i] = hashString(norm.slice(-2));
    f.suffix3[i] = hashString(norm.slice(-3));
    f.prefix1[i] = hashString(words[i].slice(0, 1));
    f.prefix3[i] = hashString(norm.slice(0, 3));
    f.shape[i] = hashString(shape(words[i]));
  }
  return f;
}

/** The normalised forms alone, hashed (what the parser reads). */
export function normForms(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (w) => hashString(normalize(w)));
}

/** The value that stands for a word before the sentence's start or after its end. */
export const PAD = hashString("\u0000pad");
