// PostgreSQL keeps claim counts in the database (engines/postgres/counts.ts) for every process serving the
// ledger: a second process finds the first one's count under the same change mark instead of counting
// again; a document stored grows the kept count by its claims (not counted again); a review makes only the
// counts that read reviews be counted again, a correction every count (the change counters their triggers
// move, migration 18).
import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import pg from "pg";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schema = pgSchemas("claim_counts")();

// invented articles
const harbour = "Harbour Report\n\nLena Ostrow said that 120 barges passed the lock in 2020, and 35 lock keepers were hired.\n";
const canal = "Canal Report\n\nAda Brenner said 7 gates were repaired, and Lena Ostrow said more than 400 boats were registered.\n";

const kept = async (ledger: Ledger) =>
  (await sql<{ key: string; mark: string; n: string }>`select key, mark, n from claim_counts order by key`.execute(ledger.db)).rows;

describe("claim counts shared by the processes on a PostgreSQL ledger", () => {
  it("are read by another process under the same mark, and counted again when the ledger changes", async () => {
    const a = await openLedger(PG_URL, { schema });
    const b = await openLedger(PG_URL, { schema });
    try {
      await a.addDocument({ source: "harbour.txt", text: harbour, record: extract(harbour, { published: "2021-03-01" }) });
      const filter = { speaker: "ostrow", quantified: true };
      const n = await a.countClaims(filter);
      expect(n).toBeGreaterThan(0);
      const rows = await kept(a);
      expect(rows.map((r) => [r.key, Number(r.n)])).toEqual([[JSON.stringify(filter), n]]);

      // the other process takes the kept count as it is (changed here by hand, to tell it from a count of its own)
      await sql`update claim_counts set n = n + 1000`.execute(a.db);
      expect(await b.countClaims({ ...filter, sort: "value", limit: 5 })).toBe(n + 1000);
      expect(await b.countDocuments()).toBe(1);

      // a document stored: the kept count (still off by the 1000 added by hand) grows by the new document's
      // claims, read from them alone; so does the documents' count
      await a.addDocument({ source: "canal.txt", text: canal, record: extract(canal, { published: "2021-03-02" }) });
      const counted = async () => Number((await sql<{ n: string }>`select count(*) as n from claims where speaker ilike '%ostrow%' and quantity_text is not null`.execute(a.db)).rows[0].n);
      const now = await counted();
      expect(now).toBeGreaterThan(n);
      expect(await b.countClaims(filter)).toBe(now + 1000);
      expect(await b.countDocuments()).toBe(2);
      expect(new Set((await kept(b)).map((r) => r.mark)).size).toBe(1);

      // a review: a count that reads reviews (the reviewed) is read again; one that does not is kept as it is
      // (the 1000 still there), and the unreviewed are all less the reviewed, the first kept
      const [first] = await b.findClaims({ quantified: true, limit: 1 });
      const all = await b.countClaims({ quantified: true });
      const unreviewed = await b.countClaims({ quantified: true, reviewed: false });
      expect(unreviewed).toBe(all);
      await a.addReview({ claimId: first.id, verdict: "true", note: null, links: [], reviewer: "tester" });
      expect(await b.countClaims({ quantified: true, reviewed: true })).toBe(1);
      expect(await b.countClaims({ quantified: true, reviewed: false })).toBe(unreviewed - 1);
      expect(await b.countClaims(filter)).toBe(now + 1000);
      await sql`update claim_counts set n = n + 1000 where key = ${JSON.stringify({ quantified: true })}`.execute(a.db);
      await a.addReview({ claimId: first.id, verdict: "false", note: "The register says otherwise.", links: [], reviewer: "tester" });
      expect(await b.countClaims({ quantified: true, reviewed: false })).toBe(unreviewed - 1 + 1000);

      // a correction changes a claim: every count is read again (the speaker's follows the claim given to another)
      const [ostrow] = await b.findClaims({ ...filter, limit: 1 });
      await a.addCorrection({ claimId: ostrow.id, field: "speaker", value: "Ada Brenner", reviewer: "tester" });
      expect(await b.countClaims(filter)).toBe(now - 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("move the change counter once per transaction, at its commit (its row is not held while the transaction goes on)", async () => {
    const a = await openLedger(PG_URL, { schema });
    const t1 = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema} -c lock_timeout=2000` });
    const t2 = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema} -c lock_timeout=2000` });
    await t1.connect();
    await t2.connect();
    try {
      const counters = async () => (await t2.query("select claims, reviews from ledger_changes")).rows[0] as { claims: string; reviews: string };
      const before = await counters();
      const ids = (await a.findClaims({ limit: 3 })).map((c) => c.id);
      expect(ids.length).toBeGreaterThan(1);
      await t1.query("begin");
      await t1.query(`update claims set mode = mode where id = any($1)`, [ids]);
      // not yet moved, nor locked: another writer of the counter goes on (it would wait for the commit, and fail after 2 s)
      await t2.query("update ledger_changes set reviews = reviews");
      expect(await counters()).toEqual(before);
      await t1.query("commit");
      const after = await counters();
      expect(Number(after.claims)).toBe(Number(before.claims) + 1);
      expect(after.reviews).toBe(before.reviews);
    } finally {
      await t1.end();
      await t2.end();
      await a.close();
    }
  });
});
