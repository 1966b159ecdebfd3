// extract(): article text in, document record out. Each stage is its own module; this only wires them.

import { analyze } from "./document.js";
import { findEntities } from "./entities.js";
import { findAttributions } from "./attribution/index.js";
import { referenceDate } from "./time.js";
import { buildClaims } from "./claims.js";
import type { DocumentRecord, ExtractOptions, ExtractWarning } from "../types.js";

export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  const doc = analyze(text, options.published ?? null);
  const reference = referenceDate(doc);
  const entities = findEntities(doc);
  const attributions = findAttributions(doc, entities);
  const warnings: ExtractWarning[] = [];
  const claims = buildClaims(doc, { reference: reference?.date ?? null, entities, attributions }, warnings);
  const title = options.title ?? (doc.title ? text.slice(doc.title.start, doc.title.end) : null);
  const record: DocumentRecord = {
    document: { path: options.path ?? "", title, published: options.published ?? null, reference },
    claims,
  };
  if (warnings.length) record.warnings = warnings;
  return record;
}
