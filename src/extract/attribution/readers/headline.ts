// Headlines: "Name: what they said", the title and any paragraph-opening line shaped so. A transcript's
// turn is one whose label is in capitals (transcript.ts); labels that are not speakers ("UPDATE:") are
// neither turns nor headlines.

import { tokenize, type Token } from "../../../text/tokens.js";
import type { Cue, Speaker } from "../../../types.js";
import type { AttributionContext, Reader } from "../context.js";
import { trimEnd } from "../tokens.js";
import { isTurnLabel, takeTurnQuotes, turnEnd } from "./transcript.js";

// labels in capitals before a colon that name no speaker
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|EDITOR['’]?S NOTE|CORRECTION|CLARIFICATION|WATCH|VIDEO|PHOTOS?|READ MORE|RELATED|BREAKING|EXCLUSIVE|WARNING|SOURCE|SOURCES|TRANSCRIPT|FULL TEXT|UPDATE \d+)$/i;

/** The title's speaker: named as written (the entity index knows body sentences only). */
function titleSpeaker(text: string, tokens: Token[], colon: number): Speaker {
  const name = text.slice(tokens[0].start, tokens[colon - 1].end);
  return { name, mention: name, kind: "person", role: null, resolved: true, start: tokens[0].start, end: tokens[colon - 1].end };
}

/** The headline (or turn) a line's tokens make, proposed; si is -1 for the title. */
function readHeadline(ctx: AttributionContext, tokens: Token[], si: number): void {
  const { text } = ctx;
  // (a turn may open with a quotation mark that runs through its paragraph)
  const from = si >= 0 && tokens[0]?.kind === "quote" ? 1 : 0;
  const colon = tokens.findIndex((t) => t.text === ":");
  if (colon - from < 1 || colon - from > 6 || !tokens[from].cap || tokens.length - colon < 4) return;
  const label = tokens.slice(from, colon);
  if (!label.every((t) => t.cap || t.text === "." || t.lower === "of")) return;
  if (NOT_SPEAKERS.test(text.slice(label[0].start, label[label.length - 1].end))) return;
  const turn = isTurnLabel(label, si);
  if (from && !turn) return;
  const speaker = si >= 0 ? ctx.entities.resolve(si, from, colon - 1) : titleSpeaker(text, tokens, colon);
  const end = turn ? turnEnd(ctx, si) : tokens[tokens.length - 1].end;
  const content = { start: tokens[colon + 1].start, end: trimEnd(text, tokens[colon + 1].start, end) };
  const cue: Cue = { text: ":", lemma: ":", start: tokens[colon].start, end: tokens[colon].end };
  if (turn) takeTurnQuotes(ctx, tokens[0].start, content.end);
  if (si >= 0) ctx.add(content, turn ? "direct" : "indirect", cue, speaker, si);
  else ctx.addTitle({ first: -1, last: -1, content, mode: "indirect", cue, speaker, hedges: [], evidence: null, confidence: 0 });
}

export const headlines: Reader = {
  name: "headlines and transcript turns",
  read(ctx) {
    const { doc, text } = ctx;
    const lines: { tokens: Token[]; si: number }[] = doc.sentences.filter((s) => s.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 2), s.start))).map((s) => ({ tokens: doc.tokens[s.index], si: s.index }));
    if (doc.title) lines.unshift({ tokens: tokenize(text, doc.title.start, doc.title.end), si: -1 });
    for (const { tokens, si } of lines) readHeadline(ctx, tokens, si);
  },
};
