// `watch` against feed servers on 127.0.0.1: conditional requests (304), items seen once, the same text
// under two links stored once, robots.txt obeyed, the host's turn awaited, and each failure (a hanging
// server, a redirect loop, garbage, an oversized body, an item page that fails) named on its source and
// backed off. SQLite here: its jobs run inside watch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { addSource, getSource, listSources } from "../src/ledger/sources/store.js";
import { DEFAULT_LIMITS } from "../src/ingest/fetch.js";
import { watch, type WatchOptions } from "../src/watch/watch.js";
import { Politeness } from "../src/watch/politeness.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-watch-"));
const story = (n: number) =>
  `<p>The ferry office said that ${n} crossings were cancelled in April. Officials estimated that about ${n * 7} travellers waited at the quay, according to the office.</p>`.repeat(3);
const page = (n: number) => `<!doctype html><html><head><title>Ferry story ${n}</title></head><body><article><h1>Ferry story ${n}</h1>${story(n)}</article></body></html>`;
const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Quay News</title>${links.map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><description>A teaser.</description></item>`).join("")}</channel></rss>`;

let server: Server;
let base = "";
const requests: { url: string; headers: IncomingMessage["headers"] }[] = [];
let feedLinks: string[] = [];
let feedTag = '"v1"';
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    requests.push({ url, headers: req.headers });
    if (url === "/robots.txt") return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
    if (url === "/feed.xml") {
      if (req.headers["if-none-match"] === feedTag) return res.writeHead(304).end();
      return res.writeHead(200, { "content-type": "application/rss+xml", etag: feedTag }).end(rss(feedLinks.map((l) => base + l)));
    }
    if (url === "/private/feed.xml") return res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss([]));
    // the same story under two links
    if (url === "/a" || url === "/a-again") return res.writeHead(200, { "content-type": "text/html" }).end(page(11));
    if (url === "/c") return res.writeHead(200, { "content-type": "text/html" }).end(page(23));
    if (url === "/d") return res.writeHead(200, { "content-type": "text/html" }).end(page(37));
    if (url === "/broken") return res.writeHead(500).end("no");
    if (url === "/hang") return; // never answers
    if (url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (url === "/garbage") return res.writeHead(200, { "content-type": "application/rss+xml" }).end(Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
    if (url === "/huge") {
      // no content-length: the limit is met while reading
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const more = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", more);
        }
        res.end();
      };
      return more();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const options = (): WatchOptions => ({
  target: "", once: true, hostIntervalMs: 0, retrySeconds: 0, maxAttempts: 2,
  limits: { ...DEFAULT_LIMITS, timeoutMs: 1000, maxBytes: 1024 * 1024, allowPrivateAddresses: true },
});
const fetched = (p: string) => requests.filter((r) => r.url === p).length;
const documents = async (ledger: Ledger) => Number((await ledger.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
// every source due now (a test does not wait out --every)
const due = (ledger: Ledger) => (ledger.db as any).updateTable("sources").set({ next_poll_at: "" }).execute();

describe("watch on SQLite", () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await openLedger(path.join(dir, "ledger.db"));
  });
  afterAll(async () => ledger.close());

  it("ingests new items once, asks again with If-None-Match, and stores the same text under two links once", async () => {
    feedLinks = ["/a", "/a-again", "/c"];
    const feed = await addSource(ledger, `${base}/feed.xml`);
    let s = await watch(ledger, options());
    expect(s).toMatchObject({ polls: 1, newItems: 3, jobs: { done: 3, failed: 0 } });
    expect(await documents(ledger)).toBe(2);
    expect((await getSource(ledger, feed.id))!).toMatchObject({ lastStatus: "ok", etag: '"v1"', failures: 0 });

    // nothing changed: a conditional request, answered 304
    await due(ledger);
    s = await watch(ledger, options());
    expect(s).toMatchObject({ polls: 1, newItems: 0 });
    expect(requests.filter((r) => r.url === "/feed.xml").at(-1)!.headers["if-none-match"]).toBe('"v1"');
    expect((await getSource(ledger, feed.id))!.lastStatus).toBe("not modified");

    // the feed changes: only the new item's page is fetched
    feedTag = '"v2"';
    feedLinks = ["/d", "/a", "/c"];
    await due(ledger);
    s = await watch(ledger, options());
    expect(s).toMatchObject({ newItems: 1, jobs: { done: 1 } });
    expect([fetched("/a"), fetched("/a-again"), fetched("/c"), fetched("/d")]).toEqual([1, 1, 1, 1]);
    expect(await documents(ledger)).toBe(3);
    // robots.txt was asked for once a round (each --once is a process of its own), not per request
    expect(fetched("/robots.txt")).toBe(3);
  });

  it("names each failure on its source, backs off, and retries a failed item page", async () => {
    const added = [];
    for (const p of ["/private/feed.xml", "/hang", "/loop", "/garbage", "/huge"]) added.push(await addSource(ledger, `${base}${p}`, { everySeconds: 600 }));
    feedTag = '"v3"';
    feedLinks = ["/broken"];
    await due(ledger);
    const s = await watch(ledger, options());
    expect(s.jobs).toEqual({ done: 0, failed: 1 });
    const byPath = Object.fromEntries((await listSources(ledger)).map((x) => [new URL(x.url).pathname, x]));
    expect(byPath["/private/feed.xml"]).toMatchObject({ lastStatus: "disallowed", lastError: expect.stringMatching(/robots\.txt disallows it \(line 2\)/) });
    expect(fetched("/private/feed.xml")).toBe(0);
    expect(byPath["/hang"]).toMatchObject({ lastStatus: "failed", lastError: "no answer within 1 s", failures: 1 });
    expect(byPath["/loop"].lastError).toMatch(/more than 5 redirects/);
    expect(byPath["/garbage"].lastError).toMatch(/not well-formed XML|cannot be read|not UTF-8|binary/i);
    expect(byPath["/huge"].lastError).toMatch(/larger than 1048576 bytes/);
    // a failure waits twice the interval
    const hang = byPath["/hang"];
    expect(Date.parse(hang.nextPollAt) - Date.parse(hang.lastPolledAt!)).toBe(1200 * 1000);
    // the feed itself was fine; its item's page was not: named on the source too
    expect(byPath["/feed.xml"]).toMatchObject({ lastStatus: "ok", itemError: expect.stringMatching(/\/broken: the server answered 500/) });

    // the failed job is tried again (maxAttempts 2), then given up; the sources that failed are polled again, not before they are due
    const before = fetched("/hang");
    const again = await watch(ledger, options());
    expect(again).toMatchObject({ polls: 0, jobs: { failed: 1 } });
    expect(fetched("/broken")).toBe(2);
    expect(fetched("/hang")).toBe(before);
    const third = await watch(ledger, options());
    expect(third.jobs).toEqual({ done: 0, failed: 0 });
    expect(fetched("/broken")).toBe(2);
  }, 30_000);
});

describe("politeness", () => {
  it("spaces requests to one host, not to two", async () => {
    const p = new Politeness({ ...DEFAULT_LIMITS, allowPrivateAddresses: true }, 300);
    const t0 = Date.now();
    await p.turn("http://one.example/a");
    await p.turn("http://two.example/a");
    expect(Date.now() - t0).toBeLessThan(150);
    await p.turn("http://one.example/b");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });
});
