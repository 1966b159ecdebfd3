// The PostgreSQL the tests run against (CLAIMLEDGER_TEST_PG, or the local server CI also runs), and
// schemas of a test file's own on it, dropped after the file's tests.
import { afterAll } from "vitest";
import pg from "pg";
import type { Ledger } from "../../src/ledger/ledger.js";

export const PG_URL = process.env.CLAIMLEDGER_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

/** runs SQL on the test database, on a connection of its own */
export async function pgQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Names schemas of this test file's own (`prefix` says whose): `schema()` the first, `schema("more")`
 * further ones. Each is dropped, with everything in it, after the file's tests.
 */
export function pgSchemas(prefix: string): (suffix?: string) => string {
  const base = `cl_${prefix}_${process.pid}_${Date.now()}`;
  const made = new Set<string>();
  afterAll(async () => {
    for (const s of made) await pgQuery(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });
  return (suffix?: string) => {
    const name = suffix ? `${base}_${suffix}` : base;
    made.add(name);
    return name;
  };
}

/** the ids of stored documents whose claims are not all there (a half-written document): none after any fault */
export async function partialDocuments(ledger: Ledger): Promise<{ id: number }[]> {
  return (await ledger.db
    .selectFrom("documents")
    .select("id")
    .where((eb) => eb("claim_count", "<>", eb.selectFrom("claims").select((e) => e.fn.countAll<number>().as("n")).whereRef("claims.document_id", "=", "documents.id")))
    .execute()) as { id: number }[];
}
