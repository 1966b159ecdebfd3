// People, organisations, groups and places mentioned in a document, and which mentions refer to the
// same entity: pronouns, role nouns ("the minister"), surnames and short organisation names
// ("the ministry") are resolved to the fullest name met so far. What cannot be resolved is said so.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "./types.js";
import { EntityRegistry } from "./registry.js";
import { scanSentence } from "./mentions.js";
import { resolver } from "./resolve.js";
import { findPlaceMentions } from "./place-mentions.js";
import { documentFrame, passagePlaces } from "./frame.js";
import { LOCATIVE_PREPOSITIONS } from "../../language/places.js";
import { datelineTokens } from "../../text/dateline.js";

export type { Entity, EntityIndex, Mention, MentionKind } from "./types.js";
export type { PlaceMention } from "./place-mentions.js";

export function findEntities(doc: AnalyzedDocument): EntityIndex {
  const book = new EntityRegistry(doc.text);
  for (let si = 0; si < doc.sentences.length; si++) scanSentence(doc, si, book);
  const isPerson = personTest(doc, book);
  // (a dateline's place is the document's frame, not the first sentence's: frame.ts)
  const places = doc.sentences.map((_, si) => {
    const dateline = datelineTokens(doc.tokens[si]);
    return findPlaceMentions(doc.text, dateline ? doc.tokens[si].slice(dateline) : doc.tokens[si], isPerson);
  });
  // a place named by a nationality adjective takes the name the article gives it elsewhere ("British" → "Britain")
  const named = new Map<string, string>();
  for (const m of places.flat()) if (!m.demonym && !named.has(m.key)) named.set(m.key, m.name);
  for (const m of places.flat()) if (m.demonym) m.name = named.get(m.key) ?? m.name;
  const frame = documentFrame(doc, places, isPerson);
  const placesIn = (sentence: number) => [...new Set((places[sentence] ?? []).map((m) => m.name))];
  return {
    mentions: book.mentions, entities: book.entities, placesIn, placeMentionsIn: (sentence) => places[sentence] ?? [],
    framePlaces: frame, passagePlaces: passagePlaces(doc, places, frame), resolve: resolver(doc, book),
  };
}

/**
 * Whether a capitalised name is a person of the document: one known by its last word and named at least
 * once other than after "in" or "near" ("in Clinton’s camp" names no place; "in North Cotabato", met only
 * after "in", is no person even though the sequence looked like a name).
 */
function personTest(doc: AnalyzedDocument, book: EntityRegistry): (name: string) => boolean {
  const named = new Set<number>();
  for (const m of book.mentions) {
    if (m.kind !== "person" || m.entity === null) continue;
    const tokens = doc.tokens[m.sentence];
    const at = tokens.findIndex((t) => t.start === m.start);
    if (at <= 0 || !LOCATIVE_PREPOSITIONS.has(tokens[at - 1].lower)) named.add(m.entity);
  }
  return (name) => {
    const words = name.split(/\s+/);
    const e = book.personByLast.get(words[words.length - 1].toLowerCase());
    return e !== undefined && named.has(e);
  };
}
