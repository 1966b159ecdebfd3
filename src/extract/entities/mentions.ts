// The mentions of one sentence: capitalised sequences read as places, organisations and people (with
// the role before or after a name), and lower-case role nouns after a determiner ("the minister").

import type { AnalyzedDocument } from "../document.js";
import type { Token } from "../../text/tokens.js";
import { inWordSet, isCommonToken, isCommonWord } from "../../language/lexicon.js";
import { NOT_NAME, ORG_DESCRIPTORS, ORG_HEADS, ROLE_WORDS } from "../../language/name-words.js";
import { DETERMINERS } from "../../language/function-words.js";
import { FEATURE_NAME_HEADS, FEATURE_NAME_OPENERS, NOT_PERSON_PREPOSITIONS, PLACE_NOUNS_AFTER } from "../../language/places.js";
import { capitalised, HONORIFICS, PLACE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../../language/titles.js";
import { placeName } from "./places.js";
import { FAMILY_NAME_FIRST, type EntityRegistry } from "./registry.js";
import { isPossessive, lowerWord, strip } from "./possessive.js";
import { isSpace } from "../../text/tokens.js";

const CONNECTORS = new Set(["of", "for", "de", "del", "al", "bin", "van", "von", "der", "la", "le", "du", "da", "dos", "the", "and"]);
// (asked of every token: kept with the word facts, lexicon.ts inWordSet)
const isRoleWord = inWordSet(ROLE_WORDS);
const isNotName = inWordSet(NOT_NAME);
// a capital initial or an abbreviated title, whose period stays inside the name ("Lt. Col. Smith", "J. Smith")
const ABBREVIATION = new RegExp(`^(?:[A-Z]|${[...TITLE_ABBREVIATIONS, ...PLACE_ABBREVIATIONS].map(capitalised).join("|")})$`);

/** Finds the mentions of sentence `si` and files them and their entities in `book` (the places a claim is about: place-mentions.ts). */
/**
 * Whether "and" at k joins one organisation's name ("Securities and Exchange Commission", "Food and Drug
 * Administration"): common words before it, and capitalised words after it up to an organisation's head.
 * Two names joined ("Tesco and Salling Group") stay two.
 */
function joinedName(tokens: Token[], parts: Token[], k: number): boolean {
  if (!parts.every((p) => CONNECTORS.has(p.lower) || isCommonWord(p.lower))) return false;
  let e = k + 1;
  while (tokens[e + 1]?.kind === "word" && tokens[e + 1].cap) e++;
  return ORG_HEADS.has(tokens[e].lower);
}

/** whether text[from, to) has white space (personName.split(/\s+/) would give more than one word) */
function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether a word of text[from, to), as split at white space, is a common word not written with a capital
 * ("Smith of the Times"). (Read in place: a capitalised word, most of them, needs no string of its own.)
 */
function lowerCaseCommonWord(text: string, from: number, to: number): boolean {
  for (let a = from; a <= to; ) {
    let b = a;
    while (b < to && !isSpace(text.charCodeAt(b))) b++;
    const c = text.charCodeAt(a);
    // (/^\p{Lu}/u of the word, asked by its first character where that is ASCII)
    const capital = a < b && (c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text.slice(a, b)));
    if (!capital && isCommonWord(text.slice(a, b).toLowerCase())) return true;
    while (b < to && isSpace(text.charCodeAt(b))) b++;
    if (b >= to) break;
    a = b;
  }
  return false;
}

/**
 * Whether token j opens the sentence or a quotation or bracket in it, where any word is capitalised:
 * "If" in "“If Sanders wins…" is no part of a name, as it would not be at the sentence's first token.
 */
