// The ledger on PostgreSQL: a connection pool (in a schema of its own when asked: tests, several ledgers
// in one database), search by tsvector, migrations under Kysely's advisory lock.

import { Kysely, PostgresDialect, sql, type CreateTableBuilder } from "kysely";
import { UserError } from "../../../errors.js";
import type { LedgerDatabase } from "../../schema.js";
import type { Db, LedgerEngine, LockName } from "../engine.js";
import { insertSentences, searchShare, sentenceHas, speakerNames, walkSentencesWith, wordConditions } from "./search.js";
import { POSTGRES_STEPS } from "./migrations.js";
import { ensureIndexes } from "./indexes.js";
import { changeMark, sharedCounts } from "./counts.js";

/** the advisory lock keys of the ledger's named locks (any 64-bit numbers no one else in the database uses) */
const LOCK_KEYS: Record<LockName, number> = { alerts: 0x616c6572, "alert-channels": 0x616c6573, metrics: 0x6d657472, documents: 0x646f6375 };

export const isPostgresUrl = (target: string) => /^postgres(?:ql)?:\/\//i.test(target);

export async function openPostgres(where: string, options: { schema?: string } = {}): Promise<LedgerEngine> {
  const pg = (await import("pg")).default;
  const schema = options.schema?.replace(/[^a-z0-9_]/gi, "");
  if (schema) {
    const client = new pg.Client({ connectionString: where });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (e) {
      throw Object.assign(new UserError(`${where}: cannot reach PostgreSQL (${(e as Error).message})`), { cause: e });
    } finally {
      await client.end().catch(() => {});
    }
  }
  // the schema through the connection's search_path
  // no JIT: the ledger's queries are short, and compiling one (a count over a common search at a million
  // claims: 180 ms of 725) cost more than it saved
  const settings = ["-c jit=off", ...(schema ? [`-c search_path=${schema}`] : [])].join(" ");
  const pool = new pg.Pool({ connectionString: where, max: 10, options: settings });
  // A server restarting (or a connection cut) makes a connection emit 'error': on an idle one the pool's,
  // on one held between two queries of a transaction its own, and an 'error' no one listens to ends the
  // process. The pool drops the connection; the query on it fails, named, and its transaction rolls back.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new Kysely<LedgerDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: "postgres",
    db,
    // Kysely's Migrator looks for its tables in every schema unless told which: another ledger's would do
    migrationSchema: async () => (await sql<{ s: string | null }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? undefined,
    // the last document and a count of other changes (counts.ts)
    changeMark: () => changeMark(db),
    sharedCounts,
    nullsFirst: false,
    idsFirst: true,
    jobQueue: "graphile-worker",
    withId: <TB extends string>(table: CreateTableBuilder<TB, never>) => table.addColumn("id", "serial", (c) => c.primaryKey()),
    async tableExists(d: Db, table: string) {
      const r = await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(d);
      return r.rows[0]?.t != null;
    },
    async columnsOf(d: Db, table: string) {
      const r = await sql<{ c: string }>`select column_name as c from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(d);
      return new Set(r.rows.map((x) => x.c));
    },
    async followIds(d: Db, tables: readonly string[]) {
      for (const table of tables)
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.table(table)}`.execute(d);
    },
    async insertFindingClaims(d: Db) {
      await sql`INSERT INTO finding_claims (finding_id, claim_id) SELECT DISTINCT f.id, (e->>'claim')::integer FROM findings f
        CROSS JOIN LATERAL json_array_elements(f.figures::json) e WHERE e->>'claim' IS NOT NULL ON CONFLICT DO NOTHING`.execute(d);
    },
    marksOwnWrites: true,
    migrationStep: async (version, d) => POSTGRES_STEPS[version]?.(d),
    afterMigrate: () => ensureIndexes(db),
    wordConditions,
    searchShare,
    sentenceHas,
    walkSentencesWith,
    speakerNames,
    insertSentences,
    async lockTransaction(trx, lock) {
      await sql`select pg_advisory_xact_lock(${LOCK_KEYS[lock]})`.execute(trx);
    },
    skipLocked: (q) => q.forUpdate().skipLocked(),
    close: () => db.destroy(),
  };
}
