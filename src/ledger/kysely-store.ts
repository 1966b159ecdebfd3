// The LedgerStore on Kysely: one implementation for SQLite and PostgreSQL. Only full-text search and a
// few functions differ by dialect, and they are chosen here.

import { createHash } from "node:crypto";
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from "kysely";
import { MIGRATIONS, type ClaimsTable, type Dialect, type LedgerDatabase } from "./schema.js";
import type {
  AddResult, ApiToken, ClaimFilter, LedgerStore, NewDocument, NewReview, Review, ReviewedClaim, Session, SpeakerSummary, StoredClaim,
  StoredDocument, StoredDocumentWithText, User,
} from "./store.js";
import type { Claim, ExtractWarning } from "../types.js";
import { checkNote, ratingFor } from "./ratings.js";
import * as desk from "./desk-store.js";
import type { Correction, NewCorrection } from "./corrections.js";

export const contentHash = (text: string) => createHash("sha256").update(text).digest("hex");

type ClaimRow = Omit<ClaimsTable, "id"> & { id: number };
type DocumentRow = LedgerDatabase["documents"] extends infer D ? { [K in keyof D]: D[K] extends import("kysely").Generated<infer X> ? X : D[K] } : never;

const LAST_USED_GRAIN_MS = 60_000;

/** the PostgreSQL advisory lock that serialises migrations ("cldg") */
const MIGRATION_LOCK = 0x636c6467;

async function pendingIn(db: Kysely<LedgerDatabase>): Promise<number[]> {
  const done = new Set((await db.selectFrom("ledger_migrations").select("version").execute()).map((r) => Number(r.version)));
  return MIGRATIONS.map((_m, i) => i + 1).filter((v) => !done.has(v));
}

// SQLite allows 32,766 bound parameters; 22 columns × 400 rows stays well inside, and PostgreSQL's 65,535 too
const CHUNK = 400;

function claimRow(documentId: number, ord: number, c: Claim): Omit<ClaimsTable, "id"> {
  const { text: _text, ...record } = c;
  return {
    document_id: documentId,
    ord,
    sentence_start: c.sentence.start,
    sentence_end: c.sentence.end,
    mode: c.mode,
    speaker: c.speaker?.name ?? null,
    speaker_kind: c.speaker?.kind ?? null,
    speaker_role: c.speaker?.role ?? null,
    cue: c.cue?.text ?? null,
    quantity_text: c.quantity?.text ?? null,
    value: c.quantity?.value ?? null,
    upper: c.quantity?.upper ?? null,
    qualifier: c.quantity?.qualifier ?? null,
    unit: c.quantity?.unit ?? null,
    counted: c.counted,
    predicate: c.predicate,
    period_start: c.period?.start ?? null,
    period_end: c.period?.end ?? null,
    places: c.places.length ? `|${c.places.join("|")}|` : "",
    data: JSON.stringify(record),
  };
}

function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: Number(r.id), source: r.source, hash: r.hash, version: Number(r.version), title: r.title, byline: r.byline, outlet: r.outlet,
    published: r.published, ingestedAt: r.ingested_at, claimCount: Number(r.claim_count),
    ...(r.warnings ? { warnings: JSON.parse(r.warnings) as ExtractWarning[] } : {}),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => "\\" + m);

// A user's words as FTS5 terms: quoted (FTS5 operators are for experts), the last one a prefix so that
// "detain" finds "detained" and "rahim" finds "Rahimzoda".
const ftsWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => `"${t}"`);
const ftsPhrase = (s: string) => {
  const w = ftsWords(s);
  return w.length ? `${w.join(" + ")} *` : null;
};

/** the FTS5 MATCH expression for a filter's word filters, or null when it has none */
export function ftsMatch(f: ClaimFilter): string | null {
  const parts: string[] = [];
  const speaker = f.speaker && ftsPhrase(f.speaker);
  if (speaker) parts.push(`speaker : (${speaker})`);
  const place = f.place && ftsPhrase(f.place);
  if (place) parts.push(`places : (${place})`);
  for (const w of f.counted ? ftsWords(f.counted) : []) parts.push(`{counted predicate} : ${w} *`);
  return parts.length ? parts.join(" AND ") : null;
}

/** the FTS5 MATCH expression over sentences for a filter's search words, or null */
export function ftsTextMatch(f: ClaimFilter): string | null {
  const words = f.text ? ftsWords(f.text) : [];
  return words.length ? words.join(" AND ") : null;
}

