// PostgreSQL looks a speaker filter's words up in the speakers' names (engines/postgres/search.ts speakerNames)
// on each request: by trigram (migration 19), not by reading the row of every speaker the ledger has.
import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { openLedger } from "../src/ledger/open.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schema = pgSchemas("speaker_names")();

describe("a speaker filter's words on PostgreSQL", () => {
  it("are looked up in the speakers' names by their trigram index, and find the names they are in", async () => {
    const ledger = await openLedger(PG_URL, { schema });
    try {
      // invented names, many: a ledger's worth of speakers
      await sql`insert into speaker_counts (speaker, kind, role, claims, quantified, documents)
        select 'Speaker ' || md5(g::text) || ' ' || (array['Ostrow', 'Brenner', 'Zalewski', 'Kaur'])[g % 4 + 1] || g, 'person', '', 1, 1, 1
        from generate_series(1, 20000) g`.execute(ledger.db);
      // vacuumed, as autovacuum would: the rows inserted since the index was made are moved out of its pending list
      await sql`vacuum analyze speaker_counts`.execute(ledger.db);
      const names = await ledger.engine.speakerNames!(ledger.db, "ostrow19996");
      expect(names).toEqual([expect.stringMatching(/ Ostrow19996$/)]);
      const plan = (await sql<{ "QUERY PLAN": string }>`explain select distinct speaker from speaker_counts where speaker ilike ${"%ostrow19996%"} limit 21`.execute(ledger.db)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      const indexes = (await sql<{ i: string }>`select indexdef as i from pg_indexes where tablename = 'speaker_counts' and schemaname = current_schema()`.execute(ledger.db)).rows;
      expect(plan, JSON.stringify(indexes) + plan).toContain("speaker_counts_speaker_trgm");
    } finally {
      await ledger.close();
    }
  });
});
