// PostgreSQL's own part of the ledger's migrations (by number): search by tsvector. The shared part is in
// ../../migrations/.

import { sql } from "kysely";
import type { Db } from "../engine.js";

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
};
