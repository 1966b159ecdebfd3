// The places a run of tokens names, where they are, and as the article names them: gazetteer names
// (places.ts), names the words around them make places ("Kidapawan City", "the Maidan Wardak province",
// "San Bernardino, California", "Magnitogorsk, a city in …", "in Sultan Kudarat"), and nationality
// adjectives before a thing ("the Polish market" is in Poland; "Tajik citizens" only come from
// Tajikistan). A place word inside an organisation's or an outlet's name ("US Geological Survey",
// "Alliance Party of Northern Ireland") is that organisation's, not a place the text is about.

import type { Token } from "../../text/tokens.js";
import { firstTag, isCommonToken, isCommonWord } from "../../language/lexicon.js";
import { NOT_NAME, ORG_HEADS, ROLE_WORDS } from "../../language/name-words.js";
import {
  FEATURE_NAME_HEADS, LEGISLATOR_TITLES, LOCATIVE_PREPOSITIONS, ORG_NAME_WORDS, ORIGIN_NOUNS, RESIDENTS, SPEECH_WORDS, PLACE_APPOSITIVES, PLACE_NAME_HEADS, PLACE_NOUNS_AFTER, PLACE_NOUNS_BEFORE,
} from "../../language/places.js";
import { demonymPlace, fromCapitals, placeAsNamed, placeName, placeWordsFrom } from "./places.js";
import { isPossessive, lowerWord, strip } from "./possessive.js";

export interface PlaceMention {
  /** the place as the article names it ("Britain", "Kidapawan City"; "U.S." → "United States"; "Polish" → "Poland") */
  name: string;
  /** the same for every name of one place ("Britain", "UK" → "United Kingdom") */
  key: string;
  start: number;
  end: number;
  /** named by a nationality adjective ("the Polish market") */
  demonym: boolean;
  /** where something was said ("told reporters in Geneva", "a news conference in Jakarta"), which need not be what a figure is about */
  saidIn?: boolean;
}

/** tags of words that follow a nationality adjective used as a noun (a language, a people), not a thing it modifies */
const NOT_A_THING = /^(?:CC|IN|TO|DT|PRP\$?|MD|VB[DZP]?|RB|WDT|WP)$/;
const OPENING_QUOTES = new Set(['"', "“", "‘", "'", "("]);
const CONNECTORS = new Set(["of", "de", "del", "la", "al", "el", "upon"]);
// (nor a span of months or days written as one word: "June-August", "Monday-Friday")
const isCapWord = (t: Token | undefined) => !!t && t.kind === "word" && t.cap && !NOT_NAME.has(t.lower) &&
  !(t.lower.includes("-") && NOT_NAME.has(t.lower.slice(0, t.lower.indexOf("-"))));
const orgWord = (lower: string) => ORG_HEADS.has(lower) || ORG_NAME_WORDS.has(lower);

/**
 * The places named in `tokens` (one sentence, or a headline). `isPerson(name)`: whether a capitalised name
 * is a person of the document (then "in Clinton’s" names no place). `headline`: the words are capitalised
 * as a title's, so only gazetteer names count, word by word.
 */
export function findPlaceMentions(text: string, tokens: Token[], isPerson: (name: string) => boolean, headline = false): PlaceMention[] {
  const out: PlaceMention[] = [];
  // a heading set in capitals ("BLAST KILLS 11 IN TURKEY") is read as a headline, its words in their own case
  const capitals = inCapitals(tokens);
  headline ||= capitals;
  for (let j = 0; j < tokens.length; j++) {
    if (!isCapWord(tokens[j])) continue;
    // the capitalised sequence [j, k)
    let k = j + 1;
    while (k < tokens.length && !isPossessive(tokens[k - 1].text)) {
      if (isCapWord(tokens[k])) k++;
      else if (CONNECTORS.has(tokens[k].lower) && isCapWord(tokens[k + 1]) && !headline) k += 2;
      else break;
    }
    // a currency's country prefix names no place ("US$473", "HK$20")
    if (tokens[k]?.text === "$" && tokens[k].start === tokens[k - 1].end) {
      j = k - 1;
      continue;
    }
    let from = j;
    // a sentence's first word (past an opening quote) or an article heading the sequence is not part of the name ("The", "Over", "“In")
    if ((from === 0 || (from === 1 && OPENING_QUOTES.has(tokens[0].text))) && k - from > 1 && isCommonToken(tokens[from]) && !placeName(strip(tokens[from].text)) && !placeName(text.slice(tokens[from].start, strip(tokens[k - 1].text) === tokens[k - 1].text ? tokens[k - 1].end : tokens[k - 1].end - 2))) from++;
    j = k - 1;
    const found = out.length;
    if (headline) gazetteerPlaces(text, tokens.slice(from, k), out, capitals);
    else readSequence(text, tokens, from, k, isPerson, out);
    // (a legislator's state is his, not the text's: "Vermont Sen. Bernie Sanders", "Senator Ted Cruz of Texas")
    for (let m = out.length - 1; m >= found; m--) if (legislatorsPlace(tokens, from, k, out[m])) out.splice(m, 1);
    if (out.length > found && out[found].start === tokens[from].start && speechBefore(tokens, from)) out[found].saidIn = true;
  }
  return out;
}

