// Types for wink-lemmatizer, which ships none: the three functions the lexicon calls (language/lexicon.ts).
declare module "wink-lemmatizer" {
  const lemmatize: { verb(word: string): string; noun(word: string): string; adjective(word: string): string };
  export default lemmatize;
}
