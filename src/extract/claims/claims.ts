// Claims: one per quantity, tied to the attribution that covers it, with what is counted, what happened
// to it, its period and places; attributed statements without a number become claims with no quantity.

import type { AnalyzedDocument } from "../document.js";
import type { Attribution } from "../attribution/index.js";
import type { EntityIndex } from "../entities/entities.js";
import { sentenceQuantities } from "../quantities/sentence-quantities.js";
import { factorVerb } from "../quantities/multiples.js";
import { findTimeExpressions } from "../time/time.js";
import { countedFor, questionCounted, type CountedInfo } from "./counted.js";
import { ClaimPeriods, clauseTense } from "./period.js";
import { claimPlaces } from "./places.js";
import { repairVerbs } from "./verb-repair.js";
import { argumentVerbOverClause, parsedPredicate } from "./parsed-predicate.js";
import { notAClaim } from "./not-claims.js";
import { isQuakeMagnitude } from "./magnitude.js";
import { hedgesIn } from "../cues.js";
import { SharePopulation } from "./population.js";
import { isVoteTally } from "./vote-tally.js";
import { tagTokens, tagWindow } from "../../language/pos.js";
import { UNITS } from "../../language/units.js";
import { SentenceBuckets, sentenceAt } from "../span-index.js";
import type { Claim, ExtractWarning, Quantity } from "../../types.js";
import type { Token } from "../../text/tokens.js";

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

