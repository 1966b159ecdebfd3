// The findings and metric pages on PostgreSQL are made once per change of the ledger, sent again as kept (with an
// ETag, a 304 to a client that has them), and made again after a new document, a review, a correction (this
// process's) or another connection's change. Invented documents.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pgQuery, pgSchemas } from "./helpers/pg.js";
import { startServer, type TestServer } from "./helpers/server.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";

const schema = pgSchemas("answerskept");
// invented: the same toll, place and day given as different figures
const toll = (n: number, who: string) => `Landslide in Bolivia\n\nThe landslide in Bolivia killed ${n} people, ${who} said on Monday.`;

/** a stored document of one invented claim with a number; its claim's id */
async function store(server: TestServer, n: number, who: string): Promise<number> {
  const text = toll(n, who), published = "2021-11-15", at = text.indexOf("killed") + 7;
  const r = await server.ledger.addDocument({ source: `inline-${n}-${who}`, text, title: null, published, record: {
    document: { path: "inline", title: null, published },
    claims: [{
      sentence: { start: 0, end: text.length }, text, mode: "indirect", content: null,
      speaker: { name: who, mention: who, kind: "person", role: null, resolved: true, start: 0, end: who.length },
      cue: null, quantity: { text: String(n), value: n, upper: null, qualifier: "exact", unit: null, kind: "number", start: at, end: at + String(n).length },
      counted: "people", predicate: "kill", period: null, places: ["Bolivia"], hedges: [], evidence: null,
    }],
  } } as never);
  const c = await server.ledger.db.selectFrom("claims").select("id").where("document_id", "=", r.documentId).executeTakeFirstOrThrow();
  return Number(c.id);
}

type Page = { total: number; items: { claims: { id: number; speaker: { name: string } | null }[] }[] };

describe("findings and metric pages kept on postgres", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ pgSchema: schema() });
  }, 60_000);
  afterAll(async () => server?.close());

  it("sends a kept page until a new document, a review, a correction or another connection's change", async () => {
    const first = await store(server, 17, "Ana Mamani");
    await store(server, 71, "Luis Quispe");
    await new MetricsLedger(server.ledger).catchUp();
    const made = vi.spyOn(MetricsLedger.prototype, "findings");
    const url = "/api/findings?kind=conflict";
    const get = () => server.app.inject({ url });
    const a = await get();
    expect(a.statusCode).toBe(200);
    expect((a.json() as Page).total).toBe(1);
    const calls = made.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    // kept: the same bytes, not made again; a client that has them is told so
    const b = await get();
    expect(b.body).toBe(a.body);
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(made.mock.calls.length).toBe(calls);
    const notModified = await server.app.inject({ url, headers: { "if-none-match": String(a.headers.etag) } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe("");

    // a new document: a second conflict
    await store(server, 170, "Rosa Condori");
    const c = await get();
    expect((c.json() as Page).total).toBe(3);
    expect(c.headers.etag).not.toBe(a.headers.etag);
    let n = made.mock.calls.length;
    expect(n).toBeGreaterThan(calls);

    // a review (it shows on no findings page, but the page is made again under the ledger's new mark)
    const auth = { authorization: `Bearer ${server.token}` };
    expect((await server.app.inject({ method: "POST", url: `/api/claims/${first}/reviews`, headers: auth, payload: { verdict: "false", note: "invented" } })).statusCode).toBe(201);
    expect((await get()).body).toBe(c.body);
    expect(made.mock.calls.length).toBeGreaterThan(n);
    n = made.mock.calls.length;

    // a correction of a claim's speaker: the page shows the corrected name
    expect((await server.app.inject({ method: "POST", url: `/api/claims/${first}/corrections`, headers: auth, payload: { field: "speaker", value: "Eva Choque" } })).statusCode).toBe(201);
    const names = ((await get()).json() as Page).items.flatMap((f) => f.claims.filter((x) => x.id === first).map((x) => x.speaker?.name));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(["Eva Choque"]));
    n = made.mock.calls.length;

    // another connection's change (as another process's review would move it)
    expect((await get()).body).not.toBe(c.body);
    expect(made.mock.calls.length).toBe(n);
    await pgQuery(`UPDATE ${schema()}.ledger_changes SET reviews = reviews + 1`);
    await get();
    expect(made.mock.calls.length).toBeGreaterThan(n);
    made.mockRestore();
  }, 30_000);

  it("makes a metric's page again when a document adds to it", async () => {
    const key = ((await server.app.inject({ url: "/api/metrics?q=bolivia" })).json() as { items: { key: string }[] }).items[0].key;
    const url = `/api/metrics/${encodeURIComponent(key)}`;
    const before = (await server.app.inject({ url })).json() as { figures: number; claims: unknown[] };
    expect((await server.app.inject({ url })).json()).toEqual(before);
    await store(server, 7, "Juan Flores");
    const after = (await server.app.inject({ url })).json() as { figures: number; claims: unknown[] };
    expect(after.figures).toBe(before.figures + 1);
    expect(after.claims.length).toBe(before.claims.length + 1);
  });
});
