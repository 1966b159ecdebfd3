// The period of each claim and how it was found: the time written in the figure's own clause; else one
// carried from the passage (the figure before it in the paragraph, "the same period", the day the lead or
// the paragraph sets); else, for a statement of how things stand (present tense, a poll's findings), the
// publication month; else none. Read sentence by sentence in document order (ClaimPeriods).

import type { AnalyzedDocument } from "../document.js";
import type { Attribution } from "../attribution/index.js";
import { findTimeExpressions, shift, type TimeExpression } from "../time/time.js";
import type { CountedInfo, Tense } from "./counted.js";
import type { Claim, Period, Quantity } from "../../types.js";
import { WordsSoFar } from "../../text/words-so-far.js";
import { conversion, restatesInOtherUnit } from "./conversion.js";
import { DURATION_UNITS, WEEKDAYS } from "../../language/calendar.js";
import { INTENT_WORDS, VERDICT_WORDS } from "../../language/function-words.js";
// (a day or longer: "spoke for 72 minutes" may be of the day the passage tells, "worked there for 17 years" no)
const LONG_DURATIONS: ReadonlySet<string> = new Set(DURATION_UNITS.filter((u) => /^(?:day|week|month|year|decade)s?$/.test(u)));

/** words that show a passage reports a poll or survey (the longest has 11 letters) */
const POLL = /\b(?:polls?|polling|surveys?|surveyed|respondents)\b/i;
const POLL_LONGEST = "respondents".length;
/** the question a survey put, told without its asker ("Asked which road needs work, …", "when asked whether") */
const SURVEY_QUESTION = /(?:^|[.!?]\s+|\bwhen\s+)asked\s+(?:whether|if|which|who|what|how|about)\b/i;
const RELATIVE = /\b(?:that|which|who|whom|whose|where)\b/i;
/** a relative clause on a noun phrase ("the four shops that", not the "that" of "said that") */
const RELATIVE_ON_NOUN = /\b(?:the|a|an|its|their|his|her|our|these|those)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which|who)\b/iu;
/** a relative clause right after a figure and its noun ("the $80 million that poured in", "the cap of 10,000, which was") */
const RELATIVE_ON_FIGURE = /^,?\s*(?:[\p{L}-]+\s+){0,3}?(?:that|which|who)\b/u;
/** where a clause ends and another starts: a semicolon, colon (not a clock's: "at 4:53 a.m."), bracket or
 *  lone dash; a comma before a conjunction or a subordinator ("…on October 16, after the laboratory tested 7 samples") */
