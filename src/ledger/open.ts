// Opening a ledger: a file path (or nothing: ./claimledger.db, or $CLAIMLEDGER_DB) is SQLite, embedded;
// a postgres:// URL is PostgreSQL. Both come back migrated, behind the same LedgerStore.

import path from "node:path";
import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { UserError } from "../errors.js";
import { KyselyLedger } from "./kysely-store.js";
import type { LedgerDatabase } from "./schema.js";

export const DEFAULT_LEDGER = "claimledger.db";

export function ledgerTarget(target?: string): string {
  return target || process.env.CLAIMLEDGER_DB || DEFAULT_LEDGER;
}

export async function openLedger(target?: string, options: { schema?: string } = {}): Promise<KyselyLedger> {
  const where = ledgerTarget(target);
  let ledger: KyselyLedger;
  if (/^postgres(?:ql)?:\/\//i.test(where)) {
    const pg = (await import("pg")).default;
    const schema = options.schema?.replace(/[^a-z0-9_]/gi, "");
    if (schema) {
      const client = new pg.Client({ connectionString: where });
      try {
        await client.connect();
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } catch (e) {
        throw new UserError(`${where}: cannot reach PostgreSQL (${(e as Error).message})`);
      } finally {
        await client.end().catch(() => {});
      }
    }
    // a schema of its own (tests, several ledgers in one database) through the connection's search_path
    const pool = new pg.Pool({ connectionString: where, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    const db = new Kysely<LedgerDatabase>({ dialect: new PostgresDialect({ pool }) });
    ledger = new KyselyLedger(db, "postgres");
  } else {
    const Database = (await import("better-sqlite3")).default;
    const file = path.resolve(where);
    mkdirSync(path.dirname(file), { recursive: true });
    let sqlite: InstanceType<typeof Database>;
    try {
      sqlite = new Database(file);
      // WAL: readers (the server) never block the writer (an ingest); NORMAL sync is safe with WAL
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("synchronous = NORMAL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma("busy_timeout = 5000");
    } catch (e) {
      throw new UserError(`${where}: cannot open the ledger (${(e as Error).message})`);
    }
    const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
    ledger = new KyselyLedger(db, "sqlite", async () => {}, () => dataVersion.get());
  }
  try {
    await ledger.migrate();
  } catch (e) {
    await ledger.close().catch(() => {});
    throw new UserError(`${where}: not a claimledger ledger, or it cannot be migrated (${(e as Error).message})`);
  }
  return ledger;
}
