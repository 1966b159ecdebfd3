// The places a passage has named (passagePlaces), and those a document is about as a whole: its dateline's
// ("DHAKA, Nov 27 (Reuters) -": a wire story is filed from where it happens), and those its headline names, else
// the places its lead (the first paragraph of prose that names one) names most often, unless it sets a wider
// scope. A table or a heading before the prose names no frame.

import type { AnalyzedDocument } from "../document.js";
import { tokenize, type Token } from "../../text/tokens.js";
import { findPlaceMentions, type PlaceMention } from "./place-mentions.js";
import { fromCapitals, placeAsNamed, placeKey, placeKind, placeName } from "./places.js";
import { datelineLength, datelineTokens } from "../../text/dateline.js";
import { PLACE_ANAPHOR, WIDE_SCOPE } from "../../language/places.js";

/** a sentence of at least this many words is prose, not a heading, a dateline or a table's row */
const PROSE_WORDS = 10;
/** a first paragraph of one sentence of at most this many words is a headline */
const HEADLINE_WORDS = 14;

export function documentFrame(doc: AnalyzedDocument, places: PlaceMention[][], isPerson: (name: string) => boolean): string[] {
  const dateline = datelinePlaces(doc);
  const named = headlineOrLead(doc, places, isPerson).filter((n) => !dateline.some((d) => placeKey(d) === placeKey(n)));
  return [...dateline, ...named];
}

/** how many paragraphs may be a title and a subtitle when no headline was found: the lead's places are read past them */
const TITLE_PARAGRAPHS = 1;

