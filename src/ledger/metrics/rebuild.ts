// Making the metrics again from the ledger's claims and reference tables, when the keying rules changed
// (analysis/metric.ts METRIC_KEYS_VERSION) so old claims would keep stale keys. Claims, reviews, corrections
// and reference tables are kept; metrics, their figures and findings are made again, document by document
// in transactions of their own, the reference tables last (store.ts catchUp) (an ingest meanwhile waits its turn, then carries on from the same mark, and
// a rebuild that was stopped is carried on by the next catch-up). Alerts hold their findings mark while it
// runs and take the findings it made as known, not as news (ledger/alerts/store.ts).

import { sql } from "kysely";
import { METRIC_KEYS_VERSION } from "../../analysis/metric.js";
import { findingsChanged } from "./counts.js";
import { readMark, writeMark } from "./progress.js";
import { MetricsLedger } from "./store.js";
import type { Ledger } from "../ledger.js";

/** the metrics were keyed by other rules than this release's (or before releases were kept) */
export async function keysStale(m: MetricsLedger): Promise<boolean> {
  if ((await readMark(m.db, "rebuild")) !== null) return true;
  const keyed = await readMark(m.db, "keys");
  if (keyed === METRIC_KEYS_VERSION) return false;
  const any = await m.db.selectFrom("metrics").select("id").limit(1).executeTakeFirst();
  return !!any || ((await readMark(m.db, "document")) ?? 0) > 0;
}

/**
 * Makes the metrics and findings again by this release's keying rules; `onProgress` hears how many of the
 * documents read before have been read again. Returns that number.
 */
export async function rebuildMetrics(m: MetricsLedger, onProgress?: (done: number, total: number) => void): Promise<number> {
  const through = await m.db.transaction().execute(async (trx) => {
    await m.ledger.engine.lockTransaction(trx, "metrics");
    const under = await readMark(trx, "rebuild");
    // a rebuild under way (one that was stopped) is carried on, not started again
    if (under !== null) return under;
    const read = (await readMark(trx, "document")) ?? 0;
    await trx.deleteFrom("findings").execute();
    await trx.deleteFrom("finding_counts").execute();
    await trx.deleteFrom("metric_figures").execute();
    await trx.deleteFrom("metrics").execute();
    await writeMark(trx, "document", 0);
    await writeMark(trx, "rebuild", read);
    await writeMark(trx, "keys", METRIC_KEYS_VERSION);
    return read;
  });
  findingsChanged(m.ledger);
  const total = Number((await m.db.selectFrom("documents").select(sql<number>`count(*)`.as("n")).where("id", "<=", through).executeTakeFirst())?.n ?? 0);
  const before = Number((await m.db.selectFrom("documents").select(sql<number>`count(*)`.as("n")).where("id", "<=", (await readMark(m.db, "document")) ?? 0).executeTakeFirst())?.n ?? 0);
  onProgress?.(before, total);
  // documents ingested meanwhile are read after the rebuild's own, in the same catch-up
  await m.catchUp((read) => onProgress?.(Math.min(total, before + read), total));
  return total;
}

/**
 * The ledger's metrics read up to its latest document, made again first when `rebuild` asks or when they were
 * keyed by other rules than this release's; `onProgress` hears the rebuild's documents.
 */
export async function keyedMetrics(ledger: Ledger, options: { rebuild?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<MetricsLedger> {
  const m = new MetricsLedger(ledger);
  if (options.rebuild || (await keysStale(m))) await rebuildMetrics(m, options.onProgress);
  else await m.catchUp();
  return m;
}
