// What training (scripts/train-attribution.mjs) reads of the attribution pass: every proposal, with
// models that have not seen the document, and what the attribution model reads of each. Users call
// findAttributions (index.ts), which keeps only what the shipped models choose.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "../entities/entities.js";
import { type Model, CUE_MODEL } from "../learned/index.js";
import { attribute, REFINERS } from "./configuration.js";
import type { Attribution } from "./context.js";
import { keepConfident } from "./refiners/model-score.js";
import { rivalReadings } from "./refiners/rival-readings.js";
import { framedStatements } from "./refiners/framed-statements.js";
import { widenedContents } from "./refiners/widened-contents.js";
import { shareFindings } from "./refiners/share-findings.js";
import { expectedFigures } from "./refiners/expected-figures.js";
import { notSpeakers } from "./refiners/not-speakers.js";
import { groupPronouns } from "./refiners/group-pronouns.js";
import { appositiveNames } from "./refiners/appositive-names.js";
import { relativeSources } from "./refiners/relative-sources.js";
import { describedNames } from "./refiners/described-names.js";
import { dataOwners } from "./refiners/data-owners.js";
import { coordinatedCues } from "./refiners/coordinated-cues.js";
import { carriedSources } from "./refiners/carried-sources.js";
import { unclaimed } from "./refiners/unclaimed-figures.js";

export { cueOf } from "./tokens.js";
export { carriesFigure, proposalFeatures } from "./refiners/model-score.js";
export { overlapsMost } from "./refiners/rival-readings.js";

// training sees every proposal: the refiners that drop readings on the model's judgement are left out, and
// so are those that work on what the model kept (figures of relative clauses, speakers that cannot be,
// figures no cue claims, sources carried over cue-less sentences, group pronouns and appositive names
// resolved, contents widened past the model's end): training reads the rules' proposals as they were
const AFTER_THE_MODEL = new Set([framedStatements, keepConfident, rivalReadings, widenedContents, shareFindings, expectedFigures, relativeSources, appositiveNames, describedNames, dataOwners, coordinatedCues, groupPronouns, notSpeakers, unclaimed, carriedSources]);
const PROPOSING = REFINERS.filter((r) => !AFTER_THE_MODEL.has(r));

/**
 * Every attribution the rules propose, scored but none dropped. `cueModel`: the detector of cues the
 * lexicon lacks; `endModel`: where contents stop (training passes models that have not seen the document).
 */
export function proposeAttributions(doc: AnalyzedDocument, entities: EntityIndex, models: { cueModel?: Model; endModel?: Model } = {}): Attribution[] {
  return attribute(doc, entities, { cueModel: models.cueModel ?? CUE_MODEL, endModel: models.endModel }, PROPOSING);
}