const CLAUSE_BOUNDARY = /[;()—]|(?<!\d):|:(?!\d)|,\s+(?:and|but|while|after|before|because|although|though|when|whereas|until)\b/i;
/** a weekday alone ("on Monday") and the future auxiliaries that make it the next one ("will strike on Monday") */
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAYS.join("|")})$`, "i");
const WILL = /\b(?:will|shall|won['’]t)\b|['’]ll\b/i;
/** a subordinate clause placing its event before or after the main clause's ("…on October 16, after the laboratory tested 7 samples") */
const SUBORDINATE_AFTER = /,\s+(?:after|before|until)\b/i;
/** a vague share of a population ("a majority of voters", "most") or a ratio ("two in three", "six out of 10") */
const SHARE_WORD = /\b(?:majority|minority|most|half|plurality)\b|\b(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
/** a number written with a decimal point ("5.0") */
const DECIMAL = /\d[\d,]*\.\d+/;
/** the head of a counted noun phrase: its last word before a preposition, without a plural "s" */
function headOf(counted: string): string {
  const words = counted.toLowerCase().split(/\s+(?:of|in|for|from|to|at|on|with|by)\s+/)[0].split(/\s+/);
  return words[words.length - 1].replace(/s$/, "");
}
/** an unreal past: "would have", "could not have", "should have" (not the "have to" of an obligation) */
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?:n[’']t|\s+not)?\s+have\b(?!\s+to\b)/i;
// "promised to …", "vows to …", "a pledge to …", "until …", "unless …", "if …", "will … when …", up to the figure with no comma,
// semicolon, colon or dash between (the "if" of "asked if" is a question's, not a condition)
const INTENT_OR_CONDITION = new RegExp(String.raw`(?:\b(?:${INTENT_WORDS.join("|")})\s+to|(?<!\basked\s)\b(?:until|unless|if)|\bwill\b[^.;:!?]{1,80}?\bwhen)\s[^,;:—–()]*$`, "i");
/** a total in the figure's own "of" phrase ("Millions of the country's 30 million voters cast ballots on Sunday"):
 *  the time after it is the figure's too */
const OF_TOTAL = /^\s+(?:[\p{L}-]+\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+|[\p{L}.-]+['’]s?\s+)*$/iu;
/** a time told between a word of intent and its "to" ("the pledge last month to add 7,000 soldiers by 2023"):
 *  the time of the pledge, not of the figure pledged */
const INTENT_BEFORE = new RegExp(String.raw`\b(?:${INTENT_WORDS.join("|")})\s+$`, "i");
const TO_VERB_AFTER = /^\s+to\s+(?!a\b|an\b|the\b)\p{L}+\s/iu;
/** a year alone, with no preposition of its own; a word after it; "in", "during" or "according to" (a dated source: "according to a 2015 survey") before its noun phrase */
const YEAR_ONLY = /^\d{4}$/;
const WORD_AFTER = /^\s\p{L}/u;
const IN_YEAR_NOUN = /\b(?:in|during|throughout|for|according\s+to)\s+(?:(?:the|a|an|its|their|his|her|this|that|last|next)\s+)?$/i;
/** a respondent's verb of answering ("56 percent said they would", "47 percent saying") */
const ANSWER_VERB = /\b(?:said|say|says|saying|told|answered|responded)\b/i;
/** the noun "plan" or "proposal" (not "plan to", the verb) */
const PROPOSAL = /\b(?:plan|proposal)s?\b(?!\s+to\b)/i;
const PROPOSAL_AFTER = new RegExp(`^[^;.]{0,20}?${PROPOSAL.source}`, "i");
/** an aside set off by a pair of dashes ("Four shops — A, B and C — closed") */
const DASH_ASIDE = /\s?(?:—|–|--)[^—–;]{1,80}?(?:—|–|--)/g;
// a "when" clause told of a time dates its figures ("the ballot access it had from 2016, when its ticket won 6,000
// votes", "ahead of the 2016 election, when turnout reached 61 percent"): the time, up to three words of its
// noun phrase, then "when"; the clause runs on to the figure with no sentence break or semicolon
const WHEN_AFTER_TIME = /^(?:\s+[\p{L}-]+){0,3},?\s+when\b[^;:.!?]*$/iu;
/** a thing told of before, named again by "that" or "those" after a preposition ("turnout at that election",
 *  "the crews of those vessels"; not the relative "those who") */
const ANAPHOR = /\b(?:in|at|of|for|from|on|by|during|among)\s+(?:that|those)\s+(?!who\b|which\b|that\b)[a-z]+/;
const VERDICT = new RegExp(String.raw`\b(?:${VERDICT_WORDS.join("|")})\b`, "i");
const pad = (n: number) => String(n).padStart(2, "0");
const history = (p: { start: string; end: string } | null | undefined, reference: string | null) => !!p && !!reference && p.start !== p.end && p.end < `${Number(reference.slice(0, 4)) - 2}-01-01`;
function monthOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4)), m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}` };
}

