// `claimledger follow` and `claimledger webhook` (the built CLI): follows added, listed and removed by
// reviewer, an e-mail address for a reviewer's alerts, webhooks listed with their failures and never their
// secrets; `watch --once` delivers what an ingest alerted on, and names a webhook refused by the SSRF rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
let dir: string;
let db: string;

function run(...args: string[]) {
  const r = spawnSync("node", [cli, ...args, "--db", db], { encoding: "utf8", env: { ...process.env, CLAIMLEDGER_PASSWORD: "correct horse battery", CLAIMLEDGER_SMTP_URL: "" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-cli-alerts-"));
  db = path.join(dir, "ledger.db");
  writeFileSync(path.join(dir, "a.txt"), "Interior Minister Ramazon Rahimzoda said on Monday that 1,200 people were detained in Tajikistan in May 2021.\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// each command is a process of its own: slow on a busy machine
describe("claimledger follow and webhook", { timeout: 180_000 }, () => {
  it("adds, lists and removes follows, and says what is wrong", () => {
    expect(run("user", "add", "alice").code).toBe(0);
    expect(run("follow", "add", "--user", "alice", "--speaker", "rahimzoda").out).toBe('alice follows speaker "rahimzoda" (follow 1)\n');
    expect(run("follow", "add", "--user", "alice", "--place", "Tajikistan").code).toBe(0);
    const both = run("follow", "add", "--user", "alice", "--place", "x", "--speaker", "y");
    expect([both.code, both.err]).toEqual([2, expect.stringMatching(/say what to follow: one of --speaker/)]);
    expect(run("follow", "add", "--user", "nobody", "--place", "x").err).toMatch(/no reviewer "nobody"/);
    expect(run("follow", "remove", "--user", "alice", "--place", "Tajikistan").out).toMatch(/no longer follows place "Tajikistan"/);
    expect(run("follow", "email", "--user", "alice", "alice@example.org").code).toBe(0);
    const list = run("follow", "list", "--user", "alice");
    expect(list.out).toMatch(/^id\s+user\s+follows\s+what/);
    expect(list.out).toMatch(/1\s+alice\s+speaker\s+rahimzoda/);
    expect(list.out).not.toMatch(/Tajikistan/);
    expect(list.out).toMatch(/alice's alerts are e-mailed to alice@example\.org/);
  });

  it("keeps webhooks, delivers from `watch --once`, and lists the failure without the secret", () => {
    const added = run("webhook", "add", "http://127.0.0.1:9/hook", "--user", "alice");
    expect(added.out).toMatch(/^webhook 2: http:\/\/127\.0\.0\.1:9\/hook receives alice's alerts from now on\nsecret \(shown once; .*\): (\S{20,})\n$/);
    const secret = /: (\S+)\n$/.exec(added.out)![1];
    expect(run("webhook", "add", "http://127.0.0.1:9/hook", "--user", "alice").err).toMatch(/already a webhook channel/);
    expect(run("ingest", path.join(dir, "a.txt")).code).toBe(0);
    const watch = run("watch", "--once");
    expect(watch.code).toBe(0);
    expect(watch.err).toMatch(/alert 1 to webhook 2: refused to fetch from 127\.0\.0\.1 \(a loopback address, not public\).* \(will retry\)/);
    const json = JSON.parse(run("webhook", "list", "--format", "json").out) as { id: number; pending: number; failed: number; lastError: string; secret: unknown }[];
    expect(json).toEqual([expect.objectContaining({ id: 2, pending: 1, failed: 0, lastError: expect.stringMatching(/loopback/), secret: null })]);
    expect(run("webhook", "list").out).not.toContain(secret);
    expect(run("webhook", "remove", "2").out).toBe("webhook 2 removed\n");
    expect(run("webhook", "remove", "2").err).toMatch(/no such webhook/);
  });
});
