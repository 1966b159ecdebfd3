// Claims: one per quantity, tied to the attribution that covers it, with what is counted, what happened
// to it, its period and places; attributed statements without a number become claims with no quantity.

import type { AnalyzedDocument } from "../document.js";
import type { Attribution } from "../attribution/index.js";
import type { EntityIndex } from "../entities/entities.js";
import { recogniseQuantities } from "../quantities/quantities.js";
import { findDateExpressions, findTimeExpressions, shift, type TimeExpression } from "../time/time.js";
import { countedFor, questionCounted, type CountedInfo, type Tense } from "./counted.js";
import { claimPlaces } from "./places.js";
import { repairVerbs } from "./verb-repair.js";
import { notAClaim } from "./not-claims.js";
import { SharePopulation } from "./population.js";
import { tagTokens, tagWindow } from "../../language/pos.js";
import { SentenceBuckets, sentenceAt } from "../span-index.js";
import type { Claim, ExtractWarning, Period, Quantity } from "../../types.js";
import type { Token } from "../../text/tokens.js";
import { WordsSoFar } from "../../text/words-so-far.js";

// A sentence that is a list of numbers ("1,000 1,000 1,000 …", 24 KB of it) made a claim per number, each
// repeating the sentence: 4,000 claims and 461 MB in a ledger. Real sentences make at most 7 (seed,
// Wikinews and PolNeAR dev); past these limits the rest is dropped with a "claims-capped" warning.
/** at most this many claims from one sentence */
export const MAX_CLAIMS_PER_SENTENCE = 50;
/** at most this many claims from one document (the first ones by position are kept) */
export const MAX_CLAIMS_PER_DOCUMENT = 5_000;

export interface ClaimContext {
  reference: string | null;
  entities: EntityIndex;
  attributions: Attribution[];
}

/** words that show a passage reports a poll or survey (the longest has 11 letters) */
const POLL = /\b(?:polls?|polling|surveys?|surveyed|respondents)\b/i;
const POLL_LONGEST = "respondents".length;
const RELATIVE = /\b(?:that|which|who|whom|whose)\b/i;
const pad = (n: number) => String(n).padStart(2, "0");

function monthOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4)), m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}` };
}

/**
 * The attribution whose content holds the span, the narrowest if several do (the first of those in their
 * order). `holding`: the attributions whose content touches the span's sentence, in their order (asking
 * every attribution for every quantity grew with the square of the text).
 */
function attributionFor(holding: readonly Attribution[], start: number, end: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of holding)
    if (!a.unclaimed && a.content.start <= start && end <= a.content.end && (!best || a.content.end - a.content.start < best.content.end - best.content.start)) best = a;
  return best;
}

/**
 * The time expression a quantity is about: in its clause, not in a relative clause between them, not in
 * the attribution frame ("said on Tuesday"), the nearest one.
 */
function explicitTime(doc: AnalyzedDocument, times: TimeExpression[], q: Quantity, others: Quantity[], a: Attribution | null): TimeExpression | null {
  // a time in the frame dates the figure only when its content has none ("As of Sunday, the team reported 50 cases")
  return nearestTime(doc, times, q, others, a) ?? (a ? nearestTime(doc, times, q, others, null) : null);
}

function nearestTime(doc: AnalyzedDocument, times: TimeExpression[], q: Quantity, others: Quantity[], a: Attribution | null): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (a && (t.end <= a.content.start || t.start >= a.content.end)) continue;
    const [from, to] = t.start < q.start ? [t.end, q.start] : [q.end, t.start];
    // another number between them is nearer, and the time is its own ("up 12 percent, from 9 percent last quarter"),
    // unless the time opens the clause and so frames all of it ("In 2018, 40 people died and 12 were hurt",
    // "2018 saw 90 crashes and 12 deaths")
    if (!(t.end <= q.start && opensClause(doc, t)) && others.some((o) => o !== q && o.start >= from && o.end <= to)) continue;
    // a short aside in brackets ("the United Kingdom's (UK) party") does not break the clause
    const between = doc.text.slice(from, to).replace(/\([^()]{1,12}\)/g, "");
    if (RELATIVE.test(between) || /[;:()—]|,\s+(?:and|but|while)\b/.test(between)) continue;
    const distance = to - from;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** a time written first in its sentence or clause (after ";" or ":"), before anything it could belong to */
function opensClause(doc: AnalyzedDocument, t: TimeExpression): boolean {
  return /(?:^|[.!?;:\n]["”’)]?)\s*$/.test(doc.text.slice(Math.max(0, t.start - 8), t.start));
}

/** the claims of a document; what the caps leave out is added to `warnings` */
export function buildClaims(doc: AnalyzedDocument, ctx: ClaimContext, warnings: ExtractWarning[] = []): Claim[] {
  const claims: Claim[] = [];
  let cappedSentences = 0, droppedInSentences = 0, firstCapped = -1;
  const used = new Set<Attribution>();
  // the last claim with a period, and its paragraph: "the same period" and bare past-tense figures refer to it
  let previous: Claim | null = null;
  let previousParagraph = -1;

  // each attribution filed under the sentences its content touches (a content holding a quantity touches its sentence)
  const holding = new SentenceBuckets<Attribution>();
  for (const a of ctx.attributions) holding.file(a, sentenceAt(doc, a.content.start), sentenceAt(doc, Math.max(a.content.start, a.content.end - 1)));

  // the day the passage is about: the latest single day written so far ("Stocks ended higher on Friday."
  // dates the past-tense figures after it, though that sentence has no number). Years and months named
  // in passing ("a year ago", "in 2012") are background, not the day of the events told.
  // Only a day in the lead paragraph (which dates the story) or earlier in the claim's own paragraph counts:
  // a day several paragraphs back is usually an aside ("during the May 9 celebrations").
  let leadDay: TimeExpression | null = null;
  let paragraphDay: TimeExpression | null = null;
  let dayParagraph = -1;
  const leadParagraph = leadParagraphOf(doc);
  const note = (times: TimeExpression[], paragraph: number) => {
    for (const t of times) {
      if (t.kind !== "date" || !t.period || t.period.start !== t.period.end) continue;
      if (paragraph === leadParagraph) leadDay = t;
      paragraphDay = t;
      dayParagraph = paragraph;
    }
  };

  const shares = new SharePopulation();
  let paragraphStart = 0;
  // whether the paragraph so far names a poll, read once however long the paragraph
  const pollSoFar = new WordsSoFar(doc.text, POLL, POLL_LONGEST);
  for (const s of doc.sentences) {
    if (s.index === 0 || doc.sentences[s.index - 1].paragraph !== s.paragraph) paragraphStart = s.start;
    const quantities = recogniseQuantities(doc.text, s.start, s.end);
    if (!quantities.length) {
      note(findDateExpressions(doc, s.index, ctx.reference), s.paragraph);
      continue;
    }
    const tokens = doc.tokens[s.index];
    // the counted thing and its verb lie near the quantity: tag only that window, and only once a
    // quantity is not a date (a sentence whose figures are all years needs no tags)
    const firstQ = tokens.findIndex((t) => t.end > quantities[0].start);
    let lastQ = tokens.length - 1;
    while (lastQ > 0 && tokens[lastQ].start >= quantities[quantities.length - 1].end) lastQ--;
    let tags: string[] | null = null;
    const times = findTimeExpressions(doc, s.index, ctx.reference);

    // a time expression the recogniser also read as a number ("2016") is a date, not a quantity
    const isDate = (q: Quantity) => times.some((t) => t.start <= q.start && q.end <= t.end && t.kind !== "same-period" && t.kind !== "day-before");
    const figures = quantities.filter((q) => !isDate(q) && !notAClaim(doc.text, q));
    let made = 0, dropped = 0;
    for (const q of figures) {
      if (made === MAX_CLAIMS_PER_SENTENCE) {
        dropped++;
        continue;
      }
      made++;
      tags ??= repairVerbs(tokens, tagWindow(tokens, firstQ - 12, lastQ + 16));
      const a = attributionFor(holding.at(s.index), q.start, q.end);
      if (a) used.add(a);
      const unresolved: string[] = [];

      const { info, asked } = countedOrAsked(doc, ctx, s.index, tokens, tags, q);
      shares.carry(q, info, s.paragraph);
      const places = claimPlaces(doc.text.slice(s.start, s.end), tokens, q, figures, ctx.entities.placeMentionsIn(s.index), asked, ctx.entities.passagePlaces[s.index], ctx.entities.framePlaces);
      if (!info.counted) unresolved.push("counted: no noun phrase found for the quantity");

      const period = periodFor(doc, times, q, quantities, a, info.tense ?? clauseTense(tags), previous, s.paragraph === previousParagraph, (dayParagraph === s.paragraph ? paragraphDay : null) ?? leadDay, pollSoFar.test(paragraphStart, s.end), ctx.reference);
      if (!period && info.tense !== "present" && times.some((t) => t.period === null && t.kind !== "same-period" && t.kind !== "day-before")) unresolved.push("period: no reference date to resolve it against");
      if (a?.speaker && !a.speaker.resolved) unresolved.push(`speaker: "${a.speaker.mention}" could not be tied to a name`);

      const claim: Claim = {
        sentence: { start: s.start, end: s.end },
        text: doc.original.slice(s.start, s.end),
        mode: a ? a.mode : "unattributed",
        // (a figure carried under the source before it has no reported content of its own)
        content: a && !a.carried ? a.content : null,
        speaker: a?.speaker ?? null,
        cue: a?.cue ?? null,
        quantity: q,
        counted: info.counted,
        predicate: info.predicate,
        period,
        places,
        hedges: a?.hedges ?? [],
        evidence: a?.evidence ?? null,
      };
      if (unresolved.length) claim.unresolved = unresolved;
      claims.push(claim);
      if (period) {
        previous = claim;
        previousParagraph = s.paragraph;
      }
    }
    note(times, s.paragraph);
    if (dropped) {
      cappedSentences++;
      droppedInSentences += dropped;
      if (firstCapped < 0) firstCapped = s.start;
    }
  }
  if (cappedSentences)
    warnings.push({
      code: "claims-capped", scope: "sentence", limit: MAX_CLAIMS_PER_SENTENCE, dropped: droppedInSentences,
      message: `${cappedSentences} sentence${cappedSentences > 1 ? "s" : ""} had more than ${MAX_CLAIMS_PER_SENTENCE} numbers (the first at offset ${firstCapped}): ${droppedInSentences} claims not made`,
    });

  claims.push(...unquantifiedClaims(doc, ctx, used));
  claims.sort((x, y) => x.sentence.start - y.sentence.start || (x.quantity?.start ?? x.content?.start ?? 0) - (y.quantity?.start ?? y.content?.start ?? 0));
  capDocument(claims, warnings);
  return claims;
}

/** What a quantity counts and what happened to it, and the places of the question it answers when it answers one. */
function countedOrAsked(doc: AnalyzedDocument, ctx: ClaimContext, sentence: number, tokens: Token[], tags: string[], q: Quantity): { info: CountedInfo; asked: string[] } {
  const qFrom = tokens.findIndex((t) => t.end > q.start);
  let qTo = qFrom;
  while (qTo + 1 < tokens.length && tokens[qTo + 1].start < q.end) qTo++;
  let info: CountedInfo = qFrom >= 0 ? countedFor(doc.text, tokens, tags, qFrom, qTo, q) : { counted: null, countedSpan: null, predicate: null, tense: null };
  let asked: string[] = [];

  // an answer that gives only the number ("Somewhere between 10,000 and 15,000, he answered."):
  // what it counts is in the question asked just before
  if (!info.counted && qFrom <= 2) {
    for (let k = sentence - 1; k >= Math.max(0, sentence - 2); k--) {
      const prevTokens = doc.tokens[k];
      if (!prevTokens.some((t) => t.lower === "how")) continue;
      const question = questionCounted(doc.text, prevTokens, tagTokens(prevTokens));
      if (question) {
        info = question;
        asked = ctx.entities.placesIn(k);
        break;
      }
    }
  }
  return { info, asked };
}

/** A claim with no quantity for each attribution no quantity's claim took. */
function unquantifiedClaims(doc: AnalyzedDocument, ctx: ClaimContext, used: ReadonlySet<Attribution>): Claim[] {
  const out: Claim[] = [];
  for (const a of ctx.attributions) {
    if (used.has(a) || a.carried) continue;
    const s = a.first < 0 ? { ...doc.title!, index: -1 } : doc.sentences[a.first];
    const end = a.last < 0 ? doc.title!.end : doc.sentences[a.last].end;
    out.push({
      sentence: { start: s.start, end },
      text: doc.original.slice(s.start, end),
      mode: a.mode,
      content: a.content,
      speaker: a.speaker,
      cue: a.cue,
      quantity: null,
      counted: null,
      predicate: null,
      period: null,
      places: s.index >= 0 ? ctx.entities.placesIn(s.index) : [],
      hedges: a.hedges,
      evidence: a.evidence,
    });
  }
  return out;
}

/** Keeps the first MAX_CLAIMS_PER_DOCUMENT claims, and says how many were left out. */
function capDocument(claims: Claim[], warnings: ExtractWarning[]): void {
  if (claims.length > MAX_CLAIMS_PER_DOCUMENT) {
    const dropped = claims.length - MAX_CLAIMS_PER_DOCUMENT;
    claims.length = MAX_CLAIMS_PER_DOCUMENT;
    warnings.push({
      code: "claims-capped", scope: "document", limit: MAX_CLAIMS_PER_DOCUMENT, dropped,
      message: `more than ${MAX_CLAIMS_PER_DOCUMENT} claims: the ${dropped} after offset ${claims[claims.length - 1].sentence.start} not made`,
    });
  }
}

/** When no verb governs the number ("16 percent in Ohio", "a group comprising 11 men"), the tense of
 *  the verbs around it: present when any verb is, past when all are, present for a verbless fragment. */
function clauseTense(tags: readonly string[]): Tense {
  let past = false;
  for (const t of tags) {
    if (t === "VBZ" || t === "VBP" || t === "MD") return "present";
    if (t === "VBD") past = true;
  }
  return past ? "past" : "present";
}

/** the lead's paragraph: the first one, or the second when the first is a headline the title detection
 *  left in the body (one sentence of a few words: "Oil Prices Keep Gains in Check.") */
function leadParagraphOf(doc: AnalyzedDocument): number {
  const first = doc.sentences[0];
  if (!first) return -1;
  const next = doc.sentences[1];
  const headline = next && next.paragraph !== first.paragraph && doc.tokens[0].length <= 12;
  return headline ? next.paragraph : first.paragraph;
}

/**
 * The period a number is about: written next to it; "the same period" as the claim before; a past-tense
 * figure with none carries the period of the figure before it in the paragraph ("Another 80 people came
 * back"); a present-tense estimate is about the publication month.
 */
function periodFor(
  doc: AnalyzedDocument,
  times: TimeExpression[],
  q: Quantity,
  others: Quantity[],
  a: Attribution | null,
  tense: Tense,
  previous: Claim | null,
  sameParagraph: boolean,
  discourse: TimeExpression | null,
  poll: boolean,
  reference: string | null,
): Period | null {
  const t = explicitTime(doc, times, q, others, a);
  if (t?.kind === "same-period") {
    return previous?.period ? { ...previous.period, text: t.text, source: "inherited", span: { start: t.start, end: t.end } } : null;
  }
  if (t?.kind === "day-before") {
    if (!discourse?.period) return null;
    const day = shift(discourse.period.start, -1);
    return { text: t.text, start: day, end: day, source: "inherited", span: { start: t.start, end: t.end } };
  }
  if (t?.period) return { text: t.text, start: t.period.start, end: t.period.end, source: "explicit", span: { start: t.start, end: t.end } };
  if (tense === "present" && reference) return { text: "the publication month (present tense)", ...monthOf(reference), source: "publication", span: null };
  if (tense !== "future" && sameParagraph && previous?.period && previous.period.source !== "publication")
    return { ...previous.period, text: previous.period.text, source: "inherited", span: null };
  if (tense !== "future" && tense !== "past" && reference) return { text: "the publication month", ...monthOf(reference), source: "publication", span: null };
  if (tense === "past" && discourse?.period) return { text: discourse.text, ...discourse.period, source: "inherited", span: null };
  // a poll's findings are how things stand when it is published, though told in the past ("52 percent agreed")
  if (tense === "past" && poll && reference) return { text: "the publication month (a poll's findings)", ...monthOf(reference), source: "publication", span: null };

  return null;
}