/** The passage's times as the claims are made, sentence by sentence in document order. */
export class ClaimPeriods {
  // the last claim with a period, and its paragraph: "the same period" and bare past-tense figures refer to it
  private previous: Claim | null = null;
  private previousParagraph = -1;
  // the last claim made, with a period or none: a figure restating it in another unit is of its time
  private last: Claim | null = null;
  // the last figure dated "the day before" (the start of a change), and its paragraph
  private base: { claim: Claim; paragraph: number } | null = null;
  // the day the passage is about: the latest single day written so far ("Stocks ended higher on Friday."
  // dates the past-tense figures after it, though that sentence has no number). Years and months named
  // in passing ("a year ago", "in 2012") are background, not the day of the events told.
  // Only a day in the lead paragraph (which dates the story) or earlier in the claim's own paragraph counts:
  // a day several paragraphs back is usually an aside ("during the May 9 celebrations").
  private leadDay: TimeExpression | null = null;
  private paragraphDay: TimeExpression | null = null;
  private dayParagraph = -1;
  // the last sentence of the paragraph `dayParagraph` that named a time of its own: the passage has moved to
  // that time, so the figures after it take neither the period of a figure before it nor the lead's day, only
  // that time when it is a day gone by ("On Thursday, the mayor extended the curfew. The president declared
  // pay would go on until April 30. Parliament voted 215 to 10" dates the 215 by no day)
  private timeSentence = -1;
  // the span a forecast is about: the current or a coming period the lead or the paragraph names ("cut its
  // forecast for growth this year"), for the future-tense figures with no time of their own after it
  private leadAhead: TimeExpression | null = null;
  private paragraphAhead: TimeExpression | null = null;
  private aheadParagraph = -1;
  private readonly leadParagraph: number;
  // whether the lead's first sentence tells a verdict or sentence: its day is the court's, and the figures of the
  // offence told in the past after it ("Prosecutors said he moved the money through 14 companies") are of no day
  private readonly verdict: boolean;
  // in a text with no title found, a first paragraph of one sentence taken for the lead may be a headline
  // too long to be seen as one ("Stop-Trumpers, here are some reasons to have hope"): the paragraph after
  // it is the lead too, for a day the headline did not name
  private readonly leadNext: number;
  private paragraphStart = 0;
  // the paragraph before this one and this one so far: a poll's shares run on past the paragraph naming it
  private passageStart = 0;
  // whether the paragraph, and the passage, so far name a poll, read once however long the paragraph
  private readonly pollSoFar: WordsSoFar;
  private readonly pollInPassage: WordsSoFar;
  // the figures told with a time of their own, by value: the same figure told again with none is of that
  // time ("…raised the death toll to six on Saturday." then "The council raised the toll to six after the
  // landslide"), not of the day the passage has moved to
  private readonly told = new Map<string, Claim[]>();
  // whether the sentence last asked about states an unreal past
  private counterfactual = { sentence: -1, unreal: false };

  constructor(private readonly doc: AnalyzedDocument, private readonly reference: string | null) {
    this.leadParagraph = leadParagraphOf(doc);
    const first = doc.sentences.find((x) => x.paragraph === this.leadParagraph);
    this.verdict = !!first && VERDICT.test(doc.text.slice(first.start, first.end));
    this.leadNext = !doc.title && this.leadParagraph === doc.sentences[0]?.paragraph && oneSentence(doc, this.leadParagraph) ? this.leadParagraph + 1 : -1;
    this.pollSoFar = new WordsSoFar(doc.text, POLL, POLL_LONGEST);
    this.pollInPassage = new WordsSoFar(doc.text, POLL, POLL_LONGEST);
  }

  private inLead(paragraph: number): boolean {
    return paragraph === this.leadParagraph || paragraph === this.leadNext;
  }

  /** to be called for each sentence, in order, before its claims */
  startSentence(s: AnalyzedDocument["sentences"][number]): void {
    if (s.index === 0 || this.doc.sentences[s.index - 1].paragraph !== s.paragraph) {
      this.passageStart = s.index === 0 ? s.start : this.paragraphStart;
      this.paragraphStart = s.start;
    }
  }

  /**
   * notes the times of a sentence without a figure: its days and periods. `figuresFollow`: whether a later
   * sentence of its paragraph has a quantity. Outside the lead, a time noted here dates only the figures after
   * it in its paragraph, so with none there is nothing to read (reading the days of such sentences through
   * chrono was 4% of extract() over PolNeAR train).
   */
  noteWithoutFigures(s: AnalyzedDocument["sentences"][number], figuresFollow: boolean): void {
    const lead = this.inLead(s.paragraph);
    if (!figuresFollow && !lead) return;
    const times = findTimeExpressions(this.doc, s.index, this.reference);
    // (outside the lead, of its periods only those gone by: one still running or to come sets no forecast's span)
    const reference = this.reference;
    this.note(lead ? times : times.filter((t) => t.kind === "date" || (reference && t.period && t.period.end < reference)), s.paragraph, s.index, true);
  }

