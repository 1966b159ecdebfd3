// Attribution: who said what, with which cue, in which mode, and the span of what is attributed.
// Deterministic rules over tokens, as readers (readers/): a cue verb from our lexicon (../cues.ts) with its
// subject to the left (or after it, "…, said the minister") and the content to the right ("said that …"),
// to the left ("…, he said") or in the quotation next to it; "according to X"; a poll or document as
// source; headlines and transcript turns; signatures; colon frames. Refiners (refiners/) then join
// quotations with no frame to the statement they continue, trim nested clauses, and let two small trained
// models (deterministic, shipped as weights) take the decisions the rules only guessed: where content
// after its cue ends (content-end.ts) and which proposals to keep (attribution-model.ts).
// The folder: configuration.ts declares the readers and refiners in order; context.ts is what they share;
// subjects.ts finds speakers' noun phrases, tokens.ts asks single tokens, quotations.ts finds quotations;
// training.ts is the training script's entry. Speakers are resolved by the entity index.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "../entities.js";
import { CUE_MODEL } from "../learned/index.js";
import { attribute } from "./configuration.js";
import type { Attribution } from "./context.js";

export type { Attribution } from "./context.js";

/** The attributions of a document, in the order of their contents. */
export function findAttributions(doc: AnalyzedDocument, entities: EntityIndex): Attribution[] {
  return attribute(doc, entities, { cueModel: CUE_MODEL });
}
