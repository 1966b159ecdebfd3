// The rating scale reviewers choose from. A newsroom sets its own with CLAIMLEDGER_RATINGS
// ("true,mostly true,misleading,false"): best first, rated from the count down to 1.

import { UserError } from "../errors.js";

export const DEFAULT_RATINGS = ["true", "mostly true", "misleading", "false", "unsupported", "unverifiable"];

export function ratingScale(env = process.env.CLAIMLEDGER_RATINGS): string[] {
  const labels = (env ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return labels.length >= 2 ? labels : DEFAULT_RATINGS;
}

/** The rating of a verdict: its value (best = scale length, worst = 1), bounds and label. */
export function ratingFor(verdict: string, scale = ratingScale()): { value: number; best: number; worst: number; label: string } {
  const label = verdict.trim().toLowerCase();
  const i = scale.indexOf(label);
  if (i < 0) throw new UserError(`verdict must be one of: ${scale.join(", ")} (not "${verdict}")`);
  return { value: scale.length - i, best: scale.length, worst: 1, label };
}