// a claim's sentence among those the search found
const inSentences = (found: ReturnType<typeof sql>) =>
  sql<boolean>`(claims.document_id, claims.sentence_start, claims.sentence_end) in (select document_id, sentence_start, sentence_end from sentences where ${found})`;

const toUser = (r: { id: number; name: string; password_hash: string; created_at: string }): User => ({
  id: Number(r.id), name: r.name, passwordHash: r.password_hash, createdAt: r.created_at,
});

export class KyselyLedger implements LedgerStore {
  /** counts by filter, valid while `changeMark` says the ledger has not changed */
  private counts = new Map<string, number>();
  private countsMark: unknown = null;

  constructor(
    readonly db: Kysely<LedgerDatabase>,
    readonly dialect: Dialect,
    private readonly onClose: () => Promise<void> = async () => {},
    /** a cheap value that changes whenever anyone commits to the ledger (SQLite's data_version); none: no count cache */
    private readonly changeMark?: () => unknown,
  ) {}

  async migrate(): Promise<void> {
    // most opens find the ledger up to date: that needs no lock
    if ((await this.pendingMigrations().catch(() => null))?.length === 0) return;
    // Every pending migration and its record in one write transaction, the pending list read inside it:
    // processes opening a new ledger at once wait for each other instead of racing to create the same
    // tables ("table documents already exists"), and a crash leaves the migrations wholly applied or not.
    // SQLite: the transaction begins IMMEDIATE (open.ts); PostgreSQL: an advisory lock held to the commit.
    await this.db.transaction().execute(async (trx) => {
      if (this.dialect === "postgres") await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await trx.schema
        .createTable("ledger_migrations")
        .ifNotExists()
        .addColumn("version", "integer", (c) => c.primaryKey())
        .addColumn("applied_at", "text", (c) => c.notNull())
        .execute();
      for (const v of await pendingIn(trx)) {
        await MIGRATIONS[v - 1](trx, this.dialect);
        await trx.insertInto("ledger_migrations").values({ version: v, applied_at: new Date().toISOString() }).execute();
      }
    });
  }

