// The ledger commands end to end through the built CLI.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-cli-ledger-"));
const db = path.join(dir, "l.db");
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin", "claimledger.js"), ...args], { encoding: "utf8", cwd: dir });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(path.join(dir, "a.txt"), "Harbour report\n\nPort Minister Ivo Rand said that 1,200 containers were seized in 2019. Another 300 were returned, he said.\n");

describe("claimledger ingest, claims, speakers, show", () => {
  it("ingests, then lists, filters, exports and shows claims", () => {
    const ing = run("ingest", "a.txt", "--db", db, "--published", "2020-02-01", "--json");
    expect(ing.status).toBe(0);
    expect(JSON.parse(ing.stdout).documents).toMatchObject({ new: 1, failed: 0 });

    const csv = run("claims", "--db", db, "--speaker", "Rand", "--format", "csv");
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^id,published,quantity,qualifier,counted/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("1,200");

    const json = JSON.parse(run("claims", "--db", db, "--from", "2019-01-01", "--to", "2019-12-31", "--format", "json").stdout);
    expect(json.map((c: { quantity: { value: number } }) => c.quantity.value).sort((a: number, b: number) => a - b)).toEqual([300, 1200]);

    const speakers = run("speakers", "--db", db);
    expect(speakers.stdout).toMatch(/Ivo Rand\s+person\s+Port Minister\s+2/);

    const show = run("show", String(json[0].id), "--db", db);
    expect(show.stdout).toMatch(/sentence\s+Port Minister Ivo Rand said that \[1,200\] containers/);
    expect(show.stdout).toMatch(/period\s+2019-01-01 – 2019-12-31/);
  });

  it("gives one clear line for bad arguments and unknown ids", () => {
    const bad = run("claims", "--db", db, "--qualifier", "lots");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('claimledger: --qualifier must be one of exact, approx, at-least, more-than, at-most, less-than, range, vague, not "lots"');
    const missing = run("show", "9999", "--db", db);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe("claimledger: no claim 9999 in the ledger");
    const notLedger = path.join(dir, "not-a-ledger.db");
    writeFileSync(notLedger, "this is not sqlite");
    const r = run("claims", "--db", notLedger);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not-a-ledger.db: (?:not a claimledger ledger|cannot open)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("claimledger ingest of a sentence of numbers", () => {
  it("stores a bounded number of claims and warns on stderr, naming the file", () => {
    writeFileSync(path.join(dir, "numbers.txt"), "1,000 ".repeat(4096));
    const capped = path.join(dir, "capped.db");
    const r = run("ingest", "numbers.txt", "--db", capped, "--json");
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.claims).toBe(50);
    expect(summary.warnings).toEqual([expect.objectContaining({ input: expect.stringContaining("numbers.txt"), code: "claims-capped" })]);
    expect(r.stderr).toMatch(/^claimledger: warning: \S*numbers\.txt: claims-capped: 1 sentence had more than 50 numbers/m);
    // the text once, not once per claim and twice each: 241 MB before, about 200 KB now
    expect(statSync(capped).size).toBeLessThan(400_000);
  });
});
