// One ledger copied into another (SQLite to PostgreSQL, when a team outgrows the embedded file, or back): every
// row keeps its id, so reviews, corrections, figures and alerts still point at their claims. Table by table,
// in batches, each batch one transaction; a row the target has already (by its key) is passed over, so a
// copy cut short is run again and goes on where it stopped. Search is indexed by the target's own engine
// (sentences are stored through it), and what is derived (speakers' counts) is counted again at the end.

import { sql, type Kysely, type Transaction } from "kysely";
import { UserError } from "../errors.js";
import type { Ledger } from "./ledger.js";
import { COUNT_ALL_SPEAKERS } from "./documents/speakers.js";
import { fillFindingClaims } from "./metrics/finding-claims.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any> | Transaction<any>;
type Row = Record<string, unknown>;

/** the tables copied, parents before children, each with the key it is read in order of */
export const COPIED: readonly (readonly [table: string, key: string])[] = [
  ["users", "id"], ["api_tokens", "id"],
  ["documents", "id"], ["claims", "id"], ["reviews", "id"], ["corrections", "id"],
  ["sources", "id"], ["source_items", "key"], ["watch_jobs", "id"],
  ["metrics", "id"], ["reference_figures", "id"], ["metric_figures", "id"], ["findings", "id"], ["metrics_progress", "name"],
  ["follows", "id"], ["alert_channels", "id"], ["alerts", "id"], ["alert_deliveries", "id"], ["alerts_progress", "name"],
];
/** not copied: kept with the documents (sentences, through the target's engine), counted again
 * (speaker_counts) or read again from the findings (finding_claims, finding_counts), or of the moment (log-ins, rate limits, the workers alive) */
export const NOT_COPIED = ["sentences", "speaker_counts", "finding_claims", "finding_counts", "sessions", "rate_limits", "queue_workers"] as const;

const BATCH = 1000;

export interface CopyOptions {
  onProgress?(table: string, copied: number, total: number): void;
  /** a queued SQLite ingest job, for the target's queue when that is not the ledger (PostgreSQL) */
  enqueue?(payload: unknown): Promise<void>;
}

export interface CopySummary {
  /** rows added to the target, by table (rows it had already are not counted) */
  added: Record<string, number>;
}

export async function copyLedger(from: Ledger, to: Ledger, options: CopyOptions = {}): Promise<CopySummary> {
  const added: Record<string, number> = {};
  for (const [table, key] of COPIED) {
    const columns = await columnsOf(to, table);
    const total = Number((await (from.db as AnyDb).selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    added[table] = 0;
    let done = 0;
    for (let last: unknown = null; ; ) {
      let q = (from.db as AnyDb).selectFrom(table).selectAll().orderBy(key).limit(BATCH);
      if (last !== null) q = q.where(key, ">", last);
      const rows = (await q.execute()) as Row[];
      if (!rows.length) break;
      last = rows[rows.length - 1][key];
      const values = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([c]) => columns.has(c))));
      const inserted = await (to.db as Kysely<unknown>).transaction().execute(async (trx) => {
        const keys = ((await (trx as AnyDb).insertInto(table).values(values).onConflict((oc) => oc.doNothing()).returning(key).execute()) as Row[]).map((r) => r[key]);
        if (table === "documents") await documentsAdded(from, to, trx as AnyDb, rows, new Set(keys.map(Number)));
        return new Set(keys);
      });
      added[table] += inserted.size;
      // a queued item once: a second run finds its row copied, and does not queue it again
      if (table === "watch_jobs" && options.enqueue)
        for (const r of rows) if (r.state === "queued" && inserted.has(r.id)) await options.enqueue(JSON.parse(String(r.payload)));
      done += rows.length;
      options.onProgress?.(table, done, total);
    }
  }
  await to.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("speaker_counts").execute();
    await COUNT_ALL_SPEAKERS.execute(trx);
    await fillFindingClaims(trx, to.engine);
  });
  await to.engine.followIds?.(to.db, COPIED.filter(([, key]) => key === "id").map(([table]) => table));
  return { added };
}

/** the target's columns of a table: a column the source has and the target has not (dropped since) is left */
function columnsOf(ledger: Ledger, table: string): Promise<Set<string>> {
  return ledger.engine.columnsOf(ledger.db, table);
}

/**
 * A document the target had already must be the same document (its hash); one the target holds under another
 * id (ingested there too) would leave the source's claims pointing at nothing: both are refused, by name. The
 * new ones get their sentences, indexed by the target's engine.
 */
async function documentsAdded(from: Ledger, to: Ledger, trx: AnyDb, rows: Row[], inserted: Set<number>): Promise<void> {
  const passed = rows.filter((r) => !inserted.has(Number(r.id)));
  if (passed.length) {
    const there = new Map(((await trx.selectFrom("documents").select(["id", "hash"]).where("id", "in", passed.map((r) => r.id)).execute()) as Row[]).map((r) => [Number(r.id), r.hash]));
    for (const r of passed)
      if (there.get(Number(r.id)) !== r.hash)
        throw new UserError(`the target already holds ${there.has(Number(r.id)) ? `another document under id ${String(r.id)}` : `the document ${String(r.source)} under another id`}: copy into a new, empty ledger (or one this ledger was copied into before)`);
  }
  const fresh = rows.filter((r) => inserted.has(Number(r.id)));
  if (!fresh.length) return;
  const spans = (await (from.db as AnyDb).selectFrom("sentences").select(["document_id", "sentence_start", "sentence_end"])
    .where("document_id", "in", fresh.map((r) => r.id)).orderBy("document_id").orderBy("sentence_start").execute()) as Row[];
  const byDocument = new Map<number, { start: number; end: number }[]>();
  for (const s of spans) {
    const id = Number(s.document_id);
    byDocument.set(id, [...(byDocument.get(id) ?? []), { start: Number(s.sentence_start), end: Number(s.sentence_end) }]);
  }
  for (const d of fresh) {
    const own = byDocument.get(Number(d.id));
    if (own) await to.engine.insertSentences(trx as never, Number(d.id), String(d.text), own);
  }
}

