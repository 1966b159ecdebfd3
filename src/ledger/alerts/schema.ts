// Follows and alerts: what each reviewer follows, the outbox of alerts (the one source every channel reads),
// the channels alerts go out on (signed webhooks, e-mail) and each delivery's attempts. Tables of their own
// (built by migrations/alerts.ts).

import type { Generated } from "kysely";
import type { MetricsDatabase } from "../metrics/schema.js";

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

/** the ledger's tables with the metrics' (alerts read what the metrics made of each claim) and the alerts' */
export interface AlertsDatabase extends MetricsDatabase, AlertTables {}
