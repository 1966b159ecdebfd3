// Reference series: figures other sources gave for a metric over time (CSV: date, figure, qualifier,
// what, who_claimed, reported_by, url). A claim is held against the reference figures for the same
// thing counted whose dates fall in its period, or, for a present-tense figure, near it.

import { intervalOf, intervalsMeet } from "./interval.js";
import { singular } from "./metric.js";
import { QUALIFIERS, type Qualifier } from "../types.js";
import type { CheckedClaim } from "./consistency.js";

export interface ReferenceFigure {
  date: string;
  value: number;
  qualifier: Qualifier;
  what: string;
  who: string;
  reportedBy: string;
  url: string;
}

const KNOWN_QUALIFIERS = new Set<string>(QUALIFIERS);

/** Splits one CSV line, with quoted fields. */
export function csvLine(line: string): string[] {
  const out: string[] = [];
  let field = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { out.push(field); field = ""; }
    else field += ch;
  }
  out.push(field);
  return out;
}

export function parseReference(csv: string): ReferenceFigure[] {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim());
  const header = csvLine(lines[0] ?? "").map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col("date") < 0 || col("figure") < 0 || col("what") < 0) throw new Error("a reference CSV needs the columns date, figure and what");
  return lines.slice(1).map((l) => {
    const f = csvLine(l);
    const q = (f[col("qualifier")] ?? "exact").trim() as Qualifier;
    return {
      date: f[col("date")].trim(),
      value: Number(f[col("figure")]),
      qualifier: KNOWN_QUALIFIERS.has(q) ? (q as Qualifier) : "exact",
      what: f[col("what")] ?? "",
      who: f[col("who_claimed")] ?? "",
      reportedBy: f[col("reported_by")] ?? "",
      url: f[col("url")] ?? "",
    };
  }).filter((r) => Number.isFinite(r.value));
}

/** "Tajik citizens fighting in Syria and Iraq" → "citizen": the head of the first noun phrase. */
export function referenceHead(what: string): string {
  const np = what.split(/\s+(?:in|of|who|that|fighting|from|at|on|for|with|abroad)\b|\s+\w+ing\b/i)[0];
  const words = np.split(/\s+/).filter(Boolean);
  return singular(words[words.length - 1] ?? "");
}

export interface ReferenceComparison {
  claim: CheckedClaim;
  figure: ReferenceFigure;
  agrees: boolean;
}

/** Each claim against the reference figures of the same counted head dated within its period. */
export function compareWithReference(claims: CheckedClaim[], figures: ReferenceFigure[]): ReferenceComparison[] {
  const out: ReferenceComparison[] = [];
  for (const c of claims) {
    if (!c.quantity || c.quantity.value === null || !c.counted || !c.period) continue;
    const words = c.counted.split(/\s+of\s+/i)[0].split(/\s+/);
    const head = singular(words[words.length - 1]);
    const ic = intervalOf(c.quantity);
    if (!ic) continue;
    for (const f of figures) {
      if (referenceHead(f.what) !== head) continue;
      // a reference date may be a year or a month ("2017", "2016-01"): compare as prefixes
      const d = f.date;
      if (!(c.period.start.slice(0, d.length) <= d && d <= c.period.end.slice(0, d.length))) continue;
      const fi = intervalOf({ value: f.value, upper: null, qualifier: f.qualifier });
      out.push({ claim: c, figure: f, agrees: !!fi && intervalsMeet(ic, fi) });
    }
  }
  return out;
}
