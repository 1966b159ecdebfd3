// What the ledger keeps beside its findings (migration 20: the claims each names, the counts by kind) follows
// every write, and a backlog of documents the metrics have not read is read in the background, not by a
// request; on SQLite and PostgreSQL. Invented documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { pgSchemas } from "./helpers/pg.js";
import { startServer, type TestServer } from "./helpers/server.js";
import { BACKLOG_HEADER, REQUEST_CATCH_UP } from "../src/server/routes/metrics.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";

const schema = pgSchemas("kept");
// invented: figures for one metric, place and day that cannot both hold
const toll = (n: number, who: string) => `Flood in Peru\n\nThe flood in Peru killed ${n} people, ${who} said on Tuesday.`;
const WHO = ["the mayor Rosa Quispe", "the governor Hugo Mamani", "the rescuer Ines Condori", "the priest Tito Huaman"];

/** a stored document of one invented claim with a number; its claim's id */
async function store(server: TestServer, text: string, published = "2022-03-08"): Promise<number> {
  const r = await server.ledger.addDocument({ source: `inline-${text.length}-${Math.random()}`, text, title: null, published, record: {
    document: { path: "inline", title: null, published },
    claims: [{
      sentence: { start: 0, end: text.length }, text, mode: "indirect", content: null,
      speaker: { name: "Rosa Quispe", mention: "Rosa Quispe", kind: "person", role: null, resolved: true, start: 0, end: 5 },
      cue: null, quantity: { text: "12", value: Number(/killed (\d+)/.exec(text)![1]), upper: null, qualifier: "exact", unit: null, kind: "number", start: text.indexOf("killed") + 7, end: text.indexOf("killed") + 9 },
      counted: "people", predicate: "kill", period: null, places: ["Peru"], hedges: [], evidence: null,
    }],
  } } as never);
  const c = await server.ledger.db.selectFrom("claims").select("id").where("document_id", "=", r.documentId).executeTakeFirstOrThrow();
  return Number(c.id);
}

describe.each([["sqlite", undefined], ["postgres", schema()]] as const)("findings kept on %s", (_name, pgSchema) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(pgSchema ? { pgSchema } : {});
  }, 60_000);
  afterAll(async () => server?.close());

  const kept = async () => {
    const db = server.ledger.db;
    const counts = Object.fromEntries((await sql<{ kind: string; n: number }>`select kind, n from finding_counts where n <> 0`.execute(db)).rows.map((r) => [r.kind, Number(r.n)]));
    const actual = Object.fromEntries((await sql<{ kind: string; n: number }>`select kind, count(*) as n from findings group by kind`.execute(db)).rows.map((r) => [r.kind, Number(r.n)]));
    const named = (await sql<{ f: number; c: number }>`select finding_id as f, claim_id as c from finding_claims order by finding_id, claim_id`.execute(db)).rows.map((r) => `${r.f}:${r.c}`);
    const figures = (await sql<{ id: number; figures: string }>`select id, figures from findings order by id`.execute(db)).rows
      .flatMap((r) => (JSON.parse(r.figures) as { claim?: number }[]).flatMap((x) => (x.claim ? [`${r.id}:${x.claim}`] : []))).sort();
    return { counts, actual, named: named.sort(), figures };
  };

  it("keeps each finding's claims and the counts by kind as findings are made and made again", async () => {
    const a = await store(server, toll(12, WHO[0]));
    const b = await store(server, toll(40, WHO[1]));
    await new MetricsLedger(server.ledger).catchUp();
    let k = await kept();
    expect(k.actual.conflict).toBe(1);
    expect(k.counts).toEqual(k.actual);
    expect(k.named).toEqual(k.figures);
    const panel = (await server.app.inject({ url: `/api/claims/${b}/findings` })).json() as { items: { kind: string; figures: { claim: number }[] }[] };
    expect(panel.items.filter((f) => f.kind === "conflict").map((f) => f.figures.map((x) => x.claim).sort())).toEqual([[a, b].sort()]);
    // a correction to agree: the conflict goes, with its claims and its count
    const auth = { authorization: `Bearer ${server.token}` };
    const r = await server.app.inject({ method: "POST", url: `/api/claims/${b}/corrections`, headers: auth, payload: { field: "number", value: { value: 12, upper: null } } });
    expect(r.statusCode).toBe(201);
    k = await kept();
    expect(k.actual.conflict ?? 0).toBe(0);
    expect(k.counts).toEqual(k.actual);
    expect(k.named).toEqual(k.figures);
    const page = (await server.app.inject({ url: "/api/findings?kind=conflict" })).json() as { total: number; kinds: Record<string, number> };
    expect(page.total).toBe(0);
    expect(page.kinds.series).toBe(k.actual.series ?? 0);
  });

  it("answers at once from what the metrics have read while a backlog is read in the background", async () => {
    const db = server.ledger.db;
    const figures = async () => Number((await sql<{ n: number }>`select count(*) as n from metric_figures`.execute(db)).rows[0].n);
    const before = await figures();
    // a few unread documents: read by the request itself, as before
    await store(server, toll(13, WHO[2]));
    let r = await server.app.inject({ url: "/api/metrics" });
    expect(r.headers[BACKLOG_HEADER]).toBeUndefined();
    expect(await figures()).toBe(before + 1);
    // more than a request reads: answered at once, marked, and read meanwhile
    for (let n = 0; n <= REQUEST_CATCH_UP; n++) await store(server, toll(100 + n, WHO[n % WHO.length]), `2022-04-${String(1 + (n % 28)).padStart(2, "0")}`);
    r = await server.app.inject({ url: "/api/metrics" });
    expect(r.statusCode).toBe(200);
    expect(r.headers[BACKLOG_HEADER]).toBe("true");
    for (let i = 0; i < 100 && (await figures()) < before + 2 + REQUEST_CATCH_UP; i++) await new Promise((ok) => setTimeout(ok, 50));
    expect(await figures()).toBe(before + 2 + REQUEST_CATCH_UP);
    const k = await kept();
    expect(k.counts).toEqual(k.actual);
    expect(k.named).toEqual(k.figures);
  }, 30_000);
});
