// The extractor's learned parts: three averaged perceptrons (perceptron.ts) over features written here,
// whose weights are data files in models/ (model-file.ts), trained on PolNeAR train by `npm run train`
// (scripts/train-attribution.mjs):
//   content-end.ts        where reported content that follows its cue stops
//   cue-detector.ts       which verb the cue lexicon lacks is, in context, an act of saying or taking a stand
//   attribution-model.ts  how far to trust an attribution the rules propose (kept over 0)
// The rules in ../attribution.ts propose; these decide what rules could not. Each model is read from its
// file at its first use. The extractor imports from here; training (which reads their features and
// trainers too) imports the files themselves.
export type { Features, Model } from "./perceptron.js";
export { contentEnd } from "./content-end.js";
export { CUE_MODEL, learnedCue } from "./cue-detector.js";
export { ATTRIBUTION_MODEL, attributionFeatures, countWords } from "./attribution-model.js";
