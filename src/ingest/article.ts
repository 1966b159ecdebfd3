// What every reader hands to the ingest: an article's main text and what is known about it — the
// ledger's new document before extraction. `source` is a path, a URL, or "path#n" for an entry of a
// feed or CSV; `published` is YYYY-MM-DD.

import type { NewDocument } from "../ledger/store.js";
import { isCalendarDate } from "../calendar-date.js";

export type Article = Omit<NewDocument, "record">;

/** A date in any common form as YYYY-MM-DD, or null. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  // "2020-99-99junk" is no date: a metadata field that only looks like one is left out, not stored
  if (m) return isCalendarDate(m[0]) ? m[0] : null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
