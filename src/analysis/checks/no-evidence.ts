// no-evidence: a figure whose speaker gave no evidence for it, or declined to say, by the claim's own
// evidence marker ("provided no details", "declined to speculate").

import type { Check } from "./check.js";
import { describe } from "../figure.js";
import { NO_EVIDENCE_STATUSES } from "../words.js";

export const noEvidence = {
  kind: "no-evidence",
  scope: "figure",
  run(f, evidence) {
    if (!evidence || !NO_EVIDENCE_STATUSES.has(evidence.status)) return null;
    const what = evidence.status === "declined" ? "declined to give evidence" : "gave no evidence";
    return { kind: "no-evidence", figures: [f], reason: `${describe(f)}: the speaker ${what} ("${evidence.text}")` };
  },
} satisfies Check;
