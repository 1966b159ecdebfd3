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

/**
 * claims_quantified_id (migration 16) for quantified claims in id order found by their words alone: the
 * planner reads each listed claim's row to see it has a quantity (FTS5 tells it a MATCH is narrow), a deep
 * page's 10,000 skipped claims each a wide row; the narrow index tells the same.
 */
export function idsIndex(f: WordFilter & { quantified?: boolean; documentId?: number; speakerName?: unknown }): string | null {
  const byWords = ftsMatch(f) !== null && !ftsTextMatch(f) && f.documentId === undefined && f.speakerName === undefined;
  return byWords && f.quantified && (f.sort ?? "id") === "id" ? "claims_quantified_id" : null;
}

export function wordConditions(f: WordFilter): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  const match = ftsMatch(f);
  // Sorted by value, the claims are read in value order (claims_qualifier_value, claims_quantified_value) and
  // the words' claims only looked up in a list of them ("+": their ids must not choose the claims read): a
  // common word's claims were each read, then sorted (FTS5 tells the planner that every MATCH is narrow).
  const id = f.sort === "value" ? sql`+claims.id` : sql`claims.id`;
  if (match) out.push(sql<boolean>`${id} in (select rowid from claims_fts where claims_fts match ${match})`);
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
