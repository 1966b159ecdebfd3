// The review queue's order: unreviewed claims, the most worth checking first. Until the checks (conflicts
// between claims, findings) can be asked, worthiness is read from the claim itself: no evidence given or
// evidence declined, hedges, a speaker the extractor could not resolve. `Worthiness` is the hook the checks
// replace: give reviewRoutes one that scores conflicts first.

import type { StoredClaim } from "../ledger/store.js";

export interface Worth {
  score: number;
  /** why, in words, for the queue's "why first" column */
  reasons: string[];
}

export type Worthiness = (claims: StoredClaim[]) => Promise<Map<number, Worth>>;

export function claimWorth(c: StoredClaim): Worth {
  const reasons: string[] = [];
  let score = 0;
  if (c.evidence?.status === "none-given") {
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

/** most worth checking first; ties: newest publication first, then the older claim id */
export function queueOrder(claims: StoredClaim[], worth: Map<number, Worth>): StoredClaim[] {
  const score = (c: StoredClaim) => worth.get(c.id)?.score ?? 0;
  return [...claims].sort((a, b) => score(b) - score(a) || (b.published ?? "").localeCompare(a.published ?? "") || a.id - b.id);
}
