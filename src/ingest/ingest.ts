// The ingest: read each item, extract its claims, store each document in its own transaction. A failed
// item is reported and the rest goes on; a killed run leaves every stored document whole, and the next
// run skips what is already there (same content hash) without extracting it again.

import { contentHash } from "../ledger/documents/rows.js";
import type { AddResult, LedgerStore } from "../ledger/store.js";
import { extract } from "../extract/pipeline.js";
import type { DocumentRecord, ExtractOptions } from "../types.js";
import { keepMetricsCurrent } from "../ledger/metrics/store.js";
import { raiseAlerts } from "../ledger/alerts/store.js";
import { isUserError, UserError } from "../errors.js";
import { DEFAULT_FEED_LIMITS, expandInputs, type FeedLimits, type IngestItem } from "./sources.js";
import type { Article } from "./article.js";
import { DEFAULT_LIMITS, type FetchLimits } from "./fetch.js";

export interface IngestSummary {
  documents: { new: number; unchanged: number; versions: number; failed: number };
  claims: number;
  failures: { input: string; message: string }[];
  /** documents stored with something left out (claims-capped) */
  warnings: { input: string; code: string; message: string }[];
  /** what was left unread on purpose: a feed's entries over its limits, repeated links */
  skipped: { input: string; message: string }[];
}

export interface IngestOptions {
  /** publication date for articles that carry none */
  published?: string | null;
  limits?: FetchLimits;
  /** the extensions a folder is read for (sources.ts folderExtensions); all it can read by default */
  extensions?: ReadonlySet<string>;
  /** fetch from loopback, private and link-local addresses too (SSRF: off unless the user asks) */
  allowPrivateAddresses?: boolean;
  feedLimits?: FeedLimits;
  /** what extracts (the CLI's worker with a time budget); here, in-process by default */
  extract?: (text: string, options: ExtractOptions) => DocumentRecord | Promise<DocumentRecord>;
  onStart?(total: number): void;
  onItem?(label: string): void;
  onFailure?(input: string, message: string): void;
  onWarning?(input: string, message: string): void;
  onSkipped?(input: string, message: string): void;
}

/** `run`: what extracts (the server's worker pool, extract/worker-pool.ts; here by default). */
export async function ingestArticle(ledger: LedgerStore, a: Article, fallbackPublished: string | null = null, run: (text: string, options: ExtractOptions) => DocumentRecord | Promise<DocumentRecord> = extract): Promise<AddResult> {
  const stored = await ledger.documentWithContent(contentHash(a.text));
  if (stored !== null) return { status: "unchanged", documentId: stored, claims: 0 };
  const published = a.published ?? fallbackPublished;
  const record = await run(a.text, { published, path: a.source, title: a.title ?? undefined });
  const r = await ledger.addDocument({ source: a.source, text: a.text, title: a.title, byline: a.byline, outlet: a.outlet, published, record });
  await keepMetricsCurrent(ledger);
  await raiseAlerts(ledger);
  return record.warnings && r.status !== "unchanged" ? { ...r, warnings: record.warnings } : r;
}

export async function ingest(ledger: LedgerStore, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { documents: { new: 0, unchanged: 0, versions: 0, failed: 0 }, claims: 0, failures: [], warnings: [], skipped: [] };
  const fail = (input: string, e: unknown) => {
    if (!isUserError(e)) throw e;
    const message = e.message;
    summary.documents.failed++;
    summary.failures.push({ input, message });
    options.onFailure?.(input, message);
  };
  const limits = { ...(options.limits ?? DEFAULT_LIMITS), ...(options.allowPrivateAddresses !== undefined && { allowPrivateAddresses: options.allowPrivateAddresses }) };
  const { items, errors } = await expandInputs(inputs, limits, options.feedLimits ?? DEFAULT_FEED_LIMITS, options.extensions);
  for (const e of errors) fail(e.subject ?? "", e);
  options.onStart?.(items.length);
  for (const item of items) {
    await ingestItem(ledger, item, options, summary, fail).catch((e: unknown) => fail(item.label, e instanceof Error && !isUserError(e) && /SQLITE|database/i.test(e.message) ? e : wrap(item.label, e)));
    options.onItem?.(item.label);
  }
  return summary;
}

// an unexpected failure in a parser library is still about that one input: name it, go on
function wrap(label: string, e: unknown): unknown {
  if (isUserError(e)) return e;
  return new UserError(`could not be read (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`, label);
}

async function ingestItem(ledger: LedgerStore, item: IngestItem, options: IngestOptions, summary: IngestSummary, fail: (input: string, e: unknown) => void) {
  const articles = await item.read({
    onPartFailure: (e) => fail(item.label, e),
    onSkipped: (message) => {
      summary.skipped.push({ input: item.label, message });
      options.onSkipped?.(item.label, message);
    },
  });
  for (const a of articles) {
    const r = await ingestArticle(ledger, a, options.published ?? null, options.extract);
    if (r.status === "unchanged") summary.documents.unchanged++;
    else if (r.status === "version") summary.documents.versions++;
    else summary.documents.new++;
    summary.claims += r.claims;
    for (const w of r.warnings ?? []) {
      summary.warnings.push({ input: a.source, code: w.code, message: w.message });
      options.onWarning?.(a.source, `${w.code}: ${w.message}`);
    }
  }
}