  private pendingMigrations(): Promise<number[]> {
    return pendingIn(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }

  async documentWithContent(hash: string): Promise<number | null> {
    const r = await this.db.selectFrom("documents").select("id").where("hash", "=", hash).executeTakeFirst();
    return r ? Number(r.id) : null;
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    const hash = contentHash(doc.text);
    return this.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom("documents").select(["id", "claim_count"]).where("hash", "=", hash).executeTakeFirst();
      if (same) return { status: "unchanged", documentId: Number(same.id), claims: 0 } as AddResult;
      const prior = await trx.selectFrom("documents").select((eb) => eb.fn.max("version").as("v")).where("source", "=", doc.source).executeTakeFirst();
      const version = prior?.v != null ? Number(prior.v) + 1 : 1;
      const claims = doc.record.claims;
      for (const c of claims)
        if (doc.text.slice(c.sentence.start, c.sentence.end) !== c.text) throw new Error(`${doc.source}: a claim's offsets do not match the document's text (${c.sentence.start}–${c.sentence.end})`);
      const inserted = await trx
        .insertInto("documents")
        .values({
          source: doc.source, hash, version, title: doc.title ?? doc.record.document.title ?? null, byline: doc.byline ?? null,
          outlet: doc.outlet ?? null, published: doc.published ?? doc.record.document.published ?? null, text: doc.text,
          ingested_at: new Date().toISOString(), claim_count: claims.length,
          warnings: doc.record.warnings?.length ? JSON.stringify(doc.record.warnings) : null,
        })
        // another writer may have stored the same text since the look-up above (PostgreSQL runs writers
        // side by side): that is "already stored", not a duplicate-key failure
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) {
        const other = await trx.selectFrom("documents").select("id").where("hash", "=", hash).executeTakeFirstOrThrow();
        return { status: "unchanged", documentId: Number(other.id), claims: 0 } as AddResult;
      }
      const documentId = Number(inserted.id);
      await insertClaims(trx, documentId, claims);
      await insertSentences(trx, this.dialect, documentId, doc.text, claims);
      // reviewers' corrections survive a re-ingest: the new version's same claims get them again
      if (version > 1) await desk.carryCorrections(trx, documentId, doc.source);
      this.changed();
      return { status: version > 1 ? "version" : "new", documentId, claims: claims.length } as AddResult;
    });
  }

  async getDocument(id: number): Promise<StoredDocumentWithText | null> {
    const r = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? { ...toDocument(r as DocumentRow), text: r.text } : null;
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}): Promise<StoredDocument[]> {
    const rows = await this.db
      .selectFrom("documents")
      .select(["id", "source", "hash", "version", "title", "byline", "outlet", "published", "ingested_at", "claim_count", "warnings"])
      .orderBy("id", "desc")
      .limit(options.limit ?? 100)
      .offset(options.offset ?? 0)
      .execute();
    return rows.map((r) => toDocument({ ...r, text: "" } as DocumentRow));
  }

  async getClaim(id: number): Promise<StoredClaim | null> {
    const rows = await this.claimQuery().where("claims.id", "=", id).execute();
    return rows.length ? (await toClaims(this.db, rows))[0] : null;
  }

  private claimQuery() {
    return this.db
      .selectFrom("claims")
      .innerJoin("documents", "documents.id", "claims.document_id")
      .select(["claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source"]);
  }

  private filtered<O>(q: SelectQueryBuilder<LedgerDatabase, "claims" | "documents", O>, f: ClaimFilter) {
    if (this.dialect === "sqlite") {
      const match = ftsMatch(f);
      if (match) q = q.where(sql<boolean>`claims.id in (select rowid from claims_fts where claims_fts match ${match})`);
      const text = ftsTextMatch(f);
      if (text) q = q.where(inSentences(sql`id in (select rowid from sentences_fts where sentences_fts match ${text})`));
    } else {
      if (f.speaker) q = q.where(sql<boolean>`claims.speaker ilike ${"%" + escapeLike(f.speaker) + "%"}`);
      if (f.place) q = q.where(sql<boolean>`claims.places ilike ${"%|%" + escapeLike(f.place) + "%|%"}`);
      for (const w of f.counted?.split(/\s+/).filter(Boolean) ?? [])
        q = q.where((eb) => eb.or([eb("claims.counted", "ilike", `%${escapeLike(w)}%`), eb("claims.predicate", "ilike", `%${escapeLike(w)}%`)]));
      if (f.text) q = q.where(inSentences(sql`tsv @@ plainto_tsquery('english', ${f.text})`));
    }
    if (f.speakerName) q = q.where("claims.speaker", "=", f.speakerName);
    if (f.periodFrom) q = q.where("claims.period_end", ">=", f.periodFrom);
    if (f.periodTo) q = q.where("claims.period_start", "<=", f.periodTo);
    if (f.qualifier) q = q.where("claims.qualifier", "=", f.qualifier);
    if (f.mode) q = q.where("claims.mode", "=", f.mode);
    if (f.documentId !== undefined) q = q.where("claims.document_id", "=", f.documentId);
    if (f.quantified) q = q.where("claims.quantity_text", "is not", null);
    if (f.reviewed !== undefined) {
      const has = sql<boolean>`exists (select 1 from reviews where reviews.claim_id = claims.id and reviews.withdrawn_at is null)`;
      q = q.where(f.reviewed ? has : sql<boolean>`not ${has}`);
    }
    return q;
  }

  async findClaims(f: ClaimFilter): Promise<StoredClaim[]> {
    let q = this.filtered(this.claimQuery(), f);
    const order = f.order ?? (f.sort === "published" || f.sort === "value" ? "desc" : "asc");
    switch (f.sort ?? "id") {
      case "published": q = q.orderBy("documents.published", order).orderBy("claims.id", "asc"); break;
      case "value": q = q.orderBy("claims.value", order).orderBy("claims.id", "asc"); break;
      case "speaker": q = q.orderBy("claims.speaker", order).orderBy("claims.id", "asc"); break;
      default: q = q.orderBy("claims.id", order);
    }
    const rows = await q.limit(Math.min(f.limit ?? 100, 10_000)).offset(f.offset ?? 0).execute();
    return toClaims(this.db, rows);
  }

  async countClaims(f: ClaimFilter): Promise<number> {
    // Counting a filter's matches reads every match (22–400 ms on a million claims) while paging through or
    // re-sorting the same filter asks again and again: keep counts until the ledger changes.
    if (!this.changeMark) return this.count(f);
    const mark = this.changeMark();
    if (mark !== this.countsMark) {
      this.counts.clear();
      this.countsMark = mark;
    }
    const { sort: _s, order: _o, limit: _l, offset: _f, ...what } = f;
    const key = JSON.stringify(what);
    let n = this.counts.get(key);
    if (n === undefined) {
      n = await this.count(f);
      if (this.counts.size > 10_000) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }

  /** own writes do not move data_version (it counts other connections' commits): forget counts here */
  private changed(): void {
    this.counts.clear();
  }

  private async count(f: ClaimFilter): Promise<number> {
    // every claim has its document, so the join only costs: no filter reads documents
    const q = this.filtered(this.db.selectFrom("claims").select((eb) => eb.fn.countAll().as("n")) as never, f) as unknown as SelectQueryBuilder<LedgerDatabase, "claims", { n: number }>;
    const r = await q.executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async speakers(options: { limit?: number } = {}): Promise<SpeakerSummary[]> {
    const rows = await this.db
      .selectFrom("claims")
      .select((eb) => [
        "speaker", "speaker_kind", "speaker_role",
        eb.fn.countAll().as("claims"),
        eb.fn.count("quantity_text").as("quantified"),
        eb.fn.count("document_id").distinct().as("documents"),
      ])
      .where("speaker", "is not", null)
      .groupBy(["speaker", "speaker_kind", "speaker_role"])
      .execute();
    const by = new Map<string, SpeakerSummary>();
    for (const r of rows) {
      const key = `${r.speaker}\u0000${r.speaker_kind}`;
      let s = by.get(key);
      if (!s) by.set(key, (s = { name: r.speaker!, kind: r.speaker_kind ?? "person", roles: [], claims: 0, quantified: 0, documents: 0 }));
      if (r.speaker_role && !s.roles.includes(r.speaker_role)) s.roles.push(r.speaker_role);
      s.claims += Number(r.claims);
      s.quantified += Number(r.quantified);
      s.documents = Math.max(s.documents, Number(r.documents));
    }
    return [...by.values()].sort((a, b) => b.quantified - a.quantified || b.claims - a.claims || a.name.localeCompare(b.name)).slice(0, options.limit ?? 100);
  }

  async addReview(review: NewReview): Promise<Review> {
    const rating = ratingFor(review.verdict);
    checkNote(rating.label, review.note);
    const claim = await this.db.selectFrom("claims").select("id").where("id", "=", review.claimId).executeTakeFirst();
    if (!claim) throw new Error(`no claim ${review.claimId}`);
    const row = {
      claim_id: review.claimId, verdict: rating.label, rating_value: rating.value, note: review.note ?? null,
      links: JSON.stringify(review.links ?? []), reviewer: review.reviewer, created_at: new Date().toISOString(), replaces: review.replaces ?? null,
    };
    const r = await this.db.transaction().execute(async (trx) => {
      // an edit withdraws the verdict it replaces: one live verdict per claim, every one kept
      if (review.replaces !== undefined) {
        await desk.checkReplaceable(trx, review.claimId, review.replaces);
        await desk.withdrawReview(trx, review.replaces, review.reviewer);
      }
      return trx.insertInto("reviews").values(row).returning("id").executeTakeFirstOrThrow();
    });
    this.changed();
    return toReview({ ...row, id: Number(r.id) });
  }

  async withdrawReview(reviewId: number, reviewer: string): Promise<Review> {
    const r = await desk.withdrawReview(this.db, reviewId, reviewer);
    this.changed();
    return toReview(r);
  }

  verdicts(claimIds: number[]): Promise<Record<number, string>> {
    return desk.verdicts(this.db, claimIds);
  }

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const out = await this.db.transaction().execute((trx) => desk.addCorrection(trx, c));
    this.changed();
    return out;
  }

  corrections(claimId: number): Promise<Correction[]> {
    return desk.corrections(this.db, claimId);
  }

  async reviews(claimId: number, options: { limit?: number; offset?: number } = {}): Promise<Review[]> {
    const rows = await this.db.selectFrom("reviews").selectAll().where("claim_id", "=", claimId).orderBy("id", "asc")
      .limit(options.limit ?? 500).offset(options.offset ?? 0).execute();
    return rows.map((r) => toReview({ ...r, id: Number(r.id) }));
  }

  async reviewedClaims(options: { limit?: number; offset?: number; claimId?: number; claimIds?: number[]; documentId?: number } = {}): Promise<ReviewedClaim[]> {
    if (options.claimIds && !options.claimIds.length) return [];
    // one query: each claim's latest review with the claim and its document (not the document's text)
    let q = this.db
      .selectFrom("reviews")
      .innerJoin("claims", "claims.id", "reviews.claim_id")
      .innerJoin("documents", "documents.id", "claims.document_id")
      .select([
        "reviews.id as review_id", "reviews.claim_id", "reviews.verdict", "reviews.rating_value", "reviews.note", "reviews.links", "reviews.reviewer",
        "reviews.created_at", "claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source", "documents.hash",
        "documents.version", "documents.title", "documents.byline", "documents.outlet", "documents.ingested_at", "documents.claim_count", "documents.warnings",
      ])
      .where("reviews.id", "in", (eb) =>
        eb.selectFrom("reviews as latest").select((e) => e.fn.max("latest.id").as("id")).where("latest.withdrawn_at", "is", null).groupBy("latest.claim_id"));
    if (options.claimId !== undefined) q = q.where("reviews.claim_id", "=", options.claimId);
    if (options.claimIds) q = q.where("reviews.claim_id", "in", options.claimIds);
    if (options.documentId !== undefined) q = q.where("claims.document_id", "=", options.documentId);
    const rows = await q.orderBy("reviews.id", "desc").limit(options.limit ?? 1000).offset(options.offset ?? 0).execute();
    const claims = await toClaims(this.db, rows);
    return rows.map((r, i) => ({
      claim: claims[i],
      review: toReview({ ...r, id: Number(r.review_id) }),
      document: toDocument({ ...r, id: Number(r.document_id), text: "" } as DocumentRow),
    }));
  }

  async addUser(name: string, passwordHash: string): Promise<User> {
    const row = { name, password_hash: passwordHash, created_at: new Date().toISOString() };
    const r = await this.db.insertInto("users").values(row).returning("id").executeTakeFirstOrThrow();
    return toUser({ ...row, id: Number(r.id) });
  }

  async getUser(name: string): Promise<User | null> {
    const r = await this.db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async getUserById(id: number): Promise<User | null> {
    const r = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async setPassword(userId: number, passwordHash: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
      // a new password ends every session opened with the old one, and every token made before it
      await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
      await trx.updateTable("api_tokens").set({ revoked_at: new Date().toISOString() }).where("user_id", "=", userId).where("revoked_at", "is", null).execute();
    });
  }

  async addSession(s: { tokenHash: string; userId: number; csrf: string; expiresAt: string }): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<", new Date().toISOString()).execute();
    await this.db.insertInto("sessions").values({ token_hash: s.tokenHash, user_id: s.userId, csrf: s.csrf, expires_at: s.expiresAt }).execute();
  }

  async getSession(tokenHash: string): Promise<Session | null> {
    const r = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select(["sessions.token_hash", "sessions.csrf", "sessions.expires_at", "users.id", "users.name", "users.password_hash", "users.created_at"])
      .where("sessions.token_hash", "=", tokenHash)
      .where("sessions.expires_at", ">", new Date().toISOString())
      .executeTakeFirst();
    return r ? { tokenHash: r.token_hash, csrf: r.csrf, expiresAt: r.expires_at, user: toUser(r) } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }

  async addApiToken(t: { tokenHash: string; userId: number; label: string; expiresAt?: string | null }): Promise<number> {
    const r = await this.db
      .insertInto("api_tokens")
      .values({ token_hash: t.tokenHash, user_id: t.userId, label: t.label, created_at: new Date().toISOString(), expires_at: t.expiresAt ?? null, revoked_at: null, last_used_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  async apiTokenUser(tokenHash: string): Promise<User | null> {
    const now = new Date().toISOString();
    const r = await this.db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .select(["users.id", "users.name", "users.password_hash", "users.created_at", "api_tokens.id as token_id", "api_tokens.last_used_at"])
      .where("api_tokens.token_hash", "=", tokenHash)
      .where("api_tokens.revoked_at", "is", null)
      .where((eb) => eb.or([eb("api_tokens.expires_at", "is", null), eb("api_tokens.expires_at", ">", now)]))
      .executeTakeFirst();
    if (!r) return null;
    // "last used" to the minute: a write per request would queue every reader behind the ledger's one writer
    if (!r.last_used_at || Date.parse(now) - Date.parse(r.last_used_at) > LAST_USED_GRAIN_MS) {
      // advisory only: a busy ledger must not turn a valid token away
      await this.db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", r.token_id).execute().catch(() => {});
    }
    return toUser(r);
  }

  async listApiTokens(userId: number): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom("api_tokens").selectAll().where("user_id", "=", userId).orderBy("id", "asc").execute();
    return rows.map((r) => ({
      id: Number(r.id), userId: Number(r.user_id), label: r.label, createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
    }));
  }

  async revokeApiToken(id: number): Promise<boolean> {
    const token = await this.db.selectFrom("api_tokens").select("id").where("id", "=", id).executeTakeFirst();
    if (!token) return false;
    await this.db.updateTable("api_tokens").set({ revoked_at: new Date().toISOString() }).where("id", "=", id).where("revoked_at", "is", null).execute();
    return true;
  }

  async hitRateLimit(key: string, windowMs: number): Promise<{ hits: number; resetInMs: number }> {
    const now = Date.now();
    const ended = now - windowMs;
    // one statement, so two processes counting the same key at once both count
    const { rows } = await sql<{ window_start: number | string; hits: number | string }>`
      insert into rate_limits (key, window_start, hits) values (${key}, ${now}, 1)
      on conflict (key) do update set
        hits = case when rate_limits.window_start <= ${ended} then 1 else rate_limits.hits + 1 end,
        window_start = case when rate_limits.window_start <= ${ended} then ${now} else rate_limits.window_start end
      returning window_start, hits`.execute(this.db);
    await this.db.deleteFrom("rate_limits").where("window_start", "<=", ended - windowMs).execute();
    return { hits: Number(rows[0].hits), resetInMs: Math.max(0, Number(rows[0].window_start) + windowMs - now) };
  }
}

async function insertSentences(trx: Transaction<LedgerDatabase>, dialect: Dialect, documentId: number, text: string, claims: Claim[]): Promise<void> {
  const spans = new Map<string, { start: number; end: number }>();
  for (const c of claims) spans.set(`${c.sentence.start}:${c.sentence.end}`, c.sentence);
  const all = [...spans.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk = all.slice(i, i + CHUNK);
    if (dialect === "postgres") {
      await trx.insertInto("sentences")
        .values(chunk.map((s) => ({ document_id: documentId, sentence_start: s.start, sentence_end: s.end, tsv: sql`to_tsvector('english', ${text.slice(s.start, s.end)})` } as never)))
        .execute();
      continue;
    }
    const ids = await trx.insertInto("sentences")
      .values(chunk.map((s) => ({ document_id: documentId, sentence_start: s.start, sentence_end: s.end })))
      .returning(["id", "sentence_start", "sentence_end"])
      .execute();
    await sql`insert into sentences_fts (rowid, text) values ${sql.join(ids.map((r) => sql`(${r.id}, ${text.slice(r.sentence_start, r.sentence_end)})`))}`.execute(trx);
  }
}

async function insertClaims(trx: Transaction<LedgerDatabase>, documentId: number, claims: Claim[]): Promise<void> {
  for (let i = 0; i < claims.length; i += CHUNK)
    await trx.insertInto("claims").values(claims.slice(i, i + CHUNK).map((c, k) => claimRow(documentId, i + k, c))).execute();
}

export type ClaimRead = { id: number; document_id: number; data: string; published: string | null; source: string };

/** the claims of these rows, each with its text cut from its document's (read once per document) */
export async function toClaims(db: Kysely<LedgerDatabase>, rows: ClaimRead[]): Promise<StoredClaim[]> {
  const texts = new Map<number, string>();
  const ids = [...new Set(rows.map((r) => Number(r.document_id)))];
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const d of await db.selectFrom("documents").select(["id", "text"]).where("id", "in", ids.slice(i, i + CHUNK)).execute()) texts.set(Number(d.id), d.text);
  return rows.map((r) => toClaim(r, texts.get(Number(r.document_id)) ?? ""));
}

function toClaim(r: ClaimRead, documentText: string): StoredClaim {
  const { sentence, ...rest } = JSON.parse(r.data) as Omit<Claim, "text">;
  // the record's own field order: sentence, text, mode, …
  return { sentence, text: documentText.slice(sentence.start, sentence.end), ...rest, id: Number(r.id), documentId: Number(r.document_id), published: r.published, source: r.source };
}

function toReview(r: desk.ReviewRow): Review {
  return {
    id: r.id, claimId: Number(r.claim_id), verdict: r.verdict, ratingValue: Number(r.rating_value), note: r.note,
    links: JSON.parse(r.links) as string[], reviewer: r.reviewer, createdAt: r.created_at,
    withdrawnAt: r.withdrawn_at ?? null, withdrawnBy: r.withdrawn_by ?? null, replaces: r.replaces == null ? null : Number(r.replaces),
  };
}

export type { ClaimRow };
