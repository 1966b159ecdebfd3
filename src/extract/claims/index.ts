// Stage "claims": owns the claims of a document, one per quantity and one per attributed statement with
// no quantity (claims.ts): what each counts, the verb that happened to it and its tense (counted.ts), its
// period, places, speaker and attribution, with the caps on claims per sentence and per document; a
// speaker's "no details given" carried to the figures they gave before it (carried-evidence.ts).

export { buildClaims, MAX_CLAIMS_PER_DOCUMENT, MAX_CLAIMS_PER_SENTENCE, type ClaimContext } from "./claims.js";
export { carryEvidence } from "./carried-evidence.js";
export { countedFor, questionCounted, type CountedInfo, type Tense } from "./counted.js";
