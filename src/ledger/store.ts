// The ledger's one storage interface. SQLite (embedded, the default) and PostgreSQL implement it; the CLI,
// the analysis and the server only ever talk to this.

import type { Claim, DocumentRecord } from "../types.js";

export interface StoredDocument {
  id: number;
  /** where it came from: a path or URL */
  source: string;
  /** sha256 of the text: re-ingesting the same content is a no-op */
  hash: string;
  version: number;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  ingestedAt: string;
  claimCount: number;
}

export interface StoredDocumentWithText extends StoredDocument {
  text: string;
}

export interface StoredClaim extends Claim {
  id: number;
  documentId: number;
  /** the document's publication date and source, denormalised for listings */
  published: string | null;
  source: string;
}

export interface ClaimFilter {
  speaker?: string;
  place?: string;
  /** ISO dates: claims whose period overlaps [from, to] */
  periodFrom?: string;
  periodTo?: string;
  /** words that the counted thing or predicate must contain ("people", "detain") */
  counted?: string;
  qualifier?: string;
  mode?: string;
  documentId?: number;
  /** full-text search over the claim sentence */
  text?: string;
  /** only claims with a quantity */
  quantified?: boolean;
  sort?: "published" | "value" | "speaker" | "id";
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

export interface SpeakerSummary {
  name: string;
  kind: string;
  roles: string[];
  claims: number;
  quantified: number;
  documents: number;
}

export interface NewDocument {
  source: string;
  text: string;
  title?: string | null;
  byline?: string | null;
  outlet?: string | null;
  published?: string | null;
  record: DocumentRecord;
}

export type AddResult = { status: "new" | "unchanged" | "version"; documentId: number; claims: number };

export interface Rating {
  value: number;
  label: string;
}

export interface Review {
  id: number;
  claimId: number;
  verdict: string;
  ratingValue: number;
  note: string | null;
  links: string[];
  reviewer: string;
  createdAt: string;
}

export interface NewReview {
  claimId: number;
  verdict: string;
  note?: string | null;
  links?: string[];
  reviewer: string;
}

export interface LedgerStore {
  /** applies pending schema migrations */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** whether a document with this content hash is stored (an ingest skips it without extracting) */
  hasContent(hash: string): Promise<boolean>;
  /** stores a document and its claims in one transaction */
  addDocument(doc: NewDocument): Promise<AddResult>;
  getDocument(id: number): Promise<StoredDocumentWithText | null>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;

  getClaim(id: number): Promise<StoredClaim | null>;
  findClaims(filter: ClaimFilter): Promise<StoredClaim[]>;
  countClaims(filter: ClaimFilter): Promise<number>;
  speakers(options?: { limit?: number }): Promise<SpeakerSummary[]>;

  addReview(review: NewReview): Promise<Review>;
  reviews(claimId: number): Promise<Review[]>;
}
