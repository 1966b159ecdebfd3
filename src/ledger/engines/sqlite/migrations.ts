// SQLite's own part of the ledger's migrations (by number): the FTS5 tables and the triggers that keep
// claims_fts in step with the claims table. The shared part is in ../../migrations/.

import { sql } from "kysely";
import type { Db } from "../engine.js";

const FTS = "tokenize='unicode61 remove_diacritics 2'";

async function dropClaimsFts(db: Db): Promise<void> {
  for (const t of ["claims_fts_insert", "claims_fts_delete"]) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
  await sql`DROP TABLE IF EXISTS claims_fts`.execute(db);
}

export const SQLITE_STEPS: Record<number, (db: Db) => Promise<void>> = {
  // 1: full-text search over the claim sentence
  1: async (db) => {
    await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id')`.execute(db);
    await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
    await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text); END`.execute(db);
  },
  // 2: the speaker, counted, verb and places filters as full-text lookups
  2: async (db) => {
    await dropClaimsFts(db);
    await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker, counted, predicate, places, content='claims', content_rowid='id', ${sql.raw(FTS)})`.execute(db);
    await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts(rowid, text, speaker, counted, predicate, places) VALUES (new.id, new.text, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
    await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
      INSERT INTO claims_fts(claims_fts, rowid, text, speaker, counted, predicate, places) VALUES ('delete', old.id, old.text, old.speaker, old.counted, old.predicate, old.places); END`.execute(db);
    await sql`INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')`.execute(db);
  },
  // 5: text once: sentences indexed once each (contentless: the index holds the words, rows deleted by id);
  // claims lose their text column and copy, claims_fts its text
  5: async (db) => {
    await dropClaimsFts(db);
    await sql`INSERT INTO sentences (document_id, sentence_start, sentence_end) SELECT DISTINCT document_id, sentence_start, sentence_end FROM claims`.execute(db);
    await sql`CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', contentless_delete=1, ${sql.raw(FTS)})`.execute(db);
    await sql`CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN DELETE FROM sentences_fts WHERE rowid = old.id; END`.execute(db);
    await sql`INSERT INTO sentences_fts (rowid, text) SELECT s.id, (SELECT c.text FROM claims c WHERE c.document_id = s.document_id
      AND c.sentence_start = s.sentence_start AND c.sentence_end = s.sentence_end LIMIT 1) FROM sentences s`.execute(db);
    await sql`UPDATE claims SET data = json_remove(data, '$.text')`.execute(db);
    await sql`ALTER TABLE claims DROP COLUMN text`.execute(db);
    await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(speaker, counted, predicate, places, content='claims', content_rowid='id', ${sql.raw(FTS)})`.execute(db);
    await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts(rowid, speaker, counted, predicate, places) VALUES (new.id, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
    await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
      INSERT INTO claims_fts(claims_fts, rowid, speaker, counted, predicate, places) VALUES ('delete', old.id, old.speaker, old.counted, old.predicate, old.places); END`.execute(db);
    await sql`INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')`.execute(db);
  },
  // 6: a reviewer's correction updates a claim's filter columns: the index follows
  6: async (db) => {
    await sql`CREATE TRIGGER claims_fts_update AFTER UPDATE OF speaker, counted, predicate, places ON claims BEGIN
      INSERT INTO claims_fts(claims_fts, rowid, speaker, counted, predicate, places) VALUES ('delete', old.id, old.speaker, old.counted, old.predicate, old.places);
      INSERT INTO claims_fts(rowid, speaker, counted, predicate, places) VALUES (new.id, new.speaker, new.counted, new.predicate, new.places); END`.execute(db);
  },
  // 16: "place + qualifier, sorted by value" read every claim of the place (a word filter drives: claims_fts),
  // then sorted them (117 ms CPU a page at a million claims, 1.2 s median under load); with the word filter asked of each claim
  // instead (search.ts), a qualifier's quantified claims are read in value order and the page stops the read.
  // And quantified claims' ids alone, narrow: a deep page's skipped claims are checked there, not in their rows.
  16: async (db) => {
    await sql`CREATE INDEX claims_qualifier_value ON claims (qualifier, value) WHERE quantity_text IS NOT NULL`.execute(db);
    await sql`CREATE INDEX claims_quantified_id ON claims (id) WHERE quantity_text IS NOT NULL`.execute(db);
  },
};
