// Table columns for claims, shared by `extract` and the ledger's `claims` command.

import type { Column } from "./output.js";
import type { Claim } from "../types.js";

export const claimColumns: Column<Claim>[] = [
  { header: "quantity", get: (c) => c.quantity?.text ?? "", max: 28 },
  { header: "qualifier", get: (c) => c.quantity?.qualifier ?? "" },
  { header: "counted", get: (c) => c.counted, max: 26 },
  { header: "predicate", get: (c) => c.predicate, max: 12 },
  { header: "speaker", get: (c) => c.speaker?.name, max: 24 },
  { header: "cue", get: (c) => c.cue?.text, max: 14 },
  { header: "mode", get: (c) => c.mode },
  { header: "period", get: (c) => (c.period ? (c.period.start === c.period.end ? c.period.start : `${c.period.start}..${c.period.end}`) : ""), max: 24 },
  { header: "places", get: (c) => c.places, max: 24 },
];
