// Several writers on one ledger: processes ingesting into one SQLite file at once (a new file included, so
// they also race to create the schema), and two connections storing the same text on PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-concurrency-"));
const schema = pgSchemas("conc")();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(root, "bin", "claimledger.js"), ...args], { cwd: dir });
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("concurrent writers", () => {
  it("four ingests at once into one new SQLite file all succeed and store each document once", async () => {
    const folder = path.join(dir, "articles");
    mkdirSync(folder);
    const towns = ["Arden", "Brill", "Corve", "Dunmore", "Elster", "Fallow", "Garth", "Hesket", "Ivel", "Jarrow", "Kelso", "Lyne"];
    towns.forEach((town, i) =>
      writeFileSync(path.join(folder, `${town}.txt`), `${town} count\n\nThe mayor of ${town} said that ${100 + i} houses were built in 2019 and ${20 + i} were sold.\n`),
    );
    const db = path.join(dir, "new.db");
    const runs = await Promise.all([0, 1, 2, 3].map(() => run(["ingest", folder, "--db", db, "--json"])));
    for (const r of runs) expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    const summaries = runs.map((r) => JSON.parse(r.stdout));
    for (const s of summaries) expect(s.documents.new + s.documents.unchanged).toBe(towns.length);
    expect(summaries.reduce((n, s) => n + s.documents.new, 0)).toBe(towns.length);
    const ledger = await openLedger(db);
    try {
      expect((await ledger.listDocuments({ limit: 100 })).length).toBe(towns.length);
    } finally {
      await ledger.close();
    }
  });

  it("two PostgreSQL connections storing the same text at once: one stores it, the other finds it stored", async () => {
    const text = "Ferry report\n\nThe harbour master said that 64 ferries sailed in 2020.";
    const record = extract(text, { published: "2021-01-01" });
    const [a, b] = [await openLedger(PG_URL, { schema }), await openLedger(PG_URL, { schema })];
    try {
      // both find nothing stored before either commits: the race a second ingest of a folder runs into
      const results = await Promise.all([a.addDocument({ source: "x.txt", text, record }), b.addDocument({ source: "x.txt", text, record })]);
      expect(results.map((r) => r.status).sort()).toEqual(["new", "unchanged"]);
      expect(results[0].documentId).toBe(results[1].documentId);
      expect((await a.listDocuments()).length).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
