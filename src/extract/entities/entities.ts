// People, organisations, groups and places mentioned in a document, and which mentions refer to the
// same entity: pronouns, role nouns ("the minister"), surnames and short organisation names
// ("the ministry") are resolved to the fullest name met so far. What cannot be resolved is said so.

import type { AnalyzedDocument } from "../document.js";
import type { Token } from "../../text/tokens.js";
import type { Span, Speaker, SpeakerKind } from "../../types.js";
import { placeName, placeWordsFrom } from "./places.js";
import { inWordSet, isCommonToken, isCommonWord } from "../../language/lexicon.js";
import { GROUP_WORDS, NOT_NAME, ORG_HEADS, ROLE_WORDS } from "../../language/name-words.js";
import { DETERMINERS, PRONOUNS_GROUP, PRONOUNS_PERSON } from "../../language/function-words.js";
import { capitalised, HONORIFICS, PLACE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../../language/titles.js";

export type MentionKind = SpeakerKind | "place" | "pronoun" | "role";

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  sentence: number;
  /** index into EntityIndex.entities when the mention is resolved */
  entity: number | null;
}

// Constructed, not an object literal, so that V8 never allocates a document's mentions straight into the
// old generation (see TokenRecord in text/tokens.ts).
class MentionRecord implements Mention {
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: MentionKind;
  declare sentence: number;
  declare entity: number | null;
  constructor(start: number, end: number, text: string, kind: MentionKind, sentence: number, entity: number | null) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.sentence = sentence;
    this.entity = entity;
  }
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
  /**
   * The speaker a noun phrase (tokens [from, to] of a sentence) refers to, resolved to the fullest
   * name known before it; `resolved: false` when it could not be tied to a name.
   */
  resolve(sentence: number, from: number, to: number): Speaker | null;
}

