// `claimledger quantities` as a user runs it (the built CLI; `npm test` builds first).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";

const bin = path.resolve("bin/claimledger.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, "quantities", ...args], { encoding: "utf8", input });

describe("claimledger quantities", () => {
  it("keeps only the kinds asked for", () => {
    const text = "The council spent $4.5 million over 3 years on 12 parks, 40 percent more.";
    const all = JSON.parse(run(["--format", "jsonl", text]).stdout) as { kind: string; value: number }[];
    expect(all.map((q) => q.kind)).toEqual(expect.arrayContaining(["money", "number", "percent"]));
    const money = JSON.parse(run(["--kind", "money", "--format", "jsonl", text]).stdout) as { kind: string; value: number }[];
    expect(money.map((q) => [q.kind, q.value])).toEqual([["money", 4_500_000]]);
    const lines = run(["--kind", "percent,money"], "Shares fell 3% to $12.\nNine people came.\n").stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((qs: { kind: string }[]) => qs.map((q) => q.kind))).toEqual([["percent", "money"], []]);
  });

  it("names an unknown kind and the kinds there are, without a stack trace", () => {
    const r = run(["--kind", "money,dollars", "Five dollars."]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('unknown kind "dollars"');
    expect(r.stderr).toContain("number, percent, money, measure, vague");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
