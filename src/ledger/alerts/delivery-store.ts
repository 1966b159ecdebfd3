// The channels alerts go out on (webhooks, e-mail addresses) and their deliveries, SQLite and PostgreSQL
// alike. Each channel reads the outbox from its cursor; a delivery is leased by one process at a time
// (PostgreSQL: FOR UPDATE SKIP LOCKED, so two workers never send one alert twice), retried with a
// doubling wait, and after its last attempt marked failed, which `webhook list` shows.

import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { UserError } from "../../errors.js";
import type { Ledger } from "../ledger.js";
import { alertsById, alertsDb as dbOf, lastAlertId, type Alert } from "./store.js";

export type ChannelKind = "webhook" | "email";

export interface Channel {
  id: number;
  kind: ChannelKind;
  target: string;
  secret: string | null;
  userId: number | null;
  allowPrivate: boolean;
  createdAt: string;
}

export interface ChannelStatus extends Channel {
  user: string | null;
  pending: number;
  delivered: number;
  failed: number;
  lastError: string | null;
  lastDeliveredAt: string | null;
}

export interface Leased {
  deliveryId: number;
  attempts: number;
  channel: Channel;
  alert: Alert;
  user: string;
}

export interface RetryPolicy {
  /** attempts before a delivery is marked failed */
  maxAttempts: number;
  /** the wait after the first failure, doubled after each one after it */
  firstRetryMs: number;
  /** the longest wait */
  maxRetryMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, firstRetryMs: 30_000, maxRetryMs: 6 * 3600_000 };

type ChannelRow = { id: number; kind: string; target: string; secret: string | null; user_id: number | null; allow_private: number; created_at: string };
const toChannel = (r: ChannelRow): Channel => ({
  id: Number(r.id), kind: r.kind as ChannelKind, target: r.target, secret: r.secret, userId: r.user_id === null ? null : Number(r.user_id), allowPrivate: Number(r.allow_private) === 1, createdAt: r.created_at,
});

export function checkWebhookUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`${url}: not a valid URL`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new UserError(`${url}: a webhook is an http or https URL`);
  if (u.username || u.password) throw new UserError(`${url}: no user or password in the URL (the body is signed with --secret)`);
  return u.toString();
}

export function checkAddress(address: string): string {
  const a = address.trim();
  // the shape only: whether it exists is the mail server's to say
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(a) || a.length > 254) throw new UserError(`"${address}" is not an e-mail address`);
  return a;
}

/** a new channel; it carries the alerts written from now on. A webhook without a secret gets one. */
export async function addChannel(ledger: Ledger, c: { kind: ChannelKind; target: string; secret?: string | null; userId?: number | null; allowPrivate?: boolean }): Promise<Channel> {
  const target = c.kind === "webhook" ? checkWebhookUrl(c.target) : checkAddress(c.target);
  const db = dbOf(ledger);
  let q = db.selectFrom("alert_channels").select("id").where("kind", "=", c.kind).where("target", "=", target);
  q = c.userId == null ? q.where("user_id", "is", null) : q.where("user_id", "=", c.userId);
  const same = await q.executeTakeFirst();
  if (same) throw new UserError(`${target}: already a ${c.kind} channel (${Number(same.id)})`);
  const secret = c.kind === "webhook" ? c.secret || randomBytes(24).toString("base64url") : null;
  const row = await db.insertInto("alert_channels").values({
    kind: c.kind, target, secret, user_id: c.userId ?? null, allow_private: c.allowPrivate ? 1 : 0, through_alert: await lastAlertId(ledger), created_at: new Date().toISOString(),
  }).returningAll().executeTakeFirstOrThrow();
  return toChannel(row);
}

