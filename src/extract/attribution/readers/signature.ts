// Signatures: a signed quotation or post, '“…” ― Sonya Herr', '… pic.twitter.com/x — Paul Ryan
// (@SpeakerRyan)', or a quotation paragraph followed by a line reading '- Bernie Sanders': the name after
// the line's last dash said what comes before it, word for word.

import type { Token } from "../../../text/tokens.js";
import type { Span } from "../../../types.js";
import { firstStartingFrom } from "../../span-index.js";
import type { AttributionContext, Reader } from "../context.js";

// after a line's last dash: a name of one to five capitalised words (a handle or ", 34, Texas" may follow)
const SIGNATURE = /^[ \t\u00a0]*\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,4}(?:[ \t]*\(@\w+\))?(?:,[^\n]{0,40})?\.?[ \t\u00a0]*$/u;
/** ―, —, – or -. */
const isDashCode = (c: number) => c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 45;
/**
 * Lines ending in a signature, as the offsets of the dash and of the line's end. (Line by line: one regular
 * expression over the whole text, lazy up to the dash, took 2.2 s of 5.4 over PolNeAR train.)
 */
function* signatureLines(text: string): Generator<{ dash: number; lineEnd: number }> {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let dash = -1;
    // (not a hyphen inside a name, "Jean-Pierre")
    // (char codes: testing each character's string against the four dashes was 1.4% of extract())
    for (let i = end - 1; i >= start && end - i <= 100; i--) if (isDashCode(text.charCodeAt(i)) && !(/\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? ""))) { dash = i; break; }
    if (dash >= 0 && SIGNATURE.test(text.slice(dash + 1, end))) yield { dash, lineEnd: end };
    start = end + 1;
  }
}
/** How many tokens of a signature are its name: capitalised words (and periods) from the start. */
function nameLength(t: Token[]): number {
  let n = 0;
  while (n < t.length && n < 6 && (t[n].cap || t[n].text === ".") && t[n].kind === "word") n++;
  return Math.max(1, n);
}

/** What a signature at `dash` signs (its line before the dash, or the quotation paragraph before), and its sentence. */
function signed(ctx: AttributionContext, dash: number): { content: Span; si: number } | null {
  const { text } = ctx;
  const lineStart = text.lastIndexOf("\n", dash - 1) + 1;
  const said = text.slice(lineStart, dash);
  let content: Span, si: number | undefined;
  if (!said.trim()) {
    // (a line holding only the signature signs the paragraph before, a quotation)
    const end = text.slice(0, lineStart).trimEnd().length;
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (end <= start || !/[”"]$/.test(text.slice(start, end))) return null;
    content = { start, end };
    si = ctx.sentenceOf(dash);
  } else {
    if (!/[”"]\s*$|pic\.twitter\.com|https?:\/\/|#\w+\s*$/.test(said.trim())) return null;
    content = { start: lineStart, end: lineStart + said.trimEnd().length };
  }
  while (/\s/.test(text[content.start])) content.start++;
  si ??= ctx.sentenceOf(content.start);
  return { content, si };
}

export const signatures: Reader = {
  name: "signatures",
  read(ctx) {
    const { text, doc, quotes } = ctx;
    for (const { dash, lineEnd } of signatureLines(text)) {
      const what = signed(ctx, dash);
      if (!what) continue;
      const { content, si } = what;
      const signer = ctx.sentenceOf(dash + 1);
      // (a text with no sentence, '"-A', has no tokens to name anyone)
      const signerTokens = doc.tokens[signer] ?? [];
      const name = signerTokens.filter((x) => x.start > dash && x.end <= lineEnd);
      if (!name.length) continue;
      const first = signerTokens.indexOf(name[0]), last = signerTokens.indexOf(name[Math.min(name.length, nameLength(name)) - 1]);
      for (let i = firstStartingFrom(quotes, content.start); i < quotes.length && quotes[i].start < content.end; i++) if (quotes[i].end <= content.end) quotes[i].used = true;
      ctx.add(content, "direct", { text: text[dash], lemma: "—", start: dash, end: dash + 1 }, ctx.entities.resolve(signer, first, last), si);
    }
  },
};
