// People, organisations, groups and places mentioned in a document, and which mentions refer to the
// same entity: pronouns, role nouns ("the minister"), surnames and short organisation names
// ("the ministry") are resolved to the fullest name met so far. What cannot be resolved is said so.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "./types.js";
import { EntityRegistry } from "./registry.js";
import { scanSentence } from "./mentions.js";
import { resolver } from "./resolve.js";

export type { Entity, EntityIndex, Mention, MentionKind } from "./types.js";

export function findEntities(doc: AnalyzedDocument): EntityIndex {
  const book = new EntityRegistry(doc.text);
  const places: string[][] = doc.sentences.map(() => []);
  for (let si = 0; si < doc.sentences.length; si++) scanSentence(doc, si, book, places[si]);
  const placesIn = (sentence: number) => [...new Set(places[sentence] ?? [])];
  return { mentions: book.mentions, entities: book.entities, placesIn, resolve: resolver(doc, book) };
}
