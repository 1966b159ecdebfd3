// The rating scale reviewers choose from, and the verdicts that need a note. A newsroom sets its own scale
// ("true,mostly true,misleading,false": best first, rated from the count down to 1); the CLI reads it from
// CLAIMLEDGER_RATINGS and opens the ledger with it: storage never reads the environment.

import { UserError } from "../../errors.js";

// Best first, and the order is the ClaimReview ratingValue: the verdicts that say a claim could not be
// shown true ("unverifiable", "unsupported") sit between the true ones and the ones found wrong, so that
// "unverifiable" (4) is never rated below "false" (1).
export const DEFAULT_RATINGS = ["true", "mostly true", "unverifiable", "unsupported", "misleading", "false"];

/** a scale as written ("true,mostly true,false"); the default when it names fewer than two verdicts */
export function ratingScale(text?: string): string[] {
  const labels = (text ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return labels.length >= 2 ? labels : DEFAULT_RATINGS;
}

/** The rating of a verdict: its value (best = scale length, worst = 1), bounds and label. */
export function ratingFor(verdict: string, scale = DEFAULT_RATINGS): { value: number; best: number; worst: number; label: string } {
  const label = verdict.trim().toLowerCase();
  const i = scale.indexOf(label);
  if (i < 0) throw new UserError(`verdict must be one of: ${scale.join(", ")} (not "${verdict}")`);
  return { value: scale.length - i, best: scale.length, worst: 1, label };
}

/** The verdicts that need a note saying why: all but the upper third of the scale ("true", "mostly true"). */
export function verdictsNeedingNote(scale = DEFAULT_RATINGS): string[] {
  return scale.slice(Math.ceil(scale.length / 3));
}

/** Throws a reviewer's error when a verdict that needs a note comes without one. */
export function checkNote(verdict: string, note: string | null | undefined, scale = DEFAULT_RATINGS): void {
  const { label } = ratingFor(verdict, scale);
  if (verdictsNeedingNote(scale).includes(label) && !note?.trim()) throw new UserError(`a "${label}" verdict needs a note saying why`);
}
