// English language data, written once (as spaCy's spacy/lang/en/ and chrono-node's locales/en/): the
// calendar's words (calendar.ts), function words (function-words.ts), titles and honorifics (titles.ts),
// number words and notation (numbers.ts), verbs of change (change-words.ts), what a figure measures (measure-words.ts), the nouns read around names (name-words.ts), and the lexicon
// and tagger: word facts kept once per word form (lexicon.ts, word-table.ts), en-pos's Brill tagger made
// fast (pos.ts, brill.ts) and how a token is written into a learned model's features (features.ts).
// The stages under extract/ read these; none of these reads a stage.

export * from "./calendar.js";
export * from "./function-words.js";
export * from "./titles.js";
export * from "./numbers.js";
export * from "./change-words.js";
export * from "./measure-words.js";
export * from "./name-words.js";
export { lex } from "./features.js";
export { allTags, firstTag, inWordSet, isCommonToken, isCommonWord, isFiniteVerb, tokenFacts, tokenTag, wordFacts, type Initial, type WordFacts } from "./lexicon.js";
export { brillTags, isAdjective, isNoun, isVerb, tagTokens, tagWindow, tokenLemma, verbLemma } from "./pos.js";
export { wordTable } from "./word-table.js";
