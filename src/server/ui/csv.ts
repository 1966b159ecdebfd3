// The claims view as CSV, built in the browser from the API's pages: the columns of `claimledger claims
// --format csv` plus the verdict. A cell that starts like a formula (= + - @) is prefixed with ' so a
// spreadsheet shows an article's text instead of running it.

import type { StoredClaim } from "../../ledger/store.js";

const HEADER = ["id", "published", "speaker", "quantity", "qualifier", "value", "upper", "unit", "counted", "predicate", "period_start", "period_end", "places", "mode", "verdict", "sentence", "source"];

function field(v: unknown): string {
  let s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("; ") : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsCsv(claims: StoredClaim[], verdicts: Record<number, string>): string {
  const rows = claims.map((c) => [
    c.id, c.published, c.speaker?.name, c.quantity?.text, c.quantity?.qualifier, c.quantity?.value, c.quantity?.upper, c.quantity?.unit, c.counted, c.predicate,
    c.period?.start, c.period?.end, c.places, c.mode, c.notAClaim ? "not a claim" : verdicts[c.id], c.text.replace(/\s+/g, " ").trim(), c.source,
  ]);
  return [HEADER, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
