// Follows and the alerts outbox in the ledger, SQLite and PostgreSQL alike: adding, listing and removing a
// reviewer's follows; turning the claims and findings written since the last time into alerts (one
// transaction, the marks moved with the rows); reading a user's alerts after an id (the events stream).

import { sql, type Kysely, type Transaction } from "kysely";
import { UserError } from "../../errors.js";
import { Ledger } from "../ledger.js";
import type { LedgerEngine } from "../engines/engine.js";
import type { MetricsTables } from "../metrics/schema.js";
import { readMark } from "../metrics/progress.js";
import { FOLLOW_KINDS, type AlertsDatabase, type AlertTables, type FollowKind } from "./schema.js";
import type { LedgerStore } from "../store.js";
import { claimData, claimFollow, claimLine, findingData, findingFollow, findingLine, type ClaimFacts, type FindingFacts, type Follow } from "../../alerts/match.js";

export type { Follow } from "../../alerts/match.js";

export interface Alert {
  id: number;
  userId: number;
  kind: "claim" | "finding";
  claimId: number | null;
  findingId: number | null;
  follow: { kind: string; value: string };
  line: string;
  data: Record<string, unknown>;
  createdAt: string;
}

type Db = Kysely<AlertsDatabase> | Transaction<AlertsDatabase>;
type Tables = AlertTables & MetricsTables;
export const alertsDb = (ledger: Ledger): Kysely<AlertsDatabase> => ledger.db.withTables<{ [K in keyof Tables]: Tables[K] }>();
/** documents read per transaction */
const DOCUMENTS_PER_BATCH = 50;

const MAX_FOLLOW_LENGTH = 200;

export function checkFollow(kind: string, value: string): { kind: FollowKind; value: string } {
  if (!FOLLOW_KINDS.includes(kind as FollowKind)) throw new UserError(`one follows a ${FOLLOW_KINDS.join(", a ")}, not a "${kind}"`);
  const v = value.trim().replace(/\s+/g, " ");
  if (!v || !/[\p{L}\p{N}]/u.test(v)) throw new UserError(`a ${kind} to follow needs a name with letters or digits, not "${value}"`);
  if (v.length > MAX_FOLLOW_LENGTH) throw new UserError(`a ${kind} to follow is at most ${MAX_FOLLOW_LENGTH} characters`);
  return { kind: kind as FollowKind, value: v };
}

const toFollow = (r: { id: number; user_id: number; kind: string; value: string; created_at: string }): Follow => ({
  id: Number(r.id), userId: Number(r.user_id), kind: r.kind as FollowKind, value: r.value, createdAt: r.created_at,
});

