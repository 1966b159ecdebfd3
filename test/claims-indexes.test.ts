// PostgreSQL's covering indexes on claims, built after the migrations (engines/postgres/indexes.ts): a new
// ledger has them as written; one whose definition changed, or whose build failed (invalid), is built again
// and takes the old one's place, concurrently on a table counted as large; the speaker's words read as the
// speaker's exact names find the claims the words find in every claim's speaker.
import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import { CLAIMS_INDEXES, ensureIndexes } from "../src/ledger/engines/postgres/indexes.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schema = pgSchemas("claims_indexes")();

const definitions = async (ledger: Ledger) => Object.fromEntries((await sql<{ name: string; def: string; valid: boolean }>`
  select c.relname as name, pg_get_indexdef(i.indexrelid) as def, i.indisvalid as valid from pg_index i join pg_class c on c.oid = i.indexrelid
  where c.relnamespace = current_schema()::regnamespace and i.indrelid = to_regclass('claims')`.execute(ledger.db)).rows.map((r) => [r.name, r]));

// invented: three speakers, two of them with "en" in their names
const text = [
  "Canal Report",
  "",
  "Lena Ostrow said that 120 barges passed the lock in 2020.",
  "",
  "Ada Brenner said 35 lock keepers were hired last year, and Lena Ostrow said 7 gates were repaired.",
  "",
  "Mayor Piotr Zalewski said more than 400 boats were registered.",
].join("\n");

describe("the claims' covering indexes on PostgreSQL", () => {
  it("are built as written, again when changed or invalid, and the speaker's words find the same claims", async () => {
    let ledger = await openLedger(PG_URL, { schema });
    try {
      await ledger.addDocument({ source: "canal.txt", text, record: extract(text, { published: "2021-03-01" }) });
      const made = await definitions(ledger);
      for (const spec of CLAIMS_INDEXES) expect(made[spec.name]?.valid, spec.name).toBe(true);
      expect(made.claims_filter.def).toMatch(/\(id\) INCLUDE \(document_id, speaker, .*quantity_text\)/);
      expect(made.claims_speaker_order.def).toMatch(/\(speaker, id\) INCLUDE \(document_id, places/);

      // an older definition (migration 11's), and a failed build: both built again on the next opening
      await sql`DROP INDEX claims_speaker_order`.execute(ledger.db);
      await sql`CREATE INDEX claims_speaker_order ON claims (speaker, id)`.execute(ledger.db);
      await sql`UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass('claims_filter')`.execute(ledger.db);
      await ledger.close();
      ledger = await openLedger(PG_URL, { schema });
      const again = await definitions(ledger);
      expect(again.claims_speaker_order.def).toBe(made.claims_speaker_order.def);
      expect(again.claims_filter).toEqual(made.claims_filter);
      expect(Object.keys(again).filter((n) => n.endsWith("_new"))).toEqual([]);

      // a table counted as large: built CONCURRENTLY (outside any transaction), the same index
      await sql`DROP INDEX claims_quantified_value`.execute(ledger.db);
      await ensureIndexes(ledger.db, CLAIMS_INDEXES, 0);
      expect((await definitions(ledger)).claims_quantified_value).toEqual(made.claims_quantified_value);

      // words read as names: the claims whose speaker has the words, one name or several, and none
      for (const words of ["ostrow", "en", "zzz"]) {
        const found = (await ledger.findClaims({ speaker: words, quantified: false, limit: 100 })).map((c) => c.id);
        const expected = (await sql<{ id: number }>`select id from claims where speaker ilike ${`%${words}%`} order by id`.execute(ledger.db)).rows.map((r) => Number(r.id));
        expect(found, words).toEqual(expected);
        expect(await ledger.countClaims({ speaker: words, quantified: false })).toBe(expected.length);
      }
      expect((await ledger.findClaims({ speaker: "en", quantified: false, limit: 100 })).map((c) => c.speaker?.name).filter((n, i, a) => a.indexOf(n) === i).sort()).toEqual(["Ada Brenner", "Lena Ostrow"]);
    } finally {
      await ledger.close();
    }
  });
});
