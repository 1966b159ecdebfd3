// What is kept beside the findings as they are written and deleted (migration 20), under the metrics' lock in
// the same transaction: the claims each finding names, one row per finding and claim (gone with the finding:
// a foreign key that cascades), and how many findings there are of each kind. A claim's findings were found
// by a LIKE over the figure lists of every finding of its metric (124 ms for one claim at a million claims,
// ten times that at ten million), and the findings page counted each kind (every conflict: a second or more
// at ten million claims, again after each new document); both are now a few rows of an index.

import { sql, type DeleteQueryBuilder, type DeleteResult, type Kysely, type Transaction } from "kysely";
import type { Db, LedgerEngine } from "../engines/engine.js";
import type { FindingsTable, MetricsDatabase } from "./schema.js";
import type { FigureRef } from "./figure-page.js";

type Mdb = Kysely<MetricsDatabase> | Transaction<MetricsDatabase>;
type FindingRow = Omit<FindingsTable, "id">;
type Deletion = DeleteQueryBuilder<MetricsDatabase, "findings", DeleteResult>;

/** every finding's claims and the counts by kind, from the findings (a new table, a ledger copied: copy.ts, a bench's bulk findings) */
export async function fillFindingClaims(db: Db, engine: Pick<LedgerEngine, "insertFindingClaims">): Promise<void> {
  await engine.insertFindingClaims(db);
  await sql`DELETE FROM finding_counts`.execute(db);
  await sql`INSERT INTO finding_counts (kind, n) SELECT kind, count(*) FROM findings GROUP BY kind`.execute(db);
}

/** migration 20: the tables, the index by claim, and the rows of the findings there are */
export async function createFindingClaims(db: Db, engine: LedgerEngine): Promise<void> {
  await db.schema.createTable("finding_claims")
    .addColumn("finding_id", "integer", (c) => c.notNull().references("findings.id").onDelete("cascade"))
    .addColumn("claim_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("finding_claims_key", ["finding_id", "claim_id"])
    .execute();
  await db.schema.createIndex("finding_claims_claim").on("finding_claims").columns(["claim_id", "finding_id"]).execute();
  await db.schema.createTable("finding_counts")
    .addColumn("kind", "text", (c) => c.primaryKey())
    .addColumn("n", "integer", (c) => c.notNull())
    .execute();
  await fillFindingClaims(db, engine);
}

/** moves the kinds' counts by `by` (+1 a finding written, -1 deleted) */
async function count(trx: Mdb, kinds: string[], by: 1 | -1): Promise<void> {
  const n = new Map<string, number>();
  for (const k of kinds) n.set(k, (n.get(k) ?? 0) + by);
  for (const [kind, d] of n)
    await trx.insertInto("finding_counts").values({ kind, n: d }).onConflict((oc) => oc.column("kind").doUpdateSet((eb) => ({ n: eb("finding_counts.n", "+", d) }))).execute();
}

/** writes findings, with the claims they name and their kinds' counts */
export async function insertFindings(trx: Mdb, rows: FindingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    const batch = rows.slice(i, i + 100);
    // one statement's ids are given in the order of its rows
    const ids = (await trx.insertInto("findings").values(batch).returning("id").execute()).map((r) => Number(r.id)).sort((a, b) => a - b);
    const named = batch.flatMap((r, k) => [...new Set((JSON.parse(r.figures) as FigureRef[]).flatMap((f) => ("claim" in f ? [f.claim] : [])))]
      .map((claim_id) => ({ finding_id: ids[k], claim_id })));
    for (let j = 0; j < named.length; j += 1000) await trx.insertInto("finding_claims").values(named.slice(j, j + 1000)).execute();
    await count(trx, batch.map((r) => r.kind), 1);
  }
}

/** deletes the findings `where` picks, and counts them out of their kinds */
export async function deleteFindings(trx: Mdb, where: (q: Deletion) => Deletion): Promise<void> {
  const gone = await where((trx as Kysely<MetricsDatabase>).deleteFrom("findings")).returning("kind").execute();
  await count(trx, gone.map((r) => r.kind), -1);
}

/** the findings of a kind (of every kind: undefined), as kept */
export async function keptFindingCount(db: Mdb, kind?: string): Promise<number> {
  let q = db.selectFrom("finding_counts").select((eb) => eb.fn.coalesce(eb.fn.sum<number>("n"), sql<number>`0`).as("n"));
  if (kind) q = q.where("kind", "=", kind);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}