export async function addFollow(ledger: Ledger, userId: number, kind: string, value: string): Promise<Follow> {
  const f = checkFollow(kind, value);
  const db = alertsDb(ledger);
  return db.transaction().execute(async (trx) => {
    await startMarks(trx, ledger.engine);
    const row = await trx.insertInto("follows").values({ user_id: userId, kind: f.kind, value: f.value, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(["user_id", "kind", "value"]).doNothing()).returningAll().executeTakeFirst();
    if (!row) throw new UserError(`already following ${f.kind} "${f.value}"`);
    return toFollow(row);
  });
}

export async function listFollows(ledger: Ledger, userId?: number): Promise<Follow[]> {
  let q = alertsDb(ledger).selectFrom("follows").selectAll();
  if (userId !== undefined) q = q.where("user_id", "=", userId);
  return (await q.orderBy("id").execute()).map(toFollow);
}

/** by id, or by kind and value; only the user's own */
export async function removeFollow(ledger: Ledger, userId: number, which: number | { kind: string; value: string }): Promise<void> {
  let q = alertsDb(ledger).deleteFrom("follows").where("user_id", "=", userId);
  if (typeof which === "number") q = q.where("id", "=", which);
  else {
    const f = checkFollow(which.kind, which.value);
    q = q.where("kind", "=", f.kind).where("value", "=", f.value);
  }
  const r = await q.executeTakeFirst();
  if (!Number(r.numDeletedRows)) throw new UserError(typeof which === "number" ? `no follow ${which} of yours` : `not following ${which.kind} "${which.value}"`);
}

async function mark(trx: Db, name: string): Promise<number | null> {
  const r = await trx.selectFrom("alerts_progress").select("value").where("name", "=", name).executeTakeFirst();
  return r ? Number(r.value) : null;
}

async function setMark(trx: Db, name: string, value: number): Promise<void> {
  const r = await trx.updateTable("alerts_progress").set({ value }).where("name", "=", name).executeTakeFirst();
  if (!Number(r.numUpdatedRows)) await trx.insertInto("alerts_progress").values({ name, value }).execute();
}

/**
 * how far the metrics have read (a claim's metrics are known once they have), and the last finding; while
 * the metrics are made again (metrics/rebuild.ts) no finding is news, and the ones a rebuild made are known
 */
async function readable(trx: Db): Promise<{ document: number; finding: number; rebuilding: boolean; rebuilt: number }> {
  const f = await trx.selectFrom("findings").select(sql<number | null>`max(id)`.as("n")).executeTakeFirst();
  return {
    document: (await readMark(trx, "document")) ?? 0, finding: Number(f?.n ?? 0),
    rebuilding: (await readMark(trx, "rebuild")) !== null, rebuilt: (await readMark(trx, "rebuilt-findings")) ?? 0,
  };
}

/** the first follow starts alerts from now: nothing already in the ledger is alerted on */
async function startMarks(trx: Transaction<AlertsDatabase>, engine: LedgerEngine): Promise<void> {
  // alert ids then commit in order, so a reader that remembers the last id it saw (the events stream, a
  // channel's cursor) never skips one
  await engine.lockTransaction(trx, "alerts");
  if ((await mark(trx, "document")) !== null) return;
  const now = await readable(trx);
  await setMark(trx, "document", now.document);
  await setMark(trx, "finding", now.finding);
}

/**
 * Writes the alerts the claims and findings stored since the last call answer (after an ingest: one call).
 * Returns how many were written. Cheap when nobody follows anything: the marks move, nothing is read.
 */
export async function raiseAlerts(ledger: LedgerStore): Promise<number> {
  if (!(ledger instanceof Ledger)) return 0;
  const db = alertsDb(ledger);
  // nobody ever followed anything: no marks, nothing to do (an ingest pays one read)
  if ((await mark(db, "document")) === null) return 0;
  let written = 0;
  for (;;) {
    const more = await db.transaction().execute(async (trx) => {
      await ledger.engine.lockTransaction(trx, "alerts");
      const from = { document: (await mark(trx, "document")) ?? 0, finding: (await mark(trx, "finding")) ?? 0 };
      const upTo = await readable(trx);
      // a rebuild reads the documents alerted on before again: the marks never move back, and its findings are none
      from.finding = Math.max(from.finding, upTo.rebuilt);
      if (upTo.rebuilding) upTo.finding = from.finding;
      const follows = (await trx.selectFrom("follows").selectAll().orderBy("id").execute()).map(toFollow);
      const docs = await trx.selectFrom("documents").select("id").where("id", ">", from.document).where("id", "<=", upTo.document).orderBy("id").limit(DOCUMENTS_PER_BATCH).execute();
      const through = docs.length === DOCUMENTS_PER_BATCH ? Number(docs[docs.length - 1].id) : Math.max(from.document, upTo.document);
      if (follows.length) {
        const rows = [
          ...(await claimAlerts(trx, from.document, through, follows)),
          ...(await findingAlerts(trx, from.finding, upTo.finding, follows)),
        ];
        for (let i = 0; i < rows.length; i += 100)
          written += (await trx.insertInto("alerts").values(rows.slice(i, i + 100)).onConflict((oc) => oc.columns(["user_id", "key"]).doNothing()).returning("id").execute()).length;
      }
      if (through !== from.document) await setMark(trx, "document", through);
      if (upTo.finding !== Number((await mark(trx, "finding")) ?? 0)) await setMark(trx, "finding", upTo.finding);
      return through < upTo.document;
    });
    if (!more) return written;
  }
}

type AlertRow = Omit<AlertsDatabase["alerts"], "id">;

function byUser(follows: Follow[]): Map<number, Follow[]> {
  const m = new Map<number, Follow[]>();
  for (const f of follows) m.set(f.userId, [...(m.get(f.userId) ?? []), f]);
  return m;
}

async function claimAlerts(trx: Db, after: number, through: number, follows: Follow[]): Promise<AlertRow[]> {
  if (through <= after) return [];
  const rows = await trx.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
    .select(["claims.id", "claims.document_id", "claims.speaker", "claims.places", "claims.quantity_text", "claims.counted", "claims.predicate", "claims.period_start", "claims.period_end", "documents.source", "documents.title"])
    .where("claims.document_id", ">", after).where("claims.document_id", "<=", through).where("claims.quantity_text", "is not", null)
    .orderBy("claims.id").execute();
  if (!rows.length) return [];
  const metrics = new Map<number, string[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => Number(r.id));
    for (const m of await trx.selectFrom("metric_figures").innerJoin("metrics", "metrics.id", "metric_figures.metric_id").select(["metric_figures.claim_id", "metrics.key"]).where("metric_figures.claim_id", "in", ids).execute())
      metrics.set(Number(m.claim_id), [...(metrics.get(Number(m.claim_id)) ?? []), m.key]);
  }
  const now = new Date().toISOString();
  const out: AlertRow[] = [];
  for (const r of rows) {
    const c: ClaimFacts = {
      id: Number(r.id), documentId: Number(r.document_id), speaker: r.speaker, places: r.places.split("|").filter(Boolean), quantityText: r.quantity_text!,
      counted: r.counted, predicate: r.predicate, periodStart: r.period_start, periodEnd: r.period_end, metrics: metrics.get(Number(r.id)) ?? [], source: r.source, title: r.title,
    };
    for (const [userId, own] of byUser(follows)) {
      const f = claimFollow(c, own);
      if (f) out.push({ user_id: userId, kind: "claim", claim_id: c.id, finding_id: null, follow_kind: f.kind, follow_value: f.value, line: claimLine(c, f), data: JSON.stringify(claimData(c)), key: `claim:${c.id}`, created_at: now });
    }
  }
  return out;
}

