// Follows and alerts: what each reviewer follows, the outbox of alerts (the one source every channel reads),
// the channels alerts go out on (signed webhooks, e-mail) and each delivery's attempts. Tables of their own,
// built by migrations appended after the ledger's others (schema.ts spreads ALERTS_MIGRATIONS at the end).
// Nothing here imports schema.ts, which imports this (no cycle): the ledger's tables are joined in where the
// queries are (alerts-store.ts AlertsDatabase).

import { type CreateTableBuilder, type Generated, type Kysely } from "kysely";

export const FOLLOW_KINDS = ["speaker", "metric", "place"] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export interface FollowsTable {
  id: Generated<number>;
  user_id: number;
  kind: FollowKind;
  /** speaker: words of the name; metric: its key; place: its name */
  value: string;
  created_at: string;
}

/** the outbox: one row per user and thing alerted on, written in the transaction that found it */
export interface AlertsTable {
  id: Generated<number>;
  user_id: number;
  kind: "claim" | "finding";
  /** no foreign keys: a claim of a replaced version, or a finding the checks wrote again, may go; the alert stays */
  claim_id: number | null;
  finding_id: number | null;
  follow_kind: string;
  follow_value: string;
  /** the alert in one readable line */
  line: string;
  /** JSON: the structured fields a webhook carries */
  data: string;
  /** one alert per user and claim, or per user and finding (kind, metric and figures: the checks rewrite findings) */
  key: string;
  created_at: string;
}

/** how far alerts have read: "document" (claims of documents up to this id), "finding" (findings up to this id) */
export interface AlertsProgressTable {
  name: string;
  value: number;
}

export interface AlertChannelsTable {
  id: Generated<number>;
  kind: "webhook" | "email";
  /** a webhook's URL or an e-mail address */
  target: string;
  /** a webhook's HMAC-SHA256 key */
  secret: string | null;
  /** only this user's alerts; null: every user's */
  user_id: number | null;
  /** 1: the webhook may be on a loopback or private address (SSRF rules otherwise refuse it) */
  allow_private: number;
  /** the last alert handed to this channel (alerts after it become its deliveries) */
  through_alert: number;
  created_at: string;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  alert_id: number;
  channel_id: number;
  /** pending → sending (leased by one process) → done, or back to pending with a later next_at, or failed */
  state: "pending" | "sending" | "done" | "failed";
  attempts: number;
  next_at: string;
  /** a sender that died leaves the lease to run out, and the delivery is pending again */
  lease_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

/** the tables these migrations make */
export interface AlertTables {
  follows: FollowsTable;
  alerts: AlertsTable;
  alerts_progress: AlertsProgressTable;
  alert_channels: AlertChannelsTable;
  alert_deliveries: AlertDeliveriesTable;
}

type Dialect = "sqlite" | "postgres";
// the ledger's database, whatever its tables (a migration only builds its own)
type Migration = (db: Kysely<any>, dialect: Dialect) => Promise<void>;

const withId = <TB extends string>(table: CreateTableBuilder<TB, never>, dialect: Dialect) =>
  table.addColumn("id", dialect === "sqlite" ? "integer" : "serial", (c) => (dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey()));

export const ALERTS_MIGRATIONS: Migration[] = [
  async (db, dialect) => {
    await withId(db.schema.createTable("follows"), dialect)
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("follows_one", ["user_id", "kind", "value"])
      .execute();
    await withId(db.schema.createTable("alerts"), dialect)
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("claim_id", "integer")
      .addColumn("finding_id", "integer")
      .addColumn("follow_kind", "text", (c) => c.notNull())
      .addColumn("follow_value", "text", (c) => c.notNull())
      .addColumn("line", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("alerts_once", ["user_id", "key"])
      .execute();
    await db.schema.createIndex("alerts_user").on("alerts").columns(["user_id", "id"]).execute();
    await db.schema.createTable("alerts_progress")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
    await withId(db.schema.createTable("alert_channels"), dialect)
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("secret", "text")
      .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
      .addColumn("allow_private", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("through_alert", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await withId(db.schema.createTable("alert_deliveries"), dialect)
      .addColumn("alert_id", "integer", (c) => c.notNull().references("alerts.id").onDelete("cascade"))
      .addColumn("channel_id", "integer", (c) => c.notNull().references("alert_channels.id").onDelete("cascade"))
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("next_at", "text", (c) => c.notNull())
      .addColumn("lease_until", "text")
      .addColumn("last_error", "text")
      .addColumn("delivered_at", "text")
      .addUniqueConstraint("alert_deliveries_once", ["alert_id", "channel_id"])
      .execute();
    await db.schema.createIndex("alert_deliveries_due").on("alert_deliveries").columns(["state", "next_at"]).execute();
    await db.schema.createIndex("alert_deliveries_channel").on("alert_deliveries").columns(["channel_id", "state"]).execute();
  },
];
