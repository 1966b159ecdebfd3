// PDFs: the text layer through unpdf (pdf.js), page by page, with page furniture removed: lines that
// repeat at the top or bottom of most pages (running heads, outlet names) and page numbers.

import { extractText, getDocumentProxy } from "unpdf";
import { UserError } from "../errors.js";
import type { Article } from "./article.js";

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

export async function pdfToArticle(bytes: Uint8Array, source: string): Promise<Article> {
  let pages: string[];
  let title: string | null = null;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const meta = await pdf.getMetadata().catch(() => null);
    const t = (meta?.info as { Title?: unknown } | undefined)?.Title;
    if (typeof t === "string" && t.trim()) title = t.trim();
    pages = (await extractText(pdf, { mergePages: false })).text as string[];
  } catch (e) {
    throw new UserError(`${source}: not a readable PDF (${(e as Error).message.split("\n")[0]})`);
  }
  const text = removeFurniture(pages);
  if (!text) throw new UserError(`${source}: the PDF has no text layer`);
  return { source, text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text, title };
}
