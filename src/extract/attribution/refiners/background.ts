// Background: a sentence with no cue that tells a past event placed in an earlier year than the article's
// ("Romney won 73 percent in 2012", "Two plants closed last year") is the writer's history, not the
// passage of the poll or the person before it: a poll speaks of how things stand, a person's passage of
// what they were asked about, and the rules of the ledger give such a figure no speaker. (A poll's now is
// its month: a past event earlier in the article's year is history too, not a state it measured then.) A sentence with a
// verb in the present ("revenues are off $182 million compared to 2014"), or a time reaching into the
// article's year ("in 2013 and so far this year"), still reports how things stand and goes on. (A data
// set's state in an earlier year is its own, "the average debt in 2015 was $35,000" after the department's
// figures; an event then is the writer's history, "Last year, the casinos earned $2.7 billion".)

import { tokenTag } from "../../../language/lexicon.js";
import { BE_FORMS } from "../../../language/function-words.js";
import { findTimeExpressions, referenceDate } from "../../time/index.js";
import type { AttributionContext } from "../context.js";

/** past forms of "be": a state the poll measured then, not an event */
const BE = new Set<string>(BE_FORMS);

/** present-tense verbs and modals: the sentence speaks of how things stand or will */
const PRESENT = new Set(["VBZ", "VBP", "MD"]);

/** tags before a noun: a word after them that the lexicon lists as a present verb is that noun */
const NOUN_BEFORE = /^(?:DT|JJ[RS]?|PRP\$|POS)$/;

/** The date relative times resolve against, and the first day of its year ("2016-01-01"). */
export interface Reference {
  date: string;
  year: string;
  /** the first day of its month ("2016-09-01") */
  month: string;
}

/** The document's reference (asked once per document), or null when it gives no date. */
export function backgroundReference(ctx: AttributionContext): Reference | null {
  const ref = referenceDate(ctx.doc);
  return ref ? { date: ref.date, year: `${ref.date.slice(0, 4)}-01-01`, month: `${ref.date.slice(0, 7)}-01` } : null;
}

/**
 * Whether sentence si tells, in the past tense only, of times that all ended before the reference year
 * (or, for a poll, which speaks of the month it was taken, before the reference month: "came third in
 * the caucuses this March" in a September article).
 */
export function isBackground(ctx: AttributionContext, si: number, reference: Reference | null, poll = false, eventOnly = false): boolean {
  if (!reference) return false;
  let past = false, event = false;
  const tokens = ctx.doc.tokens[si];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || t.cap) continue;
    const tag = tokenTag(t);
    if (tag === null) continue;
    // (a noun the lexicon lists as a verb first, after a determiner or an adjective: "the lowest take")
    if (PRESENT.has(tag) && !NOUN_BEFORE.test((i > 0 && tokenTag(tokens[i - 1])) || "")) return false;
    if (tag === "VBD") {
      past = true;
      if (!BE.has(t.lower)) event = true;
    }
  }
  if (!past || (eventOnly && !event)) return false;
  const times = findTimeExpressions(ctx.doc, si, reference.date).filter((x) => x.period !== null);
  if (times.length === 0) return false;
  if (times.every((x) => x.period!.end < reference.year)) return true;
  // (earlier this year only an event, "came third in March": "In August, her lead was 7 points" is the
  // poll's earlier reading)
  return poll && event && times.every((x) => x.period!.end < reference.month);
}