export async function removeChannel(ledger: Ledger, kind: ChannelKind, which: number | { target: string; userId?: number | null }): Promise<void> {
  let q = dbOf(ledger).deleteFrom("alert_channels").where("kind", "=", kind);
  if (typeof which === "number") q = q.where("id", "=", which);
  else {
    q = q.where("target", "=", kind === "webhook" ? checkWebhookUrl(which.target) : which.target.trim());
    if (which.userId !== undefined) q = which.userId === null ? q.where("user_id", "is", null) : q.where("user_id", "=", which.userId);
  }
  const r = await q.executeTakeFirst();
  if (!Number(r.numDeletedRows)) throw new UserError(`no such ${kind} (\`claimledger ${kind === "webhook" ? "webhook" : "follow"} list\` shows them)`);
}

export async function listChannels(ledger: Ledger, kind?: ChannelKind): Promise<ChannelStatus[]> {
  const db = dbOf(ledger);
  let q = db.selectFrom("alert_channels").leftJoin("users", "users.id", "alert_channels.user_id")
    .select(["alert_channels.id", "alert_channels.kind", "alert_channels.target", "alert_channels.secret", "alert_channels.user_id", "alert_channels.allow_private", "alert_channels.created_at", "users.name as user"]);
  if (kind) q = q.where("alert_channels.kind", "=", kind);
  const rows = await q.orderBy("alert_channels.id").execute();
  const counts = await db.selectFrom("alert_deliveries").select(["channel_id", "state", sql<number>`count(*)`.as("n"), sql<string | null>`max(delivered_at)`.as("last")]).groupBy(["channel_id", "state"]).execute();
  const out: ChannelStatus[] = [];
  for (const r of rows) {
    const mine = counts.filter((c) => Number(c.channel_id) === Number(r.id));
    const n = (...states: string[]) => mine.filter((c) => states.includes(c.state)).reduce((s, c) => s + Number(c.n), 0);
    const err = await db.selectFrom("alert_deliveries").select("last_error").where("channel_id", "=", Number(r.id)).where("last_error", "is not", null).orderBy("id", "desc").limit(1).executeTakeFirst();
    out.push({
      ...toChannel(r), user: r.user ?? null, pending: n("pending", "sending"), delivered: n("done"), failed: n("failed"),
      lastError: err?.last_error ?? null, lastDeliveredAt: mine.find((c) => c.state === "done")?.last ?? null,
    });
  }
  return out;
}

/** hands each channel the alerts written after its cursor (as pending deliveries); returns how many */
export async function fanOut(ledger: Ledger): Promise<number> {
  const db = dbOf(ledger);
  const last = await lastAlertId(ledger);
  const behind = await db.selectFrom("alert_channels").select("id").where("through_alert", "<", last).execute();
  if (!behind.length) return 0;
  return db.transaction().execute(async (trx) => {
    await ledger.engine.lockTransaction(trx, "alert-channels");
    let made = 0;
    const now = new Date().toISOString();
    for (const c of await trx.selectFrom("alert_channels").select(["id", "user_id", "through_alert"]).where("through_alert", "<", last).execute()) {
      let through = Number(c.through_alert);
      for (;;) {
        let q = trx.selectFrom("alerts").select("id").where("id", ">", through).where("id", "<=", last);
        if (c.user_id !== null) q = q.where("user_id", "=", Number(c.user_id));
        const ids = (await q.orderBy("id").limit(500).execute()).map((r) => Number(r.id));
        if (!ids.length) break;
        await trx.insertInto("alert_deliveries").values(ids.map((alert_id) => ({ alert_id, channel_id: Number(c.id), state: "pending" as const, attempts: 0, next_at: now, lease_until: null, last_error: null, delivered_at: null })))
          .onConflict((oc) => oc.columns(["alert_id", "channel_id"]).doNothing()).execute();
        made += ids.length;
        through = ids[ids.length - 1];
      }
      await trx.updateTable("alert_channels").set({ through_alert: last }).where("id", "=", Number(c.id)).execute();
    }
    return made;
  });
}

/**
 * Leases up to `limit` due deliveries on channels of these kinds: pending ones whose time has come, and
 * ones whose sender's lease ran out. A leased delivery is no other process's until it is finished.
 */