/** the claims of a document; what the caps leave out is added to `warnings` */
export function buildClaims(doc: AnalyzedDocument, ctx: ClaimContext, warnings: ExtractWarning[] = []): Claim[] {
  const claims: Claim[] = [];
  let cappedSentences = 0, droppedInSentences = 0, firstCapped = -1;
  const used = new Set<Attribution>();
  // each attribution filed under the sentences its content touches (a content holding a quantity touches its sentence)
  const holding = new SentenceBuckets<Attribution>();
  for (const a of ctx.attributions) holding.file(a, sentenceAt(doc, a.content.start), sentenceAt(doc, Math.max(a.content.start, a.content.end - 1)));

  const periods = new ClaimPeriods(doc, ctx.reference);
  const shares = new SharePopulation();
  const found = doc.sentences.map((s) => sentenceQuantities(doc, s.index));
  // each paragraph's last sentence with a quantity (a day told before it may date its figures)
  const lastWithQuantity = new Map<number, number>();
  for (const s of doc.sentences) if (found[s.index].length) lastWithQuantity.set(s.paragraph, s.index);
  for (const s of doc.sentences) {
    periods.startSentence(s);
    const quantities = found[s.index];
    if (!quantities.length) {
      periods.noteWithoutFigures(s, (lastWithQuantity.get(s.paragraph) ?? -1) > s.index);
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
    const isDate = (q: Quantity) => times.some((t) => t.start <= q.start && q.end <= t.end && t.kind !== "same-period" && t.kind !== "day-before" && t.kind !== "year-before");
    const figures = quantities.filter((q) => !isDate(q) && !notAClaim(doc.text, q));
    let made = 0, dropped = 0;
    let before: { q: Quantity; info: CountedInfo } | null = null;
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

      const { info: own, asked } = countedOrAsked(doc, ctx, s.index, tokens, tags, q);
      const info: CountedInfo = before && restates(doc.text, before.q, q) ? sameFrame(own, before.info, q)
        : before && !own.predicate && breakdown(doc.text, before.q, q) ? { ...own, predicate: before.info.predicate, tense: before.info.tense } : own;
      before = { q, info };
      shares.carry(q, info, s.paragraph, doc.text);
      const places = claimPlaces(doc.text.slice(s.start, s.end), tokens, q, figures, ctx.entities.placeMentionsIn(s.index), asked, ctx.entities.passagePlaces(s.index), ctx.entities.framePlaces);
      if (!info.counted) unresolved.push("counted: no noun phrase found for the quantity");

      const period = periods.periodOf(s, times, q, quantities, a, info.tense ?? clauseTense(tags), info);
      if (!period && info.tense !== "present" && times.some((t) => t.period === null && t.kind !== "same-period" && t.kind !== "day-before" && t.kind !== "year-before")) unresolved.push("period: no reference date to resolve it against");
      if (a?.speaker && !a.speaker.resolved) unresolved.push(`speaker: "${a.speaker.mention}" could not be tied to a name`);

      const claim: Claim = {
        sentence: { start: s.start, end: s.end },
        text: doc.original.slice(s.start, s.end),
        // (a figure quoted inside reported speech is given in the speaker's words: 'said "three men" fled')
        mode: a ? (a.mode === "indirect" && quoted(doc.text, s.start, s.end, q) ? "direct" : a.mode) : "unattributed",
        // (a figure carried under the source before it has no reported content of its own)
        content: a && !a.carried ? a.content : null,
        speaker: a?.speaker ?? null,
        cue: a?.cue ?? null,
        quantity: q,
        counted: info.counted,
        // (where the tag rules found no verb, the dependency tree's: it changes no tense, so no period)
        predicate: figurePredicate(tokens, q, info.predicate),
        period,
        places,
        // (an unattributed figure is hedged by its own sentence: "the ministry reportedly counted 40 cases")
        hedges: a?.hedges ?? hedgesIn(doc.text.slice(s.start, s.end)),
        evidence: a?.evidence ?? null,
      };
      if (unresolved.length) claim.unresolved = unresolved;
      claims.push(claim);
      periods.record(claim, times, s.paragraph);
    }
    periods.note(times, s.paragraph, s.index);
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

/** The verb the parser hangs the quantity from where the rules found none, or the verb of the figure's noun
 *  where the rules took a clause set on that noun. */
function figurePredicate(tokens: Token[], q: Quantity, ruled: string | null): string | null {
  const factor = factorVerb(q.text);
  if (factor) return factor;
  const qFrom = tokens.findIndex((t) => t.end > q.start);
  let qTo = qFrom;
  while (qTo + 1 < tokens.length && tokens[qTo + 1].start < q.end) qTo++;
  if (!ruled) return parsedPredicate(tokens, qFrom, qTo);
  return ruled.includes(" ") ? ruled : argumentVerbOverClause(tokens, qFrom, qTo, ruled) ?? ruled;
}

/** What a quantity counts and what happened to it, and the places of the question it answers when it answers one. */
function countedOrAsked(doc: AnalyzedDocument, ctx: ClaimContext, sentence: number, tokens: Token[], tags: string[], q: Quantity): { info: CountedInfo; asked: string[] } {
  const qFrom = tokens.findIndex((t) => t.end > q.start);
  let qTo = qFrom;
  while (qTo + 1 < tokens.length && tokens[qTo + 1].start < q.end) qTo++;
  let info: CountedInfo = qFrom >= 0 ? countedFor(doc.text, tokens, tags, qFrom, qTo, q) : { counted: null, countedSpan: null, predicate: null, tense: null };
  let asked: string[] = [];
  if (qFrom >= 0 && isQuakeMagnitude(tokens, qFrom, qTo, q, info.counted)) info = { ...info, counted: "magnitude", countedSpan: null };
  else if (isVoteTally(doc.text, q)) info = { ...info, counted: "votes", countedSpan: null };

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

/** "900 million euros (780 million pounds)": a figure in brackets right after another (and a unit the recogniser
 *  left out of it: "160 kilometres per hour (99 mph)") restates it in other units. */
function restates(text: string, first: Quantity, next: Quantity): boolean {
  return /^\s*(?:[\p{L}/]+\s*){0,3}\(\s*$/u.test(text.slice(first.end, next.start)) && /^\s*(?:[\p{L}/]+\s*){0,2}\)/u.test(text.slice(next.end, next.end + 24));
}

/** "beat him by 18 points (58 percent to 40 percent)": figures in brackets after another break it down, and
 *  what happened to it happened to them */
function breakdown(text: string, first: Quantity, next: Quantity): boolean {
  const between = text.slice(first.end, next.start);
  return /^\s*(?:\p{L}+\s*){0,2}\(\s*$/u.test(between) || (/^\s*(?:to|-|–)\s*$/.test(between) && /\(\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)));
}

/** The restated figure's frame: what it counts and what happened to it, where its own reading found none
 *  (or only its unit: "winds of 160 km/h (99 mph)" measure the winds). */
function sameFrame(own: CountedInfo, first: CountedInfo, q: Quantity): CountedInfo {
  // (a unit restating a unit keeps its own: "50 miles (80 km)" counts km)
  const counted = q.kind === "measure" && own.counted && UNITS[own.counted.toLowerCase()] && !UNITS[first.counted?.toLowerCase() ?? ""] ? null : own.counted;
  if (counted && own.predicate) return own;
  return {
    counted: counted ?? first.counted,
    countedSpan: counted ? own.countedSpan : first.countedSpan,
    predicate: own.predicate ?? first.predicate,
    tense: own.predicate ? own.tense : first.tense,
  };
}

/** Whether the figure lies between an opening and a closing quotation mark of its sentence. */
function quoted(text: string, from: number, to: number, q: Quantity): boolean {
  const before = text.slice(from, q.start), after = text.slice(q.end, to);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && after.includes('"')) return true;
  const open = before.lastIndexOf("“");
  return open >= 0 && !before.slice(open).includes("”") && after.includes("”");
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
