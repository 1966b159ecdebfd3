// Transcript turns: "WALLACE: Let's start …" (often opened with a quotation mark that runs through the
// paragraph) is a headline-shaped line whose speaker label is in capitals: all the paragraph is what was
// said, word for word. Read by the headline reader (headline.ts), line by line with the headlines, since
// a turn and a headline propose through one filing of readings and their order decides which is kept.

import type { Token } from "../../../text/tokens.js";
import { firstStartingFrom } from "../../span-index.js";
import type { AttributionContext } from "../context.js";

/** A label in capitals, in a body sentence (the title is no turn). */
export function isTurnLabel(label: Token[], si: number): boolean {
  return si >= 0 && label.every((t) => t.kind !== "word" || (t.text.length > 1 && t.text === t.text.toUpperCase()));
}

/** Where a turn opened in sentence si ends: with its paragraph. */
export function turnEnd(ctx: AttributionContext, si: number): number {
  const { sentences } = ctx.doc;
  let last = si;
  while (sentences[last + 1]?.paragraph === sentences[si].paragraph) last++;
  return sentences[last].end;
}

/** The quotations in a turn, from its first token to the content's end, are the turn's: none frames anything else. */
export function takeTurnQuotes(ctx: AttributionContext, from: number, to: number): void {
  const { quotes } = ctx;
  for (let i = firstStartingFrom(quotes, from); i < quotes.length && quotes[i].start < to; i++) quotes[i].used = true;
}
