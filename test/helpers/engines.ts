// Both ledger engines for a test file that runs its tests on each: a SQLite file in a temporary folder and
// a PostgreSQL schema of the file's own, both removed after the file's tests. Use with describe.each.
import { afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../../src/ledger/open.js";
import type { Ledger } from "../../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./pg.js";

export type OpenLedger = () => Promise<Ledger>;

/** [name, open] for SQLite and PostgreSQL; `prefix` names the file's schema and folder */
export function ledgerEngines(prefix: string): [string, OpenLedger][] {
  const schema = pgSchemas(prefix)();
  const dir = mkdtempSync(path.join(tmpdir(), `claimledger-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return [
    ["sqlite", () => openLedger(path.join(dir, "ledger.db"))],
    ["postgres", () => openLedger(PG_URL, { schema })],
  ];
}
