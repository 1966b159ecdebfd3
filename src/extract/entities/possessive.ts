import type { Token } from "../../text/tokens.js";

// A name's possessive ending ("Syria's", "Jones’s"), read by the string's end: asked of every capitalised word
// by the mention and place readers.

/** whether the word ends in a possessive "'s" or "’s" */
export const isPossessive = (w: string) => {
  const s = `${w}`; // (a type the compiler knows: token strings come in many representations, lexicon.ts fnv)
  return s.endsWith("’s") || s.endsWith("'s");
};

/** the word without its possessive ending */
export const strip = (w: string) => {
  const s = `${w}`;
  return isPossessive(s) ? s.slice(0, -2) : s;
};

/** strip(t.text) in lower case: the token's own lower case unless possessive (no new string for most words) */
export const lowerWord = (t: Token) => (isPossessive(t.text) ? strip(t.text).toLowerCase() : t.lower);
