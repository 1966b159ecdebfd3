// RSS 2.0 and Atom feeds: each entry becomes an article, from its own content when the feed carries
// the full text, otherwise from the page it links to.

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { UserError } from "../errors.js";
import { htmlToText } from "./html.js";
import { isoDate } from "./article.js";

export interface FeedEntry {
  title: string | null;
  link: string | null;
  published: string | null;
  /** the entry's text when the feed carries enough of it, else null */
  text: string | null;
  byline: string | null;
}

const FULL_TEXT = 400; // characters: below this a feed carries a summary, not the article

const str = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (typeof v === "object" && "#text" in (v as object)) return String((v as { "#text": unknown })["#text"]);
  return null;
};
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function isFeed(xml: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(xml);
}

// An entity declared in terms of another entity: the "billion laughs" pattern. fast-xml-parser leaves
// such references unexpanded, which would lose the feed's text without a word: refuse it by name.
const NESTED_ENTITY = /<!ENTITY\s+(?:%\s+)?[^\s>]+\s+(?:"[^"]*[&%][^"]*"|'[^']*[&%][^']*')/;

export function parseFeed(xml: string, source: string): { outlet: string | null; entries: FeedEntry[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UserError(`${source}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  if (NESTED_ENTITY.test(xml)) throw new UserError(`${source}: the feed declares entities that expand into other entities (an XML entity-expansion attack): not read`);
  let doc: Record<string, any>;
  try {
    // fast-xml-parser's own limits (entity count, expanded length) stop a blow-up; its error is named here
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: true }).parse(xml) as Record<string, any>;
  } catch (e) {
    throw new UserError(`${source}: the feed cannot be read (${(e as Error).message.split("\n")[0]})`);
  }
  const entries: FeedEntry[] = [];
  const entry = (title: unknown, link: string | null, date: unknown, content: unknown, summary: unknown, author: unknown) => {
    const html = str(content) ?? "";
    const body = html ? htmlToText(html) : "";
    const short = str(summary);
    entries.push({
      title: str(title)?.trim() || null,
      link,
      published: isoDate(str(date)),
      text: body.length >= FULL_TEXT ? body : null,
      byline: str(author)?.trim() || null,
    });
    if (!body && short && short.length >= FULL_TEXT) entries[entries.length - 1].text = htmlToText(short);
  };
  if (doc.rss?.channel) {
    const ch = doc.rss.channel;
    for (const it of list(ch.item)) entry(it.title, str(it.link), it.pubDate ?? it["dc:date"], it["content:encoded"], it.description, it["dc:creator"] ?? it.author);
    return { outlet: str(ch.title), entries };
  }
  if (doc.feed) {
    for (const it of list(doc.feed.entry)) {
      const links = list(it.link) as Record<string, string>[];
      const link = (links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0])?.["@href"] ?? null;
      entry(it.title, link, it.published ?? it.updated, it.content, it.summary, it.author?.name);
    }
    return { outlet: str(doc.feed.title), entries };
  }
  if (doc["rdf:RDF"]) {
    for (const it of list(doc["rdf:RDF"].item)) entry(it.title, str(it.link), it["dc:date"], it["content:encoded"], it.description, it["dc:creator"]);
    return { outlet: str(doc["rdf:RDF"].channel?.title), entries };
  }
  throw new UserError(`${source}: XML, but neither an RSS nor an Atom feed`);
}
