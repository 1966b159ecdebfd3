// A speaker's page on PostgreSQL is read once per change of the ledger, not once per visit, and is read again
// after a review (another process's or this one's) or a new document.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pgSchemas } from "./helpers/pg.js";
import { startServer, type TestServer } from "./helpers/server.js";

const schema = pgSchemas("speakerkept");

describe("a speaker's page kept on postgres", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ pgSchema: schema() });
  }, 60_000);
  afterAll(async () => server?.close());

  it("answers again from what it read until a review moves the ledger's mark", async () => {
    const top = ((await server.app.inject({ url: "/api/speakers?limit=1" })).json() as { items: { name: string }[] }).items[0].name;
    const url = `/api/speakers/${encodeURIComponent(top)}/claims`;
    const reads = vi.spyOn(server.ledger, "findClaims");
    const first = await server.app.inject({ url });
    expect(first.statusCode).toBe(200);
    const read = reads.mock.calls.length;
    expect(read).toBeGreaterThan(0);
    const again = await server.app.inject({ url });
    expect(again.body).toBe(first.body);
    expect(reads.mock.calls.length).toBe(read);
    const page = first.json() as { record: { reviewed: number }; groups: { points: { claimId: number }[] }[] };
    const claim = page.groups[0].points[0].claimId;
    const r = await server.app.inject({ method: "POST", url: `/api/claims/${claim}/reviews`, headers: { authorization: `Bearer ${server.token}` }, payload: { verdict: "false", note: "invented" } });
    expect(r.statusCode).toBe(201);
    const after = (await server.app.inject({ url })).json() as { record: { reviewed: number } };
    expect(reads.mock.calls.length).toBeGreaterThan(read);
    expect(after.record.reviewed).toBe(page.record.reviewed + 1);
  });
});
