// The attribution pass as an ordered list of readers and refiners (chrono-node's configuration): readers
// propose attributions into one context, in the order below; refiners then take the list in turn. The
// order is part of the output: a reader sees what those before it proposed (a quotation taken is not
// taken again, a reading proposed twice is kept once), and a refiner what those before it left.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "../entities/entities.js";
import { AttributionContext, type Attribution, type Reader, type Refiner, type Settings } from "./context.js";
import { readSentences } from "./readers/sentences.js";
import { pollSource } from "./readers/poll-source.js";
import { accordingTo } from "./readers/according-to.js";
import { cueFrame } from "./readers/cue-frame.js";
import { nounCue } from "./readers/noun-cue.js";
import { tollUpdate } from "./readers/toll-update.js";
import { headlines } from "./readers/headline.js";
import { signatures } from "./readers/signature.js";
import { colonFrame } from "./readers/colon-frame.js";
import { textOrder } from "./refiners/text-order.js";
import { continuation } from "./refiners/continuation.js";
import { nestedClauses } from "./refiners/nested-clauses.js";
import { quotedReports } from "./refiners/quoted-reports.js";
import { keepConfident, scoreByModel } from "./refiners/model-score.js";
import { rivalReadings } from "./refiners/rival-readings.js";
import { framedStatements } from "./refiners/framed-statements.js";
import { widenedContents } from "./refiners/widened-contents.js";
import { shareFindings } from "./refiners/share-findings.js";
import { hedgesAndEvidence } from "./refiners/hedges.js";
import { expectedFigures } from "./refiners/expected-figures.js";
import { notSpeakers } from "./refiners/not-speakers.js";
import { groupPronouns } from "./refiners/group-pronouns.js";
import { thingPronouns } from "./refiners/thing-pronouns.js";
import { appositiveNames } from "./refiners/appositive-names.js";
import { relativeSources } from "./refiners/relative-sources.js";
import { describedNames } from "./refiners/described-names.js";
import { dataOwners } from "./refiners/data-owners.js";
import { coordinatedCues } from "./refiners/coordinated-cues.js";
import { carriedSources } from "./refiners/carried-sources.js";
import { learnedCues } from "./refiners/learned-cues.js";
import { unclaimed } from "./refiners/unclaimed-figures.js";

/** Readers, in order. Each sentence's words go to the token readers left to right, the first that reads a word wins. */
export const READERS: readonly Reader[] = [
  readSentences([pollSource, accordingTo, nounCue, tollUpdate, cueFrame]),
  headlines,
  signatures,
];

/** Refiners, in order: the proposals are completed, scored, thinned to the model's choice and qualified. */
export const REFINERS: readonly Refiner[] = [
  textOrder,
  // quotations no reading holds: a colon frame of their own, else the statement they continue
  continuation([colonFrame]),
  nestedClauses,
  quotedReports,
  scoreByModel,
  // "In a podcast, X stated …": X's statement, not the podcast's frame
  framedStatements,
  keepConfident,
  rivalReadings,
  // reported clauses the model stopped at an aside's closing dash or before a change of their figure
  widenedContents,
  // "the poll showed that 59 percent …, and 74 percent said …": the shares of those asked are the finding's
  shareFindings,
  hedgesAndEvidence,
  learnedCues,
  // a figure in a relative clause with a cue of its own: that clause's subject's ("the $2 that analysts expected")
  expectedFigures,
  // "according to the report, which counted 21 …": the relative clause's figures are the source's too
  relativeSources,
  // "The governor, Mike Dalton, said": the name beside the description
  appositiveNames,
  // "Acme rose 3 percent. The company reported …": the name the sentence before opens with
  describedNames,
  // "the bureau's figures show …": the bureau
  dataOwners,
  // "X said A, but said B": B's subject is X's, not a noun inside A
  coordinatedCues,
  // "they said": the people joined by "and" or the plural speaker before it
  groupPronouns,
  // "the paper notes …, and it says …": "it" the document or organisation that spoke just before
  thingPronouns,
  // speakers that cannot be (a month, a pronoun with no name, a number) left open
  notSpeakers,
  // readings whose cue claims no figure ("needed", "are mentioned", a noun taken for a cue): their figures are not their speakers'
  unclaimed,
  // cue-less sentences with figures, under the source they go on from
  carriedSources,
  textOrder,
];

/** Runs the readers, then the refiners, over one document. */
export function attribute(doc: AnalyzedDocument, entities: EntityIndex, settings: Settings, refiners: readonly Refiner[] = REFINERS): Attribution[] {
  const ctx = new AttributionContext(doc, entities, settings);
  for (const r of READERS) r.read(ctx);
  for (const r of refiners) ctx.found = r.refine(ctx, ctx.found);
  return ctx.found;
}
