// The ledger's core tables as Kysely sees them (the migrations that build them are in migrations/).
// Claims keep the filterable fields as columns and the whole claim record as JSON, so a new extractor
// field needs no migration while every filter stays an indexed column. Text is stored once, as the
// document's: a claim keeps offsets into it, and its sentence is cut from it on reading (since migration 5).

import type { Generated } from "kysely";

export interface DocumentsTable {
  id: Generated<number>;
  source: string;
  hash: string;
  version: number;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  ingested_at: string;
  claim_count: number;
  /** JSON: what extraction left out (claims-capped), null when nothing */
  warnings: string | null;
}

export interface ClaimsTable {
  id: Generated<number>;
  document_id: number;
  ord: number;
  sentence_start: number;
  sentence_end: number;
  mode: string;
  speaker: string | null;
  speaker_kind: string | null;
  speaker_role: string | null;
  cue: string | null;
  quantity_text: string | null;
  value: number | null;
  upper: number | null;
  qualifier: string | null;
  unit: string | null;
  counted: string | null;
  predicate: string | null;
  period_start: string | null;
  period_end: string | null;
  /** places joined as "|Syria|Iraq|" so that one LIKE finds a place */
  places: string;
  /** the claim record without its text (the document holds it) */
  data: string;
}

/**
 * The spans of text claims are in (a sentence, or the sentences an attribution covers), once each however
 * many claims they hold: full-text search indexes each once (SQLite: sentences_fts, by id; PostgreSQL: tsv).
 */
export interface SentencesTable {
  id: Generated<number>;
  document_id: number;
  sentence_start: number;
  sentence_end: number;
}

export interface ReviewsTable {
  id: Generated<number>;
  claim_id: number;
  verdict: string;
  rating_value: number;
  note: string | null;
  links: string;
  reviewer: string;
  created_at: string;
  /** a withdrawn verdict (taken back, or replaced by an edit) stays in the history but no longer counts */
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  /** the review this one edits */
  replaces: number | null;
}

/** a reviewer's correction of one field of a claim: the value set, the value it replaced, who and when */
export interface CorrectionsTable {
  id: Generated<number>;
  claim_id: number;
  field: string;
  /** JSON */
  value: string;
  /** JSON: what the claim said before */
  previous: string;
  reviewer: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  /** scrypt: "scrypt$N$r$p$salt$hash", never the password */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen ledger file holds no live session */
  token_hash: string;
  user_id: number;
  csrf: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  label: string;
  created_at: string;
  /** ISO times; null: never expires, not revoked, not used yet */
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** sign-in attempts per client and window, shared by every process serving the ledger */
export interface RateLimitsTable {
  key: string;
  /** ms since the epoch */
  window_start: number;
  hits: number;
}

/** claims per speaker, kind and role, kept as claims are stored (documents/speakers.ts); "" for a null kind or role */
export interface SpeakerCountsTable {
  speaker: string;
  kind: string;
  role: string;
  claims: number;
  quantified: number;
  documents: number;
}

export interface LedgerDatabase {
  documents: DocumentsTable;
  claims: ClaimsTable;
  sentences: SentencesTable;
  reviews: ReviewsTable;
  corrections: CorrectionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  speaker_counts: SpeakerCountsTable;
}
