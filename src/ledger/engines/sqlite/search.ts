// Search on SQLite: FTS5 tables. claims_fts (external content: the claims table) indexes the speaker, the
// counted thing, the predicate and the places; sentences_fts (contentless) indexes each claim sentence once.

import { sql, type RawBuilder } from "kysely";
import type { Db, WordFilter } from "../engine.js";

// SQLite allows 32,766 bound parameters: well inside
const CHUNK = 400;

// A user's words as FTS5 terms: quoted (FTS5 operators are for experts), the last one a prefix so that
// "detain" finds "detained" and "rahim" finds "Rahimzoda".
const ftsWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => `"${t}"`);
const ftsPhrase = (s: string) => {
  const w = ftsWords(s);
  return w.length ? `${w.join(" + ")} *` : null;
};

/** the FTS5 MATCH expression for a filter's word filters, or null when it has none */
export function ftsMatch(f: WordFilter): string | null {
  const parts: string[] = [];
  const speaker = f.speaker && ftsPhrase(f.speaker);
  if (speaker) parts.push(`speaker : (${speaker})`);
  const place = f.place && ftsPhrase(f.place);
  if (place) parts.push(`places : (${place})`);
  for (const w of f.counted ? ftsWords(f.counted) : []) parts.push(`{counted predicate} : ${w} *`);
  return parts.length ? parts.join(" AND ") : null;
}

/** the FTS5 MATCH expression over sentences for a filter's search words, or null */
export function ftsTextMatch(f: WordFilter): string | null {
  const words = f.text ? ftsWords(f.text) : [];
  return words.length ? words.join(" AND ") : null;
}

export function wordConditions(f: WordFilter): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  const match = ftsMatch(f);
  if (match) out.push(sql<boolean>`claims.id in (select rowid from claims_fts where claims_fts match ${match})`);
  const text = ftsTextMatch(f);
  if (text)
    out.push(sql<boolean>`(claims.document_id, claims.sentence_start, claims.sentence_end) in (select document_id, sentence_start, sentence_end from sentences where id in (select rowid from sentences_fts where sentences_fts match ${text}))`);
  return out;
}

export async function insertSentences(trx: Db, documentId: number, text: string, spans: { start: number; end: number }[]): Promise<void> {
  for (let i = 0; i < spans.length; i += CHUNK) {
    const ids = await trx.insertInto("sentences")
      .values(spans.slice(i, i + CHUNK).map((s) => ({ document_id: documentId, sentence_start: s.start, sentence_end: s.end })))
      .returning(["id", "sentence_start", "sentence_end"])
      .execute();
    await sql`insert into sentences_fts (rowid, text) values ${sql.join(ids.map((r) => sql`(${r.id}, ${text.slice(r.sentence_start, r.sentence_end)})`))}`.execute(trx);
  }
}
