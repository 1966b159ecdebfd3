// Every check the ledger runs, in one list: add a check here and it runs on each ingested document.

import type { Check } from "./check.js";
import { conflict } from "./conflict.js";
import { series } from "./series.js";
import { reference } from "./reference.js";
import { noEvidence } from "./no-evidence.js";

export const CHECKS: readonly Check[] = [conflict, series, reference, noEvidence];
export const FINDING_KINDS = CHECKS.map((c) => c.kind);
export type { Check, FindingDraft } from "./check.js";
