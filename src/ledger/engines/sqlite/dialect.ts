// Kysely's SQLite dialect with two changes the ledger needs when several processes share one file.

import { CompiledQuery, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver } from "kysely";

// Kysely begins SQLite transactions DEFERRED: a transaction that reads, then writes, cannot wait for another
// writer (WAL answers SQLITE_BUSY at once, whatever the busy timeout: two ingests at once exited 70).
// IMMEDIATE takes the write lock at BEGIN, where the busy timeout applies.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

// SQLite's DDL is transactional; Kysely's adapter says otherwise, so its Migrator would run migrations
// outside a transaction and without a lock. Saying so makes the Migrator run them in one IMMEDIATE
// transaction: processes opening a new ledger at once wait for each other instead of racing to create
// the same tables, and a crash leaves the migrations wholly applied or not.
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class LedgerSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}
