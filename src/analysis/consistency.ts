// Checks across claims: the same metric for overlapping periods and places given with figures that
// cannot both hold, and figures offered with no evidence.

import type { Claim } from "../types.js";
import { intervalOf, intervalsMeet } from "./interval.js";
import { metricKey } from "./metric.js";

export interface CheckedClaim extends Pick<Claim, "quantity" | "counted" | "predicate" | "period" | "places" | "speaker" | "evidence" | "text"> {
  id: number | string;
  published?: string | null;
  source?: string;
}

export type Finding =
  | { kind: "conflict"; metric: string; claims: [CheckedClaim, CheckedClaim]; sameSpeaker: boolean; message: string }
  | { kind: "no-evidence"; claim: CheckedClaim; message: string };

const periodsOverlap = (a: Claim["period"], b: Claim["period"]) => !!a && !!b && a.start <= b.end && b.start <= a.end;
const placesAgree = (a: string[], b: string[]) => !a.length || !b.length || a.some((x) => b.includes(x));
const describe = (c: CheckedClaim) => `${c.speaker?.name ?? "unattributed"}: "${c.quantity?.text}" ${c.counted ?? ""} (${c.period ? c.period.start + "…" + c.period.end : "no period"})`;

export function checkClaims(claims: CheckedClaim[]): Finding[] {
  const findings: Finding[] = [];
  const byMetric = new Map<string, CheckedClaim[]>();
  for (const c of claims) {
    if (!c.quantity || c.quantity.value === null) continue;
    if (c.evidence?.status === "none-given" || c.evidence?.status === "declined")
      findings.push({ kind: "no-evidence", claim: c, message: `${describe(c)}: ${c.evidence.text}` });
    const key = metricKey(c);
    if (!key) continue;
    if (!byMetric.has(key)) byMetric.set(key, []);
    byMetric.get(key)!.push(c);
  }
  for (const [metric, group] of byMetric) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i], b = group[j];
        if (!periodsOverlap(a.period, b.period) || !placesAgree(a.places, b.places)) continue;
        const ia = intervalOf(a.quantity!), ib = intervalOf(b.quantity!);
        if (!ia || !ib || intervalsMeet(ia, ib)) continue;
        const sameSpeaker = !!a.speaker && !!b.speaker && a.speaker.name === b.speaker.name;
        findings.push({ kind: "conflict", metric, claims: [a, b], sameSpeaker, message: `${describe(a)} vs ${describe(b)}` });
      }
  }
  return findings;
}
