// Watch on PostgreSQL: `watch --once` queues the new items through graphile-worker, `claimledger worker`
// processes ingest them; a worker killed with SIGKILL in the middle of a job leaves no half document, the
// job is unlocked and retried by another worker, and the document is stored once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { queueSchema } from "../src/watch/pg-queue.js";
import { PG_URL, partialDocuments, pgSchemas } from "./helpers/pg.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
const schema = pgSchemas("watchpg")();
const target = `${PG_URL}?options=-c%20search_path%3D${schema}`;

const story = (n: number) =>
  `<p>The tram board said that ${n} stops were closed in May. Officials estimated that about ${n * 9} riders walked instead, according to the board.</p>`.repeat(3);
const page = (n: number) => `<!doctype html><html><head><title>Tram story ${n}</title></head><body><article><h1>Tram story ${n}</h1>${story(n)}</article></body></html>`;

let server: Server;
let base = "";
let slowArrived: () => void;
const slowSeen = new Promise<void>((r) => (slowArrived = r));
let held: ServerResponse[] = [];
let holdSlow = true;
const hits = new Map<string, number>();
let ledger: Ledger;
const workers: ChildProcess[] = [];
// what the workers said, shown when a check fails
let log = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === "/feed.xml")
      return res.writeHead(200, { "content-type": "application/rss+xml" }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Tram News</title><item><title>Slow</title><link>${base}/slow</link></item><item><title>Fast</title><link>${base}/fast</link></item></channel></rss>`,
      );
    if (url === "/slow") {
      slowArrived();
      // the first worker is killed while this answer is held back
      if (holdSlow) return void held.push(res);
      return res.writeHead(200, { "content-type": "text/html" }).end(page(13));
    }
    if (url === "/fast") return res.writeHead(200, { "content-type": "text/html" }).end(page(29));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ledger = await openLedger(PG_URL, { schema });
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  for (const r of held) r.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await ledger.db.schema.dropSchema(schema).ifExists().cascade().execute();
  await ledger.db.schema.dropSchema(queueSchema(target)).ifExists().cascade().execute();
  await ledger.close();
});

// not spawnSync: the feed server lives in this process and must answer meanwhile
const run = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const c = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    c.stdout.on("data", (d) => (stdout += d));
    c.stderr.on("data", (d) => (stderr += d));
    c.on("close", (status) => resolve({ status, stdout, stderr }));
  });
const worker = () => {
  const w = spawn(process.execPath, [cli, "worker", "--db", target, "--allow-private-addresses", "--host-interval", "0", "--concurrency", "2", "--timeout", "30"], {
    env: { ...process.env, CLAIMLEDGER_WORKER_STALE_MS: "1500" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  workers.push(w);
  w.stderr!.on("data", (d) => (log += d));
  return w;
};
const stored = async () =>
  (await ledger.db.selectFrom("documents").select(["source", "claim_count"]).execute()).map((d) => d.source.replace(base, "")).sort();

describe("watch and workers on PostgreSQL", () => {
  it("queues items, and a worker killed mid-job leaves the job to another: stored once", async () => {
    expect(queueSchema(target)).toBe(`${schema}_jobs`);
    expect((await run("source", "add", `${base}/feed.xml`, "--db", target, "--every", "5m")).status).toBe(0);
    const w = await run("watch", "--once", "--db", target, "--allow-private-addresses", "--host-interval", "0");
    expect(w.stderr).toMatch(/feed\.xml: ok, 2 new items/);
    expect(w.stdout).toMatch(/new items: 2, queued for `claimledger worker`/);

    const first = worker();
    await slowSeen;
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    holdSlow = false;
    for (const r of held) r.destroy();
    held = [];
    expect((await stored()).includes("/slow")).toBe(false);

    const second = worker();
    const started = Date.now();
    while ((await stored()).length < 2 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 200));
    expect(await stored(), log).toEqual(["/fast", "/slow"]);
    // every stored document is whole
    expect(await partialDocuments(ledger)).toEqual([]);
    expect(hits.get("/slow")).toBe(2);

    // a second watch finds nothing new; the queue is empty once done
    expect((await run("watch", "--once", "--db", target, "--allow-private-addresses", "--host-interval", "0")).stdout).toMatch(/new items: 0/);
    // a job's row goes once its task has returned, a moment after the document is stored: wait for it
    const jobsLeft = async () =>
      Number(((await ledger.db.selectFrom(`${queueSchema(target)}.jobs` as never).select(({ fn }) => fn.countAll().as("n")).executeTakeFirstOrThrow()) as { n: unknown }).n);
    for (const until = Date.now() + 15_000; (await jobsLeft()) > 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
    second.kill("SIGTERM");
    await new Promise((r) => second.once("exit", r));
    expect(await jobsLeft(), log).toBe(0);
    expect(await stored()).toEqual(["/fast", "/slow"]);

    const list = JSON.parse((await run("source", "list", "--db", target, "--format", "json")).stdout);
    expect(list[0]).toMatchObject({ lastStatus: "ok", failures: 0, lastError: null });
  }, 90_000);

  it("refuses to run a worker on SQLite, by name", async () => {
    const r = await run("worker", "--db", path.join(root, "no-such.db"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/runs against PostgreSQL/);
  });
});
