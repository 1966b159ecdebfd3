// Colon frames: a quotation after a colon whose frame has no cue the lexicon knows: 'Mr. Christie gloated:
// “…”', 'as Tom Ridge put it: “…”' (the clause's last verb and its subject), 'Donald Trump: “…”' (a name
// alone). Offered each quotation no reading holds, before continuation (refiners/continuation.ts).

import type { Cue, Speaker } from "../../../types.js";
import { verbLemma } from "../../pos.js";
import { countWords } from "../../learned/index.js";
import type { QuoteReader } from "../context.js";
import { AUX, isDash, isVerb } from "../tokens.js";
import { coordinatedSubject, subjectBefore } from "../subjects.js";

export const colonFrame: QuoteReader = {
  name: "colon frame",
  take(ctx, q) {
    const { text, doc } = ctx;
    // (the colon right before the quotation, past spaces: lastIndexOf read back through the whole text for
    // every quotation with no colon before it)
    let colon = q.start - 1;
    while (colon >= 0 && (text[colon] === " " || text[colon] === "\t")) colon--;
    if (colon < 0 || text[colon] !== ":" || countWords(text, q.start, q.end) < 3) return false;
    const si = ctx.sentenceOf(colon);
    const tokens = doc.tokens[si];
    if (!tokens) return false;
    const k = tokens.findIndex((t) => t.start === colon);
    if (k < 1) return false;
    // the clause before the colon: from the sentence's start, or the last quotation or dash in it
    let from = 0;
    for (let j = k - 1; j >= 0; j--) if (tokens[j].kind === "quote" || isDash(tokens[j])) { from = j + 1; break; }
    let cue: Cue | null = null, speaker: Speaker | null = null;
    for (let j = k - 1; j > from; j--) {
      const t = tokens[j];
      if (!isVerb(t) || AUX.has(t.lower)) continue;
      const subject = subjectBefore(tokens, j, true) ?? (tokens[j - 1]?.lower === "and" ? coordinatedSubject(tokens, j - 1) : null);
      if (!subject || subject[0] < from) return false;
      cue = { text: t.text, lemma: verbLemma(t.lower), start: t.start, end: t.end };
      speaker = ctx.entities.resolve(si, subject[0], subject[1]);
      break;
    }
    if (!cue && k - from <= 6 && tokens.slice(from, k).every((t) => t.kind === "word" ? t.cap : t.text === ".")) {
      cue = { text: ":", lemma: ":", start: colon, end: colon + 1 };
      speaker = ctx.entities.resolve(si, from, k - 1);
    }
    if (!cue || !speaker) return false;
    q.used = true;
    ctx.add({ start: q.start, end: q.end }, "direct", cue, speaker, si);
    return true;
  },
};