/** The places of a dateline opening one of the first sentences ("SAN JUAN, Puerto Rico (AP) -" → San Juan, Puerto Rico). */
function datelinePlaces(doc: AnalyzedDocument): string[] {
  for (const s of doc.sentences.slice(0, 3)) {
    const line = doc.text.slice(s.start, s.start + datelineLength(doc.text.slice(s.start, s.end)));
    if (!line) continue;
    // the place in capitals, then maybe a region after a comma ("Puerto Rico"), before the day, the agency, the dash
    const [city, region] = line.split(/\s*[(–—]|\s-/)[0].split(",").map((p) => p.trim());
    const out = [city.split(/\s+/).map(fromCapitals).join(" ")];
    if (region && placeName(region)) out.push(placeAsNamed(region));
    return out;
  }
  return [];
}

function headlineOrLead(doc: AnalyzedDocument, places: PlaceMention[][], isPerson: (name: string) => boolean): string[] {
  // the headline: the title the normaliser found, else a first paragraph of one short sentence
  const first = doc.sentences[0];
  const headline = doc.title ? doc.title
    : first && doc.sentences[1]?.paragraph !== first.paragraph && words(doc.tokens[0]).length <= HEADLINE_WORDS ? first : null;
  if (headline) {
    const all = doc.title ? tokenize(doc.text, headline.start, headline.end) : doc.tokens[0];
    const tokens = all.slice(datelineTokens(all));
    const w = words(tokens);
    // a headline in title case names its places word by word ("San Bernardino Terror Suspect Named …")
    const titleCase = w.length > 2 && w.filter((t) => t.cap).length >= 0.6 * w.length;
    const named = findPlaceMentions(doc.text, tokens, isPerson, titleCase);
    if (named.length) return mostNamed(named);
  }
  // the first paragraph of prose after it, unless it sets a wider scope than its places ("a poll in all 50
  // states … how Utah may be the state to watch")
  // (with no headline found, the first paragraph may be a title and its subtitle that name no place: "Cruz
  // channeling strategy he used in 2012; Question is whether it will pay off")
  let after = -1;
  for (let n = 0; n < (headline ? 1 : TITLE_PARAGRAPHS + 1); n++) {
    const lead = doc.sentences.find((s, i) => s !== headline && s.paragraph > after && words(doc.tokens[i]).length >= PROSE_WORDS);
    if (!lead) return [];
    const paragraph = doc.sentences.filter((s) => s.paragraph === lead.paragraph);
    if (WIDE_SCOPE.test(doc.text.slice(paragraph[0].start, paragraph[paragraph.length - 1].end))) return [];
    const named = mostNamed(paragraph.flatMap((s) => places[s.index]));
    if (named.length) return named;
    after = lead.paragraph;
  }
  return [];
}

/**
 * The places a sentence points back to ("Trump is still a favorite to win the state"), when it or the
 * opening sentence of its paragraph says "the state", "the country" and the like: the places of that kind
 * in the document's frame, else those of the latest sentence before it that names one; else none.
 * Worked out when a sentence is asked (only those with a figure are): reading every sentence for the
 * anaphor and carrying the places named so far through all of them was most of this for nothing.
 */
export function passagePlaces(doc: AnalyzedDocument, places: PlaceMention[][], frame: string[]): (sentence: number) => string[] {
  const kept = new Map<number, string[]>();
  const anaphor = (i: number) => {
    const s = doc.sentences[i];
    return PLACE_ANAPHOR.exec(doc.text.slice(s.start, s.end))?.[1] ?? null;
  };
  return (i) => {
    let before = kept.get(i);
    if (before) return before;
    before = [];
    // the sentence's own anaphor, else that of the last sentence opening a paragraph up to it
    let noun = anaphor(i);
    if (noun === null) {
      let p = i;
      while (p >= 0 && !doc.sentences[p].paragraphStart) p--;
      if (p >= 0 && p !== i) noun = anaphor(p);
    }
    if (noun) {
      const kind = noun === "state" ? "state" : noun === "country" || noun === "nation" ? "country" : "other";
      const ofKind = (names: string[]) => names.filter((n) => placeKind(n) === kind);
      // the latest of that kind named in its paragraph ("In Utah, … all 40 of the state's delegates"), else the frame's,
      // else those named before it (the latest sentence's first, each name once)
      before = ofKind(inParagraph(doc, places, i));
      if (!before.length) before = ofKind(frame);
      if (!before.length) before = ofKind(namedBefore(places, i));
    } else if (!places[i].length) {
      // a sentence that names no place goes on about those its paragraph (or the heading over it) named last,
      // inside the document's frame ("Hospitals in Dhaka are full. Fines ranged from …")
      const named = inParagraph(doc, places, i);
      if (named.length) before = [...new Set([...named, ...frame])];
    }
    kept.set(i, before);
    return before;
  };
}

/**
 * The places the latest sentence before sentence i in its paragraph names (not by a nationality adjective), else
 * those of a heading just over the paragraph (a paragraph of one short sentence).
 */
function inParagraph(doc: AnalyzedDocument, places: PlaceMention[][], i: number): string[] {
  const own = (k: number) => [...new Set(places[k].filter((m) => !m.demonym).map((m) => m.name))];
  let k = i - 1;
  for (; k >= 0 && doc.sentences[k].paragraph === doc.sentences[i].paragraph; k--) {
    const named = own(k);
    if (named.length) return named;
  }
  const heading = k >= 0 && (k === 0 || doc.sentences[k - 1].paragraph !== doc.sentences[k].paragraph) && words(doc.tokens[k]).length < PROSE_WORDS;
  return heading ? own(k) : [];
}

/** The places named before sentence i (not by a nationality adjective), the latest sentence's first, each once. */
function namedBefore(places: PlaceMention[][], i: number): string[] {
  const seen = new Set<string>();
  for (let k = i - 1; k >= 0; k--) for (const m of places[k]) if (!m.demonym) seen.add(m.name);
  return [...seen];
}

const words = (tokens: Token[]) => tokens.filter((t) => t.kind === "word");
/** the places named most often (by key), as first named, in the order first named */
function mostNamed(mentions: PlaceMention[]): string[] {
  const count = new Map<string, { name: string; n: number }>();
  for (const m of mentions) {
    const c = count.get(m.key);
    if (c) c.n++;
    else count.set(m.key, { name: m.name, n: 1 });
  }
  const most = Math.max(0, ...[...count.values()].map((c) => c.n));
  return [...count.values()].filter((c) => c.n === most).map((c) => c.name);
}