/** how many words before "in" a word of speaking is looked for ("told reporters in", "at his annual news conference in") */
const SPEECH_REACH = 4;
/** Whether the name at token `at` follows "in" after a word of speaking: where something was said. */
function speechBefore(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== "in") return false;
  for (let i = at - 2; i >= 0 && at - 2 - i < SPEECH_REACH; i--) {
    if (tokens[i].kind !== "word") return false;
    if (SPEECH_WORDS.has(tokens[i].lower)) return true;
  }
  return false;
}

const isTitle = (t: Token | undefined) => !!t && LEGISLATOR_TITLES.has(t.lower);
/**
 * Whether place `m`, read from the capitalised sequence [from, to), is the state or district of a legislator's
 * title: the title follows it ("Vermont Sen. Bernie Sanders", "Texas Senator Ted Cruz") or comes before it and "of"
 * or "from", with at most the legislator's name between ("Sen. Marco Rubio of Florida", "the senator from Vermont").
 */
function legislatorsPlace(tokens: Token[], from: number, to: number, m: PlaceMention): boolean {
  let a = from;
  while (a < to && tokens[a].start < m.start) a++;
  let b = a;
  while (b + 1 < to && tokens[b + 1].end <= m.end) b++;
  if (isTitle(tokens[b + 1])) return tokens[b + 1].cap;
  const of = tokens[a - 1];
  if (!of || (of.lower !== "of" && of.lower !== "from")) return false;
  for (let i = a - 2, names = 0; i >= 0 && names <= 3; i--, names++) {
    if (isTitle(tokens[i])) return true;
    if (tokens[i].text === ".") { names--; continue; }
    if (!tokens[i].cap) return false;
  }
  return false;
}

/** the gazetteer's names inside a sequence, the longest first; `capitals`: its words are set in capitals ("TURKEY", but "UAE") */
function gazetteerPlaces(text: string, seq: Token[], out: PlaceMention[], capitals = false): void {
  const words = seq.map((t) => strip(t.text));
  const cased = capitals ? seq.map((t) => strip(fromCapitals(t.text))) : words;
  for (let a = 0; a < words.length; a++)
    for (let b = Math.min(words.length, a + Math.max(placeWordsFrom(words[a]), placeWordsFrom(cased[a]))); b > a; b--) {
      let written = b === a + 1 ? words[a] : words.slice(a, b).join(" ");
      if (!placeName(written) && capitals) written = b === a + 1 ? cased[a] : cased.slice(a, b).join(" ");
      if (!placeName(written)) continue;
      out.push(mention(placeAsNamed(written), seq[a].start, seq[a].start + written.length, false));
      a = b - 1;
      break;
    }
}

/** whether a sentence is set in capitals: most of its words of two letters or more are ("ELEVEN KILLED IN TURKEY BLAST") */
function inCapitals(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || t.text.length < 2) continue;
    words++;
    if (t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) caps++;
  }
  return words >= 3 && caps >= 0.6 * words;
}

function mention(name: string, start: number, end: number, demonym: boolean): PlaceMention {
  return { name, key: placeName(name) ?? name, start, end, demonym };
}

