// A served ledger whose metrics an older release keyed (its keys mark behind METRIC_KEYS_VERSION) is rekeyed
// by the server in the background, as `claimledger check` rekeys before reading; answers meanwhile say that
// the metrics are catching up. On SQLite and PostgreSQL, over the seed article.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { pgSchemas } from "./helpers/pg.js";
import { startServer, type TestServer } from "./helpers/server.js";
import { BACKLOG_HEADER } from "../src/server/routes/metrics.js";
import { METRIC_KEYS_VERSION } from "../src/analysis/metric.js";
import { readMark, writeMark } from "../src/ledger/metrics/progress.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";

const schema = pgSchemas("rekeyed");

describe.each([["sqlite", undefined], ["postgres", schema()]] as const)("metrics rekeyed by the server on %s", (_name, pgSchema) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(pgSchema ? { pgSchema } : {});
  }, 60_000);
  afterAll(async () => server?.close());

  it("makes metrics keyed by an older release's rules again, answering meanwhile", async () => {
    const m = new MetricsLedger(server.ledger);
    const db = m.db;
    const keys = async () => (await db.selectFrom("metrics").select("key").orderBy("key").execute()).map((r) => r.key);
    const figures = async () => Number((await db.selectFrom("metric_figures").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const current = await keys(), figuresNow = await figures();
    expect(current.length).toBeGreaterThan(0);
    // as an older release left them: other keys, and its version in the keys mark
    await sql`update metrics set key = 'old:' || key`.execute(db);
    await writeMark(db, "keys", METRIC_KEYS_VERSION - 1);

    const first = await server.app.inject({ url: "/api/metrics" });
    expect(first.statusCode).toBe(200);
    expect(first.headers[BACKLOG_HEADER]).toBe("true");
    let r = first;
    for (let i = 0; i < 200 && r.headers[BACKLOG_HEADER]; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      r = await server.app.inject({ url: "/api/metrics" });
    }
    expect(r.headers[BACKLOG_HEADER]).toBeUndefined();
    expect(await keys()).toEqual(current);
    expect(await figures()).toBe(figuresNow);
    expect(await readMark(db, "keys")).toBe(METRIC_KEYS_VERSION);
    expect(await readMark(db, "rebuild")).toBeNull();
    const items = (r.json() as { items: { key: string }[] }).items.map((i) => i.key);
    expect(items.some((k) => k.startsWith("old:"))).toBe(false);
  }, 60_000);
});
