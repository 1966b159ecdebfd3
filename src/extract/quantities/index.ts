// Stage "quantities": owns reading numbers and amounts in text. number-tokens.ts cuts digits and number
// words into tokens, cardinal.ts is the grammar of numbers in words, number-words.ts reads one number at a
// position, quantities.ts finds the quantities of a passage with their qualifiers, units, ranges and
// bounds, sentence-quantities.ts keeps those of each sentence of a document, and dated-digits.ts tells the
// digits that date or name something (a date, an identifier, an address) from those that count. The words
// themselves (number words, month names) are language/'s.

export { recogniseQuantities } from "./quantities.js";
export { sentenceQuantities } from "./sentence-quantities.js";
export { readNumber, readOrdinal, type NumberRead, type ReadOptions } from "./number-words.js";
