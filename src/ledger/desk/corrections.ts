// Reviewers' corrections of what the extractor read: the speaker, the number, the counted thing, the period,
// or "not a claim". Checking a correction's value and applying it to a claim record, without a database:
// the store writes the result and keeps the old value (queries.ts).

import { UserError } from "../../errors.js";
import type { Claim } from "../../types.js";

export const CORRECTION_FIELDS = ["speaker", "number", "counted", "period", "not-a-claim"] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export type CorrectionValue = string | boolean | { value: number; upper: number | null } | { start: string; end: string };

/** on a corrected claim, per field: who corrected it, when, and what the extractor had read */
export interface CorrectionMark {
  by: string;
  at: string;
  was: unknown;
}
export type Corrected = Partial<Record<CorrectionField, CorrectionMark>>;

export interface Correction {
  id: number;
  claimId: number;
  field: CorrectionField;
  value: CorrectionValue;
  previous: unknown;
  reviewer: string;
  createdAt: string;
}

export interface NewCorrection {
  claimId: number;
  field: string;
  value: unknown;
  reviewer: string;
}

/** the claim record as stored, with the desk's marks */
export type CorrectableClaim = Claim & { corrected?: Corrected; notAClaim?: boolean };

/** the claims table's columns a correction changes (the filters read them) */
export interface CorrectedColumns {
  speaker?: string | null;
  speaker_kind?: string | null;
  value?: number | null;
  upper?: number | null;
  counted?: string | null;
  period_start?: string | null;
  period_end?: string | null;
}

const isDate = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** The value a correction of `field` may set, or a reviewer's error saying what is wrong with it. */
export function checkCorrection(field: string, value: unknown): { field: CorrectionField; value: CorrectionValue } {
  if (!(CORRECTION_FIELDS as readonly string[]).includes(field)) throw new UserError(`a correction is of one of: ${CORRECTION_FIELDS.join(", ")} (not "${field}")`);
  const f = field as CorrectionField;
  switch (f) {
    case "speaker":
    case "counted": {
      const s = typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
      if (!s || s.length > 200) throw new UserError(`the corrected ${f} is a name of 1 to 200 characters`);
      return { field: f, value: s };
    }
    case "number": {
      const o = obj(value);
      const n = o?.value, u = o?.upper ?? null;
      if (typeof n !== "number" || !Number.isFinite(n)) throw new UserError("the corrected number needs a value, a number");
      if (u !== null && (typeof u !== "number" || !Number.isFinite(u) || u < n)) throw new UserError("the corrected number's upper bound must be a number no smaller than its value");
      return { field: f, value: { value: n, upper: u as number | null } };
    }
    case "period": {
      const o = obj(value);
      if (!isDate(o?.start) || !isDate(o?.end)) throw new UserError("the corrected period needs a start and an end, each a date as YYYY-MM-DD");
      if (o.end < o.start) throw new UserError(`the corrected period ends (${o.end}) before it starts (${o.start})`);
      return { field: f, value: { start: o.start, end: o.end } };
    }
    case "not-a-claim":
      if (typeof value !== "boolean") throw new UserError("not-a-claim is true or false");
      return { field: f, value };
  }
}

/** The claim with the correction applied, what the field held before, and the columns to write. */
export function applyCorrection(
  claim: CorrectableClaim,
  field: CorrectionField,
  value: CorrectionValue,
  mark: { by: string; at: string },
): { claim: CorrectableClaim; previous: unknown; columns: CorrectedColumns } {
  const c: CorrectableClaim = structuredClone(claim);
  let previous: unknown;
  let columns: CorrectedColumns = {};
  switch (field) {
    case "speaker": {
      const name = value as string;
      previous = c.speaker?.name ?? null;
      c.speaker = c.speaker
        ? { ...c.speaker, name, resolved: true }
        : { name, mention: name, kind: "person", role: null, resolved: true, start: c.sentence.start, end: c.sentence.start };
      columns = { speaker: name, speaker_kind: c.speaker.kind };
      break;
    }
    case "number": {
      if (!c.quantity) throw new UserError("this claim has no number to correct");
      const v = value as { value: number; upper: number | null };
      previous = { value: c.quantity.value, upper: c.quantity.upper };
      c.quantity = { ...c.quantity, value: v.value, upper: v.upper };
      columns = { value: v.value, upper: v.upper };
      break;
    }
    case "counted":
      previous = c.counted;
      c.counted = value as string;
      columns = { counted: c.counted };
      break;
    case "period": {
      const p = value as { start: string; end: string };
      previous = c.period ? { start: c.period.start, end: c.period.end } : null;
      c.period = { text: c.period?.text ?? "set by a reviewer", source: c.period?.source ?? "explicit", span: c.period?.span ?? null, start: p.start, end: p.end };
      columns = { period_start: p.start, period_end: p.end };
      break;
    }
    case "not-a-claim":
      previous = c.notAClaim === true;
      if (value) c.notAClaim = true;
      else delete c.notAClaim;
      break;
  }
  // "was" is what the extractor read: a second correction of a field keeps the first one's
  const was = c.corrected?.[field] ? c.corrected[field]!.was : previous;
  c.corrected = { ...c.corrected, [field]: { by: mark.by, at: mark.at, was } };
  return { claim: c, previous, columns };
}

/** Short words for a correction's value ("12,000–15,000", "2016-01-01 – 2016-12-31"). */
export function correctionText(field: CorrectionField, value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  const o = obj(value);
  if (field === "number" && o) return o.upper != null ? `${o.value}–${o.upper}` : String(o.value);
  if (field === "period" && o) return `${o.start} – ${o.end}`;
  if (field === "not-a-claim") return value ? "not a claim" : "a claim";
  return String(value);
}
