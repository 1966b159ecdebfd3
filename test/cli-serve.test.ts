// `claimledger user add`, `token create|list|revoke` and `serve` through the built CLI: the address is printed, the
// server answers, a token made on the command line may write.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root, SEED } from "./helpers/server.js";
import { openLedger } from "../src/ledger/open.js";
import { buildApp } from "../src/server/app.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-cli-serve-"));
const db = path.join(dir, "l.db");
const bin = path.join(root, "bin", "claimledger.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, input });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("claimledger serve", () => {
  it("adds a reviewer, makes a token, serves and accepts the token's writes", async () => {
    expect(run(["ingest", SEED, "--db", db, "--published", "2017-01-20"]).status).toBe(0);
    const short = run(["user", "add", "ed", "--db", db], "short\n");
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 10 characters/);
    expect(run(["user", "add", "ed", "--db", db], "a long enough password\n").stdout).toMatch(/added reviewer ed/);
    expect(run(["user", "add", "ed", "--db", db], "a long enough password\n").stderr).toMatch(/exists already/);
    const token = run(["token", "create", "ed", "--db", db]).stdout.trim();
    expect(token).toMatch(/^cl_[\w-]{40,}$/);
    expect(run(["token", "create", "zed", "--db", db]).stderr).toMatch(/no reviewer "zed"/);

    const child = spawn(process.execPath, [bin, "serve", "--db", db, "--port", "0"], { cwd: dir });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
          const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) resolve(m[1]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect((await (await fetch(`${address}/api/health`)).json())).toEqual({ ok: true });
      const { items } = (await (await fetch(`${address}/api/claims?speaker=rahimzoda&limit=1`)).json()) as { items: { id: number }[] };
      const res = await fetch(`${address}/api/claims/${items[0].id}/reviews`, {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ verdict: "unverifiable", note: "no records to check against" }),
      });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ reviewer: "ed", verdict: "unverifiable" });
      const page = await fetch(`${address}/claims`);
      expect(await page.text()).toContain('<script type="module" src="/ui/app.js">');
      expect((await fetch(`${address}/ui/app.js`)).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("lists, expires and revokes tokens; a new password revokes them all", async () => {
    const dbT = path.join(dir, "tokens.db");
    expect(run(["user", "add", "ann", "--db", dbT], "a long enough password\n").status).toBe(0);
    const short = run(["token", "create", "ann", "--label", "wire desk", "--expires-days", "30", "--db", dbT]);
    expect(short.status).toBe(0);
    const lasting = run(["token", "create", "ann", "--label", "archive", "--db", dbT]).stdout.trim();
    expect(run(["token", "create", "ann", "--expires", "2001-01-01", "--db", dbT]).stderr).toMatch(/--expires: 2001-01-01 has passed/);
    expect(run(["token", "create", "ann", "--expires", "2031-02-30", "--db", dbT]).stderr).toMatch(/--expires wants a date as YYYY-MM-DD, not "2031-02-30"/);
    expect(run(["token", "create", "ann", "--expires-days", "0", "--db", dbT]).stderr).toMatch(/--expires-days wants a whole number of days from 1/);
    expect(run(["claims", "--from", "2021-02-30", "--db", dbT]).stderr).toMatch(/--from wants a date as YYYY-MM-DD, not "2021-02-30"/);

    const listed = JSON.parse(run(["token", "list", "ann", "--format", "json", "--db", dbT]).stdout) as { id: number; label: string; expiresAt: string | null; revokedAt: string | null }[];
    expect(listed.map((t) => t.label)).toEqual(["wire desk", "archive"]);
    const days = (Date.parse(listed[0].expiresAt!) - Date.now()) / 864e5;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(listed[1].expiresAt).toBeNull();
    expect(run(["token", "list", "ann", "--db", dbT]).stdout).toMatch(/id\s+label\s+created\s+expires\s+last used\s+revoked\n[- ]+\n1\s+wire desk/);

    expect(run(["token", "revoke", String(listed[0].id), "--db", dbT]).stdout).toMatch(/revoked API token 1/);
    expect(run(["token", "revoke", "99", "--db", dbT]).stderr).toMatch(/no API token 99/);
    expect(run(["user", "password", "ann", "--db", dbT], "another long password\n").stdout).toMatch(/API tokens revoked/);
    const after = JSON.parse(run(["token", "list", "ann", "--format", "json", "--db", dbT]).stdout) as { revokedAt: string | null }[];
    expect(after.every((t) => t.revokedAt)).toBe(true);

    const ledger = await openLedger(dbT);
    const app = await buildApp({ ledger });
    try {
      const r = await app.inject({ url: "/api/claims", headers: { authorization: `Bearer ${lasting}` } });
      expect(r.statusCode).toBe(401);
    } finally {
      await app.close();
      await ledger.close();
    }
  });

  it("names the problem when it cannot listen", () => {
    const r = run(["serve", "--db", db, "--port", "99999"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--port wants a port number/);
  });
});
