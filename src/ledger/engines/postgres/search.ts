// Search on PostgreSQL: ILIKE over the claims' speaker, places, counted and predicate columns, and a
// tsvector per sentence (sentences.tsv, GIN-indexed) for the words of the sentence.

import { sql, type RawBuilder } from "kysely";
import type { Db, WordFilter } from "../engine.js";

// PostgreSQL allows 65,535 bound parameters: well inside
const CHUNK = 400;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => "\\" + m);

const speakerLike = (words: string) => "%" + escapeLike(words) + "%";

export function wordConditions(f: WordFilter): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  if (f.speaker) out.push(sql<boolean>`claims.speaker ilike ${speakerLike(f.speaker)}`);
  if (f.place) out.push(sql<boolean>`claims.places ilike ${"%|%" + escapeLike(f.place) + "%|%"}`);
  for (const w of f.counted?.split(/\s+/).filter(Boolean) ?? []) {
    const like = `%${escapeLike(w)}%`;
    out.push(sql<boolean>`(claims.counted ilike ${like} or claims.predicate ilike ${like})`);
  }
  if (f.text)
    out.push(sql<boolean>`(claims.document_id, claims.sentence_start, claims.sentence_end) in (select document_id, sentence_start, sentence_end from sentences where tsv @@ plainto_tsquery('english', ${f.text}))`);
  return out;
}

/**
 * The claim's sentence has the words, asked claim by claim (a subplan the planner keeps as it is: OFFSET 0):
 * for a walk through claims in order that stops at a page's worth (KyselyDocuments.searchByWalking), where
 * the planner would rather hash every sentence that has them (15,000 for two common words at a million claims).
 */
export const sentenceHas = (text: string) => sql<boolean>`exists (select 1 from sentences s where s.document_id = claims.document_id
  and s.sentence_start = claims.sentence_start and s.sentence_end = claims.sentence_end and s.tsv @@ plainto_tsquery('english', ${text}) offset 0)`;

/**
 * The spans of the sentences with these words among the documents of a walk (a CTE `walk` with the lowest
 * and highest document id of its claims, lo and hi): those documents' sentences read as one range of their
 * span index and matched there (OFFSET 0 keeps the words off the GIN index, whose lists for common words are
 * long). Where the walk takes every claim of its stretch of the ledger, the range is about as many sentences
 * as the walk has claims.
 */
export const walkSentencesWith = (text: string) => sql`select document_id, sentence_start, sentence_end from (select document_id, sentence_start, sentence_end, tsv
  from sentences where document_id between (select lo from walk) and (select hi from walk) offset 0) s
  where tsv @@ plainto_tsquery('english', ${text})`;

/** past this many names the words are looked for in every claim's speaker, as before */
const MAX_NAMES = 20;

/**
 * The speakers' names that have these words, as the speaker filter finds them, from speaker_counts (a row
 * per speaker, every claim's speaker since migration 11): a speaker's claims are then read in id order from
 * their own index (claims_speaker_order) rather than looked for among every claim. Null when too many.
 */
export async function speakerNames(db: Db, words: string): Promise<string[] | null> {
  const r = await sql<{ speaker: string }>`select distinct speaker from speaker_counts where speaker ilike ${speakerLike(words)} limit ${MAX_NAMES + 1}`.execute(db);
  return r.rows.length > MAX_NAMES ? null : r.rows.map((row) => row.speaker);
}

export async function insertSentences(trx: Db, documentId: number, text: string, spans: { start: number; end: number }[]): Promise<void> {
  for (let i = 0; i < spans.length; i += CHUNK)
    await trx.insertInto("sentences")
      .values(spans.slice(i, i + CHUNK).map((s) => ({ document_id: documentId, sentence_start: s.start, sentence_end: s.end, tsv: sql`to_tsvector('english', ${text.slice(s.start, s.end)})` } as never)))
      .execute();
}

/** the share of sentences the planner expects `text` to match (its estimate of rows over the table's) */
export async function searchShare(db: Db, text: string): Promise<number> {
  const plan = await sql<{ "QUERY PLAN": { Plan: { "Plan Rows": number } }[] }>`explain (format json) select 1 from sentences where tsv @@ plainto_tsquery('english', ${text})`.execute(db);
  const total = await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = to_regclass('sentences')`.execute(db);
  const rows = plan.rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0, n = Number(total.rows[0]?.n ?? 0);
  // a table never analysed has no estimate of its size (-1, or 0): nothing is expected
  return n > 0 ? Math.min(1, rows / n) : 0;
}
