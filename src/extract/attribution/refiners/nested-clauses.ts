// Nested clauses: 'Video shows him with his hands in the air, but Shelby said he refused …': a content
// stops before a clause that reports another speaker's statement with a verb of saying (that statement is
// its own reading).

import { isSpace } from "../../../text/tokens.js";
import { SentenceBuckets } from "../../span-index.js";
import { SPEECH_CUES } from "../../cues.js";
import type { Attribution, Refiner } from "../context.js";

// what joins a clause reporting another statement to the content before it (", but Shelby said …")
const NESTED_CLAUSE = /\s*(?:[,;]\s*(?:(?:but|and|yet|while|although|though|as|even as)\s+)?|\s+(?:but|while)\s+)$/;
/**
 * Where NESTED_CLAUSE matches text[from, to) (relative to `from`), or -1. A match holds at most nine
 * characters that are not spaces (", although "), so the expression reads only the end from the twelfth
 * such character on: over the whole stretch it tried every position, 70% of extract() on text with no
 * sentence end, once for every pair of proposals.
 */
function nestedClauseAt(text: string, from: number, to: number): number {
  let w = to;
  for (let seen = 0; w > from; w--) if (!isSpace(text.charCodeAt(w - 1)) && ++seen > 12) break;
  const m = NESTED_CLAUSE.exec(text.slice(w, to));
  return m ? m.index + (w - from) : -1;
}

export const nestedClauses: Refiner = {
  name: "nested clauses",
  refine(ctx, found) {
    // (b holds a's speaker, so it is filed under the speaker's sentence; contents only shrink here)
    const holding = new SentenceBuckets<Attribution>();
    for (const b of found) if (b.mode !== "direct" && b.first >= 0) holding.file(b, ctx.sentenceOf(b.content.start), ctx.sentenceOf(Math.max(b.content.start, b.content.end - 1)));
    for (const a of found) {
      if (a.mode !== "indirect" || !a.speaker || a.loose || !a.cue || !SPEECH_CUES.has(a.cue.lemma) || a.speaker.start >= a.cue.start || a.content.start < a.cue.end) continue;
      for (const b of holding.at(ctx.sentenceOf(a.speaker.start))) {
        if (b === a || b.mode === "direct" || b.first < 0 || !(b.content.start < a.speaker.start && a.content.end <= b.content.end + 2)) continue;
        if (b.cue && b.cue.start >= a.speaker.start) continue;
        const at = nestedClauseAt(ctx.text, b.content.start, a.speaker.start);
        if (at > 0) b.content = { start: b.content.start, end: b.content.start + at };
      }
    }
    return found;
  },
};
