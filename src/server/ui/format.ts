// How numbers and claims read on the pages.

import type { Quantity } from "../../types.js";

const nf = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

export const num = (n: number | null | undefined) => (n === null || n === undefined ? "" : nf.format(n));

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
/** a chart's axis label: "100M", "2.5K", so that a large figure's label fits the axis's margin */
export const axisNum = (n: number) => compact.format(n);

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "exactly", approx: "about", "at-least": "at least", "more-than": "more than", "at-most": "at most", "less-than": "less than", range: "between", vague: "vague",
};

/** "more than 400", "between 10,000 and 15,000", "numerous (vague)" */
export function quantityReading(q: Pick<Quantity, "value" | "upper" | "qualifier" | "unit" | "text">): string {
  const unit = q.unit ? (q.unit === "%" ? "%" : ` ${q.unit}`) : "";
  if (q.value === null) return `${q.text} (vague)`;
  if (q.upper !== null) return `between ${num(q.value)} and ${num(q.upper)}${unit}`;
  return `${QUALIFIER_WORDS[q.qualifier] ?? q.qualifier} ${num(q.value)}${unit}`;
}

export const date = (d: string | null | undefined) => d ?? "—";

/** the checks' kinds of finding as a reviewer reads them: a heading and what it means */
export const FINDING_KINDS: Record<string, { title: string; one: string; means: string }> = {
  conflict: { title: "Conflicts", one: "conflict", means: "two figures for the same metric, place and period that cannot both hold" },
  series: { title: "Series", one: "series", means: "a metric's figure moving over time" },
  reference: { title: "Against reference figures", one: "reference", means: "a claim held against a reference table's figure for its metric" },
  "no-evidence": { title: "No evidence given", one: "no evidence", means: "a figure whose speaker gave no evidence for it, or declined to" },
};

/** "2016", "2016-01-01 – 2016-06-30": the period a figure is about */
export function periodReading(p: { start: string | null; end: string | null } | null | undefined): string {
  if (!p?.start) return "—";
  if (!p.end || p.start === p.end) return p.start;
  if (/-01-01$/.test(p.start) && p.end === `${p.start.slice(0, 4)}-12-31`) return p.start.slice(0, 4);
  // a whole month: its first day, and the day before the next month's first
  const month = /^(\d{4})-(\d{2})-01$/.exec(p.start);
  if (month && p.end === new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10)) return p.start.slice(0, 7);
  return `${p.start} – ${p.end}`;
}

/** the file name of a source path or the host and path of a URL, for a short mention */
export const sourceName = (s: string) => s.replace(/^https?:\/\//, "").split(/[\\/]/).filter(Boolean).pop() ?? s;
