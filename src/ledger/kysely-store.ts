// The LedgerStore on Kysely: one implementation for SQLite and PostgreSQL. Only full-text search and a
// few functions differ by dialect, and they are chosen here.

import { createHash } from "node:crypto";
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from "kysely";
import { MIGRATIONS, type ClaimsTable, type Dialect, type LedgerDatabase } from "./schema.js";
import type {
  AddResult, ClaimFilter, LedgerStore, NewDocument, NewReview, Review, ReviewedClaim, Session, SpeakerSummary, StoredClaim,
  StoredDocument, StoredDocumentWithText, User,
} from "./store.js";
import type { Claim } from "../types.js";
import { checkNote, ratingFor } from "./ratings.js";
import * as desk from "./desk-store.js";
import type { Correction, NewCorrection } from "./corrections.js";

export const contentHash = (text: string) => createHash("sha256").update(text).digest("hex");

type ClaimRow = Omit<ClaimsTable, "id"> & { id: number };
type DocumentRow = LedgerDatabase["documents"] extends infer D ? { [K in keyof D]: D[K] extends import("kysely").Generated<infer X> ? X : D[K] } : never;

// SQLite allows 32,766 bound parameters; 22 columns × 400 rows stays well inside, and PostgreSQL's 65,535 too
const CHUNK = 400;

function claimRow(documentId: number, ord: number, c: Claim): Omit<ClaimsTable, "id"> {
  return {
    document_id: documentId,
    ord,
    sentence_start: c.sentence.start,
    sentence_end: c.sentence.end,
    text: c.text,
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
    data: JSON.stringify(c),
  };
}