  /** the days a sentence names, once its claims are made (or for a sentence without a figure: `figureless`) */
  note(times: TimeExpression[], paragraph: number, sentence: number, figureless = false): void {
    for (const t of times) {
      if (t.kind === "date" || t.kind === "period") {
        if (t.base || t.label) continue;
        if (this.dayParagraph !== paragraph) this.paragraphDay = null;
        this.dayParagraph = paragraph;
        this.timeSentence = sentence;
        if (t.kind !== "date" || !t.period || t.period.start !== t.period.end || (this.reference && t.period.start > this.reference)) this.paragraphDay = null;
        // a span gone by that a sentence with no figure sets ("Last year, researchers handed out test kits.") is
        // the time of the past figures told after it in its paragraph, as a day is ("the kit cost 75 cents")
        if (figureless && t.kind === "period" && t.period && this.reference && t.period.end < this.reference) this.paragraphDay = t;
      }
      if (t.kind === "period" && t.period && !t.base && this.reference && t.period.end >= this.reference) {
        if (paragraph === this.leadParagraph) this.leadAhead ??= t;
        this.paragraphAhead = t;
        this.aheadParagraph = paragraph;
      }
      if (t.kind !== "date" || !t.period || t.period.start !== t.period.end) continue;
      // (a day still to come is a deadline or a plan, not the day of the events told: "paid until April 30")
      if (this.reference && t.period.start > this.reference) continue;
      // (the lead's first day is the day of the events it reports; a later one is of what followed)
      if (this.inLead(paragraph)) this.leadDay ??= t;
      this.paragraphDay = t;
      this.dayParagraph = paragraph;
    }
  }

  /** the period of figure `q` of sentence `s`, whose verb has tense `tense` */
  periodOf(s: AnalyzedDocument["sentences"][number], times: TimeExpression[], q: Quantity, quantities: Quantity[], a: Attribution | null, tense: Tense, info?: Pick<CountedInfo, "counted" | "predicate">): Period | null {
    const { doc } = this;
    // the same figure in another unit ("412 million euros ($471 million)", "3.6 degrees Fahrenheit, or 2 degrees
    // Celsius") is of the time of the figure it restates, whichever way that time was found
    const last = this.last;
    if (last?.quantity && last.sentence.start === s.start && restatesInOtherUnit(doc, last.quantity, q)) return last.period ? { ...last.period } : null;
    if (this.counterfactual.sentence !== s.index) this.counterfactual = { sentence: s.index, unreal: COUNTERFACTUAL.test(doc.text.slice(s.start, s.end)) };
    const unreal = this.counterfactual.unreal || proposed(doc, s, q) || intendedOrConditional(doc, s, q);
    // the start of a change with no time of its own is of the day the last such start was ("the euro rose to
    // $1.12 from $1.11 the day before, and the pound to $1.32 from $1.31")
    const base = this.base;
    const fromBase = base && base.paragraph === s.paragraph && /\bfrom\s+$/i.test(doc.text.slice(Math.max(s.start, q.start - 8), q.start)) ? base.claim : null;
    // (once its paragraph names a time, the passage's day is that time's, or none)
    const timed = this.dayParagraph === s.paragraph && this.timeSentence >= 0;
    const discourse = timed ? this.paragraphDay : (this.dayParagraph === s.paragraph ? this.paragraphDay : null) ?? this.leadDay;
    // (a time named after the figure before, in a sentence of its own, supersedes that figure's period)
    const superseded = timed && !!this.previous && this.doc.sentences[this.timeSentence].start > this.previous.sentence.start;
    // a share (a percentage) told after the paragraph naming the poll, or after the question put, is a finding too
    const poll = this.pollSoFar.test(this.paragraphStart, s.end) ||
      (q.unit === "%" && (this.pollInPassage.test(this.passageStart, s.end) || SURVEY_QUESTION.test(doc.text.slice(s.start, s.end))));
    // an unreal past ("the loan would have cost $8,000") or a plan's figure states, like a future, nothing of how things stand
    const ahead = unreal ? null : (this.aheadParagraph === s.paragraph ? this.paragraphAhead : null) ?? this.leadAhead;
    const restated = unreal || !info ? null : this.restated(q, info);
    const duration = !!info?.counted && LONG_DURATIONS.has(info.counted.toLowerCase().split(/[\s-]+/).pop()!);
    // (a past figure of a running total is how things stand, as a present one is)
    if (tense === "past" && runningTotal(doc, s, q)) tense = "present";
    // (after a verdict, a past figure of no time of its own is of the offence, not of the court's day)
    const offence = this.verdict && tense === "past" && !unreal;
    const previous = offence && this.previous?.period && this.previous.period.start === this.previous.period.end ? null : this.previous;
    // (a figure of a thing named again by "that" or "those" is of the time of the figure that told of it, even
    // in the next paragraph: "At the last election in 2023, … Turnout at that election was 63 percent")
    const anaphor = !!this.previous && this.previous.period?.source !== "publication" && ANAPHOR.test(doc.text.slice(s.start, s.end));
    // a span of years long gone (not a day; 2021 or earlier in a 2024 article), told in another sentence, is history the story
    // moves on from ("In 1966 they formed a band. It sold 30 million records"), unless a figure names its thing again ("that election")
    const inherited = previous && previous.sentence.start !== s.start && !anaphor && history(previous.period, this.reference) ? null : previous;
    return periodFor(doc, times, q, quantities, a, unreal ? "future" : tense, fromBase ?? inherited, (s.paragraph === this.previousParagraph && !superseded) || anaphor, offence || history(discourse?.period, this.reference) ? null : discourse, ahead, poll, this.reference, restated, duration);
  }

