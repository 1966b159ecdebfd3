// The ingest job a watched source's new item becomes: its text when the feed carried it, else its link,
// read politely and stored by content hash (the same text under two links is stored once). The same
// job runs in `watch` on SQLite and in `claimledger worker` on PostgreSQL.

import type { Ledger } from "../ledger/ledger.js";
import type { AddResult } from "../ledger/store.js";
import { isUserError, UserError } from "../errors.js";
import { ingestArticle } from "../ingest/ingest.js";
import { articlesFrom } from "../ingest/sources.js";
import { fetchUrl, type FetchLimits } from "../ingest/fetch.js";
import { recordItemError } from "../ledger/sources/store.js";
import type { Politeness } from "./politeness.js";

export interface IngestJob {
  sourceId: number;
  /** the item's key among those seen (its link, or the source and the text's hash) */
  key: string;
  link: string | null;
  title?: string | null;
  published?: string | null;
  byline?: string | null;
  outlet?: string | null;
  /** the article's text when the source carried it whole */
  text?: string | null;
}

/** a job that would fail the same way however often it ran (robots.txt says no) */
export class NotRetried extends UserError {}

export interface JobContext {
  limits: FetchLimits;
  politeness: Politeness;
}

export async function runIngestJob(ledger: Ledger, job: IngestJob, ctx: JobContext): Promise<AddResult | null> {
  const named = async (e: unknown, stage: "read" | "store"): Promise<never> => {
    // a page that cannot be read is named on its source; the ledger's own failures (the database away, a
    // connection cut) are not the page's: the job fails, and is retried
    const why = isUserError(e) ? e : stage === "read" && !(e instanceof Error && /SQLITE|database|connect/i.test(e.message))
      ? new UserError(`could not be read (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`, job.link ?? job.key) : null;
    if (why) await recordItemError(ledger, job.sourceId, why.message).catch(() => {});
    throw why ?? e;
  };
  const store = (a: Parameters<typeof ingestArticle>[1]) => ingestArticle(ledger, a).catch((e: unknown) => named(e, "store"));
  if (job.text) return store({ source: job.link ?? job.key, text: job.text, title: job.title, byline: job.byline, outlet: job.outlet, published: job.published });
  if (!job.link) return null;
  let a;
  try {
    const why = await ctx.politeness.disallowed(job.link);
    if (why) throw new NotRetried(why, job.link);
    await ctx.politeness.turn(job.link);
    const page = await fetchUrl(job.link, ctx.limits);
    [a] = await articlesFrom(page.url, page.body, { contentType: page.contentType, limits: ctx.limits, linkedFromFeed: true });
  } catch (e) {
    return named(e, "read");
  }
  if (!a) return null;
  return store({ ...a, source: job.link, title: a.title ?? job.title, published: a.published ?? job.published, outlet: a.outlet ?? job.outlet, byline: a.byline ?? job.byline });
}
