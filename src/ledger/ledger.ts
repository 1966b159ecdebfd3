// The ledger: one object made of its ports (documents and claims, the review desk, accounts) over one
// engine. Callers hold this; each method is its port's.

import type { Kysely } from "kysely";
import type { LedgerEngine } from "./engines/engine.js";
import type { LedgerDatabase } from "./schema.js";
import type { LedgerStore } from "./store.js";
import { KyselyDocuments } from "./documents/store.js";
import { KyselyDesk } from "./desk/store.js";
import { KyselyAccounts } from "./accounts/store.js";
import { DEFAULT_RATINGS } from "./desk/ratings.js";
import { migrate } from "./migrations/index.js";

export interface LedgerConfig {
  /** the verdicts reviewers choose from, best first (desk/ratings.ts) */
  ratings?: string[];
}

export class Ledger implements LedgerStore {
  readonly db: Kysely<LedgerDatabase>;
  readonly documents: KyselyDocuments;
  readonly desk: KyselyDesk;
  readonly accounts: KyselyAccounts;

  constructor(readonly engine: LedgerEngine, config: LedgerConfig = {}) {
    this.db = engine.db;
    this.documents = new KyselyDocuments(engine);
    this.desk = new KyselyDesk(engine.db, config.ratings ?? DEFAULT_RATINGS, () => this.documents.changed());
    this.accounts = new KyselyAccounts(engine.db);
  }

  get ratingScale(): string[] {
    return this.desk.ratingScale;
  }

  async migrate(): Promise<void> {
    await migrate(this.engine);
    await this.engine.afterMigrate?.();
  }

  close(): Promise<void> {
    return this.engine.close();
  }

  // documents and claims
  documentWithContent: LedgerStore["documentWithContent"] = (hash) => this.documents.documentWithContent(hash);
  addDocument: LedgerStore["addDocument"] = (doc) => this.documents.addDocument(doc);
  getDocument: LedgerStore["getDocument"] = (id) => this.documents.getDocument(id);
  listDocuments: LedgerStore["listDocuments"] = (options) => this.documents.listDocuments(options);
  countDocuments: LedgerStore["countDocuments"] = () => this.documents.countDocuments();
  getClaim: LedgerStore["getClaim"] = (id) => this.documents.getClaim(id);
  findClaims: LedgerStore["findClaims"] = (filter) => this.documents.findClaims(filter);
  findClaimTexts: LedgerStore["findClaimTexts"] = (filter) => this.documents.findClaimTexts(filter);
  countClaims: LedgerStore["countClaims"] = (filter) => this.documents.countClaims(filter);
  speakers: LedgerStore["speakers"] = (options) => this.documents.speakers(options);

  // the review desk
  addReview: LedgerStore["addReview"] = (review) => this.desk.addReview(review);
  reviews: LedgerStore["reviews"] = (claimId, options) => this.desk.reviews(claimId, options);
  withdrawReview: LedgerStore["withdrawReview"] = (reviewId, reviewer) => this.desk.withdrawReview(reviewId, reviewer);
  verdicts: LedgerStore["verdicts"] = (claimIds) => this.desk.verdicts(claimIds);
  addCorrection: LedgerStore["addCorrection"] = (correction) => this.desk.addCorrection(correction);
  corrections: LedgerStore["corrections"] = (claimId) => this.desk.corrections(claimId);
  reviewedClaims: LedgerStore["reviewedClaims"] = (options) => this.desk.reviewedClaims(options);

  // accounts
  addUser: LedgerStore["addUser"] = (name, passwordHash) => this.accounts.addUser(name, passwordHash);
  getUser: LedgerStore["getUser"] = (name) => this.accounts.getUser(name);
  getUserById: LedgerStore["getUserById"] = (id) => this.accounts.getUserById(id);
  setPassword: LedgerStore["setPassword"] = (userId, passwordHash) => this.accounts.setPassword(userId, passwordHash);
  addSession: LedgerStore["addSession"] = (session) => this.accounts.addSession(session);
  getSession: LedgerStore["getSession"] = (tokenHash) => this.accounts.getSession(tokenHash);
  deleteSession: LedgerStore["deleteSession"] = (tokenHash) => this.accounts.deleteSession(tokenHash);
  addApiToken: LedgerStore["addApiToken"] = (token) => this.accounts.addApiToken(token);
  apiTokenUser: LedgerStore["apiTokenUser"] = (tokenHash) => this.accounts.apiTokenUser(tokenHash);
  listApiTokens: LedgerStore["listApiTokens"] = (userId) => this.accounts.listApiTokens(userId);
  revokeApiToken: LedgerStore["revokeApiToken"] = (id) => this.accounts.revokeApiToken(id);
  hitRateLimit: LedgerStore["hitRateLimit"] = (key, windowMs) => this.accounts.hitRateLimit(key, windowMs);
}
