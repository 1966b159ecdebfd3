// The API behind the metric, findings and speaker pages over the seed article with the shared reference
// tables imported: metrics found by words, findings counted by kind, a claim's metric and findings, a
// speaker's figures grouped by metric with the speaker's record, and the queue's order (conflicts first,
// then no evidence given, as the findings say).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { root, startServer, type TestServer } from "./helpers/server.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { findingsWorthiness, ownWorthiness } from "../src/server/queue.js";
import { findingsOfClaims } from "../src/server/routes/findings.js";

const REFERENCE = path.resolve(root, "..", "shared", "reference");
const JOINED = "person|join|number|Tajikistan";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
  // as `claimledger reference import` does
  const m = new MetricsLedger(s.ledger);
  for (const f of readdirSync(REFERENCE).filter((f) => f.endsWith(".csv"))) await m.importReference(path.join(REFERENCE, f), readFileSync(path.join(REFERENCE, f), "utf8"));
});
afterAll(async () => s?.close());

const get = async (url: string) => {
  const r = await s.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  return r.json();
};
const joinedClaim = async () => (await get("/api/claims?search=joined")).items.find((c: any) => c.quantity?.value === 40);

describe("the metric and findings pages' API", () => {
  it("finds metrics by words of their label or key, in pages", async () => {
    const found = await get("/api/metrics?q=detained%20TAJIKISTAN");
    expect(found.items.map((m: any) => m.label)).toEqual(["people detained in Tajikistan"]);
    expect(found.total).toBe(1);
    expect((await get("/api/metrics?q=iraq+syria")).items[0]).toMatchObject({ label: "people from Tajikistan in Iraq and Syria", figures: 8 });
    expect(await get("/api/metrics?q=zzyzx")).toMatchObject({ items: [], total: 0 });
    // a wildcard typed is not a wildcard
    expect((await get("/api/metrics?q=%25")).total).toBe((await get("/api/metrics")).total);
  });

  it("gives a metric's figures a page at a time, earliest first, its findings with the first page", async () => {
    const url = `/api/metrics/${encodeURIComponent("person|in|number|Iraq+Syria")}`;
    const whole = await get(`${url}?limit=500`);
    expect(whole.claims).toHaveLength(8);
    expect(whole.next).toBeNull();
    const ids: (number | string)[] = [];
    let page = await get(`${url}?limit=3`);
    expect(page.findings.length).toBeGreaterThan(0);
    ids.push(...page.claims.map((c: any) => c.id));
    while (page.next) {
      page = await get(`${url}?limit=3&after=${encodeURIComponent(page.next)}`);
      expect(page.findings).toEqual([]);
      ids.push(...page.claims.map((c: any) => c.id));
    }
    expect(ids).toEqual(whole.claims.map((c: any) => c.id));
    expect((await s.app.inject({ url: `${url}?after=yesterday` })).statusCode).toBe(400);
    expect((await s.app.inject({ url: `${url}?limit=0` })).statusCode).toBe(400);
    // the OpenAPI document names both
    const params = (await get("/api/openapi.json")).paths["/api/metrics/{key}"].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(["key", "limit", "after"]));
  });

  it("counts findings of each kind beside a page of them", async () => {
    const all = await get("/api/findings?limit=1");
    // the minister "provided no details": his ten figures and the ministry's, and the one he declined to give
    expect(all.kinds).toMatchObject({ conflict: 1, "no-evidence": 11 });
    expect(Object.values(all.kinds).reduce((a: number, b: any) => a + b, 0)).toBe(all.total);
    const one = await get(`/api/findings?metric=${encodeURIComponent(JOINED)}`);
    expect(one.kinds).toEqual({ conflict: 1, series: 0, reference: 1, "no-evidence": 1 });
  });

  it("lists every kind in the order a reviewer works through them, conflicts first, in pages that cross kinds", async () => {
    const whole = await get("/api/findings?limit=100");
    const kinds: string[] = whole.items.map((f: any) => f.kind);
    const runs = kinds.filter((k, i) => k !== kinds[i - 1]);
    expect(runs).toEqual(["conflict", "series", "reference", "no-evidence"]);
    // pages of 3, one after another, are the whole list (a page's end falls inside a kind and between kinds)
    const paged: number[] = [];
    for (let offset = 0; offset < whole.total; offset += 3) paged.push(...(await get(`/api/findings?limit=3&offset=${offset}`)).items.map((f: any) => f.id));
    expect(paged).toEqual(whole.items.map((f: any) => f.id));
    expect((await get(`/api/findings?limit=3&offset=${whole.total}`)).items).toEqual([]);
    // of one metric, the same order
    expect((await get(`/api/findings?metric=${encodeURIComponent(JOINED)}`)).items.map((f: any) => f.kind)).toEqual(["conflict", "reference", "no-evidence"]);
  });

  it("gives a claim's metric and the findings it is in, with the figures they name", async () => {
    const c = await joinedClaim();
    const v = await get(`/api/claims/${c.id}/findings`);
    expect(v.metric).toEqual({ key: JOINED, label: "people joined in Tajikistan" });
    const conflict = v.items.find((f: any) => f.kind === "conflict");
    expect(conflict.reason).toMatch(/"40".*"41".*cannot both hold/);
    expect(conflict.figures).toEqual([{ claim: c.id }, { reference: expect.any(Number) }]);
    // the claim with no figure in a metric ("numerous") has its no-evidence finding all the same
    const vague = (await get("/api/claims?search=numerous")).items[0];
    const loose = await get(`/api/claims/${vague.id}/findings`);
    expect(loose.metric).toBeNull();
    expect(loose.items.map((f: any) => f.kind)).toEqual(["no-evidence"]);
    expect((await s.app.inject({ url: "/api/claims/99999/findings" })).statusCode).toBe(404);
  });

  it("groups a speaker's figures by metric and gives the speaker's record", async () => {
    const c = await joinedClaim();
    await s.ledger.addReview({ claimId: c.id, verdict: "misleading", note: "Other reports of the briefing say 41.", reviewer: "alice" });
    const t = await get("/api/speakers/Rahimzoda/claims");
    const joined = t.groups.find((g: any) => g.key === JOINED);
    expect(joined.points.map((p: any) => p.value)).toEqual([40]);
    // the figures in no metric come last, by their counted thing
    const keyed = t.groups.map((g: any) => g.key !== null);
    expect(keyed.indexOf(false)).toBe(keyed.lastIndexOf(true) + 1);
    expect(t.groups[t.groups.length - 1].label).toBe("tajik citizens");
    expect(t.record).toMatchObject({ claims: 9, noEvidence: 9, reviewed: 1, verdicts: { misleading: 1 } });
    expect(t.record.statements).toBeGreaterThan(t.record.claims);
    expect(t.record.hedged).toBeGreaterThan(0);
    expect(t.record.hedges.map((h: any) => h.word)).toContain("claimed");
  });

  it("puts the claims in conflicts first in the queue, then those given with no evidence", async () => {
    // a claim with a verdict leaves the queue: take it back for this test
    const c = await joinedClaim();
    const [review] = await s.ledger.reviews(c.id);
    if (review && !review.withdrawnAt) await s.ledger.withdrawReview(review.id, "alice");
    const q = await get("/api/queue?limit=500");
    expect(q.items[0].claim.id).toBe(c.id);
    expect(q.items[0].reasons[0]).toBe("in a conflict (people joined in Tajikistan)");
    const noEvidence = q.items.map((i: any) => i.reasons.includes("evidence declined") || i.reasons.includes("no evidence given"));
    // the conflict's claim was given with no details too; the rest of the minister's figures follow it
    expect(noEvidence.slice(0, 3)).toEqual([true, true, true]);
    expect(q.items[1].reasons.some((r: string) => r.startsWith("in a conflict"))).toBe(false);
  });

  it("scores a conflict above anything a claim says of itself", async () => {
    const claims = (await s.ledger.findClaims({ quantified: true, limit: 100 })).filter((c) => c.quantity);
    const c = claims.find((x) => x.quantity!.value === 40)!;
    const own = await ownWorthiness(claims);
    const withFindings = await findingsWorthiness(async () => new Map([[c.id, [{ id: 1, kind: "conflict", metric: { label: "m" } }]]]))(claims);
    const top = (w: Map<number, { score: number }>) => [...w.entries()].sort((a, b) => b[1].score - a[1].score)[0][0];
    expect(top(own)).not.toBe(c.id);
    expect(top(withFindings)).toBe(c.id);
  });

  it("looks up the findings of many claims in a metric with hundreds of thousands of findings", async () => {
    const m = new MetricsLedger(s.ledger);
    const c = await joinedClaim();
    const metric = (await m.metric(JOINED))!;
    const rows = Array.from({ length: 1000 }, (_, i) => ({ kind: "conflict", metric_id: metric.id, metric_key: JOINED, metric_label: metric.label, figures: JSON.stringify([{ claim: 900_000 + i }, { claim: 800_000 }]), reason: "invented", created_at: "2020-01-01T00:00:00Z" }));
    await m.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 200; i++) await trx.insertInto("findings").values(rows.map((r) => ({ ...r }))).execute();
    });
    try {
      // more than a few claims: their metrics' findings are read (200,000 rows here), not matched one by one
      const asked = [c.id, ...Array.from({ length: 60 }, (_, i) => 700_000 + i)];
      const found = await findingsOfClaims(m, asked, ["conflict", "no-evidence"]);
      expect([...found.keys()]).toEqual([c.id]);
      expect(found.get(c.id)!.map((f) => f.kind)).toEqual(["conflict", "no-evidence"]);
    } finally {
      await m.db.deleteFrom("findings").where("reason", "=", "invented").execute();
    }
  });
});
