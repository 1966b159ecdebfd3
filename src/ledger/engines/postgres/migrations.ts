// PostgreSQL's own part of the ledger's migrations (by number): search by tsvector. The shared part is in
// ../../migrations/.

import { sql } from "kysely";
import type { Db } from "../engine.js";
import { createChangeCounter } from "./counts.js";

/**
 * The schema pg_trgm is in, installing it (in a schema of its own, claimledger_ext, so that dropping a
 * ledger's schema never drops it from under another's) when the database has it not; null when it cannot
 * be had (not available, or no right to create it): the word filters then scan, as before.
 */
async function trigramSchema(db: Db): Promise<string | null> {
  const where = async () => (await sql<{ s: string }>`select extnamespace::regnamespace::text as s from pg_extension where extname = 'pg_trgm'`.execute(db)).rows[0]?.s ?? null;
  const found = await where();
  if (found) return found;
  await sql`SAVEPOINT claimledger_trgm`.execute(db);
  try {
    await sql`CREATE SCHEMA IF NOT EXISTS claimledger_ext`.execute(db);
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA claimledger_ext`.execute(db);
    await sql`RELEASE SAVEPOINT claimledger_trgm`.execute(db);
    return await where();
  } catch (e) {
    await sql`ROLLBACK TO SAVEPOINT claimledger_trgm`.execute(db);
    console.warn(`claimledger: no trigram indexes (pg_trgm: ${(e as Error).message}); the speaker, place and counted filters scan every claim`);
    return null;
  }
}

export const POSTGRES_STEPS: Record<number, (db: Db) => Promise<void>> = {
  // 1: full-text search over the claim sentence
  1: async (db) => {
    await sql`CREATE INDEX claims_fts ON claims USING gin (to_tsvector('english', text))`.execute(db);
  },
  // 5: text once: each sentence's words in a tsvector; claims lose their text column and copy
  5: async (db) => {
    await sql`ALTER TABLE sentences ADD COLUMN tsv tsvector NOT NULL`.execute(db);
    await sql`INSERT INTO sentences (document_id, sentence_start, sentence_end, tsv)
      SELECT DISTINCT ON (document_id, sentence_start, sentence_end) document_id, sentence_start, sentence_end, to_tsvector('english', text)
      FROM claims ORDER BY document_id, sentence_start, sentence_end`.execute(db);
    await sql`CREATE INDEX sentences_tsv ON sentences USING gin (tsv)`.execute(db);
    await sql`DROP INDEX IF EXISTS claims_fts`.execute(db);
    // in JavaScript, not jsonb: jsonb would reorder the record's fields
    for (let last = 0; ; ) {
      const rows = await sql<{ id: number; data: string }>`SELECT id, data FROM claims WHERE id > ${last} ORDER BY id LIMIT 1000`.execute(db);
      if (!rows.rows.length) break;
      for (const r of rows.rows) {
        const { text: _text, ...rest } = JSON.parse(r.data) as Record<string, unknown>;
        await sql`UPDATE claims SET data = ${JSON.stringify(rest)} WHERE id = ${r.id}`.execute(db);
      }
      last = Number(rows.rows[rows.rows.length - 1].id);
    }
    await sql`ALTER TABLE claims DROP COLUMN text`.execute(db);
  },
  // 11: at ten million claims. The word filters (ILIKE '%…%') as trigram lookups, not scans; sorting by
  // speaker reads the index in order (speaker, then id) instead of sorting a speaker's claims
  11: async (db) => {
    const trgm = await trigramSchema(db);
    if (trgm)
      for (const column of ["speaker", "places", "counted", "predicate"])
        await sql`CREATE INDEX ${sql.id(`claims_${column}_trgm`)} ON claims USING gin (${sql.id(column)} ${sql.id(trgm)}.gin_trgm_ops)`.execute(db);
    await sql`CREATE INDEX claims_speaker_order ON claims (speaker, id)`.execute(db);
    await sql`DROP INDEX claims_speaker`.execute(db);
  },
  // 13 and 15: the covering indexes of indexes.ts, built after the migrations and CONCURRENTLY (13 built them
  // here, in the migrations' transaction, and held every write to claims meanwhile); nothing in the transaction

  // 17: claim counts kept for every process serving the ledger, under the change mark they were read at (counts.ts)
  17: async (db) => {
    await sql`CREATE TABLE claim_counts (key text PRIMARY KEY, mark text NOT NULL, n bigint NOT NULL)`.execute(db);
  },
  // 18: the change mark read from a counter that triggers move, not counted; counts grown by new documents (counts.ts)
  18: createChangeCounter,
  // 19: a speaker filter's words looked up in the speakers' names (search.ts speakerNames) on each request,
  // by trigram, not by reading every speaker's row: 200,000 names, ILIKE '%holt17%', 290 -> 3.7 ms
  19: async (db) => {
    const trgm = await trigramSchema(db);
    if (trgm) await sql`CREATE INDEX speaker_counts_speaker_trgm ON speaker_counts USING gin (speaker ${sql.id(trgm)}.gin_trgm_ops)`.execute(db);
  },
};
