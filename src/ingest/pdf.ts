// PDFs: the text layer through unpdf (pdf.js), page by page, with page furniture removed: lines that
// repeat at the top or bottom of most pages (running heads, outlet names) and page numbers.

import { inflateSync, constants as zlibConstants } from "node:zlib";
import { UserError } from "../errors.js";
import type { Article } from "./article.js";
import { DEFAULT_PDF_LIMITS, readPdf, type PdfLimits } from "./pdf-process.js";

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

export function removeFurniture(pages: string[]): string {
  const lines = pages.map((p) => p.split(/\r?\n/).map((l) => l.trim()));
  const edges = new Map<string, number>();
  for (const ls of lines) {
    const nonEmpty = ls.filter(Boolean);
    for (const l of new Set([...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)])) {
      const key = l.replace(/\d+/g, "#");
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  const repeated = (l: string) => pages.length >= 2 && (edges.get(l.replace(/\d+/g, "#")) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return lines
    .map((ls) => ls.filter((l) => l && !PAGE_NUMBER.test(l) && !repeated(l)).join("\n"))
    .filter(Boolean)
    .join("\n")
    // pdf.js gives a line per printed line: join lines into paragraphs, keep blank-line breaks
    .replace(/([^\n.!?:”"])\n(?=[a-z])/g, "$1 ")
    .trim();
}

/**
 * The first FlateDecode stream (images aside: pdf.js does not decode them for text) that inflates past
 * `maxBytes`, found with native zlib before pdf.js sees the file: a bomb is refused in a second, not after
 * pdf.js's own (JavaScript) inflate has spent ~15 s on it. A heuristic scan of "stream … endstream";
 * what it misses (other filters, odd layouts) the reader process's heap and time limits still bound.
 */
export function inflatesPast(bytes: Uint8Array, maxBytes: number): boolean {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const start = /(?<!end)stream\r?\n/g;
  for (let m; (m = start.exec(s)); ) {
    const end = s.indexOf("endstream", start.lastIndex);
    if (end < 0) break;
    const dict = s.slice(Math.max(0, m.index - 2048), m.index);
    const own = dict.slice(dict.lastIndexOf(" obj") + 1);
    if (/\/FlateDecode\b/.test(own) && !/\/Subtype\s*\/Image\b/.test(own)) {
      try {
        inflateSync(bytes.subarray(start.lastIndex, end), { maxOutputLength: maxBytes, finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return true;
        // a stream zlib cannot read is pdf.js's to judge
      }
    }
    start.lastIndex = end + 9;
  }
  return false;
}

export async function pdfToArticle(bytes: Uint8Array, source: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<Article> {
  if (Number.isFinite(limits.maxInflatedBytes) && inflatesPast(bytes, limits.maxInflatedBytes)) throw new UserError(`a compressed stream in the PDF inflates to more than ${Math.round(limits.maxInflatedBytes / 1024 / 1024)} MB: not read`, source);
  const { pages, title } = await readPdf(bytes, source, limits);
  const text = removeFurniture(pages);
  if (!text) throw new UserError(`${source}: the PDF has no text layer`);
  return { source, text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text, title };
}
