// Shares of those asked inside a finding: "The poll showed that 59 percent …, and 74 percent said …",
// "The survey finds that, while 37 percent say …, 39 percent blame …": a share or a count of the people
// asked, subject of a verb of its own inside or right after what another reading reports, is that
// reading's finding, not a speaker: the finding's content goes on over it and the share's reading goes.

import type { Span } from "../../../types.js";
import { SentenceBuckets } from "../../span-index.js";
import type { Attribution, Refiner } from "../context.js";

/** a subject that is a share or a count of people ("74 percent", "one in four"), with what may stand before it */
const SHARE_SUBJECT = /^(?:(?:about|nearly|almost|only|just|roughly|another|over|more than|fewer than|less than)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:\d+|three|four|five|ten)\b)/i;
/** what may join the share's clause to the finding before it (", and", "; while") */
const JOINED = /^[\s,;]*(?:(?:and|but|while|whereas|although|though)\s+)?$/i;
/** a number the rules left out of the subject ("percent of residents" for "37 percent of residents") */
const NUMBER_BEFORE = /\d[\d.,]*\s*$/;

function shareSubject(text: string, sp: Span): boolean {
  const c = text.charCodeAt(sp.start);
  // (the cheap test first: a share opens with a digit or a letter of the words above, in lower or upper case)
  if (!(c >= 48 && c <= 57) && !/^(?:per|about|nearly|almost|only|just|roughly|another|over|more|fewer|less|one|two|three|four|five|six|seven|eight|nine)\b/i.test(text.slice(sp.start, sp.start + 8))) return false;
  const words = text.slice(sp.start, sp.end);
  if (/^per\s?cent\b/i.test(words)) {
    const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, sp.start - 16), sp.start));
    return !!m && SHARE_SUBJECT.test(m[0] + words);
  }
  return SHARE_SUBJECT.test(words);
}

/** where the share's phrase starts: its number too when the rules left it out */
function shareStart(text: string, sp: Span): number {
  const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, sp.start - 16), sp.start));
  return m ? sp.start - m[0].length : sp.start;
}

export const shareFindings: Refiner = {
  name: "share findings",
  refine(ctx, found) {
    const { text } = ctx;
    const shares = found.filter((a) => a.first >= 0 && a.mode === "indirect" && !!a.speaker && !!a.cue && a.speaker.start < a.cue.start && shareSubject(text, a.speaker));
    if (!shares.length) return found;
    const bySentence = new SentenceBuckets<Attribution>();
    for (const b of found) if (b.first >= 0 && b.mode !== "direct" && b.cue) bySentence.file(b, b.first, b.last);
    const gone = new Set<Attribution>();
    shares.sort((x, y) => x.speaker!.start - y.speaker!.start);
    for (const a of shares) {
      const from = shareStart(text, a.speaker!);
      let finding: Attribution | undefined;
      for (const b of bySentence.at(ctx.sentenceOf(from))) {
        if (b === a || gone.has(b) || b.cue!.end > from || b.content.start > from || b.content.end < from && !JOINED.test(text.slice(b.content.end, from))) continue;
        if (!finding || b.content.start > finding.content.start) finding = b;
      }
      if (!finding) continue;
      if (a.content.end > finding.content.end) finding.content = { start: finding.content.start, end: a.content.end };
      gone.add(a);
    }
    return gone.size ? found.filter((a) => !gone.has(a)) : found;
  },
};
