// The API over a PostgreSQL ledger: the same answers as on SQLite for filters, reviews, sessions and export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVIEWER, startServer, type TestServer } from "./helpers/server.js";
import { claimReviewProblems } from "../src/server/claimreview.js";
import { createApiToken } from "../src/server/plugins/auth.js";
import { pgSchemas } from "./helpers/pg.js";

const schema = pgSchemas("api")();

let s: TestServer;
beforeAll(async () => {
  s = await startServer({ pgSchema: schema });
});
afterAll(async () => s?.close());

describe("the API on PostgreSQL", () => {
  it("filters claims, records a verdict through a session and exports it", async () => {
    const r = (await s.app.inject({ url: "/api/claims?speaker=rahimzoda&from=2016-01-01&to=2016-12-31&counted=people" })).json();
    expect(r.items.map((c: any) => c.quantity.text).sort()).toEqual(["40", "More than 400"]);
    expect(r.total).toBe(2);
    const id = r.items.find((c: any) => c.quantity.value === 400).id;

    const login = await s.app.inject({ method: "POST", url: "/api/session", headers: { "content-type": "application/json" }, payload: JSON.stringify(REVIEWER) });
    const cookie = String(login.headers["set-cookie"]).split(";")[0];
    const review = await s.app.inject({
      method: "POST", url: `/api/claims/${id}/reviews`, headers: { cookie, "x-csrf-token": login.json().csrf, "content-type": "application/json" },
      payload: JSON.stringify({ verdict: "unsupported", note: "no source given" }),
    });
    expect(review.statusCode).toBe(201);
    const cr = (await s.app.inject({ url: "/api/claimreview" })).json();
    expect(cr).toHaveLength(1);
    expect(claimReviewProblems(cr[0])).toEqual([]);

    const t = (await s.app.inject({ url: "/api/speakers/Ramazon%20Rahimzoda/claims" })).json();
    expect(t.groups.filter((g: any) => g.key?.startsWith("person|")).flatMap((g: any) => g.points).length).toBeGreaterThanOrEqual(4);
    expect((await s.app.inject({ url: "/api/claims/999999" })).statusCode).toBe(404);
  });

  it("expires and revokes tokens, and counts sign-in attempts in the ledger", async () => {
    const user = (await s.ledger.getUser(REVIEWER.name))!;
    const read = (token: string) => s.app.inject({ url: "/api/claims?limit=1", headers: { authorization: `Bearer ${token}` } });
    expect((await read(await createApiToken(s.ledger, user, "old", "2001-01-01T00:00:00.000Z"))).statusCode).toBe(401);
    const live = await createApiToken(s.ledger, user, "live");
    expect((await read(live)).statusCode).toBe(200);
    const listed = (await s.ledger.listApiTokens(user.id)).find((t) => t.label === "live")!;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(await s.ledger.revokeApiToken(listed.id)).toBe(true);
    expect((await read(live)).statusCode).toBe(401);

    const hits = [];
    for (let i = 0; i < 3; i++) hits.push((await s.ledger.hitRateLimit("pg-test", 60_000)).hits);
    expect(hits).toEqual([1, 2, 3]);
    await new Promise((r) => setTimeout(r, 5));
    expect((await s.ledger.hitRateLimit("pg-test", 1)).hits).toBe(1);
  });
});
