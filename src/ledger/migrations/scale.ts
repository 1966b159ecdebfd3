// Scale (migration 11): speakers' counts kept as claims are stored, so that listing speakers reads a row per
// speaker, not every claim (2.9 s on a million claims before). The engines add what their search needs at
// ten million claims (engines/postgres/migrations.ts: trigram indexes for the word filters).

import { COUNT_ALL_SPEAKERS } from "../documents/speakers.js";
import type { MigrationStep } from "./step.js";

export const SCALE_STEPS: [string, MigrationStep][] = [
  ["speaker-counts", async (db) => {
    await db.schema.createTable("speaker_counts")
      .addColumn("speaker", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("claims", "integer", (c) => c.notNull())
      .addColumn("quantified", "integer", (c) => c.notNull())
      .addColumn("documents", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("speaker_counts_key", ["speaker", "kind", "role"])
      .execute();
    await COUNT_ALL_SPEAKERS.execute(db);
  }],
];
