// A metric's figure as the metric_figures table keeps it, and back; a measure's text with its unit.

import type { MetricsDatabase } from "./schema.js";
import type { Figure } from "../../analysis/figure.js";
import type { Qualifier } from "../../types.js";

export type FigureRow = MetricsDatabase["metric_figures"] extends infer T ? { [K in keyof T]: K extends "id" ? number : T[K] } : never;

export const joinPlaces = (ps: string[]) => (ps.length ? `|${ps.join("|")}|` : "");
export const splitPlaces = (s: string) => s.split("|").filter(Boolean);

export function toFigure(r: FigureRow): Figure {
  return {
    claimId: r.claim_id === null ? null : Number(r.claim_id), referenceId: r.reference_id === null ? null : Number(r.reference_id),
    documentId: r.document_id === null ? null : Number(r.document_id), sentenceStart: r.sentence_start === null ? null : Number(r.sentence_start),
    speaker: r.speaker, period: r.period_start && r.period_end ? { start: r.period_start, end: r.period_end } : null, value: Number(r.value),
    upper: r.upper === null ? null : Number(r.upper), qualifier: r.qualifier as Qualifier, quantityText: r.quantity_text, source: r.source,
    sentence: r.sentence, places: splitPlaces(r.places),
  };
}

/** a figure as a row of its metric's figures */
export function toFigureRow(metricId: number, f: Figure): Omit<FigureRow, "id"> {
  return {
    metric_id: metricId, claim_id: f.claimId, reference_id: f.referenceId, document_id: f.documentId, sentence_start: f.sentenceStart,
    speaker: f.speaker, period_start: f.period?.start ?? null, period_end: f.period?.end ?? null, value: f.value, upper: f.upper,
    qualifier: f.qualifier, quantity_text: f.quantityText, source: f.source, sentence: f.sentence, places: joinPlaces(f.places),
  };
}

export /** a measure's figure with its unit ("480 km"): the unit says how exactly it was written (analysis/interval.ts) */
function measureText(q: { text: string; unit: string | null; kind: string }): string {
  return q.kind === "measure" && q.unit && !/\p{L}/u.test(q.text.replace(/^(?:about|around|over|under|nearly|some|more than|less than|at least|up to)\s+/i, "")) ? `${q.text} ${q.unit}` : q.text;
}