export async function leaseDeliveries(ledger: Ledger, kinds: ChannelKind[], options: { limit?: number; leaseMs?: number; now?: Date; exclude?: number[] } = {}): Promise<Leased[]> {
  if (!kinds.length) return [];
  const db = dbOf(ledger);
  const now = (options.now ?? new Date()).toISOString();
  const ids = await db.transaction().execute(async (trx) => {
    let q = trx.selectFrom("alert_deliveries").select("alert_deliveries.id")
      .where((eb) => eb.or([eb.and([eb("state", "=", "pending"), eb("next_at", "<=", now)]), eb.and([eb("state", "=", "sending"), eb("lease_until", "<", now)])]))
      .where("channel_id", "in", trx.selectFrom("alert_channels").select("id").where("kind", "in", kinds))
      .orderBy("alert_deliveries.id").limit(options.limit ?? 20);
    if (options.exclude?.length) q = q.where("alert_deliveries.id", "not in", options.exclude);
    q = ledger.engine.skipLocked(q);
    const found = (await q.execute()).map((r) => Number(r.id));
    if (found.length)
      await trx.updateTable("alert_deliveries").set({ state: "sending", lease_until: new Date(Date.parse(now) + (options.leaseMs ?? 120_000)).toISOString() }).where("id", "in", found).execute();
    return found;
  });
  if (!ids.length) return [];
  const rows = await db.selectFrom("alert_deliveries").innerJoin("alert_channels", "alert_channels.id", "alert_deliveries.channel_id")
    .innerJoin("alerts", "alerts.id", "alert_deliveries.alert_id").innerJoin("users", "users.id", "alerts.user_id")
    .select(["alert_deliveries.id as delivery_id", "alert_deliveries.attempts", "alert_deliveries.alert_id", "alert_channels.id", "alert_channels.kind", "alert_channels.target", "alert_channels.secret", "alert_channels.user_id", "alert_channels.allow_private", "alert_channels.created_at", "users.name as user"])
    .where("alert_deliveries.id", "in", ids).orderBy("alert_deliveries.id").execute();
  const alerts = new Map<number, Alert>((await alertsById(ledger, [...new Set(rows.map((r) => Number(r.alert_id)))])).map((a) => [a.id, a]));
  return rows.filter((r) => alerts.has(Number(r.alert_id))).map((r) => ({ deliveryId: Number(r.delivery_id), attempts: Number(r.attempts), channel: toChannel(r), alert: alerts.get(Number(r.alert_id))!, user: r.user }));
}

/** the wait before attempt `attempts + 1`, after `attempts` failures */
export function retryWaitMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.firstRetryMs * 2 ** Math.max(0, attempts - 1), policy.maxRetryMs);
}

/** a leased delivery's outcome: done, or failed and retried later, or failed for good after the last attempt */
export async function finishDelivery(ledger: Ledger, leased: Leased, error: string | null, policy: RetryPolicy = DEFAULT_RETRY, now = new Date()): Promise<"done" | "pending" | "failed"> {
  const attempts = leased.attempts + 1;
  const state = error === null ? "done" : attempts >= policy.maxAttempts ? "failed" : "pending";
  await dbOf(ledger).updateTable("alert_deliveries").set({
    state, attempts, lease_until: null, last_error: error, ...(state === "done" && { delivered_at: now.toISOString() }),
    next_at: new Date(now.getTime() + (error === null ? 0 : retryWaitMs(attempts, policy))).toISOString(),
  }).where("id", "=", leased.deliveryId).execute();
  return state;
}

export interface DeliveryRow {
  id: number;
  alertId: number;
  channelId: number;
  state: string;
  attempts: number;
  nextAt: string;
  lastError: string | null;
}

export async function deliveries(ledger: Ledger, channelId?: number): Promise<DeliveryRow[]> {
  let q = dbOf(ledger).selectFrom("alert_deliveries").selectAll();
  if (channelId !== undefined) q = q.where("channel_id", "=", channelId);
  return (await q.orderBy("id").execute()).map((r) => ({ id: Number(r.id), alertId: Number(r.alert_id), channelId: Number(r.channel_id), state: r.state, attempts: Number(r.attempts), nextAt: r.next_at, lastError: r.last_error }));
}
