// Claim counts kept in the database for every process serving the ledger (PostgreSQL, migration 17). A count
// of a big filter reads every match (80–500 ms cold at a million claims); each process keeps its own counts
// until the ledger changes (documents/store.ts), so a second `serve` worker, or a server started again,
// counted each filter once more, and its first visitors waited. A count is kept with the change mark it was
// read under and used only under the same mark; rows of other marks are dropped as new ones are written.

import { sql } from "kysely";
import type { Db } from "../engine.js";

/** past this many rows under one mark the table is emptied (filters are what visitors type: unbounded) */
const MAX_ROWS = 10_000;

export const sharedCounts = {
  /** the count kept for `key` under `mark`, or null */
  async get(db: Db, key: string, mark: string): Promise<number | null> {
    const r = await sql<{ n: string }>`select n from claim_counts where key = ${key} and mark = ${mark}`.execute(db);
    return r.rows.length ? Number(r.rows[0].n) : null;
  },
  /** keeps `n` for `key` under `mark`, forgetting counts of other marks */
  async put(db: Db, key: string, mark: string, n: number): Promise<void> {
    await sql`delete from claim_counts where mark <> ${mark} or (select count(*) from claim_counts) >= ${MAX_ROWS}`.execute(db);
    await sql`insert into claim_counts (key, mark, n) values (${key}, ${mark}, ${n})
      on conflict (key) do update set mark = excluded.mark, n = excluded.n`.execute(db);
  },
};
