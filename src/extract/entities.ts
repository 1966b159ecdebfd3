// People, organisations, groups and places mentioned in a document, and which mentions refer to the
// same entity (pronouns, role nouns, surnames resolved to the fullest name).
// OWNER: attribution work (issue 4). Placeholder until that lands.

import type { AnalyzedDocument } from "./document.js";
import type { Span, SpeakerKind } from "../types.js";

export type MentionKind = SpeakerKind | "place" | "pronoun" | "role";

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  sentence: number;
  /** index into EntityIndex.entities when the mention is resolved */
  entity: number | null;
}

export interface Entity {
  name: string;
  kind: SpeakerKind | "place";
  role: string | null;
}

export interface EntityIndex {
  mentions: Mention[];
  entities: Entity[];
  /** names of the places mentioned in a sentence (by sentence index), deduplicated, in text order */
  placesIn(sentence: number): string[];
}

export function findEntities(doc: AnalyzedDocument): EntityIndex {
  void doc;
  return { mentions: [], entities: [], placesIn: () => [] };
}