function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: Number(r.id), source: r.source, hash: r.hash, version: Number(r.version), title: r.title, byline: r.byline, outlet: r.outlet,
    published: r.published, ingestedAt: r.ingested_at, claimCount: Number(r.claim_count),
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
  if (f.text) parts.push(...ftsWords(f.text));
  return parts.length ? parts.join(" AND ") : null;
}

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
    await this.db.schema
      .createTable("ledger_migrations")
      .ifNotExists()
      .addColumn("version", "integer", (c) => c.primaryKey())
      .addColumn("applied_at", "text", (c) => c.notNull())
      .execute();
    const done = new Set((await this.db.selectFrom("ledger_migrations").select("version").execute()).map((r) => Number(r.version)));
    for (let v = 1; v <= MIGRATIONS.length; v++) {
      if (done.has(v)) continue;
      // each migration and its record in one transaction: a crash leaves it wholly applied or not at all
      await this.db.transaction().execute(async (trx) => {
        await MIGRATIONS[v - 1](trx, this.dialect);
        await trx.insertInto("ledger_migrations").values({ version: v, applied_at: new Date().toISOString() }).execute();
      });
    }
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
      const inserted = await trx
        .insertInto("documents")
        .values({
          source: doc.source, hash, version, title: doc.title ?? doc.record.document.title ?? null, byline: doc.byline ?? null,
          outlet: doc.outlet ?? null, published: doc.published ?? doc.record.document.published ?? null, text: doc.text,
          ingested_at: new Date().toISOString(), claim_count: claims.length,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const documentId = Number(inserted.id);
      await insertClaims(trx, documentId, claims);
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
      .select(["id", "source", "hash", "version", "title", "byline", "outlet", "published", "ingested_at", "claim_count"])
      .orderBy("id", "desc")
      .limit(options.limit ?? 100)
      .offset(options.offset ?? 0)
      .execute();
    return rows.map((r) => toDocument({ ...r, text: "" } as DocumentRow));
  }

  async getClaim(id: number): Promise<StoredClaim | null> {
    const rows = await this.claimQuery().where("claims.id", "=", id).execute();
    return rows.length ? toClaim(rows[0]) : null;
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
    } else {
      if (f.speaker) q = q.where(sql<boolean>`claims.speaker ilike ${"%" + escapeLike(f.speaker) + "%"}`);
      if (f.place) q = q.where(sql<boolean>`claims.places ilike ${"%|%" + escapeLike(f.place) + "%|%"}`);
      for (const w of f.counted?.split(/\s+/).filter(Boolean) ?? [])
        q = q.where((eb) => eb.or([eb("claims.counted", "ilike", `%${escapeLike(w)}%`), eb("claims.predicate", "ilike", `%${escapeLike(w)}%`)]));
      if (f.text) q = q.where(sql<boolean>`to_tsvector('english', claims.text) @@ plainto_tsquery('english', ${f.text})`);
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
    return rows.map(toClaim);
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

  async reviews(claimId: number): Promise<Review[]> {
    const rows = await this.db.selectFrom("reviews").selectAll().where("claim_id", "=", claimId).orderBy("id", "asc").execute();
    return rows.map((r) => toReview({ ...r, id: Number(r.id) }));
  }

  async reviewedClaims(options: { limit?: number; offset?: number; claimId?: number; documentId?: number } = {}): Promise<ReviewedClaim[]> {
    // one query: each claim's latest review with the claim and its document (not the document's text)
    let q = this.db
      .selectFrom("reviews")
      .innerJoin("claims", "claims.id", "reviews.claim_id")
      .innerJoin("documents", "documents.id", "claims.document_id")
      .select([
        "reviews.id as review_id", "reviews.claim_id", "reviews.verdict", "reviews.rating_value", "reviews.note", "reviews.links", "reviews.reviewer",
        "reviews.created_at", "claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source", "documents.hash",
        "documents.version", "documents.title", "documents.byline", "documents.outlet", "documents.ingested_at", "documents.claim_count",
      ])
      .where("reviews.id", "in", (eb) =>
        eb.selectFrom("reviews as latest").select((e) => e.fn.max("latest.id").as("id")).where("latest.withdrawn_at", "is", null).groupBy("latest.claim_id"));
    if (options.claimId !== undefined) q = q.where("reviews.claim_id", "=", options.claimId);
    if (options.documentId !== undefined) q = q.where("claims.document_id", "=", options.documentId);
    const rows = await q.orderBy("reviews.id", "desc").limit(options.limit ?? 1000).offset(options.offset ?? 0).execute();
    return rows.map((r) => ({
      claim: toClaim(r),
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
    await this.db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
    // a new password ends every session opened with the old one
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
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

  async addApiToken(t: { tokenHash: string; userId: number; label: string }): Promise<void> {
    await this.db.insertInto("api_tokens").values({ token_hash: t.tokenHash, user_id: t.userId, label: t.label, created_at: new Date().toISOString() }).execute();
  }

  async apiTokenUser(tokenHash: string): Promise<User | null> {
    const r = await this.db
      .selectFrom("api_tokens")
      .innerJoin("users", "users.id", "api_tokens.user_id")
      .select(["users.id", "users.name", "users.password_hash", "users.created_at"])
      .where("api_tokens.token_hash", "=", tokenHash)
      .executeTakeFirst();
    return r ? toUser(r) : null;
  }
}

async function insertClaims(trx: Transaction<LedgerDatabase>, documentId: number, claims: Claim[]): Promise<void> {
  for (let i = 0; i < claims.length; i += CHUNK)
    await trx.insertInto("claims").values(claims.slice(i, i + CHUNK).map((c, k) => claimRow(documentId, i + k, c))).execute();
}

function toClaim(r: { id: number; document_id: number; data: string; published: string | null; source: string }): StoredClaim {
  return { ...(JSON.parse(r.data) as Claim), id: Number(r.id), documentId: Number(r.document_id), published: r.published, source: r.source };
}

function toReview(r: desk.ReviewRow): Review {
  return {
    id: r.id, claimId: Number(r.claim_id), verdict: r.verdict, ratingValue: Number(r.rating_value), note: r.note,
    links: JSON.parse(r.links) as string[], reviewer: r.reviewer, createdAt: r.created_at,
    withdrawnAt: r.withdrawn_at ?? null, withdrawnBy: r.withdrawn_by ?? null, replaces: r.replaces == null ? null : Number(r.replaces),
  };
}

export type { ClaimRow };
