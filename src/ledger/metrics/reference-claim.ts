// A reference table's row shown as a claim (its CSV file as the source), so a metric's page and findings list
// reference figures and claims alike.

import type { Qualifier } from "../../types.js";
import type { ReferenceRow } from "../../analysis/reference.js";

/** a reference figure shown as a claim: its CSV file as the source */
export interface ReferenceClaim {
  id: string;
  source: string;
  text: string;
  quantity: { text: string; value: number; upper: number | null; qualifier: string; unit: null; kind: "number" };
  speaker: { name: string } | null;
  period: { text: string; start: string; end: string; source: "explicit" };
  published: string;
  reference: { line: number; reportedBy: string; url: string };
}

/** a reference figure written as a claim's quantity is ("around 1,100", "700–1,000") */
export function quantityText(r: Pick<ReferenceRow, "value" | "upper" | "qualifier">): string {
  const n = r.value.toLocaleString("en-US");
  const words: Record<string, string> = { approx: "around ", "more-than": "more than ", "at-least": "at least ", "less-than": "less than ", "at-most": "up to " };
  return r.qualifier === "range" && r.upper !== null ? `${n}–${r.upper.toLocaleString("en-US")}` : `${words[r.qualifier] ?? ""}${n}`;
}

export function referenceClaim(r: { id: number; source: string; line: number; date: string; value: number; upper: number | null; qualifier: string; what: string; who: string; reported_by: string; url: string; period: string; period_start: string; period_end: string }): ReferenceClaim {
  const value = Number(r.value), upper = r.upper === null ? null : Number(r.upper);
  return {
    id: `reference:${Number(r.id)}`, source: r.source, text: r.what,
    quantity: { text: quantityText({ value, upper, qualifier: r.qualifier as Qualifier }), value, upper, qualifier: r.qualifier, unit: null, kind: "number" },
    speaker: r.who ? { name: r.who } : null, period: { text: r.period, start: r.period_start, end: r.period_end, source: "explicit" },
    published: r.date, reference: { line: Number(r.line), reportedBy: r.reported_by, url: r.url },
  };
}
