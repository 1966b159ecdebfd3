// Conflicts, series and metrics end to end (ingest → metrics → check through the built CLI) over invented
// articles labelled by the gold findings' rules: tolls from several speakers, a toll that rose and was
// revised, lengths in km and in miles, a turnout in millions and written out, and costs and ballot access of
// different holders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = path.join(root, "test", "fixtures", "findings");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-findings-"));
const db = path.join(dir, "l.db");
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin", "claimledger.js"), ...args, "--db", db], { encoding: "utf8", cwd: dir });
const jsonl = (out: string) => out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Ref = [string, string];
interface Claim { source: string; quantity: { text: string } }
interface Finding { kind: string; claims: Claim[]; reason: string }
const labels = JSON.parse(readFileSync(path.join(fixtures, "labels.json"), "utf8")) as {
  conflicts: [Ref, Ref, string][]; not_conflict: [Ref, Ref, string][]; metrics: Ref[][]; apart: Ref[][]; series: [string, string, string][];
};
/** a claim as the labels name it: its article's slug (the last part of its URL) and its quantity as written */
const ref = (c: Claim) => `${c.source.split("/").pop()}:${c.quantity.text}`;
const pair = (a: string, b: string) => [a, b].sort().join(" & ");
const named = ([slug, quantity]: Ref) => `${slug}:${quantity}`;

describe("findings over invented articles", () => {
  let findings: Finding[] = [];
  let metricOf = new Map<string, string>();
  beforeAll(() => {
    const ing = run("ingest", path.join(fixtures, "articles.csv"), "--json");
    expect(ing.status, ing.stderr).toBe(0);
    const check = run("check", "--format", "jsonl");
    expect(check.status, check.stderr).toBe(0);
    findings = jsonl(check.stdout);
    const metrics = jsonl(run("metrics", "--format", "jsonl").stdout) as { key: string; claims: Claim[] }[];
    metricOf = new Map(metrics.flatMap((m) => m.claims.map((c) => [ref(c), m.key] as const)));
  });

  it("flags exactly the labelled conflicts, each of two claims with its reason", () => {
    const flagged = findings.filter((f) => f.kind === "conflict");
    for (const f of flagged) {
      expect(f.claims).toHaveLength(2);
      expect(f.reason).toMatch(/cannot both hold/);
    }
    expect(flagged.map((f) => pair(ref(f.claims[0]), ref(f.claims[1]))).sort()).toEqual(labels.conflicts.map(([a, b]) => pair(named(a), named(b))).sort());
  });

  it("lists the findings kind by kind, conflicts first, as the findings page does", () => {
    const order = ["conflict", "series", "reference", "no-evidence"];
    const ranks = findings.map((f) => order.indexOf(f.kind));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("flags none of the near misses: bounds met, totals that rose, revisions, rounded conversions, other holders", () => {
    const flagged = new Set(findings.filter((f) => f.kind === "conflict").map((f) => pair(ref(f.claims[0]), ref(f.claims[1]))));
    for (const [a, b, why] of labels.not_conflict) expect(flagged.has(pair(named(a), named(b))), why).toBe(false);
  });

  it("puts the labelled claims in one metric each, and other holders' figures in none together", () => {
    for (const group of labels.metrics) {
      const keys = group.map((r) => metricOf.get(named(r)));
      expect(keys[0], named(group[0])).toBeDefined();
      expect(new Set(keys), group.map(named).join(", ")).toEqual(new Set([keys[0]]));
    }
    for (const [a, b] of labels.apart) {
      const ka = metricOf.get(named(a)), kb = metricOf.get(named(b));
      expect(ka !== undefined && ka === kb, `${named(a)} and ${named(b)}`).toBe(false);
    }
  });

  it("shows a toll that rose and was revised down as a series", () => {
    const series = findings.filter((f) => f.kind === "series");
    for (const [slug, quantity, mark] of labels.series) {
      const s = series.find((f) => f.claims.some((c) => ref(c) === `${slug}:${quantity}`));
      expect(s?.reason).toContain(`${quantity} (`);
      expect(s?.reason).toContain(mark);
    }
  });
});
