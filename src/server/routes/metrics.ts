// /api/metrics: what the ledger's figures count, most figures first (q: words of the label); /api/metrics/KEY:
// one metric with its claims and reference figures, earliest period first, a page at a time (the data of a
// metric's timeline).

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { Ledger } from "../../ledger/ledger.js";
import { MetricsLedger } from "../../ledger/metrics/store.js";
import { httpError } from "../plugins/errors.js";
import { parseCursor, type Cursor } from "../../ledger/metrics/figure-page.js";
import { unreadDocuments } from "../../ledger/metrics/progress.js";
import { keysStale, rebuildMetrics } from "../../ledger/metrics/rebuild.js";
import { BACKLOG_HEADER, KeptAnswers, answersMark, markBacklog } from "../kept-answers.js";
import { METRICS_QUERY, METRIC_PARAMS, METRIC_QUERY } from "../schemas/metrics.js";

/** a request reads at most this many documents into the metrics itself (one catch-up batch): more is a backlog */
export const REQUEST_CATCH_UP = 20;
/** the catch-up this process runs on a ledger's backlog, while it runs */
const catchingUp = new WeakMap<Ledger, Promise<unknown>>();
/** whether a ledger's metrics were keyed by an older release's rules, asked once per process and ledger */
const keysChecked = new WeakMap<Ledger, Promise<boolean>>();

/**
 * The metrics of a ledger that keeps them, read up to its latest document when only a few documents are
 * unread (the ingest reads each document it stores: what is left is what came in meanwhile). A backlog (a
 * ledger filled by a copy or an older release, a rebuild of the metrics: at ten million claims, hours of
 * reading) is read in the background, a batch at a time, as an ingest would, while requests answer at once
 * from what has been read so far; `onBacklog` hears that it is so.
 */
export async function metricsOf(ledger: LedgerStore, onBacklog?: () => void): Promise<MetricsLedger> {
  if (!(ledger instanceof Ledger)) throw httpError(501, "this ledger keeps no metrics");
  const m = new MetricsLedger(ledger);
  if (catchingUp.has(ledger)) {
    onBacklog?.();
    return m;
  }
  // A ledger whose metrics an older release keyed (METRIC_KEYS_VERSION moved, or a rebuild was stopped) is
  // rekeyed in the background, as `claimledger check` does before it reads: left as they were, its old
  // documents' figures would stand in other metrics than the same figures of new ones, and no check would
  // ever set them side by side.
  let stale = keysChecked.get(ledger);
  if (!stale) {
    keysChecked.set(ledger, (stale = keysStale(m)));
    stale.catch(() => keysChecked.delete(ledger));
  }
  if (await stale) {
    onBacklog?.();
    if (!catchingUp.has(ledger)) {
      keysChecked.set(ledger, Promise.resolve(false));
      const run = rebuildMetrics(m)
        // asked again by the next request, which carries the rebuild on from where it stopped
        .catch((e: unknown) => { keysChecked.delete(ledger); console.error(`metrics: rekeying failed (${(e as Error).message}); the next request tries again`); })
        .finally(() => catchingUp.delete(ledger));
      catchingUp.set(ledger, run);
    }
    return m;
  }
  const unread = await unreadDocuments(m.db, REQUEST_CATCH_UP + 1);
  if (unread === 0) return m;
  if (unread <= REQUEST_CATCH_UP) {
    await m.catchUp();
    return m;
  }
  onBacklog?.();
  const run = m.catchUp().catch((e: unknown) => console.error(`metrics: catching up failed (${(e as Error).message}); the next request tries again`))
    .finally(() => catchingUp.delete(ledger));
  catchingUp.set(ledger, run);
  return m;
}

export { BACKLOG_HEADER, markBacklog };

export interface MetricRef {
  key: string;
  label: string;
}

/** the metric each of these claims' figures belongs to (a claim without one is absent) */
export async function metricsOfClaims(m: MetricsLedger, claimIds: number[]): Promise<Map<number, MetricRef & { id: number }>> {
  const out = new Map<number, MetricRef & { id: number }>();
  const ids = [...new Set(claimIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await m.db.selectFrom("metric_figures").innerJoin("metrics", "metrics.id", "metric_figures.metric_id")
      .select(["metric_figures.claim_id", "metrics.id", "metrics.key", "metrics.label"]).where("metric_figures.claim_id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(Number(r.claim_id), { id: Number(r.id), key: r.key, label: r.label });
  }
  return out;
}

/** words of a metric's label or key, each a LIKE pattern (the wildcards typed are taken as letters' absence) */
const likeWords = (q: string) => (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => `%${w}%`);

/** metrics' pages kept at once, in bytes (a first page, with its findings' claims, is tens of KiB) */
const KEPT_BYTES = 32 * 1024 * 1024;

export function metricRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  // a page resolves its figures' claims and its findings': kept until the ledger may have changed
  const kept = new KeptAnswers(answersMark(ledger), KEPT_BYTES);
  app.get<{ Querystring: { limit: number; offset: number; min: number; q?: string } }>("/api/metrics", {
    schema: {
      tags: ["metrics"], summary: "metrics: what is counted, what happened to it, where; most figures first; q: words of the label",
      querystring: METRICS_QUERY,
    },
  }, async (req, reply) => {
    const m = await metricsOf(ledger, markBacklog(reply));
    const { limit, offset, min } = req.query;
    const words = likeWords(req.query.q ?? "");
    if (!words.length) {
      const [items, total] = await Promise.all([m.metrics({ limit, offset, minFigures: min }), m.countMetrics(min)]);
      return { items: items.map(({ key, label, figures }) => ({ key, label, figures })), total, limit, offset };
    }
    // a search reads the metrics table once per word: there is one row per metric, not per figure
    let q = m.db.selectFrom("metrics").where("figures", ">=", min);
    for (const w of words) q = q.where((eb) => eb.or([eb(eb.fn("lower", ["label"]), "like", w), eb(eb.fn("lower", ["key"]), "like", w)]));
    const [rows, count] = await Promise.all([
      q.select(["key", "label", "figures"]).orderBy("figures", "desc").orderBy("id").limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst(),
    ]);
    return { items: rows.map((r) => ({ key: r.key, label: r.label, figures: Number(r.figures) })), total: Number(count?.n ?? 0), limit, offset };
  });

  app.get<{ Params: { key: string }; Querystring: { limit: number; after?: string } }>("/api/metrics/:key", {
    schema: {
      tags: ["metrics"], params: METRIC_PARAMS, querystring: METRIC_QUERY,
      summary: "one metric: a page of its claims and reference figures, earliest first (next: the cursor of the page after), and on the first page its findings",
    },
  }, async (req, reply) => {
    return kept.send(req, reply, JSON.stringify([req.params.key, req.query.limit, req.query.after]), async (onBacklog) => {
      const m = await metricsOf(ledger, onBacklog);
      const metric = await m.metric(req.params.key);
      if (!metric) throw httpError(404, `no metric "${req.params.key}"`);
      let after: Cursor | null = null;
      try {
        after = req.query.after ? parseCursor(req.query.after) : null;
      } catch (e) {
        throw httpError(400, (e as Error).message);
      }
      const { claims, findings, moreFindings, next } = await m.metricPage(metric, { limit: req.query.limit, after });
      return { key: metric.key, label: metric.label, figures: metric.figures, claims, findings, moreFindings, next };
    });
  });
}
