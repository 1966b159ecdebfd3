// A ledger written before text was stored once (migration 5) upgrades: its claims read back the same,
// search still finds them, and no claim keeps a copy of its sentence.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import Database from "better-sqlite3";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import { MIGRATIONS, type LedgerDatabase } from "../src/ledger/schema.js";

const PG_URL = process.env.CLAIMLEDGER_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `cl_mig_${process.pid}_${Date.now()}`;
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-migration-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const text = "Dam report\n\nThe water board said that 2,400 homes were flooded in 2019 and 310 families moved. Engineers said the wall was sound.";
const record = extract(text, { published: "2020-03-01" });

/** a ledger as version 3 left it: each claim's sentence in a column and in its JSON */
async function oldLedger(db: Kysely<LedgerDatabase>, dialect: "sqlite" | "postgres") {
  await db.schema.createTable("ledger_migrations").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
  for (let v = 1; v <= 3; v++) {
    await MIGRATIONS[v - 1](db, dialect);
    await db.insertInto("ledger_migrations").values({ version: v, applied_at: "2024-01-01" }).execute();
  }
  const { id } = await db.insertInto("documents").values({ source: "dam.txt", hash: "h", version: 1, title: null, byline: null, outlet: null, published: "2020-03-01", text, ingested_at: "2024-01-01", claim_count: record.claims.length } as never).returning("id").executeTakeFirstOrThrow();
  for (const [ord, c] of record.claims.entries())
    await sql`insert into claims (document_id, ord, sentence_start, sentence_end, text, mode, speaker, quantity_text, value, counted, predicate, places, data)
      values (${id}, ${ord}, ${c.sentence.start}, ${c.sentence.end}, ${c.text}, ${c.mode}, ${c.speaker?.name ?? null}, ${c.quantity?.text ?? null}, ${c.quantity?.value ?? null}, ${c.counted}, ${c.predicate}, '', ${JSON.stringify(c)})`.execute(db);
}

describe.each(["sqlite", "postgres"] as const)("migration 5 on %s", (dialect) => {
  it("moves claims to offsets into the document and keeps what they read back as", async () => {
    let target: string;
    if (dialect === "sqlite") {
      target = path.join(dir, "old.db");
      const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: new Database(target) }) });
      await oldLedger(db, dialect);
      await db.destroy();
    } else {
      target = PG_URL;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      const db = new Kysely<LedgerDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${schema}` }) }) });
      await oldLedger(db, dialect);
      await db.destroy();
    }
    const ledger = await openLedger(target, { schema });
    try {
      const claims = await ledger.findClaims({ quantified: false, limit: 100 });
      expect(claims.map(({ id: _i, documentId: _d, published: _p, source: _s, ...c }) => c)).toEqual(record.claims);
      expect(claims.map((c) => Object.keys(c).slice(0, 3))).toEqual(record.claims.map(() => ["sentence", "text", "mode"]));
      expect((await ledger.findClaims({ text: "flooded" })).map((c) => c.quantity?.value).sort((a, b) => a! - b!)).toEqual([310, 2400]);
      expect(await ledger.findClaims({ text: "nothing-like-this" })).toEqual([]);
      const stored = await sql<{ data: string }>`select data from claims`.execute(ledger.db);
      for (const r of stored.rows) expect(JSON.parse(r.data)).not.toHaveProperty("text");
    } finally {
      await ledger.close();
    }
  });
});
