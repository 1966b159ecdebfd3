// Opening a ledger: a file path (or nothing: ./claimledger.db, or $CLAIMLEDGER_DB) is SQLite, embedded;
// a postgres:// URL is PostgreSQL. Both come back migrated, behind the same LedgerStore.

import path from "node:path";
import { mkdirSync } from "node:fs";
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from "kysely";
import { UserError } from "../errors.js";
import { KyselyLedger } from "./kysely-store.js";
import type { LedgerDatabase } from "./schema.js";

export const DEFAULT_LEDGER = "claimledger.db";

/** how long a SQLite writer waits for another process's write transaction before giving up */
export const BUSY_TIMEOUT_MS = 10_000;

// Kysely begins SQLite transactions DEFERRED: a transaction that reads, then writes, cannot wait for another
// writer (WAL answers SQLITE_BUSY at once, whatever the busy timeout: two ingests at once exited 70).
// IMMEDIATE takes the write lock at BEGIN, where the busy timeout applies.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

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
      // the busy timeout first: switching a new file to WAL takes a lock that another process may hold
      sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
      // WAL: readers (the server) never block the writer (an ingest); NORMAL sync is safe with WAL
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("synchronous = NORMAL");
      sqlite.pragma("foreign_keys = ON");
    } catch (e) {
      throw new UserError(`${where}: cannot open the ledger (${(e as Error).message})`);
    }
    const db = new Kysely<LedgerDatabase>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
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
