// What the attribution readers and refiners share over one document, and their shapes (chrono-node's
// parsers and refiners): a Reader proposes attributions into the context, a Refiner takes the list of
// proposals and returns it refined. The context files every proposal as it comes, so that a reader can ask
// what was read already without going over all of it.

import type { AnalyzedDocument } from "../document.js";
import type { EntityIndex } from "../entities/entities.js";
import type { Model } from "../learned/index.js";
import type { Cue, Evidence, Mode, Span, Speaker } from "../../types.js";
import type { Sentence } from "../../text/sentences.js";
import type { Token } from "../../text/tokens.js";
import { firstEndingFrom, firstStartingFrom, sentenceAt } from "../span-index.js";
import { findQuotes, insideQuotes, type Quote } from "./quotations.js";

export interface Attribution {
  /** the sentences (indices, inclusive) the content covers; -1 for the title */
  first: number;
  last: number;
  content: Span;
  mode: Exclude<Mode, "unattributed">;
  cue: Cue | null;
  speaker: Speaker | null;
  hedges: string[];
  evidence: Evidence | null;
  /** the learned confidence that this is an attribution (attribution-model.ts); above 0 is kept */
  confidence: number;
  /** the speaker is only the nearest mention before the cue, not a subject the rules recognised */
  loose?: boolean;
  /** read by a rule sure enough to need no model ("… in national polls"): kept whatever its confidence */
  ruled?: boolean;
  /** a sentence with no cue, read as going on from the last source before it (refiners/carried-sources.ts) */
  carried?: boolean;
  /**
   * its cue claims none of the figures in its content, which are not its speaker's (refiners/unclaimed-figures.ts):
   * the cue is an act or a stance ("act"), in the passive ("passive") or a noun taken for a cue ("noun")
   */
  unclaimed?: "act" | "passive" | "noun";
}

/** The models a run uses: training passes ones that have not seen the document. */
export interface Settings {
  /** the detector of cues the lexicon lacks */
  cueModel: Model;
  /** where contents after their cue stop (undefined: the shipped model) */
  endModel?: Model;
}

/** Proposes attributions over the whole document (ctx.add). */
export interface Reader {
  readonly name: string;
  read(ctx: AttributionContext): void;
}

/** Takes the proposals so far and returns them refined: widened, trimmed, scored or fewer. */
export interface Refiner {
  readonly name: string;
  refine(ctx: AttributionContext, found: Attribution[]): Attribution[];
}

/** One sentence as the token readers see it. */
export interface SentenceView {
  si: number;
  s: Sentence;
  tokens: Token[];
  /** the sentence's end without its closing punctuation: no content runs past it */
  end: number;
  /** a headline line in title case ("Bellwether County Says Trump Should Win"): its verbs are capitalised too */
  titled: boolean;
  /** how many proposals were read before this sentence: those from here on have their cues in it */
  fromHere: number;
}

/**
 * Reads at token c of a sentence and returns the last token it read, or -1 when token c is not its
 * pattern (the next reader in the list is asked then).
 */
export interface TokenReader {
  readonly name: string;
  at(ctx: AttributionContext, view: SentenceView, c: number): number;
}

/** Reads a quotation no other reading has taken, and says whether it took it (a frame of its own found). */
export interface QuoteReader {
  readonly name: string;
  take(ctx: AttributionContext, q: Quote): boolean;
}

const readingKey = (content: Span, cue: Cue | null) => `${content.start}:${content.end}:${cue?.start}`;

export class AttributionContext {
  readonly text: string;
  /** the document's quotations in order; a reading that takes one marks it used */
  readonly quotes: Quote[];
  /** the proposals, in the order read (a refiner's list replaces it) */
  found: Attribution[] = [];
  /** where the cue detector found a cue, so that the attribution says so */
  readonly learnedAt = new Set<number>();
  /** the proposals by the sentence they end in (while the sentences are read: `last` changes only after) */
  readonly byLast = new Map<number, Attribution[]>();
  /** whether a content carries a figure, by its span: recognising quantities is not cheap, so asked once */
  readonly figures = new Map<string, boolean>();
  // the proposals by content and cue, to find a reading proposed twice without reading every proposal
  // (filed again whenever a content changes; a list may hold one whose content has changed since)
  private readonly byReading = new Map<string, Attribution[]>();

  constructor(readonly doc: AnalyzedDocument, readonly entities: EntityIndex, readonly settings: Settings) {
    this.text = doc.text;
    this.quotes = findQuotes(doc.text);
  }

  sentenceOf(offset: number): number {
    return sentenceAt(this.doc, offset);
  }

  /** Files a proposal under its reading (again after its content changed). */
  file(a: Attribution): void {
    const k = readingKey(a.content, a.cue), list = this.byReading.get(k);
    if (list) list.push(a); else this.byReading.set(k, [a]);
  }

  /** Proposes an attribution read in sentence si, unless too short or read already (same content and cue); returns it. */
  add(content: Span, mode: Attribution["mode"], cue: Cue | null, speaker: Speaker | null, si: number, loose = false): Attribution | undefined {
    if (content.end - content.start < 3) return undefined;
    if (this.byReading.get(readingKey(content, cue))?.some((a) => a.content.start === content.start && a.content.end === content.end && a.cue?.start === cue?.start)) return undefined;
    const first = this.sentenceOf(content.start);
    const last = Math.max(this.sentenceOf(content.end - 1), si);
    // hedges and evidence are read once the model has kept the proposal (refiners/hedges.ts)
    const a: Attribution = { first: Math.min(first, si), last, content, mode, cue, speaker, hedges: [], evidence: null, confidence: 0, ...(loose ? { loose } : {}) };
    this.found.push(a);
    this.file(a);
    const list = this.byLast.get(last);
    if (list) list.push(a); else this.byLast.set(last, [a]);
    return a;
  }

  /** Proposes the title's attribution, which has no sentence (and is not checked for a double reading). */
  addTitle(a: Attribution): void {
    this.found.push(a);
    this.file(a);
  }

  insideQuote(offset: number): boolean {
    return insideQuotes(this.quotes, offset);
  }

  /** A quotation ending right before offset (past spaces and a comma). */
  quoteEndingAt(offset: number): Quote | undefined {
    // (the quotations are disjoint and in order: those that can qualify are found by bisection)
    const { quotes, text } = this;
    for (let i = firstEndingFrom(quotes, offset - 2); i < quotes.length && quotes[i].end <= offset; i++)
      if (/^[\s,]*$/.test(text.slice(quotes[i].end, offset))) return quotes[i];
    return undefined;
  }

  /** A quotation starting right after offset (within three characters of spaces, a comma, a colon or a dash). */
  quoteStartingAt(offset: number): Quote | undefined {
    const { quotes, text } = this;
    for (let i = firstStartingFrom(quotes, offset); i < quotes.length && quotes[i].start - offset <= 3; i++)
      if (/^[\s,:—-]*$/.test(text.slice(offset, quotes[i].start))) return quotes[i];
    return undefined;
  }

  /** Whether the sentence a quotation is in goes on with words after it. */
  goesOnAfter(q: Span): boolean {
    const s = this.doc.sentences[sentenceAt(this.doc, q.end - 1)];
    return !!s && /[\p{L}\d]/u.test(this.text.slice(q.end, s.end));
  }
}
