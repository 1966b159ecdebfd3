// One poll of a watched source: robots.txt asked, the host's turn awaited, a conditional request (304:
// nothing new), then the feed's entries (or the page itself) not seen before become ingest jobs. Every
// failure is recorded on the source by name, and the source backs off.

import { contentHash } from "../ledger/documents/rows.js";
import type { Ledger } from "../ledger/ledger.js";
import type { Transaction } from "kysely";
import type { WatchDatabase } from "../ledger/sources/schema.js";
import { recordPoll, takeNewItems, type Source } from "../ledger/sources/store.js";
import { fetchUrl, type FetchLimits } from "../ingest/fetch.js";
import { articlesFrom, kindOf, DEFAULT_FEED_LIMITS, type FeedLimits } from "../ingest/sources.js";
import { parseFeed } from "../ingest/feed.js";
import { decodeText } from "../ingest/text-file.js";
import { isUserError, UserError } from "../errors.js";
import type { Politeness } from "./politeness.js";
import type { IngestJob } from "./job.js";

export type Enqueue = (trx: Transaction<WatchDatabase>, job: IngestJob) => Promise<void>;

export interface PollContext {
  limits: FetchLimits;
  feedLimits?: FeedLimits;
  politeness: Politeness;
  enqueue: Enqueue;
}

export interface PollResult {
  status: "ok" | "not modified" | "failed" | "disallowed";
  newItems: number;
  error?: string;
}

// a failure said about the source's own URL: the URL is in the list beside it already
const unprefixed = (message: string, url: string) => (message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message);

export async function pollSource(ledger: Ledger, source: Source, ctx: PollContext): Promise<PollResult> {
  const fail = async (status: "failed" | "disallowed", error: string): Promise<PollResult> => {
    await recordPoll(ledger, source, { status, error });
    return { status, newItems: 0, error };
  };
  const why = await ctx.politeness.disallowed(source.url);
  if (why) return fail("disallowed", why);
  await ctx.politeness.turn(source.url);
  let items: IngestJob[];
  let validators: { etag?: string; lastModified?: string };
  try {
    const page = await fetchUrl(source.url, ctx.limits, { etag: source.etag, lastModified: source.lastModified });
    if (page.notModified) {
      await recordPoll(ledger, source, { status: "not modified" });
      return { status: "not modified", newItems: 0 };
    }
    validators = { etag: page.etag, lastModified: page.lastModified };
    items = await itemsOf(source, page.url, page.body, page.contentType, ctx);
  } catch (e) {
    if (!isUserError(e)) throw e;
    return fail("failed", unprefixed(e.message, source.url));
  }
  const fresh = await takeNewItems(ledger, source.id, items, ctx.enqueue);
  await recordPoll(ledger, source, { status: "ok", ...validators });
  return { status: "ok", newItems: fresh.length };
}

async function itemsOf(source: Source, url: string, body: Uint8Array, contentType: string, ctx: PollContext): Promise<IngestJob[]> {
  if (!body.byteLength) throw new UserError("an empty answer", source.url);
  if (kindOf(url, body, contentType) === "feed") {
    const feed = parseFeed(decodeText(body, source.url), source.url);
    const { maxEntries } = ctx.feedLimits ?? DEFAULT_FEED_LIMITS;
    // an entry is known by its link; one without a link, by its text
    return feed.entries
      .filter((e) => e.text || (e.link && /^https?:/i.test(e.link)))
      .slice(0, maxEntries)
      .map((e) => ({
        sourceId: source.id, key: e.link ?? `${source.url}#${contentHash(e.text ?? "")}`, link: e.link, title: e.title, published: e.published,
        byline: e.byline, outlet: feed.outlet, text: e.text && e.title && !e.text.startsWith(e.title) ? `${e.title}\n\n${e.text}` : e.text,
      }));
  }
  // a page: read now (what cannot be read fails the poll by name); a changed page is a new item
  const [a] = await articlesFrom(source.url, body, { contentType, limits: ctx.limits, linkedFromFeed: true });
  if (!a) return [];
  return [{ sourceId: source.id, key: `${source.url}#${contentHash(a.text)}`, link: source.url, title: a.title, published: a.published, byline: a.byline, outlet: a.outlet, text: a.text }];
}
