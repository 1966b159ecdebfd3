// A killed ingest leaves the ledger consistent, and the next run picks up where it stopped.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const texts = path.resolve(root, "..", "shared", "corpus", "polnear", "train", "text");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-kill-"));
const db = path.join(dir, "ledger.db");
const cli = path.join(root, "bin", "claimledger.js");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = () => {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare("select count(*) n from documents").get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
};

describe("an ingest killed in the middle", () => {
  it("leaves whole documents only, and a second run stores the rest", async () => {
    const child = spawn(process.execPath, [cli, "ingest", texts, "--db", db, "--json"], { stdio: "ignore" });
    // kill it once some documents, but not all, are in
    const started = Date.now();
    while (count() < 40 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    const before = count();
    expect(before).toBeGreaterThanOrEqual(40);
    expect(before).toBeLessThan(840);

    const d = new Database(db);
    expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
    // every stored document has all of its claims: none was half-written
    const partial = d.prepare("select count(*) n from documents where claim_count <> (select count(*) from claims where claims.document_id = documents.id)").get() as { n: number };
    expect(partial.n).toBe(0);
    d.close();

    const again = spawnSync(process.execPath, [cli, "ingest", texts, "--db", db, "--json"], { encoding: "utf8" });
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout);
    // the stored ones are skipped (PolNeAR also holds a few texts twice, which count as unchanged too)
    expect(summary.documents.unchanged).toBeGreaterThanOrEqual(before);
    expect(summary.documents.new + summary.documents.unchanged).toBe(840);
    expect(summary.documents.failed).toBe(0);
    expect(count()).toBe(before + summary.documents.new);
  }, 120_000);
});
