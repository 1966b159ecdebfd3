// Widened contents: a reported clause the end model stopped short of its sentence's end where the clause
// plainly goes on. Four shapes: an aside between dashes opened inside the content or right after it
// ("predicted that rich economies — which include Chile and Peru — will grow 2 percent": the clause's verb
// is after the aside),
// a change appended to a figure ("sold $3 billion, up 31 percent from a year earlier": how the same
// figure moved), and "and" opening an aside before the clause's second verb ("it seeks to grow and, over
// 18 months, intends to merge the stores"), and a relative clause between commas before the clause's verb
// ("said the dam, which dates from 1930, needs repair"). And a clause that "according to" interrupts goes on after
// its source ("Acme's branch, according to the Herald in March, is too big to sell": the branch is not
// all the Herald said). Run on what the model kept, so training reads the model's own ends.

import type { Attribution, AttributionContext, Refiner } from "../context.js";
import { firstTag } from "../../../language/lexicon.js";

/** a dash between words: a spaced hyphen, an en or em dash, or a double hyphen */
const DASH = /\s[-–—]\s|\s?--\s?|—/g;
/** a change appended to the figure before it: ", up 31 percent", ", down by $2 million" */
const CHANGE = /^,\s+(?:up|down)\s+(?:by\s+)?(?:(?:about|almost|nearly|roughly|some|more than|less than)\s+)?[$€£]?\d/i;
/** "and" with an aside's comma after it: the same subject's next verb follows the aside */
const AND_ASIDE = /^\s*,?\s*and,\s/;
/** "according to" and its source between commas, with the interrupted clause going on in lower case */
const INTERRUPTING = /^\s*,?\s*according to\s[^,;:"“”]{1,80},\s+[a-z]/i;
/** a sentence's closing punctuation, left out of its content */
const CLOSING = /[.!?]+["”’)]*\s*$/;

/** Where a content in sentence si may run to: the sentence's end without its closing punctuation. */
function sentenceEnd(ctx: AttributionContext, si: number): number {
  const s = ctx.doc.sentences[si];
  return s.start + ctx.text.slice(s.start, s.end).replace(CLOSING, "").length;
}

/** an aside between dashes that a relative word or "including" opens, with the clause going on in lower case after it */
const ASIDE_AHEAD = /^\s*(?:\s[-–—]\s|\s?--\s?|—)\s*(?:which|who|whose|including|such as)\s[^-–—"“”]{1,120}?(?:\s[-–—]\s|\s?--\s?|—)\s*[a-z]/;

/** a relative clause between commas right after the content, then a verb in lower case: ", which dates from 1930, needs" */
const RELATIVE_AHEAD = /^,\s+(?:which|who|whose)\s[^,;:"“”()]{1,100},\s+([a-z]+)\s/;

/**
 * Whether the content stops at a comma before a relative clause that interrupts its subject and verb ("said
 * the dam | , which dates from 1930, needs repair"): the word after the clause's closing comma is a
 * finite verb, so the clause goes on there.
 */
function stopsBeforeRelative(text: string, a: Attribution, end: number): boolean {
  const m = RELATIVE_AHEAD.exec(text.slice(a.content.end, end));
  return !!m && /^(?:VBD|VBZ|VBP|MD)$/.test(firstTag(m[1]) ?? "");
}

/** Whether the content stops right before a dash aside ("predicted that rich economies | — which include Chile — will grow"). */
function stopsBeforeAside(text: string, a: Attribution, end: number): boolean {
  const inside = text.slice(a.content.start, a.content.end).match(DASH)?.length ?? 0;
  return inside % 2 === 0 && ASIDE_AHEAD.test(text.slice(a.content.end, end));
}

/** Whether the content stops right at the close of a dash aside it opened. */
function stopsAtAside(text: string, a: Attribution, end: number): boolean {
  const inside = text.slice(a.content.start, a.content.end).match(DASH)?.length ?? 0;
  return inside % 2 === 1 && /^\s*(?:[-–—]|--)/.test(text.slice(a.content.end, end));
}

function widen(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  const { text } = ctx;
  for (const a of found) {
    if (!a.cue || a.first !== a.last || a.first < 0) continue;
    const end = sentenceEnd(ctx, a.last);
    if (a.mode === "according-to" && a.cue.start >= a.content.end && a.content.end < end && INTERRUPTING.test(text.slice(a.content.end, end))) {
      a.content = { start: a.content.start, end };
      ctx.file(a);
      continue;
    }
    if (a.mode !== "indirect" || a.cue.end > a.content.start) continue;
    if (a.content.end >= end) continue;
    // (another reading's cue in what is left is a frame of its own: ", he added")
    if (found.some((b) => b !== a && b.cue && b.cue.start >= a.content.end && b.cue.start < end)) continue;
    const rest = text.slice(a.content.end, end);
    // (the model may have kept the "and": "… its reach and | , over 18 months, intends …")
    const andAside = AND_ASIDE.test(rest) || (/\sand$/.test(text.slice(a.content.start, a.content.end)) && /^,\s/.test(rest));
    if (!(stopsAtAside(text, a, end) || stopsBeforeAside(text, a, end) || stopsBeforeRelative(text, a, end) || CHANGE.test(rest) || andAside)) continue;
    a.content = { start: a.content.start, end };
    ctx.file(a);
  }
  return found;
}

export const widenedContents: Refiner = {
  name: "widened contents",
  refine: widen,
};