const CONNECTORS = new Set(["of", "for", "de", "del", "al", "bin", "van", "von", "der", "la", "le", "du", "da", "dos", "the", "and"]);
const POSSESSIVE = /[’']s$/;
/** POSSESSIVE.test, by the string's end (asked of every capitalised word). */
const isPossessive = (w: string) => w.endsWith("’s") || w.endsWith("'s");
// (asked of every token: kept with the word facts, lexicon.ts inWordSet)
const isRoleWord = inWordSet(ROLE_WORDS);
const isNotName = inWordSet(NOT_NAME);
// a capital initial or an abbreviated title, whose period stays inside the name ("Lt. Col. Smith", "J. Smith")
const ABBREVIATION = new RegExp(`^(?:[A-Z]|${[...TITLE_ABBREVIATIONS, ...PLACE_ABBREVIATIONS].map(capitalised).join("|")})$`);

const strip = (s: string) => s.replace(POSSESSIVE, "");
// names are compared by their last word again and again (every capitalised word against every person so
// far): split each name once
const NAME_PARTS = new Map<string, { last: string; count: number }>();
function nameParts(name: string): { last: string; count: number } {
  let parts = NAME_PARTS.get(name);
  if (!parts) {
    const words = name.split(/\s+/);
    parts = { last: words[words.length - 1].toLowerCase(), count: words.length };
    if (NAME_PARTS.size > 100_000) NAME_PARTS.clear();
    NAME_PARTS.set(name, parts);
  }
  return parts;
}
const lastWord = (s: string) => nameParts(s).last;

export function findEntities(doc: AnalyzedDocument): EntityIndex {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const places: string[][] = doc.sentences.map(() => []);
  const text = doc.text;

  // A person is known by the last word of their name ("Rahimzoda" is "Ramazon Rahimzoda"): each last word
  // names one person of the document, the first with it, whose name grows to the fullest met. (Looked up
  // here rather than by comparing every person so far with every name: 4% of extract() on PolNeAR train.)
  const personByLast = new Map<string, number>();
  const personFor = (name: string, role: string | null): number => {
    const { last, count } = nameParts(name);
    const e = personByLast.get(last);
    if (e !== undefined) {
      const x = entities[e];
      if (count > nameParts(x.name).count) x.name = name;
      if (role && !x.role) noteRole(e, (x.role = role));
      return e;
    }
    entities.push({ name, kind: "person", role });
    personByLast.set(last, entities.length - 1);
    if (role) noteRole(entities.length - 1, role);
    return entities.length - 1;
  };
  // The person most recently given a role with a word ("minister" → the Interior Minister), by word: a
  // role is set once, so the latest person holding each word is kept as roles are given (every role
  // mention scanned every entity so far).
  const roleHolder = new Map<string, number>();
  const noteRole = (e: number, role: string) => {
    for (const w of role.toLowerCase().split(/\s+/)) if (!(roleHolder.get(w)! >= e)) roleHolder.set(w, e);
  };
  const roleEntity = (word: string): number | null => roleHolder.get(word) ?? null;
  // An organisation is the first whose name is the name met, ends with it or ends it, word by word ("the
  // Interior Ministry" is "Ministry"). Looked up by each name's word suffixes rather than by comparing
  // every organisation so far: a name only grows to one it ends, so a suffix once filed stays one.
  const orgBySuffix = new Map<string, number>(); // every word suffix of an organisation's name (its name too)
  const orgByName = new Map<string, number[]>(); // organisations by the whole name they had (checked: names grow)
  const suffixes = (name: string) => {
    const out = [name];
    for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) out.push(name.slice(i + 1));
    return out;
  };
  const fileOrg = (e: number, name: string) => {
    for (const s of suffixes(name)) if (!(orgBySuffix.get(s)! <= e)) orgBySuffix.set(s, e);
    const same = orgByName.get(name);
    if (same) same.push(e); else orgByName.set(name, [e]);
  };
  const orgFor = (name: string): number => {
    // the name met is one's name or ends it (" " + name), or one's name ends the name met
    let e = orgBySuffix.get(name) ?? -1;
    const [, ...proper] = suffixes(name);
    for (const s of proper)
      for (const x of orgByName.get(s) ?? []) if (entities[x].name === s && (e < 0 || x < e)) e = x;
    if (e >= 0) {
      if (name.length > entities[e].name.length) fileOrg(e, (entities[e].name = name));
      return e;
    }
    entities.push({ name, kind: "organization", role: null });
    fileOrg(entities.length - 1, name);
    return entities.length - 1;
  };
  const addMention = (sentence: number, start: number, end: number, kind: MentionKind, entity: number | null) =>
    mentions.push(new MentionRecord(start, end, text.slice(start, end), kind, sentence, entity));

  doc.sentences.forEach((s, si) => {
    const tokens = doc.tokens[si];
    let pendingPlace: string | null = null; // "Tajikistan’s" before "Interior Ministry"
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j];
      // lower-case role nouns after a determiner: "the minister", "the interior minister"
      if (!t.cap && t.kind === "word" && isRoleWord(t) && j > 0 && !tokens[j + 1]?.cap) {
        let k = j - 1;
        while (k > 0 && tokens[k].kind === "word" && !DETERMINERS.has(tokens[k].lower) && !tokens[k].cap && j - k < 3) k--;
        if (DETERMINERS.has(tokens[k].lower)) {
          const e = roleEntity(t.lower);
          addMention(si, tokens[k].start, t.end, "role", e);
        }
        continue;
      }
      if (!(t.kind === "word" && t.cap) || isNotName(t)) { pendingPlace = null; continue; }
      // a capitalised common word opening a sentence is not a name unless a name follows
      if (j === 0 && isCommonToken(t) && !(tokens[1]?.cap && tokens[1].kind === "word")) continue;
      // the capitalised sequence
      let k = j;
      const parts: Token[] = [];
      while (k < tokens.length) {
        const u = tokens[k];
        if (u.kind === "word" && u.cap && !isNotName(u)) {
          parts.push(u);
          k++;
          if (isPossessive(u.text)) break;
          continue;
        }
        if (u.text === "." && parts.length && ABBREVIATION.test(parts[parts.length - 1].text) && tokens[k + 1]?.cap && tokens[k + 1].start === u.end + 1) { k++; continue; }
        if (CONNECTORS.has(u.lower) && parts.length && tokens[k + 1]?.cap && tokens[k + 1].kind === "word" && u.lower !== "and") { parts.push(u); k++; continue; }
        break;
      }
      while (parts.length && CONNECTORS.has(parts[parts.length - 1].lower)) parts.pop();
      // a sentence-initial common word heading the sequence ("Over", "The") is not part of it
      if (j === 0 && parts.length > 1 && isCommonToken(parts[0]) && !ROLE_WORDS.has(parts[0].lower) && !ROLE_WORDS.has(parts[1].lower) && !placeName(parts[0].text)) parts.shift();
      j = k - 1;
      if (!parts.length) continue;
      const start = parts[0].start;
      const last = parts[parts.length - 1];
      const possessive = isPossessive(last.text);
      const end = possessive ? last.end - 2 : last.end;
      const name = text.slice(start, end);
      const words = parts.map((p) => strip(p.text));

      // places, also inside a longer sequence ("Dushanbe Airport" is not a place, "Syria" is)
      const place = placeName(name);
      if (place) {
        places[si].push(place);
        addMention(si, start, end, "place", null);
        pendingPlace = possessive ? name + text.slice(end, last.end) : null;
        continue;
      }
      for (let a = 0; a < words.length; a++)
        for (let b = Math.min(words.length, a + placeWordsFrom(words[a])); b > a; b--) {
          const p = placeName(b === a + 1 ? words[a] : words.slice(a, b).join(" "));
          if (p && !(ORG_HEADS.has(words[words.length - 1].toLowerCase()) && b < words.length)) { places[si].push(p); a = b - 1; break; }
        }

      const lowers = words.map((w) => w.toLowerCase());
      // organisations: a head word at the end ("Interior Ministry") or first ("Ministry of Interior"), acronyms
      if (ORG_HEADS.has(lowers[lowers.length - 1]) || (lowers.length > 2 && ORG_HEADS.has(lowers[0]) && lowers[1] === "of") || (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]))) {
        const full = pendingPlace ? `${pendingPlace} ${name}` : name;
        addMention(si, start, end, "organization", orgFor(full));
        pendingPlace = null;
        continue;
      }
      pendingPlace = null;
      // a role in front of a name: "Interior Minister Ramazon Rahimzoda", "Sen. Lindsey Graham"
      let r = -1;
      for (let a = 0; a < lowers.length; a++) if (ROLE_WORDS.has(lowers[a]) || HONORIFICS.has(lowers[a])) r = a;
      if (r === lowers.length - 1) {
        // the sequence is only a role ("Interior Minister", "the President")
        if (ROLE_WORDS.has(lowers[r])) addMention(si, start, end, "role", roleEntity(lowers[r]));
        continue;
      }
      let role: string | null = null;
      let nameStart = start;
      if (r >= 0) {
        const roleWords = words.slice(0, r + 1).filter((w) => !HONORIFICS.has(w.toLowerCase()));
        role = roleWords.length ? roleWords.join(" ") : null;
        nameStart = parts[r + 1].start;
      } else {
        // a lower-case role just before: "interior minister Ramazon Rahimzoda"
        const prev = tokens[j - parts.length];
        if (prev && ROLE_WORDS.has(prev.lower) && !prev.cap) role = prev.text;
      }
      const personName = text.slice(nameStart, end);
      const nameWords = personName.split(/\s+/);
      if (nameWords.length === 1 && r < 0) {
        // a single capitalised word is a person only when it is a known surname or an honorific precedes it
        const lower = personName.toLowerCase();
        const known = personByLast.get(lower);
        if (known !== undefined) addMention(si, nameStart, end, "person", known);
        continue;
      }
      if (nameWords.some((w) => isCommonWord(w.toLowerCase()) && !/^\p{Lu}/u.test(w))) continue;
      // "the New Years attack", "the Islamic State group": a capitalised sequence after an article names a thing
      const det = tokens[j - parts.length];
      if (r < 0 && det && (det.lower === "the" || det.lower === "a" || det.lower === "an")) continue;
      // an appositive role after the name: "Ramazon Rahimzoda, the interior minister,"
      if (!role && tokens[k]?.text === ",") {
        let m = k + 1;
        if (DETERMINERS.has(tokens[m]?.lower ?? "") || isPossessive(tokens[m]?.text ?? "")) m++;
        const from = m;
        while (m < tokens.length && m - from < 4 && tokens[m].kind === "word" && !ROLE_WORDS.has(tokens[m].lower)) m++;
        if (m < tokens.length && ROLE_WORDS.has(tokens[m].lower)) role = text.slice(tokens[from].start, tokens[m].end);
      }
      addMention(si, nameStart, end, "person", personFor(personName, role));
    }
  });

  const placesIn = (sentence: number) => [...new Set(places[sentence] ?? [])];

  // The mentions are in text order (as they nearly always are as found; else once the first is added
  // below, which sorts them): a resolution then reads only those before the phrase or inside it, found by
  // bisection, not all of them (every cue asked every mention of the text: 23% of extract() at 1 MB).
  let ordered = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start);
  /** The index of the first mention starting after `offset` (in ordered mentions). */
  const after = (offset: number) => {
    let lo = 0, hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  const resolve = (sentence: number, from: number, to: number): Speaker | null => {
    const tokens = doc.tokens[sentence];
    if (from < 0 || to >= tokens.length || from > to) return null;
    const start = tokens[from].start;
    const end = tokens[to].end;
    const mention = text.slice(start, end);
    const head = tokens[to];
    const before = (m: Mention) => m.start < start;
    const speaker = (e: number, resolved = true): Speaker => ({
      name: entities[e].name, mention, kind: entities[e].kind === "place" ? "organization" : (entities[e].kind as SpeakerKind),
      role: entities[e].role, resolved, start, end,
    });

    if (from === to && PRONOUNS_PERSON.has(head.lower)) {
      for (let i = ordered ? after(start - 1) - 1 : mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        // (in order, the earlier ones are further back still)
        if (ordered && m.sentence < sentence - 6) break;
        if (!before(m) || m.sentence < sentence - 6) continue;
        if ((m.kind === "person" || m.kind === "role") && m.entity !== null && entities[m.entity].kind === "person") return speaker(m.entity);
      }
      return { name: mention, mention, kind: "person", role: null, resolved: false, start, end };
    }
    if (from === to && PRONOUNS_GROUP.has(head.lower)) {
      return { name: mention, mention, kind: "group", role: null, resolved: false, start, end };
    }
    // a named mention inside the phrase: the last one is its head ("Interior Minister Ramazon Rahimzoda")
    let inside: Mention | null = null;
    for (let i = ordered ? after(start - 1) : 0, to = ordered ? after(end) : mentions.length; i < to; i++) {
      const m = mentions[i];
      if (m.start >= start && m.end <= end && m.entity !== null && m.kind !== "place") inside = m;
    }
    if (inside && inside.entity !== null) return speaker(inside.entity);

    const det = DETERMINERS.has(tokens[from].lower);
    if (ROLE_WORDS.has(head.lower)) {
      const e = roleEntity(head.lower);
      if (e !== null && det) return speaker(e);
      return { name: det ? text.slice(tokens[from + 1]?.start ?? start, end) : mention, mention, kind: "person", role: head.text, resolved: false, start, end };
    }
    if (ORG_HEADS.has(head.lower) && !head.cap) {
      for (let e = entities.length - 1; e >= 0; e--)
        if (entities[e].kind === "organization" && lastWord(entities[e].name) === head.lower) return speaker(e);
      return { name: det ? text.slice(tokens[from + 1]?.start ?? start, end) : mention, mention, kind: "organization", role: null, resolved: false, start, end };
    }
    if (GROUP_WORDS.has(head.lower) || (head.lower.endsWith("s") && (!head.cap || isCommonToken(head)))) {
      const name = det && tokens[from].lower === "the" ? text.slice(tokens[from + 1]?.start ?? start, end) : mention;
      return { name, mention, kind: "group", role: null, resolved: true, start, end };
    }
    if (head.cap && !placeName(strip(head.text)) && !(to === 0 && isCommonToken(head))) {
      // an unknown capitalised name used as a subject: a person from here on
      const capFrom = tokens.slice(from, to + 1).findIndex((t) => t.cap && !HONORIFICS.has(t.lower) && !ROLE_WORDS.has(t.lower));
      if (capFrom >= 0) {
        const nameStart = tokens[from + capFrom].start;
        const name = text.slice(nameStart, end);
        if (ORG_HEADS.has(head.lower)) return speaker(orgFor(name));
        const e = personFor(name, null);
        const m = new MentionRecord(nameStart, end, name, "person", sentence, e);
        // (where a stable sort would put it: after every mention starting at or before it)
        if (ordered) mentions.splice(after(nameStart), 0, m);
        else {
          mentions.push(m);
          mentions.sort((a, b) => a.start - b.start);
          ordered = true;
        }
        return speaker(e);
      }
    }
    return { name: mention, mention, kind: head.cap ? "organization" : "group", role: null, resolved: false, start, end };
  };

  return { mentions, entities, placesIn, resolve };
}
