// The document record: the contract between extraction, the ledger, the API and the eval scripts.
// Offsets are UTF-16 indices into the original text of the document (what String.prototype.slice takes).

export interface Span {
  start: number;
  end: number;
}

/** every qualifier, in the order the CLI and the API list them */
export const QUALIFIERS = ["exact", "approx", "at-least", "more-than", "at-most", "less-than", "range", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type QuantityKind = "number" | "percent" | "money" | "measure" | "vague";

export interface Quantity extends Span {
  /** the expression as written, qualifier words included ("More than 400") */
  text: string;
  /** the number (the lower bound of a range); null for vague amounts ("numerous") */
  value: number | null;
  /** the upper bound of a range ("between 10,000 and 15,000" → 15000), else null */
  upper: number | null;
  qualifier: Qualifier;
  /** "%" for percentages; for money an ISO 4217 code ("USD"; replaced currencies too: "FIM") or its minor unit ("USD cents", "GBP pence"); a measure unit ("km"); else null */
  unit: string | null;
  kind: QuantityKind;
}

export const MODES = ["direct", "indirect", "according-to", "unattributed"] as const;
export type Mode = (typeof MODES)[number];

export type SpeakerKind = "person" | "organization" | "group";

export interface Speaker extends Span {
  /** the fullest name found in the article for this speaker ("Ramazon Rahimzoda") */
  name: string;
  /** the words used in this sentence ("he", "the minister", "Rahimzoda") */
  mention: string;
  kind: SpeakerKind;
  role: string | null;
  /** false when the mention could not be tied to a named entity (name is then the mention itself) */
  resolved: boolean;
}

export interface Cue extends Span {
  text: string;
  lemma: string;
  /** the cue detector took this verb for a cue; the lexicon does not list it */
  learned?: true;
}

export interface Period {
  /** the words the period comes from ("last year"); for inherited or default periods, a description */
  text: string;
  /** ISO dates, inclusive */
  start: string;
  end: string;
  /** how it was found: written in the sentence, carried over from an earlier claim, or the publication date */
  source: "explicit" | "inherited" | "publication";
  /** where the period text is, when it is written in this sentence */
  span?: Span | null;
}

export interface Evidence {
  status: "none-given" | "declined" | "cited";
  text: string;
  start?: number;
  end?: number;
}

export interface Claim {
  sentence: Span;
  text: string;
  mode: Mode;
  content: Span | null;
  speaker: Speaker | null;
  cue: Cue | null;
  quantity: Quantity | null;
  counted: string | null;
  predicate: string | null;
  period: Period | null;
  places: string[];
  hedges: string[];
  evidence: Evidence | null;
  /** what the extractor could not resolve, in words ("speaker pronoun with no antecedent") */
  unresolved?: string[];
}

export interface DocumentInfo {
  path: string;
  title: string | null;
  published: string | null;
  /** the date relative expressions were resolved against, and whether it was inferred from the text */
  reference?: { date: string; inferred: boolean } | null;
}

/** something extraction left out on purpose, named so a caller can tell it apart from a failure */
export interface ExtractWarning {
  code: "claims-capped";
  message: string;
  /** capped per sentence or per document */
  scope: "sentence" | "document";
  limit: number;
  /** the claims not made */
  dropped: number;
}

export interface DocumentRecord {
  document: DocumentInfo;
  claims: Claim[];
  /** present only when there is something to say */
  warnings?: ExtractWarning[];
}

export interface ExtractOptions {
  /** publication date, YYYY-MM-DD */
  published?: string | null;
  /** the path or URL to report in document.path */
  path?: string;
  /** a title known from metadata (HTML <title>, feed item); otherwise it is guessed from the text */
  title?: string | null;
}