// (read token by token, without arrays of the sequence's words: it is asked of every capitalised sequence)
function readSequence(text: string, tokens: Token[], from: number, to: number, isPerson: (name: string) => boolean, out: PlaceMention[]): void {
  const first = tokens[from];
  const start = first.start;
  const last = tokens[to - 1];
  const end = isPossessive(last.text) ? last.end - 2 : last.end;
  const written = text.slice(start, end);
  const next = tokens[to];

  // (a place's whole name, even with an organisation's word in it: "the Granite State")
  if (placeName(written)) {
    out.push(mention(placeAsNamed(written), start, end, false));
    return;
  }
  // an organisation's or an outlet's name: its place words are its own
  for (let i = from; i < to; i++) if (orgWord(lowerWord(tokens[i]))) return;
  // the people of a state or a city, leading the sequence ("Iowans", "New Yorkers", "Floridians Jeb Bush and …")
  const residents = residentsOf(text, tokens, from, to);
  if (residents) {
    out.push(mention(residents.place, start, residents.end, true));
    return;
  }
  // a nationality adjective before a thing, not before people ("Polish market", "Afghan government", "French President")
  const firstWord = strip(first.text);
  const demonym = demonymPlace(firstWord);
  if (demonym && !placeName(firstWord)) {
    // (a word that can head or modify a thing, past a coordination: "Thai and 74 Malaysian stores", but not
    // "in English and Spanish and had", the languages a poll was run in)
    const head = next && (next.lower === "and" || next.lower === "or") ? tokens.slice(to + 1, to + 4).find((t) => t.kind === "word" && !t.cap) : next;
    const thing = to - from === 1 ? !!next && next.kind === "word" && !next.cap && !ORIGIN_NOUNS.has(next.lower) && !!head && !NOT_A_THING.test(firstTag(head.lower) ?? "NN") : ROLE_WORDS.has(lowerWord(tokens[from + 1]));
    if (thing) out.push(mention(demonym, first.start, first.end, true));
    return;
  }
  const context = contextPlace(tokens, from, to);
  if (context === "named" || (context === "located" && !isPerson(written))) {
    out.push(mention(written, start, end, false));
    return;
  }
  // (one word is its own only name, which the gazetteer lacks: placeName(written) above)
  if (to - from === 1 && firstWord === written) return;
  // "New York Governor Andrew Cuomo" names New York
  gazetteerPlaces(text, tokens.slice(from, to), out);
}

/** The place whose people the first one or two words of the sequence [from, to) name, and where those words end. */
function residentsOf(text: string, tokens: Token[], from: number, to: number): { place: string; end: number } | null {
  for (let b = from + 1; b <= Math.min(to, from + 2); b++) {
    const w = text.slice(tokens[from].start, tokens[b - 1].end);
    const place = RESIDENTS[w] ?? RESIDENTS[`${w}s`];
    if (place) return { place, end: tokens[b - 1].end };
  }
  return null;
}

// what is "published in" or "appeared in" is a journal or a paper ("findings published last week in Marine Ecology")
const PUBLISHED = new Set(["published", "publishes", "publish", "appeared", "appears", "appear"]);
/** True when the preposition at token k ends a clause about where something was published. */
function publishedIn(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 6; i--) {
    const t = tokens[i];
    if (t.kind !== "word") return false;
    if (PUBLISHED.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the words around a capitalised sequence make it a place: "named" one (a place noun says so),
 * "located" (only a locative preposition does, so a person's name there is not one), or null.
 */
function contextPlace(tokens: Token[], from: number, to: number): "named" | "located" | null {
  const next = tokens[to], after = tokens[to + 1], before = tokens[from - 1];
  // one common word written with a capital ("The", "Yesterday", "Central") names no place by its context alone
  const commonWord = to - from === 1 && isCommonWord(lowerWord(tokens[from]));
  // "Kidapawan City", "Orange County", "the Natuna Sea"
  if (to - from > 1 && (PLACE_NAME_HEADS.has(lowerWord(tokens[to - 1])) || FEATURE_NAME_HEADS.has(lowerWord(tokens[to - 1])))) return "named";
  // "the Maidan Wardak province", "the Ural region" (not "The city of …", "This region": a common word before it)
  if (next?.kind === "word" && !next.cap && PLACE_NOUNS_AFTER.has(next.lower) && !commonWord) return "named";
  // "the city of Aleppo"
  if (before?.lower === "of" && tokens[from - 2] && PLACE_NOUNS_BEFORE.has(tokens[from - 2].lower)) return "named";
  // "San Bernardino, California", "Magnitogorsk, a city in …"
  if (next?.text === "," && after) {
    // an adverb or a day opening the sentence is no city ("Yesterday, Chile said …", "Meanwhile, Peru …")
    const opensSentence = !before || /^[.!?"“”]$/.test(before.text);
    if (opensSentence && commonWord) return null;
    if (after.cap && placeName(strip(after.text)) && !isCapWord(tokens[to + 2])) return "located";
    if ((after.lower === "a" || after.lower === "the") && PLACE_APPOSITIVES.has(tokens[to + 2]?.lower ?? "")) return "named";
  }
  // "in Magnitogorsk", "near Sultan Kudarat": not an acronym, not a common word written with a capital
  if (before && LOCATIVE_PREPOSITIONS.has(before.lower) && !before.cap) {
    if (commonWord || (to - from === 1 && /^[A-Z]{2,}$/.test(strip(tokens[from].text)))) return null;
    if (publishedIn(tokens, from - 1)) return null;
    return "located";
  }
  return null;
}
