// The review queue's order: unreviewed claims, the most worth checking first: claims in a conflict, then
// those whose speaker gave no evidence (both as the checks' findings say), then hedges, a speaker the
// extractor could not resolve, a vague amount. A ledger that keeps no findings is read from the claims
// alone (ownWorthiness).

import type { StoredClaim } from "../ledger/store.js";

export interface Worth {
  score: number;
  /** why, in words, for the queue's "why first" column */
  reasons: string[];
}

export type Worthiness = (claims: StoredClaim[]) => Promise<Map<number, Worth>>;

/** `evidence: false` when the findings say it instead (findingsWorthiness) */
export function claimWorth(c: StoredClaim, options: { evidence?: boolean } = {}): Worth {
  const reasons: string[] = [];
  let score = 0;
  if (options.evidence === false) {
    // the caller scores evidence from the findings
  } else if (c.evidence?.status === "none-given") {
    score += 3;
    reasons.push("no evidence given");
  } else if (c.evidence?.status === "declined") {
    score += 3;
    reasons.push("evidence declined");
  }
  if (c.hedges.length) {
    score += 1;
    reasons.push(`hedged (${c.hedges.join(", ")})`);
  }
  if (c.speaker && !c.speaker.resolved) {
    score += 0.5;
    reasons.push("speaker unresolved");
  }
  if (c.quantity?.qualifier === "vague") {
    score += 0.5;
    reasons.push("vague amount");
  }
  return { score, reasons };
}

export const ownWorthiness: Worthiness = async (claims) => new Map(claims.map((c) => [c.id, claimWorth(c)]));

/** the findings of kinds "conflict" and "no-evidence" each claim is in */
export type FindingsLookup = (claimIds: number[]) => Promise<Map<number, { id: number; kind: string; metric: { label: string } }[]>>;

// a conflict outranks everything a claim says of itself (3 + 1 + 0.5 + 0.5 at most); no evidence outranks hedges
const CONFLICT_WORTH = 6;
const NO_EVIDENCE_WORTH = 3;

/** conflicts first, then no evidence given, by the checks' findings; then what the claim says of itself */
export function findingsWorthiness(lookup: FindingsLookup): Worthiness {
  return async (claims) => {
    const found = await lookup(claims.map((c) => c.id));
    return new Map(claims.map((c) => {
      const own = claimWorth(c, { evidence: false });
      const findings = found.get(c.id) ?? [];
      const conflicts = findings.filter((f) => f.kind === "conflict");
      const first: string[] = [];
      let score = own.score;
      if (conflicts.length) {
        score += CONFLICT_WORTH;
        first.push(`in ${conflicts.length === 1 ? "a conflict" : `${conflicts.length} conflicts`} (${[...new Set(conflicts.map((f) => f.metric.label))].join("; ")})`);
      }
      if (findings.some((f) => f.kind === "no-evidence")) {
        score += NO_EVIDENCE_WORTH;
        first.push(c.evidence?.status === "declined" ? "evidence declined" : "no evidence given");
      }
      return [c.id, { score, reasons: [...first, ...own.reasons] }];
    }));
  };
}

/** most worth checking first; ties: newest publication first, then the older claim id */
export function queueOrder(claims: StoredClaim[], worth: Map<number, Worth>): StoredClaim[] {
  const score = (c: StoredClaim) => worth.get(c.id)?.score ?? 0;
  return [...claims].sort((a, b) => score(b) - score(a) || (b.published ?? "").localeCompare(a.published ?? "") || a.id - b.id);
}