  /** the last figure told with a time of its own that `q` restates: the same value and unit, and the same
   *  verb, the same counted head, or the same decimal as written ("the 5.0 quake") */
  private restated(q: Quantity, info: Pick<CountedInfo, "counted" | "predicate">): Claim | null {
    if (q.value === null) return null;
    const earlier = this.told.get(`${q.value}|${q.unit ?? ""}`);
    if (!earlier) return null;
    const decimal = DECIMAL.exec(q.text)?.[0];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const c = earlier[i];
      if ((info.predicate && c.predicate === info.predicate) || (info.counted && c.counted && headOf(c.counted) === headOf(info.counted)) || (decimal && DECIMAL.exec(c.quantity!.text)?.[0] === decimal)) return c;
    }
    return null;
  }

  /** a claim made, so that the figures after it may take its period */
  record(claim: Claim, times: TimeExpression[], paragraph: number): void {
    const period = claim.period;
    this.last = claim;
    if (!period) return;
    if (period.source === "explicit" && claim.quantity && claim.quantity.value !== null) {
      const key = `${claim.quantity.value}|${claim.quantity.unit ?? ""}`;
      const list = this.told.get(key);
      if (list) list.push(claim);
      else this.told.set(key, [claim]);
    }
    // (a figure dated "the day before" or "a year earlier" is the base of a change: the figures after it are not of its time)
    if (times.some((t) => (t.kind === "day-before" || t.kind === "year-before") && t.start === period.span?.start)) this.base = { claim, paragraph };
    else {
      this.previous = claim;
      this.previousParagraph = paragraph;
    }
  }
}

/**
 * The time expression a quantity is about: in its clause, not in a relative clause between them, not in
 * the attribution frame ("said on Tuesday"), the nearest one.
 */
function explicitTime(doc: AnalyzedDocument, times: TimeExpression[], q: Quantity, others: Quantity[], a: Attribution | null): TimeExpression | null {
  // a time in the frame dates the figure only when its content has none ("As of Sunday, the team reported 50 cases")
  return nearestTime(doc, times, q, others, a) ?? (a ? nearestTime(doc, times, q, others, null, a.content.start) : null);
}

/** `contentStart`: where the reported content starts when the time is sought in the frame too: a "that" there
 *  opens the content ("a poll published on Saturday found that 54 percent"), it is no relative clause */