function opensSentence(tokens: Token[], j: number): boolean {
  let i = j - 1;
  while (i >= 0 && tokens[i].kind !== "word" && tokens[i].kind !== "number" && OPENERS.test(tokens[i].text)) {
    // (an opening mark touches the word after it and not the one before)
    if (i === 0 || tokens[i - 1].end < tokens[i].start || tokens[i - 1].kind !== "word") i--;
    else return false;
  }
  return i < 0 || tokens[i].text === ":";
}
const OPENERS = /^["“‘'(\[—-]+$/;

/**
 * A natural feature's name ("the Aral Sea", "Lake Chad", "Mount Kenya"), a name after "in" or "during"
 * ("officials in Lao Cai", "during World War II") or before a place noun ("sent to Lao Cai province"): no
 * person a pronoun could mean. (Asked only of a name not possessive: "in Maria Lopez's view" names one.)
 */
const featureOrPlace = (parts: Token[], before: Token | undefined, next: Token | undefined) =>
  FEATURE_NAME_HEADS.has(lowerWord(parts[parts.length - 1])) || (parts.length > 1 && FEATURE_NAME_OPENERS.has(lowerWord(parts[0]).replace(/\.$/, ""))) ||
  (before !== undefined && NOT_PERSON_PREPOSITIONS.has(before.lower)) || (next !== undefined && !next.cap && PLACE_NOUNS_AFTER.has(next.lower));

/** an organisation's full name and the short name in brackets after it, the bracket's last token, the organisation */
interface Aliased {
  full: [number, number];
  short: [number, number];
  last: number;
  e: number;
}

/** a short name in brackets: one word opening on a capital, no digits ("USGS", "Phivolcs") */
const SHORT_NAME = /^\p{Lu}[\p{L}&-]{1,11}$/u;

/**
 * "the Philippine Institute of Volcanology and Seismology (Phivolcs)": an organisation's full name with the
 * short name it goes by after it in brackets, filed as one organisation under both (the article cites it
 * by the short name after). The full name is the longest run of capitalised words and connectors before
 * the bracket whose initials hold the short name's capitals in order, from its first word on ("and" inside
 * it too, which ends a name elsewhere). Returns them by the full name's first token, for the scan to file
 * their mentions in text order and pass over.
 */
function bracketedAliases(doc: AnalyzedDocument, si: number, book: EntityRegistry): Map<number, Aliased> {
  const tokens = doc.tokens[si];
  const spans = new Map<number, Aliased>();
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p].text !== "(" || tokens[p + 2].text !== ")" || tokens[p + 1].kind !== "word" || !SHORT_NAME.test(tokens[p + 1].text)) continue;
    const alias = tokens[p + 1].text;
    const capitals = alias.replace(/\P{Lu}/gu, "");
    // the capitalised run before the bracket, connectors only between capitalised words
    let from = p;
    while (from > 0) {
      const u = tokens[from - 1];
      if (u.kind === "word" && u.cap && !isPossessive(u.text)) from--;
      else if (CONNECTORS.has(u.lower) && !u.cap && from < p && from - 1 > 0 && tokens[from - 2].kind === "word" && tokens[from - 2].cap) from--;
      else break;
    }
    // the longest suffix of it opening on a capitalised word whose words' initials hold the short name's capitals
    for (let a = from; a < p - 1; a++) {
      if (!tokens[a].cap || CONNECTORS.has(tokens[a].lower) || tokens[a].text[0] !== capitals[0]) continue;
      const initials = tokens.slice(a, p).filter((x) => x.cap && !CONNECTORS.has(x.lower)).map((x) => x.text[0]).join("");
      let c = 0;
      for (const x of initials) if (x === capitals[c]) c++;
      if (c < capitals.length) continue;
      const full = doc.text.slice(tokens[a].start, tokens[p - 1].end);
      if (placeName(full) || placeName(alias)) break;
      const e = book.orgFor(full);
      book.addAlias(alias, e);
      spans.set(a, { full: [tokens[a].start, tokens[p - 1].end], short: [tokens[p + 1].start, tokens[p + 1].end], last: p + 2, e });
      break;
    }
  }
  return spans;
}

/** Files the mentions of a full name and its short name, in text order; returns the bracket's last token. */
function fileAliased(book: EntityRegistry, si: number, al: Aliased): number {
  book.addMention(si, al.full[0], al.full[1], "organization", al.e);
  book.addMention(si, al.short[0], al.short[1], "organization", al.e);
  return al.last;
}

