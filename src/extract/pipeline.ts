// extract(): article text in, document record out, through the stages below in order. Each stage says what
// it reads and what it writes (as spaCy's pipeline components do); `checkStages` holds them to it at load:
// a stage reads only what the input or an earlier stage wrote. The stages' code lives in their folders.

import { analyze, type AnalyzedDocument } from "./document.js";
import { findEntities, type EntityIndex } from "./entities/index.js";
import { findAttributions, type Attribution } from "./attribution/index.js";
import { referenceDate } from "./time/index.js";
import { buildClaims, carryEvidence } from "./claims/index.js";
import type { Claim, DocumentRecord, ExtractOptions, ExtractWarning } from "../types.js";

/** What the stages pass on: the input, then what each stage writes. */
export interface ExtractionState {
  text: string;
  published: string | null;
  doc: AnalyzedDocument;
  reference: ReturnType<typeof referenceDate>;
  entities: EntityIndex;
  attributions: Attribution[];
  claims: Claim[];
  warnings: ExtractWarning[];
}
type Key = keyof ExtractionState;

export interface Stage<R extends Key = Key, W extends Key = Key> {
  name: string;
  reads: readonly R[];
  writes: readonly W[];
  run(input: Pick<ExtractionState, R>): Pick<ExtractionState, W>;
}

/** A stage, its reads and writes checked against its run() by the compiler. */
const stage = <R extends Key, W extends Key>(s: Stage<R, W>): Stage => s as unknown as Stage;

/** what extract() is given */
const INPUT: readonly Key[] = ["text", "published"];

export const STAGES: readonly Stage[] = [
  stage({ name: "document", reads: ["text", "published"], writes: ["doc"], run: ({ text, published }) => ({ doc: analyze(text, published) }) }),
  stage({ name: "time", reads: ["doc"], writes: ["reference"], run: ({ doc }) => ({ reference: referenceDate(doc) }) }),
  stage({ name: "entities", reads: ["doc"], writes: ["entities"], run: ({ doc }) => ({ entities: findEntities(doc) }) }),
  stage({
    name: "attribution", reads: ["doc", "entities"], writes: ["attributions"],
    run: ({ doc, entities }) => ({ attributions: findAttributions(doc, entities) }),
  }),
  stage({
    name: "claims", reads: ["doc", "reference", "entities", "attributions"], writes: ["claims", "warnings"],
    run: ({ doc, reference, entities, attributions }) => {
      const warnings: ExtractWarning[] = [];
      const claims = buildClaims(doc, { reference: reference?.date ?? null, entities, attributions }, warnings);
      return { claims, warnings };
    },
  }),
  stage({
    name: "carried evidence", reads: ["doc", "entities", "claims"], writes: ["claims"],
    run: ({ doc, entities, claims }) => ({ claims: carryEvidence(doc, entities, claims) }),
  }),
];

/** Throws when a stage reads what neither the input nor an earlier stage wrote. */
export function checkStages(stages: readonly Stage[], input: readonly Key[] = INPUT): void {
  const written = new Set<Key>(input);
  for (const s of stages) {
    const missing = s.reads.filter((k) => !written.has(k));
    if (missing.length) throw new Error(`stage ${s.name} reads ${missing.join(", ")}, which no earlier stage writes`);
    for (const k of s.writes) written.add(k);
  }
}
checkStages(STAGES);

export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  const state = { text, published: options.published ?? null } as ExtractionState;
  for (const s of STAGES) Object.assign(state, s.run(state));
  const { doc, reference, claims, warnings } = state;
  const title = options.title ?? (doc.title ? text.slice(doc.title.start, doc.title.end) : null);
  const record: DocumentRecord = {
    document: { path: options.path ?? "", title, published: options.published ?? null, reference },
    claims,
  };
  if (warnings.length) record.warnings = warnings;
  return record;
}