function nearestTime(doc: AnalyzedDocument, times: TimeExpression[], q: Quantity, others: Quantity[], a: Attribution | null, contentStart = -1): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.label || (a && (t.end <= a.content.start || t.start >= a.content.end))) continue;
    const opener = t.end <= q.start && opensClause(doc, t);
    const when = t.end <= q.start && WHEN_AFTER_TIME.test(doc.text.slice(t.end, q.start));
    // the base of a comparison is not the figure's time ("$74 million more than a year ago"), unless it
    // opens the clause ("From 2015, sales grew 4 percent")
    if (t.base && !(t.base === "from" && (opener || when))) continue;
    // a time counted back from another right after a figure ("from 65 million a year earlier") is that figure's,
    // not one's after it ("…a year earlier, on revenue up 11 percent")
    if ((t.kind === "day-before" || t.kind === "year-before") && t.end <= q.start && others.some((o) => o !== q && o.end <= t.start && /^[^,;:()—\d]{0,24}$/.test(doc.text.slice(o.end, t.start)))) continue;
    // a year after the figure naming the noun it modifies dates that noun, not the figure, unless the phrase
    // places the figure in it ("28 pages from a 2002 congressional probe", "a mark set at the 2003 marathon";
    // not "60 percent in the 2008 primary")
    if (t.start >= q.end && YEAR_ONLY.test(t.text) && WORD_AFTER.test(doc.text.slice(t.end, t.end + 2)) && !IN_YEAR_NOUN.test(doc.text.slice(Math.max(q.end, t.start - 24), t.start))) continue;
    if (t.end <= q.start && TO_VERB_AFTER.test(doc.text.slice(t.end, q.start)) && INTENT_BEFORE.test(doc.text.slice(Math.max(0, t.start - 16), t.start))) continue;
    const [from, to] = t.start < q.start ? [t.end, q.start] : [q.end, t.start];
    // another number between them is nearer, and the time is its own ("up 12 percent, from 9 percent last quarter"),
    // unless the time opens the clause and so frames all of it ("In 2018, 40 people died and 12 were hurt",
    // "2018 saw 90 crashes and 12 deaths"), or the number is joined to this one and shares its noun and time
    // ("its 200 Thai and 70 Malaysian stores in March", "a 60-to-38 percent win in 2012")
    // (nor does a number in an aside between dashes: "half the money -- $500 million -- in this election")
    const asides = [...doc.text.slice(from, to).matchAll(DASH_ASIDE)].map((m) => [from + m.index, from + m.index + m[0].length]);
    // (nor the same figure in another unit right after it: "130 billion euros, about $148 billion, on new
    // equipment by 2030", "a 75 m (250 ft) ship built in 1993")
    const aside = (o: Quantity) => asides.some(([a0, a1]) => a0 <= o.start && o.end <= a1) || conversion(doc, q, o);
    if (!opener && others.some((o) => o !== q && o.start >= from && o.end <= to && !aside(o) && !(t.start >= q.end && (coordinated(doc, q, o, t) || OF_TOTAL.test(doc.text.slice(q.end, o.start)))))) continue;
    // a short aside in brackets ("the United Kingdom's (UK) party") or between dashes does not break the clause
    let between = complementizerOut(doc.text.slice(from, to), contentStart - from).replace(/\([^()]{1,12}\)/g, "").replace(DASH_ASIDE, " ");
    // (a figure in brackets after another reaches past its closing bracket: "a 75 m (250 ft) ship built in 1993")
    if (t.start >= q.end && /\(\s*$/.test(doc.text.slice(Math.max(0, q.start - 3), q.start))) between = between.replace(/^[^()]{0,12}\)/, " ");
    // a relative clause on the figure itself dates it ("the $800 million that poured in during 2012")
    if (t.start >= q.end) between = between.replace(RELATIVE_ON_FIGURE, " ");
    // "that" opening a clause is a determiner ("In August, that lead was 7 points")
    between = between.replace(/(^|,)\s*that\b/g, "$1 ");
    // a time that opens the sentence frames its main clause, past a relative clause in the subject ("On
    // Saturday, aftershocks of the quake that struck on Wednesday raised the toll to six")
    if (!when && !(opener && !/[;:]/.test(between)) && (RELATIVE.test(between) || CLAUSE_BOUNDARY.test(between))) continue;
    // a time in a relative clause before the figure's clause is that clause's ("Counting the shops that
    // closed last year, sales are down $40 million")
    if (t.end <= q.start && !opener && !when && between.includes(",") && RELATIVE_ON_NOUN.test(clauseBefore(doc, t, a ? a.content.start : 0))) continue;
    const distance = to - from;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** `text` without the "that" at offset `at` that opens reported content, if there is one */
function complementizerOut(text: string, at: number): string {
  return at >= 0 && at < text.length && /^that\b/i.test(text.slice(at)) ? text.slice(0, at) + text.slice(at + 4) : text;
}

/** `o` follows `q` joined by "and", "or" or "to" (past one word: "200 Thai and 70"), and nothing but
 *  words and no comma lies between `o` and the time `t` after them */
function coordinated(doc: AnalyzedDocument, q: Quantity, o: Quantity, t: TimeExpression): boolean {
  return o.start >= q.end && /^\s*(?:[\p{L}-]+\s+)?(?:and|or|-?to-?)\s*$/iu.test(doc.text.slice(q.end, o.start)) && !/[,;:()—]/.test(doc.text.slice(o.end, t.start));
}

/** a figure of a plan or proposal: the noun before it in its clause ("the plan includes cutting rates to 2
 *  percent"), or right after it ("a $75 billion plan"); not the verb ("voters plan to tune in") */
function proposed(doc: AnalyzedDocument, s: AnalyzedDocument["sentences"][number], q: Quantity): boolean {
  const before = doc.text.slice(s.start, q.start);
  return PROPOSAL.test(before.slice(before.lastIndexOf(";") + 1)) || PROPOSAL_AFTER.test(doc.text.slice(q.end, Math.min(s.end, q.end + 40)));
}

