// The places a figure is about: those named in its own clause ("21 injured in Davao del Sur, 36 in North
// Cotabato": each figure its own), else those its sentence names that follow no other figure in its clause,
// else those of the question it answers, else those its passage named before it, else the document's frame
// (its headline's or lead's places).

import type { Token } from "../../text/tokens.js";
import type { Quantity, Span } from "../../types.js";
import type { PlaceMention } from "../entities/entities.js";
import { WIDE_SCOPE } from "../../language/places.js";

/** punctuation that ends a figure's clause */
const BOUNDARY_MARKS = new Set([",", ";", ":", "—", "–", "(", ")", "-", "--"]);
/** words that start another clause */
const BOUNDARY_WORDS = new Set(["while", "whereas", "but", "compared", "although", "though"]);
/** words that join two figures' phrases ("2000 Thai and 74 Malaysian stores"): each figure's own side */
const JOINERS = new Set(["and", "or"]);

/**
 * The span of a figure's clause in its sentence's tokens: to the punctuation or clause word either side,
 * or a joiner next to another figure; a comma in a list of places does not end it ("20% in Texas, Ohio
 * and Iowa").
 */
export function clauseOf(tokens: Token[], q: Span, figures: readonly Span[], places: readonly PlaceMention[] = []): Span {
  let from = tokens.findIndex((t) => t.end > q.start);
  if (from < 0) return q;
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1].start < q.end) to++;
  const startsFigure = (t: Token | undefined) => !!t && figures.some((f) => f.start === t.start);
  const listComma = (i: number) => tokens[i].text === "," && i > 0 && i + 1 < tokens.length &&
    places.some((m) => m.end === tokens[i - 1].end || m.end === tokens[i - 1].end - 2) && places.some((m) => m.start === tokens[i + 1].start);
  const isBoundary = (i: number) => (BOUNDARY_MARKS.has(tokens[i].text) && !listComma(i)) || BOUNDARY_WORDS.has(tokens[i].lower);
  // leftwards: a joiner just before the figure belongs to the phrase before ("… Thai and 74 …")
  if (!(from > 0 && JOINERS.has(tokens[from - 1].lower))) while (from > 0 && !isBoundary(from - 1)) from--;
  while (to + 1 < tokens.length && !isBoundary(to + 1) && !(JOINERS.has(tokens[to + 1].lower) && startsFigure(tokens[to + 2]))) to++;
  return { start: Math.min(tokens[from].start, q.start), end: Math.max(tokens[to].end, q.end) };
}

const inside = (m: PlaceMention, s: Span) => m.start >= s.start && m.end <= s.end;
const names = (ms: PlaceMention[]) => [...new Set(ms.map((m) => m.name))];

/**
 * The places of figure `q` of a sentence. `figures`: the sentence's figures (dates not among them);
 * `mentions`: the places the sentence names; `asked`: those of the question the figure answers;
 * `passage`: those named before it in its passage; `frame`: the document's; neither when the sentence (`text`) puts the figure wider ("worldwide", "across all 50 states").
 */
export function claimPlaces(text: string, tokens: Token[], q: Quantity, figures: readonly Span[], mentions: PlaceMention[], asked: string[], passage: string[], frame: string[]): string[] {
  if (mentions.length) {
    const own = clauseOf(tokens, q, figures, mentions);
    const inClause = mentions.filter((m) => inside(m, own));
    // where it was said is not all a figure is about ("told reporters in Geneva that 40 …"): the passage's or the frame's too
    if (inClause.length && inClause.every((m) => m.saidIn)) return [...new Set([...names(inClause), ...(passage.length ? passage : frame)])];
    if (inClause.length) return names(inClause);
    // the places that follow another figure in its clause are that figure's ("36 in North Cotabato");
    // those before it may be the whole sentence's ("the casinos in Atlantic City reported $2.17 billion, …")
    const others = figures.filter((f) => f.start !== q.start).map((f) => ({ start: f.start, end: clauseOf(tokens, f, figures, mentions).end }));
    const free = mentions.filter((m) => !others.some((c) => inside(m, c)));
    if (free.length) return names(free);
  }
  if (asked.length) return asked;
  if (WIDE_SCOPE.test(text)) return [];
  return passage.length ? passage : frame;
}
