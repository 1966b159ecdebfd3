// `claimledger extract` as a user runs it (the built CLI; `npm test` builds first).
import { describe, expect, it, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const bin = path.resolve("bin/claimledger.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-cli-"));
  writeFileSync(path.join(dir, "a.txt"), "A Headline\n\nPolice said 12 people were hurt.\n");
  writeFileSync(path.join(dir, "b.txt"), "Another Headline\n\nOfficials said 40 homes were destroyed.\n");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 prices rose 5%", "latin1"));
});

describe("claimledger extract", () => {
  it("writes one JSON document record per file, in argument order", () => {
    const r = run("extract", "--format", "jsonl", "--published", "2020-05-01", path.join(dir, "b.txt"), path.join(dir, "a.txt"));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((d) => path.basename(d.document.path))).toEqual(["b.txt", "a.txt"]);
    expect(lines[1].document).toMatchObject({ title: "A Headline", published: "2020-05-01" });
    expect(lines[1].claims.some((c: { quantity: { value: number } | null }) => c.quantity?.value === 12)).toBe(true);
  });

  it("names a file that is not text, goes on with the others, and exits non-zero", () => {
    const r = run("extract", "--format", "jsonl", path.join(dir, "binary.txt"), path.join(dir, "a.txt"), path.join(dir, "latin1.txt"), path.join(dir, "missing.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("binary.txt: not a text file");
    expect(r.stderr).toContain("latin1.txt: not valid UTF-8");
    expect(r.stderr).toContain("missing.txt: no such file");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("says which date relative times were read against when no --published is given", () => {
    writeFileSync(path.join(dir, "dated.txt"), "OSLO, March 3, 2019 — Officials said 12 people were hurt on Friday.\n");
    const dated = run("extract", path.join(dir, "dated.txt"));
    expect(dated.status).toBe(0);
    expect(dated.stderr).toContain("dated.txt: no publication date given: relative dates are read against 2019-03-03");
    expect(dated.stdout).toContain("dates read against 2019-03-03, found in the text");
    const bare = run("extract", path.join(dir, "a.txt"));
    expect(bare.stderr).toContain("a.txt: no publication date given and none in the text");
    expect(bare.stdout).toContain("no reference date");
    const given = run("extract", "--published", "2020-05-01", path.join(dir, "a.txt"));
    expect(given.stderr).toBe("");
    expect(given.stdout).toContain("dates read against 2020-05-01)");
  });

  it("refuses a malformed date with a clear message", () => {
    const r = run("extract", "--published", "20/01/2017", path.join(dir, "a.txt"));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("YYYY-MM-DD");
  });

  // 1 MB with no sentence end takes ~10 s; a budget of 1 s stops it, and the small file after it is read
  it("ends a document over its --extract-timeout with one named line and goes on (extract and ingest)", () => {
    const unit = "the minister said 40 people were detained and ";
    writeFileSync(path.join(dir, "endless.txt"), unit.repeat(Math.ceil(1e6 / unit.length)));
    const budget = ["--extract-timeout", "1"];
    const r = run("extract", "--format", "jsonl", "--published", "2020-05-01", ...budget, path.join(dir, "endless.txt"), path.join(dir, "a.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`claimledger: ${path.join(dir, "endless.txt")}: extraction took longer than its budget of 1 s`);
    expect(r.stdout.trim().split("\n").map((l) => path.basename(JSON.parse(l).document.path))).toEqual(["a.txt"]);
    const db = path.join(dir, "budget.db");
    const i = run("ingest", "--json", "--db", db, ...budget, path.join(dir, "endless.txt"), path.join(dir, "b.txt"));
    expect(i.status).toBe(1);
    const summary = JSON.parse(i.stdout);
    expect(summary.documents).toMatchObject({ new: 1, failed: 1 });
    expect(summary.failures[0].message).toBe(`${path.join(dir, "endless.txt")}: extraction took longer than its budget of 1 s`);
    expect(run("extract", "--extract-timeout", "soon", path.join(dir, "a.txt")).stderr).toContain('--extract-timeout wants seconds');
  }, 120_000);

  it("prints a table for people", () => {
    const r = run("extract", path.join(dir, "a.txt"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/quantity\s+qualifier\s+counted/);
  });
});
