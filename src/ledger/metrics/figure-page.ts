// A metric's figures a page at a time, earliest period first: a cursor says where the page before ended, so a
// page reads its own rows on the index of the metric's periods however many figures the metric has.

import type { Kysely, Transaction } from "kysely";
import type { MetricsDatabase } from "./schema.js";

/** figures on a page of a metric and findings on its first: a metric page costs about what a claims page does */
export const METRIC_PAGE_FIGURES = 50;
export const METRIC_PAGE_FINDINGS = 20;

/** a metric's figure: a claim, or a row of a reference table */
export type FigureRef = { claim: number } | { reference: number };

/** where a page of figures ends: the last figure's period start (null: undated) and id */
export interface Cursor { start: string | null; id: number }
/** "2019-03-04~123", or "~123" for an undated figure: opaque to the API's users */
const cursorOf = (c: Cursor) => `${c.start ?? ""}~${c.id}`;
export function parseCursor(s: string): Cursor {
  const at = s.lastIndexOf("~"), id = Number(s.slice(at + 1));
  if (at < 0 || !Number.isSafeInteger(id) || id < 0) throw new RangeError(`not a page cursor: "${s}"`);
  return { start: at === 0 ? null : s.slice(0, at), id };
}

type Db = Kysely<MetricsDatabase> | Transaction<MetricsDatabase>;
const base = (db: Db, metricId: number) => db.selectFrom("metric_figures").select(["id", "claim_id", "reference_id", "period_start"]).where("metric_id", "=", metricId);

/**
 * The dated figures after a cursor, by (period_start, id). The cursor is one row value, (period_start, id) >
 * (start, id), an index range on both engines. Written as "start after, or the same start and a later id",
 * SQLite still began its range at the cursor's start, but PostgreSQL took no range from the OR: it read the
 * metric's index from its first figure and filtered out every one before the cursor (half-way through the bench's biggest metric, 104,336 figures at a
 * million claims: 52,169 rows filtered out and 11,278 buffers read for a page of 51; now 20 buffers, none filtered).
 */
export function datedFigures(db: Db, metricId: number, limit: number, after: { start: string; id: number } | null) {
  let q = base(db, metricId).where("period_start", "is not", null);
  if (after) q = q.where((eb) => eb(eb.refTuple("period_start", "id"), ">", eb.tuple(after.start, after.id)));
  return q.orderBy("period_start").orderBy("id").limit(limit);
}

/** the figures after a cursor, by (period_start, id) on the index of the metric's periods, then the undated by id */
export async function figurePage(db: Db, metricId: number, limit: number, after: Cursor | null): Promise<{ refs: FigureRef[]; next: string | null }> {
  let rows: { id: number | bigint; claim_id: number | null; reference_id: number | null; period_start: string | null }[] = [];
  if (!after || after.start !== null) rows = await datedFigures(db, metricId, limit + 1, after?.start != null ? { start: after.start, id: after.id } : null).execute();
  if (rows.length <= limit) {
    let q = base(db, metricId).where("period_start", "is", null);
    if (after?.start === null) q = q.where("id", ">", after.id);
    rows = [...rows, ...await q.orderBy("id").limit(limit + 1 - rows.length).execute()];
  }
  const more = rows.length > limit;
  rows = rows.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    refs: rows.map((r) => (r.reference_id !== null ? { reference: Number(r.reference_id) } : { claim: Number(r.claim_id) })),
    next: more && last ? cursorOf({ start: last.period_start, id: Number(last.id) }) : null,
  };
}
