// The ledger's migrations, in order, for Kysely's Migrator: each is a shared step (written once) followed
// by the engine's own part of it (engines/*/migrations.ts). A migration is named by its number and what it
// does ("0005-text-once"); the Migrator records the names it has run in kysely_migration.
//
// Ledgers made before the Migrator recorded the numbers they had run in ledger_migrations (versions 1–9,
// in this order): a migration whose number is there is recorded as run without running it again. That
// table is left as it was, so an older claimledger still opens the ledger.

import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Db, LedgerEngine } from "../engines/engine.js";
import { LEDGER_STEPS } from "./ledger.js";
import { METRICS_STEPS } from "./metrics.js";
import { SOURCES_STEPS } from "./sources.js";
import { ALERTS_STEPS } from "./alerts.js";
import { SCALE_STEPS } from "./scale.js";
import type { MigrationStep } from "./step.js";


/** every migration, in order: its number is its place in this list */
export const STEPS: [string, MigrationStep][] = [...LEDGER_STEPS, ...METRICS_STEPS, ...SOURCES_STEPS, ...ALERTS_STEPS, ...SCALE_STEPS];

const nameOf = (i: number) => `${String(i + 1).padStart(4, "0")}-${STEPS[i][0]}`;

/** the table today's migrations replaced */
const LEGACY_TABLE = "ledger_migrations";

async function legacyVersions(db: Db, engine: LedgerEngine): Promise<Set<number>> {
  if (!(await engine.tableExists(db, LEGACY_TABLE))) return new Set();
  const r = await sql<{ version: number }>`select version from ${sql.table(LEGACY_TABLE)}`.execute(db);
  return new Set(r.rows.map((row) => Number(row.version)));
}

/** runs migration `n` (1-based): its shared part, then the engine's */
export async function runStep(n: number, db: Db, engine: LedgerEngine): Promise<void> {
  await STEPS[n - 1][1](db, engine);
  await engine.migrationStep(n, db);
}

class LedgerMigrations implements MigrationProvider {
  constructor(private readonly engine: LedgerEngine) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    // read once per run, inside the Migrator's lock and transaction (the first migration's `up` reads it)
    let legacy: Promise<Set<number>> | null = null;
    return Object.fromEntries(STEPS.map((_s, i) => [nameOf(i), {
      up: async (db: Kysely<unknown>) => {
        legacy ??= legacyVersions(db as Db, this.engine);
        if ((await legacy).has(i + 1)) return;
        await runStep(i + 1, db as Db, this.engine);
      },
    }]));
  }
}

const migratorOf = async (engine: LedgerEngine) =>
  new Migrator({ db: engine.db, provider: new LedgerMigrations(engine), migrationTableSchema: await engine.migrationSchema?.() });

/** whether every migration is recorded as run: most opens find so, and need no lock */
async function upToDate(engine: LedgerEngine): Promise<boolean> {
  try {
    const done = new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(engine.db)).rows.map((r) => r.name));
    return STEPS.every((_s, i) => done.has(nameOf(i)));
  } catch {
    return false;
  }
}

/**
 * Applies pending migrations under the Migrator's lock, all in one transaction: processes opening a new
 * ledger at once wait for each other (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
 */
export async function migrate(engine: LedgerEngine): Promise<void> {
  if (await upToDate(engine)) return;
  const { error } = await (await migratorOf(engine)).migrateToLatest();
  if (error) throw error;
}
