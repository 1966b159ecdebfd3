// Claim counts kept in the database for every process serving the ledger (PostgreSQL, migration 17), and
// grown rather than counted again as documents are stored (migration 18). A count of a big filter reads every
// match (80–500 ms cold at a million claims, seconds at ten million); each process keeps its own counts until
// the ledger changes (documents/store.ts), so a second `serve` worker, or a server started again, counted
// each filter once more, and any new document made every count start again from nothing.
//
// The change mark is `<last document id>:<claim changes>:<review changes>`. Documents are stored, with their
// claims, with ids in commit order (documents/store.ts), so a count kept at document d is the count at a
// later mark plus the filter's claims in the documents after d, as long as no stored claim changed: every
// correction, or edit or removal of a stored claim, adds one to the claim changes, every review or withdrawal
// to the review changes (ledger_changes, moved by triggers as the writing transaction commits). A count that reads no
// review (every filter but `reviewed`) grows across reviews. The mark is read from two rows, not counted (the
// reviews and corrections were counted on each request).

import { sql } from "kysely";
import type { Db } from "../engine.js";

/** past this many rows the table is emptied (filters are what visitors type: unbounded) */
const MAX_ROWS = 10_000;

/** the ledger's change mark: its last document, and the counts of its other changes */
export async function changeMark(db: Db): Promise<string | undefined> {
  const r = await sql<{ m: string }>`select concat_ws(':', coalesce((select max(id) from documents), 0), c.claims, c.reviews) as m from ledger_changes c`.execute(db);
  return r.rows[0]?.m;
}

/** a mark's parts: the last document stored, and the changes to stored claims and to reviews */
export function markParts(mark: string): { lastDocument: number; claims: string; reviews: string } {
  const [lastDocument, claims, reviews] = mark.split(":");
  return { lastDocument: Number(lastDocument), claims, reviews };
}

/** migration 18: the change counters and the triggers that move them, in the transactions that make the changes */
export async function createChangeCounter(db: Db): Promise<void> {
  await sql`CREATE TABLE ledger_changes (one boolean PRIMARY KEY DEFAULT true CHECK (one), claims bigint NOT NULL, reviews bigint NOT NULL)`.execute(db);
  await sql`INSERT INTO ledger_changes (claims, reviews) VALUES (0, 0)`.execute(db);
  // counts kept under migration 17's marks: not bounded by their mark's last document, so none may grow
  await sql`DELETE FROM claim_counts`.execute(db);
  // The counter's row is locked from its update to the commit, so it is updated last, at the commit (deferred):
  // a transaction holding it then takes no other lock, and no two writers wait on each other through it (a
  // correction holds its claim's row, then the speakers' counts; a new version of a document the speakers'
  // counts, then its carried corrections' claims). Once per transaction (a transaction-local setting), however
  // many rows; the function finds ledger_changes in the schema it was made in, whoever's search_path fires it.
  await sql`CREATE FUNCTION ledger_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN
      IF current_setting('claimledger.changed_' || TG_ARGV[0], true) IS DISTINCT FROM 'y' THEN
        PERFORM set_config('claimledger.changed_' || TG_ARGV[0], 'y', true);
        IF TG_ARGV[0] = 'reviews' THEN UPDATE ledger_changes SET reviews = reviews + 1; ELSE UPDATE ledger_changes SET claims = claims + 1; END IF;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  // storing a document inserts claims, which the last document id already marks. (A migration that rewrites
  // every claim queues an event per row: it may disable claims_changed meanwhile, and move the counter itself.)
  const triggers = [["reviews", "INSERT OR UPDATE OR DELETE", "reviews"], ["corrections", "INSERT OR UPDATE OR DELETE", "claims"],
    ["claims", "UPDATE OR DELETE", "claims"], ["documents", "DELETE", "claims"]];
  for (const [table, events, counter] of triggers)
    await sql`CREATE CONSTRAINT TRIGGER ${sql.id(`${table}_changed`)} AFTER ${sql.raw(events)} ON ${sql.id(table)}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_changed(${sql.lit(counter)})`.execute(db);
}

export const sharedCounts = {
  /** the count kept for `key`, with the mark it was read at; or null */
  async get(db: Db, key: string): Promise<{ mark: string; n: number } | null> {
    const r = await sql<{ mark: string; n: string }>`select mark, n from claim_counts where key = ${key}`.execute(db);
    return r.rows.length ? { mark: r.rows[0].mark, n: Number(r.rows[0].n) } : null;
  },
  /** keeps `n` for `key` at `mark`, forgetting counts that cannot grow to it (read before a claim changed) */
  async put(db: Db, key: string, mark: string, n: number): Promise<void> {
    const { claims } = markParts(mark);
    await sql`delete from claim_counts where split_part(mark, ':', 2) <> ${claims} or (select count(*) from claim_counts) >= ${MAX_ROWS}`.execute(db);
    // never a count of an older mark over a newer one (a slow count finishing late): both are right, the newer grows less
    const order = (m: string) => sql.raw(`(split_part(${m}, ':', 2)::bigint, split_part(${m}, ':', 3)::bigint, split_part(${m}, ':', 1)::bigint)`);
    await sql`insert into claim_counts (key, mark, n) values (${key}, ${mark}, ${n})
      on conflict (key) do update set mark = excluded.mark, n = excluded.n where ${order("excluded.mark")} >= ${order("claim_counts.mark")}`.execute(db);
  },
  /** the documents stored since a count at `from` when no claim (nor review, if it reads them) changed by `to`; else null */
  grown(from: string, to: string, reviews: boolean): { after: number; upTo: number } | null {
    const a = markParts(from), b = markParts(to);
    const same = a.claims === b.claims && (!reviews || a.reviews === b.reviews);
    return same && a.lastDocument <= b.lastDocument ? { after: a.lastDocument, upTo: b.lastDocument } : null;
  },
  /** the last document a count at `mark` reads (later ones may have been stored since the mark was read) */
  upTo: (mark: string) => markParts(mark).lastDocument,
};
