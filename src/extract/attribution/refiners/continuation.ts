// Continuation: quotations with no frame of their own continue a statement read already, or the last
// speaker in the paragraph or the one before, as PolNeAR annotates them. Each quotation no reading holds is
// first offered to the quotation readers (a colon frame, 'Mr. Christie gloated: “…”'), in text order
// with the continuation of the ones before: a quotation one of them takes is one the other no longer sees.

import type { Span } from "../../../types.js";
import { isTitle, type Quote } from "../quotations.js";
import type { Attribution, AttributionContext, QuoteReader, Refiner } from "../context.js";
import { SentenceBuckets } from "../../span-index.js";

// what may stand between a quotation's frame and the same quotation resumed: the rest of the frame, a comma,
// a conjunction ('“…,” he said, but “…”', '“…,” Trump said during a rally in Kenansville, N.C., “…”')
const RESUME = /^[^"“”\n]{0,80},[ \t]*(?:(?:and|but|or|then)[ \t]+)?$/;

/**
 * The readings (ctx.found, which grows as quotations are read) filed for the questions a quotation asks,
 * so that it reads only those near it: reading every reading for every quotation grew with the square of
 * the text. A content only grows (widen), and a reading is filed again under what it gained; a reading
 * filed under a content it had since left is checked against the one it has.
 */
class Readings {
  private known = 0;
  private readonly order = new Map<Attribution, number>();
  /** by the sentences the content touches */
  private readonly touching = new SentenceBuckets<Attribution>();
  /** by the sentence of the cue (which never changes) */
  private readonly cues = new SentenceBuckets<Attribution>();
  private readonly starts = new Map<number, Attribution[]>();
  private readonly contents = new Map<string, Attribution[]>();
  /** by their last sentence (`last`), and those whose last sentence is past their content's */
  private readonly lasts = new SentenceBuckets<Attribution>();
  private readonly late: Attribution[] = [];
  /** each sentence's paragraph's first and last sentence */
  private readonly paragraphFirst: number[] = [];
  private readonly paragraphLast: number[] = [];

  constructor(private readonly ctx: AttributionContext) {
    const { sentences } = ctx.doc;
    sentences.forEach((s, i) => (this.paragraphFirst[i] = i > 0 && sentences[i - 1].paragraph === s.paragraph ? this.paragraphFirst[i - 1] : i));
    for (let i = sentences.length - 1; i >= 0; i--) this.paragraphLast[i] = i + 1 < sentences.length && sentences[i + 1].paragraph === sentences[i].paragraph ? this.paragraphLast[i + 1] : i;
  }

  /** Files the readings proposed since the last question. */
  private sync(): void {
    const { found } = this.ctx;
    for (; this.known < found.length; this.known++) {
      const a = found[this.known];
      this.order.set(a, this.known);
      if (a.cue) { const k = this.ctx.sentenceOf(a.cue.start); this.cues.file(a, k, k); }
      const [first, last] = this.range(a.content);
      this.touching.file(a, first, last);
      this.fileContent(a);
      this.fileLast(a);
    }
  }

  private fileLast(a: Attribution): void {
    if (a.last < 0) return;
    this.lasts.file(a, a.last, a.last);
    if (a.last > this.range(a.content)[1]) this.late.push(a);
  }

  /** The last reading in the list's order that passes the test among `candidates` (read from the buckets of `lasts` as they stand now). */
  private lastOf(candidates: Iterable<Attribution>, test: (a: Attribution) => boolean): Attribution | undefined {
    let best: Attribution | undefined;
    for (const a of candidates) if ((!best || this.order.get(a)! > this.order.get(best)!) && test(a)) best = a;
    return best;
  }

  private *lastIn(from: number, to: number): Iterable<Attribution> {
    for (let k = Math.max(0, from); k <= to; k++) for (const a of this.lasts.at(k)) if (a.last === k) yield a;
  }

  /** The last reading (in the list's order) whose last sentence is in the paragraph of sentence si and passes the test. */
  lastInParagraph(si: number, test: (a: Attribution) => boolean): Attribution | undefined {
    this.sync();
    return this.lastOf(this.lastIn(this.paragraphFirst[si], this.paragraphLast[si]), test);
  }

  /** The last reading (in the list's order) whose last sentence is `from` or after and whose content ends by `end`, passing the test. */
  lastEndingBy(from: number, end: number, test: (a: Attribution) => boolean): Attribution | undefined {
    this.sync();
    // (a content ending by `end` is in sentence sentenceOf(end - 1) or before: past it, only a reading whose
    // last sentence is past its content's)
    const upTo = this.ctx.sentenceOf(Math.max(0, end - 1));
    const inRange = this.lastOf(this.lastIn(from, upTo), (a) => a.content.end <= end && test(a));
    const lateOne = this.lastOf(this.late.filter((a) => a.last > upTo && a.last >= from), (a) => a.content.end <= end && test(a));
    if (!inRange || !lateOne) return inRange ?? lateOne;
    return this.order.get(inRange)! > this.order.get(lateOne)! ? inRange : lateOne;
  }

  /** Whether a reading with a cue in sentences [from, to] passes the test. */
  someCueIn(from: number, to: number, test: (a: Attribution) => boolean): boolean {
    this.sync();
    for (let k = Math.max(0, from); k <= to; k++) if (this.cues.at(k).some(test)) return true;
    return false;
  }

  private range(c: Span): [number, number] {
    return [this.ctx.sentenceOf(c.start), this.ctx.sentenceOf(Math.max(c.start, c.end - 1))];
  }

  private fileContent(a: Attribution): void {
    const { start, end } = a.content, key = `${start}:${end}`;
    const s = this.starts.get(start), c = this.contents.get(key);
    if (s) s.push(a); else this.starts.set(start, [a]);
    if (c) c.push(a); else this.contents.set(key, [a]);
  }

  /** Whether a reading's content holds the quotation. */
  holding(q: Span): boolean {
    this.sync();
    return this.touching.at(this.ctx.sentenceOf(q.start)).some((a) => a.content.start <= q.start && q.end <= a.content.end);
  }

  /** The first reading (in the list's order) whose cue is in sentence si and passes the test. */
  withCueIn(si: number, test: (a: Attribution) => boolean): Attribution | undefined {
    this.sync();
    return this.cues.at(si).find(test);
  }

  /** The first reading (in the list's order) whose content starts in [from, to] and passes the test. */
  startingIn(from: number, to: number, test: (a: Attribution) => boolean): Attribution | undefined {
    this.sync();
    let best: Attribution | undefined;
    for (let p = from; p <= to; p++)
      for (const a of this.starts.get(p) ?? [])
        if (a.content.start === p && test(a) && (!best || this.order.get(a)! < this.order.get(best)!)) best = a;
    return best;
  }

  /** Every reading of one content widened to take in a quotation that belongs to the same statement. */
  widen(content: Span, to: Span): void {
    this.sync();
    const { start, end } = content;
    const same = (this.contents.get(`${start}:${end}`) ?? []).filter((a) => a.content.start === start && a.content.end === end);
    for (const a of same.sort((x, y) => this.order.get(x)! - this.order.get(y)!)) {
      const [o0, o1] = this.range(a.content), wasLast = a.last;
      a.content = { ...to };
      this.ctx.file(a);
      a.first = Math.min(a.first, this.ctx.sentenceOf(to.start));
      a.last = Math.max(a.last, this.ctx.sentenceOf(to.end - 1));
      // (filed under the sentences and the content it gained)
      const [n0, n1] = this.range(a.content);
      this.touching.file(a, n0, o0 - 1);
      this.touching.file(a, o1 + 1, n1);
      this.fileContent(a);
      if (a.last !== wasLast) this.fileLast(a);
    }
  }
}

/** The reading a quotation with no frame goes on from: the speaker's own quotation in the paragraph, else the last speaker nearby. */
function priorReading(ctx: AttributionContext, q: Quote, si: number, readings: Readings): Attribution | undefined {
  // the speaker's own quotation earlier in the paragraph, past statements reported inside its frame
  // ('“…,” said Mr. King, who endorsed Mr. Rubio on Tuesday. “…”'), else the last speaker nearby
  let prior = readings.lastInParagraph(si, (a) => a.mode === "direct" && !!a.speaker && !!a.cue && a.content.end <= q.start);
  if (prior) {
    const quoted = prior, frame = ctx.sentenceOf(quoted.cue!.start);
    // (a cue before q is in q's sentence or before)
    if (readings.someCueIn(Math.max(frame, ctx.sentenceOf(quoted.content.end - 1)) + 1, ctx.sentenceOf(q.start), (a) => a !== quoted && !!a.cue && a.first >= 0 && a.cue.start < q.start)) prior = undefined;
  }
  return prior ?? readings.lastEndingBy(si - 3, q.start, (a) => !!a.speaker);
}

/** A quotation no reader framed: the rest of a statement, its start, or a statement of the last speaker's. */
function continueQuotation(ctx: AttributionContext, q: Quote, readings: Readings): void {
  const { doc, text } = ctx;
  const si = ctx.sentenceOf(q.start);
  const s = doc.sentences[si];
  // '“…,” Schiff told reporters, “but …”': a quotation resuming after its own frame in the sentence is
  // the rest of the same statement (PolNeAR marks both parts as one content)
  const resumed = readings.withCueIn(si, (a) => a.mode === "direct" && !!a.cue && a.content.end <= a.cue.start && a.cue.end <= q.start
    && RESUME.test(text.slice(a.cue.end, q.start)));
  if (resumed) {
    q.used = true;
    readings.widen(resumed.content, { start: resumed.content.start, end: q.end });
    return;
  }
  if (!s || q.start < s.start || q.start - s.start > 1) return; // a quoted phrase inside a sentence is not a statement
  // '“…” “…,” she said.': a quotation right before a framed one in its paragraph begins that statement
  let gap = q.end;
  while (text[gap] === " " || text[gap] === "\t") gap++;
  const next = readings.startingIn(q.end, gap, (a) => a.mode === "direct");
  if (next) {
    readings.widen(next.content, { start: q.start, end: next.content.end });
    return;
  }
  const prior = priorReading(ctx, q, si, readings);
  if (!prior) return;
  const paragraphGap = s.paragraph - doc.sentences[prior.last].paragraph;
  if (paragraphGap > 1) return;
  // in the same paragraph, a quotation goes on the statement its speaker's quotation began ("“…,” he
  // said. “…” “…”": one attribution, as PolNeAR annotates it); in the next, it opens a new one under the
  // same frame: same speaker, same cue
  // (unless the frame between would be most of the statement: '“…,” said X, a lawyer who has fought the
  // industry for years and … . “…”' goes on as a reading of its own, so the content is not mostly frame)
  const quotedLength = prior.content.end - prior.content.start + q.end - q.start;
  if (paragraphGap === 0 && prior.mode === "direct" && q.start - prior.content.end <= quotedLength) {
    readings.widen(prior.content, { start: prior.content.start, end: q.end });
    return;
  }
  ctx.add({ start: q.start, end: q.end }, "direct", prior.cue, prior.speaker, ctx.sentenceOf(q.end - 1));
}

/** Continuation, after the quotation readers (`framers`, asked in order) for each quotation no reading holds. */
export function continuation(framers: readonly QuoteReader[]): Refiner {
  return {
    name: "continuation",
    refine(ctx, found) {
      // (the readers below add to the list: ctx.found is `found`)
      const readings = new Readings(ctx);
      for (const q of ctx.quotes) {
        if (q.used || isTitle(ctx.text, q)) continue;
        // a quotation inside a statement read already is part of that statement, neither framed by a colon
        // nor a continuation
        if (readings.holding(q)) continue;
        if (framers.some((r) => r.take(ctx, q))) continue;
        continueQuotation(ctx, q, readings);
      }
      return found;
    },
  };
}