/** a figure of what someone means to do ("has promised to build a wall and deport millions", "a pledge to add
 *  7,000 soldiers") or of a condition ("will not take effect until 55 countries ratify it", "if he gets close
 *  to 1,237"): the verb or the conjunction before it, with no comma or clause break between them */
function intendedOrConditional(doc: AnalyzedDocument, s: AnalyzedDocument["sentences"][number], q: Quantity): boolean {
  const before = doc.text.slice(Math.max(s.start, q.start - 120), q.start);
  // (unless the figure is said to stand now: "intends to merge them into its currently 386-strong chain")
  return INTENT_OR_CONDITION.test(before) && !/\b(?:currently|now|already)\s+$/i.test(before);
}

/** the last time of its sentence before the relative time `t` that dates figures: not a base, a label or a
 *  relative time itself */
function anchorOf(times: TimeExpression[], t: TimeExpression): TimeExpression | null {
  let best: TimeExpression | null = null;
  for (const x of times) if (x.end <= t.start && (x.kind === "date" || x.kind === "period") && x.period && !x.base && !x.label) best = x;
  return best;
}

/** the same day a year before (the 28th for a 29 February) */
function yearBefore(date: string): string {
  const day = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return `${Number(date.slice(0, 4)) - 1}-${day}`;
}

/** the text of a time's clause before it: back to the last comma, semicolon, colon or sentence start, and
 *  not before `floor` (the start of the reported content: not the "that" of "said that") */
function clauseBefore(doc: AnalyzedDocument, t: TimeExpression, floor: number): string {
  const before = doc.text.slice(Math.max(0, floor, t.start - 120), t.start);
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.search(/[.!?]\s[^.!?]*$/)) + 1);
}

/** a running total's words in the figure's own clause: opening the sentence ("To date, 14 were admitted"), or
 *  with no comma, semicolon or colon between them and the figure ("had so far handed down 31", "312 victims so far") */
function runningTotal(doc: AnalyzedDocument, s: AnalyzedDocument["sentences"][number], q: Quantity): boolean {
  const before = doc.text.slice(s.start, q.start), after = doc.text.slice(q.end, s.end);
  return RUNNING_OPENS.test(before) || RUNNING_BEFORE.test(before) || RUNNING_AFTER.test(after);
}
const RUNNING_OPENS = /^\W*(?:so\s+far|to\s+date),/i;
const RUNNING_BEFORE = /\b(?:so\s+far|to\s+date)\b[^,;:]*$/i;
const RUNNING_AFTER = /^[^,;:]*\b(?:so\s+far|to\s+date)\b/i;

