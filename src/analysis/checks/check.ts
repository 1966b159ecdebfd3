// What a check is: it looks at a pair of figures of one metric, at a metric's figures over time, or at one
// figure, and gives findings with their reason in words. The ledger runs them as each document comes in.

import type { Figure } from "../figure.js";

export interface FindingDraft {
  kind: string;
  figures: Figure[];
  reason: string;
}

export type Check =
  | { kind: string; scope: "pair"; run(a: Figure, b: Figure): FindingDraft | null }
  // a metric check reads only the metric's `earliest` figures by when each stood (bounded work per document);
  // the ledger skips it when no fresh figure falls among them
  | { kind: string; scope: "metric"; earliest: number; run(figures: Figure[], metric?: { key: string }): FindingDraft | null }
  | { kind: string; scope: "figure"; run(f: Figure, evidence: { status: string; text: string } | null): FindingDraft | null };
