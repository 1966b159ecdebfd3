// A reviewer's correction is used by the checks: a corrected number, period or counted thing makes its
// figure and findings again, and an item marked "not a claim" leaves its metric; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgSchemas } from "./helpers/pg.js";
import { startServer, type TestServer } from "./helpers/server.js";

const schema = pgSchemas("corrections");
// invented: two figures for one metric, place and day that cannot both hold
const first = "Quake in Chile\n\nThe earthquake in Chile killed 14 people, Interior Minister Ana Soto said on Monday.";
const second = "Quake toll disputed\n\nThe earthquake in Chile killed 30 people, the opposition leader Luis Vera said.";

describe.each([["sqlite", undefined], ["postgres", schema()]] as const)("corrections and the checks on %s", (_name, pgSchema) => {
  let server: TestServer;
  let soto: number;
  let vera: number;
  const auth = () => ({ authorization: `Bearer ${server.token}` });
  const post = (url: string, payload: unknown) => server.app.inject({ method: "POST", url, headers: auth(), payload: payload as object });
  const conflicts = async () => {
    const r = (await server.app.inject({ url: "/api/findings?kind=conflict&limit=50" })).json() as { items: { metric: { key: string }; claims: { id: number }[] }[] };
    return r.items.filter((f) => f.claims.some((c) => c.id === vera || c.id === soto));
  };
  const figuresOf = async (claimId: number) => {
    const found = await conflicts();
    const key = found[0]?.metric.key ?? "person|die|number|Chile";
    const m = (await server.app.inject({ url: `/api/metrics/${encodeURIComponent(key)}` })).json() as { claims?: { id: number | string }[] };
    return (m.claims ?? []).filter((c) => c.id === claimId).length;
  };

  beforeAll(async () => {
    server = await startServer(pgSchema ? { pgSchema } : {});
    const ids: number[] = [];
    for (const text of [first, second]) {
      const r = await post("/api/documents", { text, published: "2021-06-07" });
      expect(r.statusCode).toBe(201);
      const { documentId } = r.json() as { documentId: number };
      const doc = (await server.app.inject({ url: `/api/documents/${documentId}` })).json() as { claims: { id: number; quantity: unknown }[] };
      ids.push(doc.claims.find((c) => c.quantity)!.id);
    }
    [soto, vera] = ids;
  }, 60_000);
  afterAll(async () => server?.close());

  it("finds the conflict as extracted", async () => {
    expect(await conflicts()).toHaveLength(1);
    expect(await figuresOf(vera)).toBe(1);
  });

  it("drops the conflict once the number is corrected to agree, and finds it again when corrected back", async () => {
    expect((await post(`/api/claims/${vera}/corrections`, { field: "number", value: { value: 14, upper: null } })).statusCode).toBe(201);
    expect(await conflicts()).toHaveLength(0);
    expect((await post(`/api/claims/${vera}/corrections`, { field: "number", value: { value: 30, upper: null } })).statusCode).toBe(201);
    expect(await conflicts()).toHaveLength(1);
  });

  it("drops the conflict when the period is corrected to another year", async () => {
    expect((await post(`/api/claims/${vera}/corrections`, { field: "period", value: { start: "2019-01-01", end: "2019-12-31" } })).statusCode).toBe(201);
    expect(await conflicts()).toHaveLength(0);
    expect((await post(`/api/claims/${vera}/corrections`, { field: "period", value: { start: "2021-06-07", end: "2021-06-07" } })).statusCode).toBe(201);
    expect(await conflicts()).toHaveLength(1);
  });

  it("takes an item marked not a claim out of its metric and its findings", async () => {
    expect((await post(`/api/claims/${vera}/corrections`, { field: "not-a-claim", value: true })).statusCode).toBe(201);
    expect(await conflicts()).toHaveLength(0);
    expect(await figuresOf(vera)).toBe(0);
    expect(await figuresOf(soto)).toBe(1);
  });
});