/** Files a lower-case role noun after a determiner: "the minister", "the interior minister". */
function fileRoleNoun(book: EntityRegistry, si: number, tokens: Token[], j: number): void {
  let k = j - 1;
  while (k > 0 && tokens[k].kind === "word" && !DETERMINERS.has(tokens[k].lower) && !tokens[k].cap && j - k < 3) k--;
  if (DETERMINERS.has(tokens[k].lower)) book.addMention(si, tokens[k].start, tokens[j].end, "role", book.roleEntity(tokens[j].lower));
}

/** An appositive role after a name, from the comma at token k on: "Ramazon Rahimzoda, the interior minister,". */
function appositiveRole(text: string, tokens: Token[], k: number): string | null {
  if (tokens[k]?.text !== ",") return null;
  let m = k + 1;
  if (DETERMINERS.has(tokens[m]?.lower ?? "") || isPossessive(tokens[m]?.text ?? "")) m++;
  const from = m;
  while (m < tokens.length && m - from < 4 && tokens[m].kind === "word" && !ROLE_WORDS.has(tokens[m].lower)) m++;
  return m < tokens.length && ROLE_WORDS.has(tokens[m].lower) ? text.slice(tokens[from].start, tokens[m].end) : null;
}

export function scanSentence(doc: AnalyzedDocument, si: number, book: EntityRegistry): void {
  const text = doc.text;
  const tokens = doc.tokens[si];
  let pendingPlace: string | null = null; // "Tajikistan’s" before "Interior Ministry"
  const aliased = bracketedAliases(doc, si, book);
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    const al = aliased.get(j);
    if (al) { j = fileAliased(book, si, al); pendingPlace = null; continue; }
    if (!t.cap && t.kind === "word" && isRoleWord(t) && j > 0 && !tokens[j + 1]?.cap) {
      fileRoleNoun(book, si, tokens, j);
      continue;
    }
    if (!(t.kind === "word" && t.cap) || isNotName(t)) { pendingPlace = null; continue; }
    // a capitalised common word opening a sentence is not a name unless a name follows
    const opening = opensSentence(tokens, j);
    // (or the article's name for a person: "Ban" once "Ban Ki-moon" was named, "Rice" once "Susan Rice" was)
    if (opening && isCommonToken(t) && !(tokens[j + 1]?.cap && tokens[j + 1].kind === "word") && !book.personByLast.has(lowerWord(t))) continue;
    let before: Token | undefined = tokens[j - 1];
    // the capitalised sequence
    let k = j;
    const parts: Token[] = [];
    while (k < tokens.length) {
      const u = tokens[k];
      if (aliased.has(k)) break; // (a full name with its short name in brackets is read on its own)
      if (u.kind === "word" && u.cap && !isNotName(u)) {
        parts.push(u);
        k++;
        if (isPossessive(u.text)) break;
        continue;
      }
      if (u.text === "." && parts.length && ABBREVIATION.test(parts[parts.length - 1].text) && tokens[k + 1]?.cap && tokens[k + 1].start === u.end + 1) { k++; continue; }
      if (CONNECTORS.has(u.lower) && parts.length && tokens[k + 1]?.cap && tokens[k + 1].kind === "word" && (u.lower !== "and" || joinedName(tokens, parts, k))) { parts.push(u); k++; continue; }
      break;
    }
    while (parts.length && CONNECTORS.has(parts[parts.length - 1].lower)) parts.pop();
    // a sentence-initial common word heading the sequence ("Over", "The") is not part of it (a family name
    // before a hyphenated given name is: "Ban Ki-moon")
    if (opening && parts.length > 1 && isCommonToken(parts[0]) && !ROLE_WORDS.has(parts[0].lower) && !ROLE_WORDS.has(parts[1].lower) && !placeName(parts[0].text) && !(parts.length === 2 && FAMILY_NAME_FIRST.test(text.slice(parts[0].start, parts[1].end)))) before = parts.shift();
    j = k - 1;
    if (!parts.length) continue;
    const start = parts[0].start;
    const last = parts[parts.length - 1];
    const possessive = isPossessive(last.text);
    const end = possessive ? last.end - 2 : last.end;
    const name = text.slice(start, end);

    // a place ("Syria"; "Dushanbe Airport" is not one)
    if (placeName(name)) {
      book.addMention(si, start, end, "place", null);
      pendingPlace = possessive ? name + text.slice(end, last.end) : null;
      continue;
    }
    // (the parts' words read from their tokens, not arrays of their stripped and lower-cased strings: those
    // were most of this function's 43 MiB a pass over PolNeAR train, and their strings' several
    // representations deoptimised it again and again: bench/instructions.mjs 20 2 3, steady pass 1,008M
    // instructions -> 878M, most of it TurboFan no longer recompiling this function)
    const n = parts.length;
    // organisations: a head word at the end ("Interior Ministry") or first ("Ministry of Interior"), acronyms
    if (ORG_HEADS.has(lowerWord(last)) || (n > 2 && ORG_HEADS.has(lowerWord(parts[0])) && lowerWord(parts[1]) === "of") || (n === 1 && (/^[A-Z]{2,6}$/.test(strip(parts[0].text)) || book.aliasEntity(name) !== null))) {
      const full = pendingPlace ? `${pendingPlace} ${name}` : name;
      book.addMention(si, start, end, "organization", book.orgFor(full));
      pendingPlace = null;
      continue;
    }
    pendingPlace = null;
    // a role in front of a name: "Interior Minister Ramazon Rahimzoda", "Sen. Lindsey Graham"
    let r = -1;
    for (let a = 0; a < n; a++) {
      const lower = lowerWord(parts[a]);
      if (ROLE_WORDS.has(lower) || HONORIFICS.has(lower)) r = a;
    }
    if (r === n - 1) {
      // the sequence is only a role ("Interior Minister", "the President")
      const lower = lowerWord(parts[r]);
      if (ROLE_WORDS.has(lower)) book.addMention(si, start, end, "role", book.roleEntity(lower));
      continue;
    }
    let role: string | null = null;
    let nameStart = start;
    if (r >= 0) {
      const roleWords: string[] = [];
      for (let a = 0; a <= r; a++) if (!HONORIFICS.has(lowerWord(parts[a]))) roleWords.push(strip(parts[a].text));
      role = roleWords.length ? roleWords.join(" ") : null;
      nameStart = parts[r + 1].start;
    } else {
      // a lower-case role just before: "interior minister Ramazon Rahimzoda"
      const prev = tokens[j - parts.length];
      if (prev && ROLE_WORDS.has(prev.lower) && !prev.cap) role = prev.text;
      // an organisation's description just before, a name of more than one word: "budget airline Skylark Air"
      if (prev && !prev.cap && ORG_DESCRIPTORS.has(prev.lower) && n > 1 && !possessive) {
        book.addMention(si, start, end, "organization", book.describedOrg(name, prev.lower));
        continue;
      }
    }
    const personName = text.slice(nameStart, end);
    if (r < 0 && !hasSpace(text, nameStart, end)) {
      // a single capitalised word is a person only when it is a known surname or an honorific precedes it
      const lower = personName.toLowerCase();
      const known = book.personByLast.get(lower);
      if (known !== undefined) book.addMention(si, nameStart, end, "person", known);
      continue;
    }
    if (lowerCaseCommonWord(text, nameStart, end)) continue;
    if (r < 0 && !possessive && featureOrPlace(parts, before, tokens[k])) {
      book.addMention(si, start, end, "place", null);
      continue;
    }
    // "the New Years attack", "the Islamic State group": a capitalised sequence after an article names a thing
    const det = tokens[j - parts.length];
    if (r < 0 && det && (det.lower === "the" || det.lower === "a" || det.lower === "an")) continue;
    book.addMention(si, nameStart, end, "person", book.personFor(personName, role ?? appositiveRole(text, tokens, k)));
  }
}
