// The ledger on SQLite, embedded: one file, WAL so that readers (the server) never block the writer (an
// ingest), write transactions begun IMMEDIATE under a busy timeout, FTS5 for search.

import path from "node:path";
import { mkdirSync } from "node:fs";
import { Kysely, sql, type CreateTableBuilder } from "kysely";
import { UserError } from "../../../errors.js";
import type { LedgerDatabase } from "../../schema.js";
import type { Db, LedgerEngine } from "../engine.js";
import { LedgerSqliteDialect } from "./dialect.js";
import { idsIndex, insertSentences, wordConditions } from "./search.js";
import { SQLITE_STEPS } from "./migrations.js";

/** how long a SQLite writer waits for another process's write transaction before giving up */
export const BUSY_TIMEOUT_MS = 10_000;
/** how much of the ledger's file SQLite reads through a memory map (address space, not memory) */
const MMAP_BYTES = 2 ** 30;

export async function openSqlite(where: string): Promise<LedgerEngine> {
  const Database = (await import("better-sqlite3")).default;
  const file = path.resolve(where);
  mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: InstanceType<typeof Database>;
  try {
    // the busy timeout first: switching a new file to WAL takes a lock that another process may hold
    sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    // NORMAL sync is safe with WAL
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    // pages read from the mapped file, not copied by a read call each into a 2 MB cache: a deep page's
    // skipped claims cost half the CPU (10,000 of 200,000: 77 -> 34 ms); the file shares the OS's page cache
    sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  } catch (e) {
    throw new UserError(`${where}: cannot open the ledger (${(e as Error).message})`);
  }
  const db = new Kysely<LedgerDatabase>({ dialect: new LedgerSqliteDialect({ database: sqlite }) });
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  return {
    name: "sqlite",
    db,
    changeMark: () => dataVersion.get(),
    nullsFirst: true,
    idsFirst: false,
    jobQueue: "ledger",
    withId: <TB extends string>(table: CreateTableBuilder<TB, never>) => table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()),
    async tableExists(d: Db, table: string) {
      const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${table}`.execute(d);
      return Number(r.rows[0]?.n ?? 0) > 0;
    },
    async columnsOf(d: Db, table: string) {
      const r = await sql<{ c: string }>`select name as c from pragma_table_info(${table})`.execute(d);
      return new Set(r.rows.map((x) => x.c));
    },
    async insertFindingClaims(d: Db) {
      await sql`INSERT OR IGNORE INTO finding_claims (finding_id, claim_id) SELECT DISTINCT f.id, json_extract(e.value, '$.claim') FROM findings f,
        json_each(f.figures) e WHERE json_extract(e.value, '$.claim') IS NOT NULL`.execute(d);
    },
    marksOwnWrites: false,
    migrationStep: async (version, d) => SQLITE_STEPS[version]?.(d),
    wordConditions,
    idsIndex,
    insertSentences,
    lockTransaction: async () => {},
    skipLocked: (q) => q,
    close: () => db.destroy(),
  };
}
