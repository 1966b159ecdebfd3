// The review desk's CLI points through the built CLI: date options blamed by name, reversed dates refused,
// a CSV given to extract read as its articles, a folder's LICENSE skipped and --ext picking file kinds,
// and show giving a claim's corrections and verdict.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger } from "../src/ledger/open.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-cli-desk-"));
const db = path.join(dir, "l.db");
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin", "claimledger.js"), ...args], { encoding: "utf8", cwd: dir });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const folder = path.join(dir, "articles");
mkdirSync(folder);
writeFileSync(path.join(folder, "harbour.txt"), "Harbour report\n\nPort Minister Ivo Rand said that 1,200 containers were seized in 2019.\n");
writeFileSync(path.join(folder, "notes.md"), "Notes\n\nThe clerk said 40 boxes were lost in 2018.\n");
writeFileSync(path.join(folder, "LICENSE.md"), "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n");
writeFileSync(path.join(dir, "two.csv"), 'url,date,title,text\nhttps://e.org/a,2020-05-01,Mines,"Mines\n\nThe inspector said 12 mines closed in 2019."\nhttps://e.org/b,2021-06-01,Ports,"The mayor said 300 ships docked last year."\n');

describe("the CLI at the review desk", () => {
  it("names the date option at fault and refuses a reversed period", () => {
    const bad = run("claims", "--db", db, "--from", "2020-13-01");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('claimledger: --from wants a date as YYYY-MM-DD, not "2020-13-01"\n');
    expect(run("claims", "--db", db, "--to", "2020-02-30").stderr).toMatch(/^claimledger: --to wants a date/);
    const reversed = run("claims", "--db", db, "--from", "2021-01-01", "--to", "2020-01-01");
    expect(reversed.status).toBe(2);
    expect(reversed.stderr).toMatch(/--from \(2021-01-01\) is after --to \(2020-01-01\)/);
  });

  it("extracts a CSV of articles as one record each", () => {
    const r = run("extract", "two.csv", "--format", "json");
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records.map((x: any) => x.document.path)).toEqual(["https://e.org/a", "https://e.org/b"]);
    expect(records[1].document.published).toBe("2021-06-01");
    expect(records[1].claims[0].quantity.value).toBe(300);
  });

  it("skips a folder's LICENSE and reads only the kinds --ext names", () => {
    const only = run("ingest", folder, "--db", db, "--ext", "txt", "--json");
    expect(only.status).toBe(0);
    expect(JSON.parse(only.stdout).documents).toMatchObject({ new: 1 });
    const all = run("ingest", folder, "--db", db, "--json");
    expect(JSON.parse(all.stdout).documents).toMatchObject({ new: 1, unchanged: 1 });
    expect(run("ingest", folder, "--db", db, "--ext", "docx").stderr).toMatch(/--ext: cannot read "\.docx" files/);
    const text = run("ingest", folder, "--db", db);
    expect(text.stdout).toMatch(/claims added: 0 \(attributed statements included; `claimledger claims` lists those with a number/);
  });

  it("shows a claim's corrections and verdict", async () => {
    const [claim] = JSON.parse(run("claims", "--db", db, "--speaker", "rand", "--format", "json").stdout);
    const ledger = await openLedger(db);
    try {
      await ledger.addCorrection({ claimId: claim.id, field: "number", value: { value: 1100, upper: null }, reviewer: "ana" });
      await ledger.addReview({ claimId: claim.id, verdict: "misleading", note: "Customs counted 1,100.", reviewer: "ana" });
    } finally {
      await ledger.close();
    }
    const out = run("show", String(claim.id), "--db", db).stdout;
    expect(out).toMatch(/^corrected +number: 1200 → 1100 \(ana, \d{4}-\d{2}-\d{2}\)$/m);
    expect(out).toMatch(/^verdict +misleading \(ana, \d{4}-\d{2}-\d{2}\): Customs counted 1,100\.$/m);
  });
});
