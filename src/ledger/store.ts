// The ledger's ports (documents and claims, the review desk, accounts) and the records they speak in. One
// implementation on Kysely serves SQLite (embedded, the default) and PostgreSQL (engines/); the CLI, the
// analysis and the server only ever talk to these.

import type { Claim, DocumentRecord, ExtractWarning } from "../types.js";
import type { Corrected, Correction, NewCorrection } from "./desk/corrections.js";
import type { ClaimFilter } from "../domain/claim-filter.js";

export type { Corrected, Correction, NewCorrection } from "./desk/corrections.js";

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
  /** what extraction left out (claims-capped); absent when nothing */
  warnings?: ExtractWarning[];
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
  /** the fields a reviewer corrected (the claim holds the corrected values): who, when, and what it said before */
  corrected?: Corrected;
  /** a reviewer found this is not a claim (the extractor's mistake); it stays stored, out of the queue and the export */
  notAClaim?: boolean;
}

export { CLAIM_SORTS, type ClaimFilter, type ClaimSort } from "../domain/claim-filter.js";

export interface SpeakerSummary {
  name: string;
  kind: string;
  roles: string[];
  claims: number;
  quantified: number;
  documents: number;
  /** the name's other spellings, counted with it ("Officials" with "officials"); absent when there are none */
  spellings?: string[];
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

export type AddResult = {
  status: "new" | "unchanged" | "version"; documentId: number; claims: number;
  /** what extraction left out of a stored document (claims-capped); absent when nothing */
  warnings?: ExtractWarning[];
};

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
  /** set when the verdict was taken back or replaced by an edit: it stays in the history, no longer counts */
  withdrawnAt?: string | null;
  withdrawnBy?: string | null;
  /** the review this one edits */
  replaces?: number | null;
}

export interface NewReview {
  claimId: number;
  verdict: string;
  note?: string | null;
  links?: string[];
  reviewer: string;
  /** the claim's current review this one edits (it is withdrawn, and kept) */
  replaces?: number;
}

export interface User {
  id: number;
  name: string;
  passwordHash: string;
  createdAt: string;
}

export interface Session {
  tokenHash: string;
  user: User;
  csrf: string;
  expiresAt: string;
}

/** an API token as listed: never the token itself (only its hash is kept) */
export interface ApiToken {
  id: number;
  userId: number;
  label: string;
  createdAt: string;
  /** ISO times, or null: never expires, never used, not revoked */
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** a claim with its latest review and document: what a ClaimReview export is made of */
export interface ReviewedClaim {
  claim: StoredClaim;
  review: Review;
  document: StoredDocument;
}

/** documents and their claims: storing, reading, filtering, counting, speakers */
export interface DocumentStore {
  /** the document stored with this content hash, if any (an ingest skips it without extracting) */
  documentWithContent(hash: string): Promise<number | null>;
  /** stores a document and its claims in one transaction */
  addDocument(doc: NewDocument): Promise<AddResult>;
  getDocument(id: number): Promise<StoredDocumentWithText | null>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  /** how many documents listDocuments pages through */
  countDocuments(): Promise<number>;

  getClaim(id: number): Promise<StoredClaim | null>;
  findClaims(filter: ClaimFilter): Promise<StoredClaim[]>;
  /** findClaims' claims as the JSON text JSON.stringify makes of them (a listing's page written out as read) */
  findClaimTexts(filter: ClaimFilter): Promise<{ id: number; json: string }[]>;
  countClaims(filter: ClaimFilter): Promise<number>;
  speakers(options?: { limit?: number }): Promise<SpeakerSummary[]>;
}

/** the review desk: verdicts and corrections */
export interface DeskStore {
  /** the verdicts reviewers choose from, best first (configuration the ledger was opened with) */
  readonly ratingScale: string[];
  addReview(review: NewReview): Promise<Review>;
  /** a claim's reviews, oldest first: the history is kept */
  reviews(claimId: number, options?: { limit?: number; offset?: number }): Promise<Review[]>;
  /** takes a claim's current verdict back (kept in the history) */
  withdrawReview(reviewId: number, reviewer: string): Promise<Review>;
  /** the current verdict of each of these claims that has one */
  verdicts(claimIds: number[]): Promise<Record<number, string>>;
  /** corrects one field of a claim; the claim holds the new value, the correction the old */
  addCorrection(correction: NewCorrection): Promise<Correction>;
  /** a claim's corrections, oldest first */
  corrections(claimId: number): Promise<Correction[]>;
  /** claims with their latest review, most recently reviewed first */
  reviewedClaims(options?: { limit?: number; offset?: number; claimId?: number; claimIds?: number[]; documentId?: number }): Promise<ReviewedClaim[]>;
}

/** accounts: the store keeps hashes only; hashing and checking are the server's */
export interface AccountStore {
  addUser(name: string, passwordHash: string): Promise<User>;
  getUser(name: string): Promise<User | null>;
  getUserById(id: number): Promise<User | null>;
  /** also ends the user's sessions and revokes their API tokens */
  setPassword(userId: number, passwordHash: string): Promise<void>;
  addSession(session: { tokenHash: string; userId: number; csrf: string; expiresAt: string }): Promise<void>;
  getSession(tokenHash: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** the new token's id */
  addApiToken(token: { tokenHash: string; userId: number; label: string; expiresAt?: string | null }): Promise<number>;
  /** the user a live (unexpired, unrevoked) API token acts for; records its use */
  apiTokenUser(tokenHash: string): Promise<User | null>;
  /** a user's tokens, oldest first, revoked and expired ones included */
  listApiTokens(userId: number): Promise<ApiToken[]>;
  /** false when there is no such token (revoking a revoked one again is true, and keeps the first time) */
  revokeApiToken(id: number): Promise<boolean>;
  /** counts a hit on `key` in a fixed window of `windowMs` shared by every process on this ledger */
  hitRateLimit(key: string, windowMs: number): Promise<{ hits: number; resetInMs: number }>;
}

/**
 * The ledger as the CLI, the ingest and the server see it: its ports in one object. The metrics
 * (metrics/store.ts) and the watched sources (sources/store.ts) are ports of their own over the same ledger.
 */
export interface LedgerStore extends DocumentStore, DeskStore, AccountStore {
  /** applies pending schema migrations */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
