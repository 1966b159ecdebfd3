// The sentence pass: each sentence's words are offered, left to right, to the token readers in their
// order ("In a poll, …", "according to X", a cue); the first whose pattern is there reads it and says how
// far it read. Proposals come out in text order, which the readers after rely on (a participle goes on
// with the frame before it, a cut sentence with the speaker of the one before).

import type { Token } from "../../../text/tokens.js";
import type { Span } from "../../../types.js";
import type { AttributionContext, Reader, SentenceView, TokenReader } from "../context.js";
import { trimEnd } from "../tokens.js";

/** Most words capitalised, as in a headline (four words or more). */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) if (t.kind === "word") { words++; if (t.cap) caps++; }
  return words >= 4 && caps >= 0.7 * words;
}

/** Tokens from..to of the sentence as a content, without its closing punctuation and within the sentence. */
export function clauseSpan(ctx: AttributionContext, view: SentenceView, from: number, to: number): Span {
  const { tokens } = view;
  return { start: tokens[from].start, end: Math.min(view.end, trimEnd(ctx.text, tokens[from].start, tokens[to].end)) };
}

/**
 * The readers live in functions called for the few tokens they read, the sentence in one view object:
 * with closures in the loop that captured the token, V8 allocated a context for every token of the
 * text, 90 MiB a pass over PolNeAR train, the largest allocation after the tokens themselves.
 */
export function readSentences(readers: readonly TokenReader[]): Reader {
  return {
    name: "sentences",
    read(ctx) {
      const { doc, text } = ctx;
      doc.sentences.forEach((s, si) => {
        const tokens = doc.tokens[si];
        const view: SentenceView = {
          si, s, tokens,
          end: trimEnd(text, s.start, s.end),
          titled: s.paragraphStart && doc.sentences[si + 1]?.paragraph !== s.paragraph && isTitleCase(tokens),
          fromHere: ctx.found.length,
        };
        for (let c = 0; c < tokens.length; c++) {
          if (tokens[c].kind !== "word") continue;
          for (const r of readers) {
            const last = r.at(ctx, view, c);
            if (last >= 0) { c = last; break; }
          }
        }
      });
    },
  };
}
