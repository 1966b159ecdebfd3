// The places a document is about as a whole, for its figures whose sentence names none: those its
// headline names, else the places its lead (the first paragraph of prose) names most often, unless it sets a wider scope. A dateline's
// city is where the reporter was, and a table or a heading before the prose names no frame.

import type { AnalyzedDocument } from "../document.js";
import { tokenize, type Token } from "../../text/tokens.js";
import { findPlaceMentions, type PlaceMention } from "./place-mentions.js";
import { WIDE_SCOPE } from "../../language/places.js";

/** a sentence of at least this many words is prose, not a heading, a dateline or a table's row */
const PROSE_WORDS = 10;
/** a first paragraph of one sentence of at most this many words is a headline */
const HEADLINE_WORDS = 14;

export function documentFrame(doc: AnalyzedDocument, places: PlaceMention[][], isPerson: (name: string) => boolean): string[] {
  // the headline: the title the normaliser found, else a first paragraph of one short sentence
  const first = doc.sentences[0];
  const headline = doc.title ? doc.title
    : first && doc.sentences[1]?.paragraph !== first.paragraph && words(doc.tokens[0]).length <= HEADLINE_WORDS ? first : null;
  if (headline) {
    const tokens = doc.title ? tokenize(doc.text, headline.start, headline.end) : doc.tokens[0];
    const w = words(tokens);
    // a headline in title case names its places word by word ("San Bernardino Terror Suspect Named …")
    const titleCase = w.length > 2 && w.filter((t) => t.cap).length >= 0.6 * w.length;
    const named = findPlaceMentions(doc.text, tokens, isPerson, titleCase);
    if (named.length) return mostNamed(named);
  }
  // the first paragraph of prose after it, unless it sets a wider scope than its places ("a poll in all 50
  // states … how Utah may be the state to watch")
  const lead = doc.sentences.find((s, i) => s !== headline && words(doc.tokens[i]).length >= PROSE_WORDS);
  if (!lead) return [];
  const paragraph = doc.sentences.filter((s) => s.paragraph === lead.paragraph);
  if (WIDE_SCOPE.test(doc.text.slice(paragraph[0].start, paragraph[paragraph.length - 1].end))) return [];
  return mostNamed(paragraph.flatMap((s) => places[s.index]));
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
