// Attribution: who said what, with which cue, in which mode, and the span of what is attributed.
// OWNER: attribution work (issue 4). Placeholder until that lands.

import type { AnalyzedDocument } from "./document.js";
import type { EntityIndex } from "./entities.js";
import type { Cue, Evidence, Mode, Span, Speaker } from "../types.js";

export interface Attribution {
  /** the sentences (indices, inclusive) the content covers */
  first: number;
  last: number;
  content: Span;
  mode: Exclude<Mode, "unattributed">;
  cue: Cue | null;
  speaker: Speaker | null;
  hedges: string[];
  evidence: Evidence | null;
}

export function findAttributions(doc: AnalyzedDocument, entities: EntityIndex): Attribution[] {
  void doc; void entities;
  return [];
}
