// A figure of a metric as the checks see it: a claim of the ledger or a row of a reference table, with
// its value in the base unit of its dimension (miles and km compare as metres).

import type { Qualifier } from "../types.js";
import type { DateRange } from "./period.js";
import { periodText } from "./period.js";
import { NOT_ASSERTED_WORDS } from "./words.js";

export interface Figure {
  /** a claim's id, or a reference figure's */
  claimId: number | null;
  referenceId: number | null;
  documentId: number | null;
  sentenceStart: number | null;
  speaker: string | null;
  period: DateRange | null;
  /** in the base unit of the metric's dimension */
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  /** the figure as written ("around 1,100") and where it comes from (a document's or a CSV's path) */
  quantityText: string;
  source: string;
  sentence: string;
  places: string[];
}

export const isReference = (f: Figure) => f.referenceId !== null;

/** a question ends its sentence with "?" (closing quotes and brackets aside) */
const isQuestion = (f: Figure) => /\?["'”’)\]]*\s*$/.test(f.sentence);
/** what the checks hold to account: a reference figure, or a claim neither asked about nor forecast ("should it
 * stay at nine?", "predicts 319 to 219") */
export const asserted = (f: Figure) => isReference(f) || (!isQuestion(f) && !NOT_ASSERTED_WORDS.test(f.sentence));

/** one line about a figure for a reason: "40 (Ramazon Rahimzoda, 2016, seed.txt)" */
export function describe(f: Figure): string {
  const who = f.speaker ?? (isReference(f) ? "reference" : "unattributed");
  const where = f.source.split(/[\\/]/).pop();
  return `"${f.quantityText}" (${who}, ${f.period ? periodText(f.period) : "no period"}, ${where})`;
}

// two figures of one sentence in the order it gives them: "the toll rose from 14 to 31" had 14 before 31
const inWrittenOrder = (a: Figure, b: Figure) => (a.sentence === b.sentence ? a.sentence.indexOf(a.quantityText) - b.sentence.indexOf(b.quantityText) : 0);

/**
 * Figures in an order of what they say, not of when they came in (ids follow the order of ingest): by period,
 * then where they were written (source, sentence) and the figure. A pair's finding names its figures in this
 * order and figures of one period are listed in it, so the findings of a set of documents are the same
 * whatever the order they were ingested in or a rebuild reads them.
 */
export function compareFigures(a: Figure, b: Figure): number {
  const text = (x: string | null | undefined, y: string | null | undefined) => (x ?? "").localeCompare(y ?? "");
  return text(a.period?.start, b.period?.start) || text(a.period?.end, b.period?.end) || text(a.source, b.source)
    || (a.sentenceStart ?? -1) - (b.sentenceStart ?? -1) || inWrittenOrder(a, b) || text(a.quantityText, b.quantityText) || a.value - b.value
    || (a.upper ?? -Infinity) - (b.upper ?? -Infinity) || text(a.qualifier, b.qualifier) || text(a.sentence, b.sentence);
}
