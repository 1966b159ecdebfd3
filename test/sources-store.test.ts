// Watched sources in the ledger, on SQLite and PostgreSQL: add, list, remove, polls recorded with their
// failures named and backed off, items taken once.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";
import { addSource, backoffSeconds, dueSources, getSource, listSources, parseEvery, recordPoll, removeSource, takeNewItems } from "../src/ledger/sources/store.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-sources-"));
const pgSchema = pgSchemas("sources")();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("intervals", () => {
  it("reads --every and backs off by doubling, at most a day", () => {
    expect(parseEvery("15m")).toBe(900);
    expect(parseEvery("2h")).toBe(7200);
    expect(() => parseEvery("10s")).toThrow(/at least 1m/);
    expect(() => parseEvery("soon")).toThrow(/--every wants/);
    expect(backoffSeconds(900, 1)).toBe(1800);
    expect(backoffSeconds(900, 3)).toBe(7200);
    expect(backoffSeconds(900, 30)).toBe(86400);
  });
});

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`sources on ${backend}`, () => {
    const open = () => (backend === "sqlite" ? openLedger(path.join(dir, "ledger.db")) : openLedger(PG_URL, { schema: pgSchema }));
    let ledger: Ledger;
    afterAll(async () => {
      await ledger.close();
    });

    it("adds, lists, records polls and removes", async () => {
      ledger = await open();
      const a = await addSource(ledger, "http://news.example/feed.xml", { everySeconds: 600, label: "Example" });
      await expect(addSource(ledger, "http://news.example/feed.xml")).rejects.toThrow(/already watched \(source \d+\)/);
      await expect(addSource(ledger, "ftp://news.example/feed.xml")).rejects.toThrow(/only http and https/);
      const b = await addSource(ledger, "http://other.example/page.html");
      expect((await listSources(ledger)).map((s) => s.url)).toEqual(["http://news.example/feed.xml", "http://other.example/page.html"]);
      expect((await dueSources(ledger)).length).toBe(2);

      const t0 = new Date("2030-01-01T00:00:00Z");
      await recordPoll(ledger, a, { status: "ok", etag: '"v1"', lastModified: "Tue, 01 Jan 2030 00:00:00 GMT" }, t0);
      let s = (await getSource(ledger, a.id))!;
      expect(s).toMatchObject({ lastStatus: "ok", etag: '"v1"', failures: 0, lastError: null, nextPollAt: "2030-01-01T00:10:00.000Z" });
      // a failure is named and doubles the wait; the validators stay for the next try
      await recordPoll(ledger, s, { status: "failed", error: "no answer within 15 s" }, t0);
      s = (await getSource(ledger, a.id))!;
      expect(s).toMatchObject({ lastStatus: "failed", lastError: "no answer within 15 s", failures: 1, etag: '"v1"', nextPollAt: "2030-01-01T00:20:00.000Z" });
      await recordPoll(ledger, s, { status: "failed", error: "again" }, t0);
      expect((await getSource(ledger, a.id))!).toMatchObject({ failures: 2, nextPollAt: "2030-01-01T00:40:00.000Z" });
      await recordPoll(ledger, (await getSource(ledger, a.id))!, { status: "not modified" }, t0);
      expect((await getSource(ledger, a.id))!).toMatchObject({ failures: 0, lastError: null, lastStatus: "not modified", etag: '"v1"' });

      await removeSource(ledger, b.id);
      await expect(removeSource(ledger, b.id)).rejects.toThrow(/no source/);
      expect((await listSources(ledger)).length).toBe(1);
    });

    it("takes each item once, its job queued in the same transaction", async () => {
      const [s] = await listSources(ledger);
      const queued: string[] = [];
      const enqueue = async (_trx: unknown, item: { key: string }) => void queued.push(item.key);
      expect(await takeNewItems(ledger, s.id, [{ key: "http://news.example/a" }, { key: "http://news.example/b" }], enqueue)).toEqual(["http://news.example/a", "http://news.example/b"]);
      expect(await takeNewItems(ledger, s.id, [{ key: "http://news.example/b" }, { key: "http://news.example/c" }], enqueue)).toEqual(["http://news.example/c"]);
      expect(queued).toEqual(["http://news.example/a", "http://news.example/b", "http://news.example/c"]);
      // a failing enqueue leaves the item unseen, to be taken again
      await expect(takeNewItems(ledger, s.id, [{ key: "http://news.example/d" }], async () => { throw new Error("queue down"); })).rejects.toThrow(/queue down/);
      expect(await takeNewItems(ledger, s.id, [{ key: "http://news.example/d" }], enqueue)).toEqual(["http://news.example/d"]);
    });
  });
}
