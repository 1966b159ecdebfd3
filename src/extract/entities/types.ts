// What the entities stage gives the later stages: mentions, entities and a resolver of noun phrases.

import type { Span, Speaker, SpeakerKind } from "../../types.js";
import type { PlaceMention } from "./place-mentions.js";

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
  /** the places a sentence names, where, and by which kind of word */
  placeMentionsIn(sentence: number): PlaceMention[];
  /** the places the document is about as a whole (its dateline's, and its headline's, else its lead's): a figure's places when its sentence names none */
  framePlaces: string[];
  /**
   * the places a sentence points back to ("the state"), or its paragraph's opening sentence does; for a sentence that
   * names none, those its paragraph (or the heading over it) named last, with the frame's
   */
  passagePlaces(sentence: number): string[];
  /**
   * The speaker a noun phrase (tokens [from, to] of a sentence) refers to, resolved to the fullest
   * name known before it; `resolved: false` when it could not be tied to a name.
   */
  resolve(sentence: number, from: number, to: number): Speaker | null;
}
