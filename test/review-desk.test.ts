// The review desk's API: notes a negative verdict needs, editing and withdrawing verdicts with the history
// kept, reviewers' corrections (shown, filtered on, exported, kept through a re-ingest), the review queue,
// and speakers found by a part of their name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./helpers/server.js";
import { claimReviewProblems } from "../src/server/claimreview.js";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => s?.close());

const auth = () => ({ authorization: `Bearer ${s.token}`, "content-type": "application/json" });
const post = (url: string, body: unknown) => s.app.inject({ method: "POST", url, headers: auth(), payload: JSON.stringify(body) });
const get = async (url: string) => (await s.app.inject({ url })).json();

async function postArticle(body: Record<string, string>): Promise<number> {
  const r = await post("/api/documents", body);
  expect(r.statusCode).toBe(201);
  return r.json().documentId;
}

describe("verdicts", () => {
  it("rates unverifiable above false and says which verdicts need a note", async () => {
    const r = await get("/api/ratings");
    expect(r.scale.indexOf("unverifiable")).toBeLessThan(r.scale.indexOf("false"));
    expect(r.needsNote).toEqual(expect.arrayContaining(["false", "misleading", "unsupported"]));
    expect(r.needsNote).not.toContain("true");
  });

  it("refuses a negative verdict without a note, edits and withdraws with the history kept", async () => {
    const [claim] = (await get("/api/claims?search=detained&counted=people")).items;
    const bare = await post(`/api/claims/${claim.id}/reviews`, { verdict: "false" });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error).toBe('a "false" verdict needs a note saying why');

    const first = (await post(`/api/claims/${claim.id}/reviews`, { verdict: "false", note: "Court records list 40." })).json();
    const edit = await post(`/api/claims/${claim.id}/reviews`, { verdict: "mostly true", replaces: first.id });
    expect(edit.statusCode).toBe(201);
    let history = (await get(`/api/claims/${claim.id}/reviews`)).items;
    expect(history.map((r: any) => [r.verdict, !!r.withdrawnAt])).toEqual([["false", true], ["mostly true", false]]);
    expect(history[1].replaces).toBe(first.id);
    expect((await get(`/api/verdicts?claims=${claim.id}`)).verdicts).toEqual({ [claim.id]: "mostly true" });
    // the replaced verdict cannot be edited again
    expect((await post(`/api/claims/${claim.id}/reviews`, { verdict: "true", replaces: first.id })).statusCode).toBe(400);

    const withdrawn = await post(`/api/reviews/${edit.json().id}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ withdrawnBy: "alice" });
    history = (await get(`/api/claims/${claim.id}/reviews`)).items;
    expect(history).toHaveLength(2);
    expect(history.every((r: any) => r.withdrawnAt)).toBe(true);
    expect((await get(`/api/verdicts?claims=${claim.id}`)).verdicts).toEqual({});
    expect((await s.app.inject({ url: `/api/claims/${claim.id}/claimreview` })).statusCode).toBe(404);
    expect((await get("/api/claims?reviewed=true")).total).toBe(0);
    expect((await post(`/api/reviews/${edit.json().id}/withdraw`, {})).json().error).toMatch(/already withdrawn/);
  });
});

describe("corrections", () => {
  it("corrects a speaker and a number: shown on the claim, found by the filters, exported", async () => {
    const id = await postArticle({ text: "Water board\n\nThey said that 350 wells ran dry in 2021, a record.", title: "Wells", published: "2022-03-01", source: "https://news.example.org/wells" });
    const [claim] = (await get(`/api/claims?document=${id}`)).items;
    expect(claim.quantity.value).toBe(350);
    const fix = await post(`/api/claims/${claim.id}/corrections`, { field: "speaker", value: "Grete Holm" });
    expect(fix.statusCode).toBe(201);
    expect(fix.json().claim.speaker.name).toBe("Grete Holm");
    expect(fix.json().claim.corrected.speaker).toMatchObject({ by: "alice", was: claim.speaker?.name ?? null });
    await post(`/api/claims/${claim.id}/corrections`, { field: "number", value: { value: 305, upper: null } });
    const bad = await post(`/api/claims/${claim.id}/corrections`, { field: "period", value: { start: "2021-12-31", end: "2021-01-01" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/ends \(2021-01-01\) before it starts/);

    const found = await get("/api/claims?speaker=holm");
    expect(found.items.map((c: any) => c.id)).toEqual([claim.id]);
    expect(found.items[0].quantity.value).toBe(305);
    const list = (await get(`/api/claims/${claim.id}/corrections`)).items;
    expect(list.map((c: any) => c.field)).toEqual(["speaker", "number"]);
    expect(list[1]).toMatchObject({ previous: { value: 350, upper: null }, reviewer: "alice" });

    await post(`/api/claims/${claim.id}/reviews`, { verdict: "misleading", note: "The board counted 305." });
    const cr = await get(`/api/claims/${claim.id}/claimreview`);
    expect(claimReviewProblems(cr)).toEqual([]);
    expect(cr.itemReviewed.author.name).toBe("Grete Holm");
    expect(cr.itemReviewed.appearance.url).toBe("https://news.example.org/wells");
    expect(cr.reviewBody).toMatch(/^The board counted 305\.\n\nspeaker corrected \(was .*\); number corrected \(was 350\)\.$/);
  });

  it("keeps corrections through a new version of the document, and leaves out what is not a claim", async () => {
    const source = "https://news.example.org/bridges";
    const v1 = await postArticle({ text: "Bridges\n\nThe minister said 14 bridges collapsed in 2020.", source, published: "2021-01-05" });
    const [c1] = (await get(`/api/claims?document=${v1}`)).items;
    await post(`/api/claims/${c1.id}/corrections`, { field: "counted", value: "road bridges" });
    await post(`/api/claims/${c1.id}/corrections`, { field: "not-a-claim", value: true });
    const v2 = await postArticle({ text: "Bridges, updated\n\nThe minister said 14 bridges collapsed in 2020.\n\nRepairs began in May.", source, published: "2021-01-05" });
    expect(v2).not.toBe(v1);
    const [c2] = (await get(`/api/claims?document=${v2}`)).items;
    expect(c2.id).not.toBe(c1.id);
    expect(c2).toMatchObject({ counted: "road bridges", notAClaim: true, corrected: { counted: { by: "alice", was: c1.counted } } });
    expect((await get(`/api/claims/${c2.id}/corrections`)).items.map((c: any) => c.field)).toEqual(["counted", "not-a-claim"]);
    // out of the queue
    expect((await get("/api/queue?limit=500")).items.map((i: any) => i.claim.id)).not.toContain(c2.id);
  });
});

describe("the review queue and speakers", () => {
  it("lists unreviewed claims, the most worth checking first, with reasons", async () => {
    const q = await get("/api/queue?limit=500");
    expect(q.total).toBe(q.items.length);
    expect(q.items.length).toBeGreaterThan(3);
    const reviewed = new Set(Object.keys((await get(`/api/verdicts?claims=${q.items.map((i: any) => i.claim.id).join(",")}`)).verdicts));
    expect(reviewed.size).toBe(0);
    const scores = q.items.map((i: any) => i.reasons.length);
    expect(scores[0]).toBeGreaterThan(0);
    expect(q.items.some((i: any) => i.reasons.includes("no evidence given") || i.reasons.some((r: string) => r.startsWith("hedged")))).toBe(true);
  });

  it("finds a speaker by a part of the name, and suggests names", async () => {
    const t = await get("/api/speakers/Rahimzoda/claims");
    expect(t.speaker.name).toBe("Ramazon Rahimzoda");
    expect(t.groups.length).toBeGreaterThan(0);
    const sug = await get("/api/speakers?q=rahim&limit=5");
    expect(sug.items[0].name).toBe("Ramazon Rahimzoda");
    expect(sug.total).toBeGreaterThanOrEqual(1);
    const page = await get("/api/speakers?limit=1&offset=1");
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });
});

describe("the review desk on PostgreSQL", () => {
  let pg: TestServer;
  beforeAll(async () => {
    pg = await startServer({ pgSchema: `cl_desk_${process.pid}_${Date.now()}` });
  });
  afterAll(async () => pg?.close());

  it("corrects, edits and withdraws, and carries corrections to a new version", async () => {
    const h = { authorization: `Bearer ${pg.token}`, "content-type": "application/json" };
    const send = (url: string, body: unknown) => pg.app.inject({ method: "POST", url, headers: h, payload: JSON.stringify(body) });
    const source = "https://news.example.org/dams";
    const v1 = (await send("/api/documents", { text: "Dams\n\nThe engineer said 9 dams failed in 2020.", source })).json().documentId;
    const [c1] = (await pg.app.inject({ url: `/api/claims?document=${v1}` })).json().items;
    expect((await send(`/api/claims/${c1.id}/corrections`, { field: "speaker", value: "Ana Lenz" })).statusCode).toBe(201);
    expect((await pg.app.inject({ url: "/api/claims?speaker=lenz" })).json().total).toBe(1);
    const first = (await send(`/api/claims/${c1.id}/reviews`, { verdict: "false", note: "Seven failed." })).json();
    const edit = (await send(`/api/claims/${c1.id}/reviews`, { verdict: "misleading", note: "Seven failed, two leaked.", replaces: first.id })).json();
    expect((await send(`/api/reviews/${edit.id}/withdraw`, {})).statusCode).toBe(200);
    expect((await pg.app.inject({ url: `/api/verdicts?claims=${c1.id}` })).json().verdicts).toEqual({});
    const v2 = (await send("/api/documents", { text: "Dams (updated)\n\nThe engineer said 9 dams failed in 2020.", source })).json().documentId;
    const [c2] = (await pg.app.inject({ url: `/api/claims?document=${v2}` })).json().items;
    expect(c2.speaker.name).toBe("Ana Lenz");
  });
});
