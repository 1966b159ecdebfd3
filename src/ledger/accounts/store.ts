// The accounts port on Kysely: users, sessions, API tokens and the sign-in rate limit. The store keeps
// hashes only; hashing and checking are the server's.

import { sql, type Kysely } from "kysely";
import type { LedgerDatabase } from "../schema.js";
import type { AccountStore, ApiToken, Session, User } from "../store.js";

const LAST_USED_GRAIN_MS = 60_000;

const toUser = (r: { id: number; name: string; password_hash: string; created_at: string }): User => ({
  id: Number(r.id), name: r.name, passwordHash: r.password_hash, createdAt: r.created_at,
});

export class KyselyAccounts implements AccountStore {
  constructor(private readonly db: Kysely<LedgerDatabase>) {}

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
    // one statement (an upsert both engines know), so two processes counting the same key at once both count
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