/** a time written first in its sentence or clause (after ";" or ":"), before anything it could belong to */
function opensClause(doc: AnalyzedDocument, t: TimeExpression): boolean {
  // (past a preposition the time expression left out: "In June 2001, …")
  return /(?:^|[.!?;:\n]["”’)]?)\s*(?:(?:in|on|during|since|until|by|as\s+of)\s+)?$/i.test(doc.text.slice(Math.max(0, t.start - 12), t.start));
}

/** When no verb governs the number ("16 percent in Ohio", "a group comprising 11 men"), the tense of
 *  the verbs around it: present when any verb is, past when all are, present for a verbless fragment. */
export function clauseTense(tags: readonly string[]): Tense {
  let past = false;
  for (const t of tags) {
    if (t === "VBZ" || t === "VBP" || t === "MD") return "present";
    if (t === "VBD") past = true;
  }
  return past ? "past" : "present";
}

/** whether paragraph p is a single sentence */
function oneSentence(doc: AnalyzedDocument, p: number): boolean {
  const i = doc.sentences.findIndex((s) => s.paragraph === p);
  return i >= 0 && doc.sentences[i + 1]?.paragraph !== p;
}

/** the lead's paragraph: the first one that is more than a line of a few words (a headline the title
 *  detection left in the body, "Oil Prices Keep Gains in Check."; a date line, "Monday, May 4, 2020"; the
 *  items of a list of results before the story, "Labour Party - 203 seats") */
function leadParagraphOf(doc: AnalyzedDocument): number {
  const { sentences } = doc;
  let i = 0;
  // (a paragraph of one short sentence, with another paragraph after it, within the first dozen)
  while (i + 1 < sentences.length && i < 12 && sentences[i + 1].paragraph !== sentences[i].paragraph && doc.tokens[i].length <= 12) i++;
  return sentences[i]?.paragraph ?? -1;
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
  ahead: TimeExpression | null,
  poll: boolean,
  reference: string | null,
  restated: Claim | null = null,
  duration = false,
): Period | null {
  // a poll's share is how things stand when it is published, though it tells what voters will do or names
  // the vote still to come ("46 percent to 44 percent among likely voters in the primary next month")
  const share = poll && (q.unit === "%" || SHARE_WORD.test(q.text));
  const found = explicitTime(doc, times, q, others, a);
  // (nor is it of a time in what the respondents said: "56 percent said they were less likely to vote for
  // them this year" is the poll's finding of its month)
  const t = share && ((tense !== "future" && found?.period && reference && found.period.start > reference) ||
    (found && found.start >= q.end && ANSWER_VERB.test(doc.text.slice(q.end, found.start)))) ? null : found;
  if (poll && tense === "future" && !found && reference) return { text: "the publication month (a poll's findings)", ...monthOf(reference), source: "publication", span: null };
  // a figure placed before or after a time of its sentence ("confirmed on October 16, after the laboratory
  // tested 7 samples", "declared an emergency following Wednesday's quake") is not of the passage's day,
  // nor of the period of a figure in an earlier sentence
  if (!t && times.some((x) => x.base === "event" || (x.end <= q.start && !x.base && !x.label && SUBORDINATE_AFTER.test(doc.text.slice(x.end, q.start))))) {
    if (previous && previous.sentence.end <= q.start) previous = null;
    discourse = null;
  }
  if (t?.kind === "same-period") {
    return previous?.period ? { ...previous.period, text: t.text, source: "inherited", span: { start: t.start, end: t.end } } : null;
  }
  if (t?.kind === "day-before" || t?.kind === "year-before") {
    // counted back from the time its own sentence names before it ("rose to 47 on Thursday, up from 29 a day
    // earlier"; "in 2025, up from 860 days the year before"), else, for a day, from the passage's day
    const own = anchorOf(times, t);
    if (t.kind === "year-before") {
      if (!own?.period) return null;
      return { text: t.text, start: yearBefore(own.period.start), end: yearBefore(own.period.end), source: "inherited", span: { start: t.start, end: t.end } };
    }
    const from = own?.period && own.period.start === own.period.end ? own : discourse?.period?.start === discourse?.period?.end ? discourse : null;
    if (!from?.period) return null;
    const day = shift(from.period.start, -1);
    return { text: t.text, start: day, end: day, source: "inherited", span: { start: t.start, end: t.end } };
  }
  if (t?.period) {
    // "will strike on Monday": a bare weekday of a future verb is the next such day, not the last (not a
    // future seen from the past: "millions were to storm it on Friday")
    const day = tense === "future" && reference && t.period.start < reference && BARE_WEEKDAY.test(t.text) &&
      WILL.test(doc.text.slice(Math.max(0, Math.min(t.start, q.start) - 80), Math.max(t.end, q.end))) ? shift(t.period.start, 7) : null;
    return { text: t.text, start: day ?? t.period.start, end: day ?? t.period.end, source: "explicit", span: { start: t.start, end: t.end } };
  }
  // a forecast is about the span the passage forecasts ("will grow 1.6 percent", after "its forecast for this year")
  if (tense === "future" && ahead?.period) return { text: ahead.text, ...ahead.period, source: "inherited", span: null };
  if (tense === "present" && reference) return { text: "the publication month (present tense)", ...monthOf(reference), source: "publication", span: null };
  // a duration of days or more told in the past ("worked there for 17 years", "the strike lasted 45 days") is
  // not of the day or the period of the figures around it: it takes only a time of its own clause
  if (duration) return null;
  if (restated?.period) return { ...restated.period, source: "inherited", span: null };
  if (tense !== "future" && sameParagraph && previous?.period && previous.period.source !== "publication")
    return { ...previous.period, text: previous.period.text, source: "inherited", span: null };
  if (tense !== "future" && tense !== "past" && reference) return { text: "the publication month", ...monthOf(reference), source: "publication", span: null };
  if (tense === "past" && discourse?.period) return { text: discourse.text, ...discourse.period, source: "inherited", span: null };
  // a poll's findings are how things stand when it is published, though told in the past ("52 percent agreed")
  if (tense === "past" && poll && reference) return { text: "the publication month (a poll's findings)", ...monthOf(reference), source: "publication", span: null };

  return null;
}
