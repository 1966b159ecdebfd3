// PostgreSQL indexes on the claims table built outside the migrations' transaction. A migration runs in one
// transaction, and CREATE INDEX there holds a lock that stops every write to the table until the index is
// built (migration 13 held writes ~5 s at a million claims). These are built after the migrations, each
// CONCURRENTLY on a table of any size (writes go on; a failed build leaves an invalid index, dropped and
// built again the next time), and plainly on a small one (a new ledger: at once, and not waiting for every
// other transaction in the database as a concurrent build must). Queries are right without them, only slower.

import { sql } from "kysely";
import type { Db } from "../engine.js";

/** what a claim filter reads (domain/claim-filter.ts), carried by the covering indexes */
const FILTER_COLUMNS = "document_id, speaker, places, counted, predicate, period_start, period_end, qualifier, mode, quantity_text";

/** an index as it must be: its name, and what follows `ON` in its CREATE INDEX */
interface IndexSpec { name: string; on: string }

export const CLAIMS_INDEXES: IndexSpec[] = [
  // migration 13: a claim row is wide (its record as JSON), so a filter that must look at tens of thousands of
  // claims in id order (filters too common for their own index, a count) read as many heap pages. The filter
  // columns in id order, in an index seven times narrower than the table: pages and counts are found there by
  // an index-only scan, and only a page's rows are read (KyselyDocuments.findClaims). The same by value.
  // (Not the sentence's span too: a search's count then scanned every claim's entry to join the sentences
  // that have its words, 3x slower than looking up the claims of each such sentence.)
  { name: "claims_filter", on: `claims (id) INCLUDE (${FILTER_COLUMNS})` },
  { name: "claims_quantified_value", on: `claims (value) INCLUDE (id, ${FILTER_COLUMNS}) WHERE quantity_text IS NOT NULL` },
  // migration 15: a speaker's claims in id order (the word filter read as the speaker's exact names, search.ts
  // speakerNames), with the filter columns: a speaker's deep page or a speaker with a period and a counted
  // thing reads that speaker's entries alone, not every claim's in claims_filter (and sorting by speaker, as before)
  { name: "claims_speaker_order", on: `claims (speaker, id) INCLUDE (${FILTER_COLUMNS.replace("speaker, ", "")})` },
  // with migration 17: the claims of a sentence by its span, whether each has a number beside it. A search's
  // count (and a rare search's page) looks up the claims of each sentence that has its words, and found them
  // by their document, reading each of its claims' rows: 15,624 sentences of two common words at a million
  // claims, 95,700 buffers and ~200 ms; from here 49,000 and ~70 ms, the rows unread.
  { name: "claims_sentence", on: "claims (document_id, sentence_start, sentence_end) INCLUDE (id, quantity_text)" },
  // with migration 17: a qualifier's claims by value, with the word filters, as SQLite reads them (migration 16). A
  // word filter with a qualifier sorted by value looked through every qualifier's claims in value order, and
  // counted them from the rows (a place and "more than" at a million claims: a page 1,195 -> 747 buffers,
  // backend CPU 1.44 -> 0.88 ms; its count 14,000 heap pages and ~350 ms cold -> ~80 ms, index only)
  { name: "claims_qualifier_value", on: "claims (qualifier, value) INCLUDE (id, places, counted, predicate, speaker) WHERE quantity_text IS NOT NULL" },
];

/** below this many claims an index is built at once, plainly */
const SMALL = 50_000;

// an index's definition as pg_get_indexdef writes it and as written above, compared without schema, method,
// case, spaces or brackets
const normal = (def: string) => def.toLowerCase().replace(/^create index \S+ on /, "").replace(/^only /, "").replace(/^[a-z0-9_]+\.(?=claims )/, "")
  .replace(/using btree /, "").replace(/[\s()]/g, "");

/**
 * Builds the missing or changed indexes; several processes opening at once: one builds, the others go on.
 * `small`: the claims below which the build is plain.
 */
export async function ensureIndexes(db: Db, specs: IndexSpec[] = CLAIMS_INDEXES, small = SMALL): Promise<void> {
  await db.connection().execute(async (c) => {
    // per schema: the ledger's own tables (tests keep several ledgers in one database)
    const lock = sql`hashtext('claimledger-indexes:' || current_schema())`;
    if (!(await sql<{ ok: boolean }>`select pg_try_advisory_lock(${lock}) as ok`.execute(c)).rows[0]?.ok) return;
    try {
      const estimate = (await sql<{ n: number }>`select greatest(reltuples, 0)::float8 as n from pg_class where oid = to_regclass('claims')`.execute(c)).rows[0]?.n ?? 0;
      const plain = Number(estimate) < small && !(await sql`select 1 from claims offset ${small} limit 1`.execute(c)).rows.length;
      const how = sql.raw(plain ? "" : "CONCURRENTLY");
      for (const spec of specs) {
        let found: { def: string; valid: boolean } | undefined = (await sql<{ def: string; valid: boolean }>`select pg_get_indexdef(i.indexrelid) as def, i.indisvalid as valid from pg_index i
          join pg_class c on c.oid = i.indexrelid where c.relname = ${spec.name} and c.relnamespace = current_schema()::regnamespace`.execute(c)).rows[0];
        // a build that failed (a concurrent one leaves its index invalid): again
        if (found && !found.valid) {
          await sql`DROP INDEX ${how} ${sql.id(spec.name)}`.execute(c);
          found = undefined;
        }
        if (found && normal(found.def) === normal(spec.on)) continue;
        // a changed definition: built beside the old one, which is dropped and replaced by it once built
        const fresh = found ? `${spec.name}_new` : spec.name;
        await sql`DROP INDEX ${how} IF EXISTS ${sql.id(fresh)}`.execute(c);
        await sql`CREATE INDEX ${how} ${sql.id(fresh)} ON ${sql.raw(spec.on)}`.execute(c);
        if (found) {
          await sql`DROP INDEX ${how} ${sql.id(spec.name)}`.execute(c);
          await sql`ALTER INDEX ${sql.id(fresh)} RENAME TO ${sql.id(spec.name)}`.execute(c);
        }
      }
    } finally {
      await sql`select pg_advisory_unlock(${lock})`.execute(c);
    }
  });
}
