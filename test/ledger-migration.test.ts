// A ledger made by the migration runner claimledger had before Kysely's Migrator (versions recorded in
// ledger_migrations) opens and upgrades at any of its versions, its data kept: claims read back the same,
// search still finds them, no claim keeps a copy of its sentence, reviews and accounts stay.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { extract } from "../src/index.js";
import { openEngine, openLedger } from "../src/ledger/open.js";
import { runStep, STEPS } from "../src/ledger/migrations/index.js";
import type { LedgerEngine } from "../src/ledger/engines/engine.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schemaFor = pgSchemas("mig");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = "Dam report\n\nThe water board said that 2,400 homes were flooded in 2019 and 310 families moved. Engineers said the wall was sound.";
const record = extract(text, { published: "2020-03-01" });

/** a ledger as the old runner left it at `version`, holding one document, its claims, a review and (from 2) a user */
async function oldLedger(engine: LedgerEngine, version: number) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = engine.db as unknown as Kysely<any>;
  await db.schema.createTable("ledger_migrations").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("applied_at", "text", (c) => c.notNull()).execute();
  for (let v = 1; v <= version; v++) {
    await runStep(v, engine.db, engine);
    await db.insertInto("ledger_migrations").values({ version: v, applied_at: "2024-01-01" }).execute();
  }
  const { id } = await db.insertInto("documents").values({ source: "dam.txt", hash: "h", version: 1, title: null, byline: null, outlet: null, published: "2020-03-01", text, ingested_at: "2024-01-01", claim_count: record.claims.length }).returning("id").executeTakeFirstOrThrow();
  for (const [ord, c] of record.claims.entries()) {
    // before migration 5 each claim kept its sentence in a column and in its JSON
    const data = version < 5 ? JSON.stringify(c) : JSON.stringify({ ...c, text: undefined });
    const sentence = version < 5 ? sql`, text` : sql``;
    const sentenceValue = version < 5 ? sql`, ${c.text}` : sql``;
    await sql`insert into claims (document_id, ord, sentence_start, sentence_end, mode, speaker, quantity_text, value, counted, predicate, places, data${sentence})
      values (${id}, ${ord}, ${c.sentence.start}, ${c.sentence.end}, ${c.mode}, ${c.speaker?.name ?? null}, ${c.quantity?.text ?? null}, ${c.quantity?.value ?? null}, ${c.counted}, ${c.predicate}, '', ${data}${sentenceValue})`.execute(db);
  }
  if (version >= 5) {
    const spans = [...new Map(record.claims.map((c) => [`${c.sentence.start}:${c.sentence.end}`, c.sentence])).values()];
    await engine.insertSentences(engine.db, Number(id), text, spans);
  }
  const claim = await db.selectFrom("claims").select("id").orderBy("id").executeTakeFirstOrThrow();
  await db.insertInto("reviews").values({ claim_id: claim.id, verdict: "false", rating_value: 1, note: "wrong", links: "[]", reviewer: "ana", created_at: "2024-01-02" }).execute();
  if (version >= 2) await db.insertInto("users").values({ name: "ana", password_hash: "scrypt$x", created_at: "2024-01-01" }).execute();
}

const versions = STEPS.map((_s, i) => i + 1);

describe.each(["sqlite", "postgres"] as const)("a ledger of the old runner on %s", (engineName) => {
  it.each(versions)("upgrades from version %i with its data kept", async (version) => {
    const target = engineName === "sqlite" ? path.join(dir, `v${version}.db`) : PG_URL;
    const schema = schemaFor(`v${version}`);
    const engine = await openEngine(target, { schema });
    try {
      await oldLedger(engine, version);
    } finally {
      await engine.close();
    }
    for (let open = 0; open < 2; open++) {
      // the second open finds it up to date
      const ledger = await openLedger(target, { schema });
      try {
        const old = (await ledger.listDocuments()).find((d) => d.source === "dam.txt")!.id;
        const claims = await ledger.findClaims({ documentId: old, limit: 100 });
        expect(claims.map(({ id: _i, documentId: _d, published: _p, source: _s, ...c }) => c)).toEqual(record.claims);
        expect(claims.map((c) => Object.keys(c).slice(0, 3))).toEqual(record.claims.map(() => ["sentence", "text", "mode"]));
        expect((await ledger.findClaims({ text: "flooded", documentId: old })).map((c) => c.quantity?.value).sort((a, b) => a! - b!)).toEqual([310, 2400]);
        expect(await ledger.findClaims({ text: "nothing-like-this" })).toEqual([]);
        const stored = await sql<{ data: string }>`select data from claims where document_id = ${old}`.execute(ledger.db);
        for (const r of stored.rows) expect(JSON.parse(r.data)).not.toHaveProperty("text");
        expect((await ledger.reviews(claims[0].id)).map((r) => [r.verdict, r.note])).toEqual([["false", "wrong"]]);
        if (version >= 2) expect((await ledger.getUser("ana"))?.passwordHash).toBe("scrypt$x");
        const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(ledger.db);
        expect(ran.rows.map((r) => r.name)).toEqual(STEPS.map(([name], i) => `${String(i + 1).padStart(4, "0")}-${name}`));
        // a document stored after the upgrade is found like the old ones
        const more = `${text}\n\nThe board said that ${open + 7} more homes were flooded.`;
        const fresh = extract(more);
        const { documentId } = await ledger.addDocument({ source: "new.txt", text: more, record: fresh });
        const flooded = fresh.claims.filter((c) => c.text.includes("flooded")).length;
        expect(flooded).toBeGreaterThan(2);
        expect((await ledger.findClaims({ text: "flooded", documentId })).length).toBe(flooded);
      } finally {
        await ledger.close();
      }
    }
  });
});
