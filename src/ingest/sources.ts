// From what a user points at (files, folders, URLs, "-" for standard input) to articles. A folder is
// read recursively; each file's kind comes from its extension, or from its first bytes when the
// extension says nothing.

import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import { decodeText } from "./text-file.js";
import { htmlToArticle } from "./html.js";
import { pdfToArticle } from "./pdf.js";
import { csvToArticles } from "./csv.js";
import { isFeed, parseFeed } from "./feed.js";
import { fetchUrl, DEFAULT_LIMITS, type FetchLimits } from "./fetch.js";
import type { Article } from "./article.js";

export type Kind = "text" | "html" | "pdf" | "feed" | "csv";

const EXTENSIONS: Record<string, Kind> = {
  ".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
  ".xml": "feed", ".rss": "feed", ".atom": "feed", ".csv": "csv",
};

/** the kinds of file a folder is read for, by extension without the dot ("txt", "html") */
export const FOLDER_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => e.slice(1));

// A project's own papers, not articles: a folder's LICENSE.md or README.txt is not read unless named.
const NOT_ARTICLES = /^(?:licen[cs]e|copying|readme|changelog|changes|contributing|notice|authors|code_of_conduct|security)(?:\.[^.]*)?$/i;

/** A file at most this large is read; more is not an article. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface IngestItem {
  /** the path or URL, for messages */
  label: string;
  read(): Promise<Article[]>;
}

export function kindOf(name: string, bytes: Uint8Array, contentType = ""): Kind {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-") || /application\/pdf/i.test(contentType)) return "pdf";
  const ext = EXTENSIONS[path.extname(name.split(/[?#]/)[0]).toLowerCase()];
  if (ext && ext !== "text") return ext;
  if (/(?:rss|atom)\+xml|\/xml/i.test(contentType) || isFeed(head)) return "feed";
  if (/text\/html|xhtml/i.test(contentType) || /^\s*(?:<!doctype html|<html\b)/i.test(head)) return "html";
  if (/text\/csv/i.test(contentType)) return "csv";
  return ext ?? "text";
}

/** HTML in the charset its page declares (an old page in windows-1252 is still read right). */
function decodeHtml(bytes: Uint8Array, name: string, contentType = ""): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(Buffer.from(bytes.subarray(0, 4096)).toString("latin1"))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown charset name: fall back to UTF-8 and its clear error
    }
  }
  return decodeText(bytes, name);
}

export async function articlesFrom(name: string, bytes: Uint8Array, options: { contentType?: string; limits?: FetchLimits } = {}): Promise<Article[]> {
  if (bytes.byteLength === 0) throw new UserError("empty file", name);
  const kind = kindOf(name, bytes, options.contentType);
  switch (kind) {
    case "pdf":
      return [await pdfToArticle(bytes, name)];
    case "html":
      return [htmlToArticle(decodeHtml(bytes, name, options.contentType), name)];
    case "csv":
      return csvToArticles(decodeText(bytes, name), name);
    case "feed": {
      const feed = parseFeed(decodeText(bytes, name), name);
      const out: Article[] = [];
      for (const [i, e] of feed.entries.entries()) {
        const source = e.link ?? `${name}#${i + 1}`;
        if (e.text) {
          out.push({ source, text: e.title && !e.text.startsWith(e.title) ? `${e.title}\n\n${e.text}` : e.text, title: e.title, byline: e.byline, outlet: feed.outlet, published: e.published });
        } else if (e.link && /^https?:/i.test(e.link)) {
          // the feed carries only a summary: read the page itself
          const page = await fetchUrl(e.link, options.limits ?? DEFAULT_LIMITS);
          const [a] = await articlesFrom(page.url, page.body, { contentType: page.contentType, limits: options.limits });
          if (a) out.push({ ...a, source, title: a.title ?? e.title, published: a.published ?? e.published, outlet: a.outlet ?? feed.outlet });
        }
      }
      return out;
    }
    default: {
      const text = decodeText(bytes, name);
      if (!text.trim()) throw new UserError("empty file", name);
      return [{ source: name, text }];
    }
  }
}

async function walk(dir: string, out: string[], extensions: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, extensions);
    else if (e.isFile() && extensions.has(path.extname(e.name).slice(1).toLowerCase()) && !NOT_ARTICLES.test(e.name)) out.push(p);
  }
}

/** "md,.TXT" → the extensions a folder is read for; a reader's error for a kind the ingest cannot read */
export function folderExtensions(list: string): Set<string> {
  const exts = list.split(",").map((e) => e.trim().replace(/^\./, "").toLowerCase()).filter(Boolean);
  if (!exts.length) throw new UserError("--ext wants file extensions separated by commas (txt,html)");
  for (const e of exts) if (!FOLDER_EXTENSIONS.includes(e)) throw new UserError(`--ext: cannot read ".${e}" files; the kinds read are ${FOLDER_EXTENSIONS.join(", ")}`);
  return new Set(exts);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The items an ingest will read, in order; what cannot even be listed is reported, not thrown. */
export async function expandInputs(
  inputs: string[],
  limits: FetchLimits = DEFAULT_LIMITS,
  /** the extensions a folder is read for (a file named on its own is always read) */
  extensions: ReadonlySet<string> = new Set(FOLDER_EXTENSIONS),
): Promise<{ items: IngestItem[]; errors: UserError[] }> {
  const items: IngestItem[] = [];
  const errors: UserError[] = [];
  for (const input of inputs) {
    if (input === "-") {
      items.push({ label: "stdin", read: async () => articlesFrom("stdin", await readStdin()) });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      items.push({
        label: input,
        read: async () => {
          const page = await fetchUrl(input, limits);
          return articlesFrom(input, page.body, { contentType: page.contentType, limits });
        },
      });
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      errors.push(new UserError((e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot be read (${(e as Error).message})`, input));
      continue;
    }
    const files: string[] = [];
    if (st.isDirectory()) await walk(input, files, extensions);
    else files.push(input);
    for (const file of files)
      items.push({
        label: file,
        read: async () => {
          const size = (await stat(file)).size;
          if (size > MAX_FILE_BYTES) throw new UserError(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB: not an article`, file);
          let bytes: Buffer;
          try {
            bytes = await readFile(file);
          } catch (e) {
            throw new UserError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
          }
          return articlesFrom(file, bytes);
        },
      });
  }
  return { items, errors };
}
