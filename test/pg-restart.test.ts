// PostgreSQL restarted during work, as its clients see it (every connection cut, new ones refused for a while,
// then answered again: test/helpers/tcp-proxy.ts does that in front of the shared server): a long-running
// `watch` caught storing a poll's items, and a `worker` caught storing a page, both name the failure, go on
// once the database is back, and every item ends up stored once, whole.
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
import { proxiedPg, type TcpProxy } from "./helpers/tcp-proxy.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
const schema = pgSchemas("restart")();
const N = 8;

const page = (n: number) =>
  `<!doctype html><html><head><title>Harbour story ${n}</title></head><body><article><h1>Harbour story ${n}</h1>` +
  `<p>The harbour office said that ${n * 7} ships were delayed in June. Officials estimated that about ${n * 40} crew members waited, according to the office.</p>`.repeat(3) +
  `</article></body></html>`;

let server: Server;
let base = "";
let proxy: TcpProxy;
let target = "";
let ledger: Ledger;
const procs: ChildProcess[] = [];
let log = "";
const began = Date.now();
// the first answer to the feed, and to story 3, are held back until the test lets them go
const held = new Map<string, { arrived: Promise<void>; arrive: () => void; res?: ServerResponse }>();
const hold = (url: string) => {
  let arrive = () => {};
  const arrived = new Promise<void>((r) => (arrive = r));
  held.set(url, { arrived, arrive });
};
const answer = (url: string, res: ServerResponse) => {
  if (url === "/feed.xml") {
    const items = Array.from({ length: N }, (_x, i) => `<item><title>Story ${i + 1}</title><link>${base}/story/${i + 1}</link></item>`).join("");
    return res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>${items}</channel></rss>`);
  }
  const m = /^\/story\/(\d+)$/.exec(url);
  if (m) return res.writeHead(200, { "content-type": "text/html" }).end(page(Number(m[1])));
  res.writeHead(404).end();
};
const release = (url: string) => {
  const h = held.get(url)!;
  held.delete(url);
  answer(url, h.res!);
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    const h = held.get(url);
    if (h && !h.res) return void ((h.res = res), h.arrive());
    answer(url, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ proxy, target } = await proxiedPg(PG_URL, schema));
  ledger = await openLedger(PG_URL, { schema });
});

afterAll(async () => {
  for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await proxy?.close();
  await ledger?.db.schema.dropSchema(queueSchema(target)).ifExists().cascade().execute();
  await ledger?.close();
});

const cl = (...args: string[]) => {
  const p = spawn(process.execPath, [cli, ...args, "--db", target], { stdio: ["ignore", "ignore", "pipe"] });
  procs.push(p);
  // each line stamped with the seconds since the test began, to tell a slow step from a stuck one
  p.stderr!.on("data", (d) => (log += `${((Date.now() - began) / 1000).toFixed(1)} ${args[0]}: ${d}`));
  return p;
};
const exited = (p: ChildProcess) => new Promise((r) => (p.exitCode === null ? p.once("exit", r) : r(p.exitCode)));
// a wait that fails with what the processes said, rather than the test's timeout saying nothing
const within = <T>(p: Promise<T>, what: string, ms = 30_000) =>
  Promise.race([p, sleep(ms).then(() => { throw new Error(`${what}: not within ${ms / 1000} s\n${log}`); })]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stored = async () => (await ledger.db.selectFrom("documents").select("source").execute()).map((d) => d.source.replace(base, "")).sort();

describe("PostgreSQL restarted during work", () => {
  it("a watch and a worker name it, go on, and store every item once, whole", async () => {
    const add = cl("source", "add", `${base}/feed.xml`, "--every", "5m");
    expect(await within(exited(add), "source add"), log).toBe(0);
    hold("/feed.xml");
    hold("/story/3");
    const watch = cl("watch", "--allow-private-addresses", "--host-interval", "0");
    const worker = cl("worker", "--allow-private-addresses", "--host-interval", "0", "--concurrency", "2");

    // under load (the whole suite beside it) a worker takes 20 s and more to start
    for (const until = Date.now() + 60_000; !log.includes("worker ready") && Date.now() < until; ) await sleep(50);
    expect(log).toContain("worker ready");
    // the watch has the feed in hand: the database restarts before its items are stored
    await within(held.get("/feed.xml")!.arrived, "the feed asked for");
    const down = proxy.restart(2500);
    await sleep(100);
    release("/feed.xml");
    await down;

    // a worker has story 3 in hand: the database restarts before it is stored
    await within(held.get("/story/3")!.arrived, "story 3 asked for");
    const again = proxy.restart(2500);
    await sleep(100);
    release("/story/3");
    await again;

    const all = Array.from({ length: N }, (_x, i) => `/story/${i + 1}`).sort();
    for (const until = Date.now() + 60_000; (await stored()).length < N && Date.now() < until; ) await sleep(250);
    expect(await stored(), log).toEqual(all);
    expect(await partialDocuments(ledger)).toEqual([]);
    // both named the failure and are still running
    expect(log).toMatch(/watch: .*the ledger cannot be reached/);
    expect(log).toMatch(/worker: .*(job failed|the job queue stopped)/);
    expect([watch.exitCode, worker.exitCode], log).toEqual([null, null]);
    // and both stop when told to
    watch.kill("SIGTERM");
    worker.kill("SIGTERM");
    expect(await within(Promise.all([exited(watch), exited(worker)]), "stopped"), log).toEqual([0, 0]);
  }, 180_000);
});
