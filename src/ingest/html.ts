// HTML pages: the main article text through @mozilla/readability (on linkedom, no browser), with the
// title, byline, outlet and publication date from the page's metadata. Navigation, ads and comments
// are what Readability leaves out; the text keeps one blank line between paragraphs.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { UserError } from "../errors.js";
import { isoDate, type Article } from "./article.js";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

/**
 * Readability's bound on a page's elements: it scores candidates by walking the text of every element,
 * repeatedly, and a page over this is read as its body's text instead (walked once). A news article's page
 * has a few thousand elements.
 */
export const MAX_HTML_ELEMENTS = 30_000;

/** Readability's article, or null on a page with more elements than MAX_HTML_ELEMENTS. */
function readable(html: string): ReturnType<Readability["parse"]> {
  // Readability changes the document it reads: give it its own
  const reader = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100, maxElemsToParse: MAX_HTML_ELEMENTS });
  try {
    return reader.parse();
  } catch (e) {
    if (e instanceof Error && /^Aborting parsing document/.test(e.message)) return null;
    throw e;
  }
}

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

function jsonLd(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const v = JSON.parse(s.textContent ?? "") as unknown;
      const items = Array.isArray(v) ? v : [v];
      for (const it of items) {
        if (it && typeof it === "object") {
          out.push(it as Record<string, unknown>);
          const graph = (it as { "@graph"?: unknown })["@graph"];
          if (Array.isArray(graph)) out.push(...(graph.filter((g) => g && typeof g === "object") as Record<string, unknown>[]));
        }
      }
    } catch {
      // a broken JSON-LD block is the page's problem, not a reason to lose its article
    }
  }
  return out;
}

const normalizeSpace = (s: string) => s.replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim();

/** The paragraphs of an HTML fragment as plain text. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => normalizeSpace(el.textContent ?? "")).filter(Boolean);
  return parts.join("\n\n");
}

export function htmlToArticle(html: string, source: string): Article {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new UserError(`${source}: not an HTML page`);
  const { document } = parseHTML(html);
  const ld = jsonLd(document as unknown as Document);
  const ldValue = (k: string) => {
    for (const o of ld) {
      const v = o[k];
      if (typeof v === "string") return v;
      if (v && typeof v === "object") {
        const name = (Array.isArray(v) ? v[0] : v) as { name?: unknown };
        if (typeof name?.name === "string") return name.name;
      }
    }
    return null;
  };
  const doc = document as unknown as Document;
  const published = isoDate(
    meta(doc, "article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued", "og:published_time") ??
      ldValue("datePublished") ??
      doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
  );
  const outlet = meta(doc, "og:site_name", "application-name") ?? ldValue("publisher");
  const metaTitle = meta(doc, "og:title", "twitter:title") ?? ldValue("headline");
  const metaByline = meta(doc, "author", "article:author") ?? ldValue("author");
  const article = readable(html);
  const text = article?.content ? htmlToText(article.content) : normalizeSpace(doc.body?.textContent ?? "");
  // a page whose main text is a few words (a menu, a broken fragment) holds no article
  if ((text.match(/\S+/g) ?? []).length < 8) throw new UserError(`${source}: no article text found in the page`);
  const title = (article?.title || metaTitle || doc.title || "").trim() || null;
  return {
    source,
    // the title heads the text, as in a plain-text article, so that offsets and the title line agree
    text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    title,
    byline: (article?.byline || metaByline || null)?.trim() || null,
    outlet: (article?.siteName || outlet || null)?.trim() || null,
    published,
  };
}
