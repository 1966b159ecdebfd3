// A worker started while PostgreSQL is away (restarting: connections refused, or cut under its first
// queries) waits for it, naming each try with a doubling wait, and runs once it is back, as it does when the
// database goes away later; any other failure still ends the start at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { UserError } from "../src/errors.js";
import { queueSchema } from "../src/watch/pg-queue.js";
import { whileUnreachable } from "../src/watch/connection.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";
import { proxiedPg, type TcpProxy } from "./helpers/tcp-proxy.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("whileUnreachable", () => {
  it("tries again while the database cannot be reached, each wait doubled and named", async () => {
    const said: string[] = [];
    let tries = 0;
    const r = await whileUnreachable("start", async () => (++tries < 4 ? Promise.reject(refused()) : "up"), { onEvent: (m) => said.push(m), firstWaitMs: 1 });
    expect(r).toBe("up");
    expect(said).toEqual([1, 2, 4].map((ms) => `start: the database cannot be reached (connect ECONNREFUSED 127.0.0.1:5432): trying again in ${ms / 1000} s`));
  });

  it("takes a failure named for people whose cause is a lost connection for one", async () => {
    let tries = 0;
    const lost = () => Object.assign(new UserError("db: not a claimledger ledger, or it cannot be migrated (Connection terminated unexpectedly)"), { cause: new Error("Connection terminated unexpectedly") });
    expect(await whileUnreachable("start", async () => (++tries < 2 ? Promise.reject(lost()) : tries), { firstWaitMs: 1 })).toBe(2);
  });

  it("ends at once with any other failure", async () => {
    let tries = 0;
    const bad = whileUnreachable("start", async () => (tries++, Promise.reject(new UserError("db: not a claimledger ledger"))), { firstWaitMs: 1 });
    await expect(bad).rejects.toThrow("not a claimledger ledger");
    expect(tries).toBe(1);
  });

  it("stops waiting when told to stop", async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 20);
    const started = Date.now();
    expect(await whileUnreachable("start", () => Promise.reject(refused()), { signal: stop.signal, firstWaitMs: 10_000 })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("a worker started while PostgreSQL is away", () => {
  const schema = pgSchemas("wstart")();
  let proxy: TcpProxy;
  let target = "";
  let ledger: Ledger;
  const procs: ChildProcess[] = [];

  beforeAll(async () => {
    ({ proxy, target } = await proxiedPg(PG_URL, schema));
    // the ledger's schema exists: only the connection is away
    ledger = await openLedger(PG_URL, { schema });
  });

  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
    await proxy?.close();
    await ledger?.db.schema.dropSchema(queueSchema(target)).ifExists().cascade().execute();
    await ledger?.close();
  });

  const worker = () => {
    const p = spawn(process.execPath, [cli, "worker", "--db", target, "--concurrency", "1"], { stdio: ["ignore", "ignore", "pipe"] });
    procs.push(p);
    const out = { log: "", p };
    p.stderr!.on("data", (d) => (out.log += String(d)));
    return out;
  };
  const exited = (p: ChildProcess) => new Promise((r) => (p.exitCode === null ? p.once("exit", r) : r(p.exitCode)));
  const ready = async (w: { log: string; p: ChildProcess }) => {
    for (const until = Date.now() + 40_000; !w.log.includes("worker ready") && w.p.exitCode === null && Date.now() < until; ) await sleep(50);
    expect(w.log).toContain("worker ready");
  };
  const stops = async (w: { log: string; p: ChildProcess }) => {
    w.p.kill("SIGTERM");
    expect(await Promise.race([exited(w.p), sleep(40_000).then(() => "not stopped")]), w.log).toBe(0);
  };

  it("waits while its connections are refused, then runs", async () => {
    // away long enough for the process to start and be refused more than once (a loaded machine is slow)
    const back = proxy.restart(10_000);
    const w = worker();
    await back;
    expect(w.log).toMatch(/worker start-up: the database cannot be reached \(.*\): trying again in 1 s/);
    await ready(w);
    expect(w.log).not.toMatch(/unexpected error|\n\s+at /);
    expect(w.p.exitCode).toBeNull();
    await stops(w);
  }, 90_000);

  it("waits when its first connection is cut under it, then runs", async () => {
    const first = proxy.nextConnection();
    const w = worker();
    await first;
    await proxy.restart(1500);
    await ready(w);
    expect(w.log).toMatch(/worker start-up: the database cannot be reached \(.*\): trying again in 1 s/);
    expect(w.log).not.toMatch(/unexpected error|\n\s+at /);
    await stops(w);
  }, 90_000);
});
