// Opening a ledger: a file path (or nothing: ./claimledger.db, or $CLAIMLEDGER_DB) is SQLite, embedded;
// a postgres:// URL is PostgreSQL. Both come back migrated, as one Ledger.

import { UserError } from "../errors.js";
import { Ledger, type LedgerConfig } from "./ledger.js";
import { openSqlite } from "./engines/sqlite/index.js";
import { isPostgresUrl, openPostgres } from "./engines/postgres/index.js";
import type { LedgerEngine } from "./engines/engine.js";

export const DEFAULT_LEDGER = "claimledger.db";

export function ledgerTarget(target?: string): string {
  return target || process.env.CLAIMLEDGER_DB || DEFAULT_LEDGER;
}

/** the engine for a target, connected and not migrated */
export function openEngine(where: string, options: { schema?: string } = {}): Promise<LedgerEngine> {
  return isPostgresUrl(where) ? openPostgres(where, options) : openSqlite(where);
}

/** `schema`: PostgreSQL only, the ledger in a schema of its own; `ratings`: the verdict scale, best first */
export async function openLedger(target?: string, options: { schema?: string } & LedgerConfig = {}): Promise<Ledger> {
  const where = ledgerTarget(target);
  const ledger = new Ledger(await openEngine(where, options), { ratings: options.ratings });
  try {
    await ledger.migrate();
  } catch (e) {
    await ledger.close().catch(() => {});
    // the failure kept as its cause: a database away (restarting) is told from a ledger that is not one
    throw Object.assign(new UserError(`${where}: not a claimledger ledger, or it cannot be migrated (${(e as Error).message})`), { cause: e });
  }
  return ledger;
}