async function findingAlerts(trx: Db, after: number, through: number, follows: Follow[]): Promise<AlertRow[]> {
  const keys = [...new Set(follows.filter((f) => f.kind === "metric").map((f) => f.value))];
  if (through <= after || !keys.length) return [];
  const rows = await trx.selectFrom("findings").select(["id", "kind", "metric_key", "metric_label", "reason", "figures"])
    .where("id", ">", after).where("id", "<=", through).where("metric_key", "in", keys).orderBy("id").execute();
  const now = new Date().toISOString();
  const out: AlertRow[] = [];
  for (const r of rows) {
    const x: FindingFacts = { id: Number(r.id), kind: r.kind, metricKey: r.metric_key, metricLabel: r.metric_label, reason: r.reason, figures: r.figures };
    for (const [userId, own] of byUser(follows)) {
      const f = findingFollow(x, own);
      // the checks write a metric's findings again as figures come: the same finding is one alert
      if (f) out.push({ user_id: userId, kind: "finding", claim_id: null, finding_id: x.id, follow_kind: f.kind, follow_value: f.value, line: findingLine(x, f), data: JSON.stringify(findingData(x)), key: `finding:${x.kind}:${x.metricKey}:${x.figures}`, created_at: now });
    }
  }
  return out;
}

const toAlert = (r: { id: number; user_id: number; kind: string; claim_id: number | null; finding_id: number | null; follow_kind: string; follow_value: string; line: string; data: string; created_at: string }): Alert => ({
  id: Number(r.id), userId: Number(r.user_id), kind: r.kind as Alert["kind"], claimId: r.claim_id === null ? null : Number(r.claim_id), findingId: r.finding_id === null ? null : Number(r.finding_id),
  follow: { kind: r.follow_kind, value: r.follow_value }, line: r.line, data: JSON.parse(r.data) as Record<string, unknown>, createdAt: r.created_at,
});

const ALERT_COLUMNS = ["id", "user_id", "kind", "claim_id", "finding_id", "follow_kind", "follow_value", "line", "data", "created_at"] as const;

/** alerts after `afterId`, oldest first: a user's, or (userId undefined) everyone's */
export async function alertsAfter(ledger: Ledger, afterId: number, options: { userId?: number; limit?: number } = {}): Promise<Alert[]> {
  let q = alertsDb(ledger).selectFrom("alerts").select([...ALERT_COLUMNS]).where("id", ">", afterId);
  if (options.userId !== undefined) q = q.where("user_id", "=", options.userId);
  return (await q.orderBy("id").limit(options.limit ?? 500).execute()).map(toAlert);
}

export async function alertsById(ledger: Ledger, ids: number[]): Promise<Alert[]> {
  if (!ids.length) return [];
  return (await alertsDb(ledger).selectFrom("alerts").select([...ALERT_COLUMNS]).where("id", "in", ids).orderBy("id").execute()).map(toAlert);
}

/** a user's latest alerts, newest first */
export async function latestAlerts(ledger: Ledger, userId: number, limit = 20): Promise<Alert[]> {
  return (await alertsDb(ledger).selectFrom("alerts").select([...ALERT_COLUMNS]).where("user_id", "=", userId).orderBy("id", "desc").limit(limit).execute()).map(toAlert);
}

export async function lastAlertId(ledger: Ledger): Promise<number> {
  const r = await alertsDb(ledger).selectFrom("alerts").select(sql<number>`max(id)`.as("n")).executeTakeFirst();
  return Number(r?.n ?? 0);
}
