// Follows and alerts (migration 10): what each reviewer follows, the alerts outbox and how far it has
// read the ledger, the channels alerts go out on (webhooks, e-mail) and their deliveries.

import type { MigrationStep } from "./step.js";

export const ALERTS_STEPS: [string, MigrationStep][] = [
  ["follows-and-alerts", async (db, engine) => {
    await engine.withId(db.schema.createTable("follows"))
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("follows_one", ["user_id", "kind", "value"])
      .execute();
    await engine.withId(db.schema.createTable("alerts"))
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
    await engine.withId(db.schema.createTable("alert_channels"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("secret", "text")
      .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
      .addColumn("allow_private", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("through_alert", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await engine.withId(db.schema.createTable("alert_deliveries"))
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
  }],
];
