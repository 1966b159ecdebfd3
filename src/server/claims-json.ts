// An answer holding a list of claims read as JSON text (the ledger's findClaimTexts), written out without
// parsing them: the same bytes JSON.stringify would give of the answer with the claims made.

import type { ClaimText } from "../ledger/documents/rows.js";

/** JSON.stringify(answer) with the list under `key` (claims as JSON text) written in as read; keys in the answer's order, undefined left out as JSON.stringify does */
export function answerWithClaims<K extends string>(answer: { [k in K]: ClaimText[] } & Record<string, unknown>, key: K): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(answer)) {
    const json = k === key ? `[${answer[key].map((c) => c.json).join(",")}]` : JSON.stringify(v);
    if (json !== undefined) parts.push(`${JSON.stringify(k)}:${json}`);
  }
  return `{${parts.join(",")}}`;
}
