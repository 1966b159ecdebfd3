// Stage "entities": owns who and where a document mentions. mentions.ts reads a sentence's people,
// organisations, places and roles; registry.ts files them as entities; resolve.ts ties a noun phrase
// (a pronoun, "the minister", a surname) to the entity it refers to; places.ts is the gazetteer.

export { findEntities, type Entity, type EntityIndex, type Mention, type MentionKind } from "./entities.js";
export { placeName } from "./places.js";
