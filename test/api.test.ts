// The HTTP API, endpoint by endpoint, with the bad input a public server gets: malformed JSON, wrong types,
// huge bodies, unknown ids, writes without a reviewer. Every error is JSON with a status and a message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVIEWER, startServer, type TestServer } from "./helpers/server.js";
import { buildApp } from "../src/server/app.js";
import { claimReviewProblems } from "../src/server/claimreview.js";

let s: TestServer;
let detained: number; // the id of "More than 400 people were detained …"

beforeAll(async () => {
  s = await startServer();
  const r = await s.app.inject({ url: "/api/claims?search=detained&counted=people" });
  detained = r.json().items[0].id;
});
afterAll(async () => s?.close());

const bearer = () => ({ authorization: `Bearer ${s.token}` });
const json = (body: unknown) => ({ headers: { "content-type": "application/json" }, payload: JSON.stringify(body) });

function expectError(res: { statusCode: number; json(): any; headers: Record<string, unknown> }, status: number, message: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers["content-type"])).toMatch(/application\/json/);
  expect(res.json()).toMatchObject({ statusCode: status });
  expect(res.json().error).toMatch(message);
}

describe("reading", () => {
  it("serves its OpenAPI document with every endpoint", async () => {
    const doc = (await s.app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ["/api/claims", "/api/claims/{id}", "/api/claims/{id}/reviews", "/api/claims/{id}/claimreview", "/api/documents", "/api/documents/{id}", "/api/speakers", "/api/speakers/{name}/claims", "/api/session", "/api/claimreview", "/api/ratings"])
      expect(Object.keys(doc.paths)).toContain(p);
    expect(doc.paths["/api/claims"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["speaker", "from", "to", "counted", "qualifier", "sort"]));
  });

  it("filters, sorts and pages claims like `claimledger claims`", async () => {
    const all = (await s.app.inject({ url: "/api/claims?speaker=rahimzoda&limit=100" })).json();
    expect(all.total).toBeGreaterThanOrEqual(8);
    expect(new Set(all.items.map((c: any) => c.speaker.name))).toEqual(new Set(["Ramazon Rahimzoda"]));

    const in2016 = (await s.app.inject({ url: "/api/claims?speaker=rahimzoda&from=2016-01-01&to=2016-12-31&counted=people" })).json();
    expect(in2016.items.map((c: any) => c.quantity.text).sort()).toEqual(["40", "More than 400"]);

    const byValue = (await s.app.inject({ url: "/api/claims?sort=value&order=desc&limit=3" })).json();
    const values = byValue.items.map((c: any) => c.quantity.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));

    const page2 = (await s.app.inject({ url: "/api/claims?limit=2&offset=2" })).json();
    const first4 = (await s.app.inject({ url: "/api/claims?limit=4" })).json();
    expect(page2.items.map((c: any) => c.id)).toEqual(first4.items.slice(2).map((c: any) => c.id));
    expect(page2).toMatchObject({ limit: 2, offset: 2, total: first4.total });
    // the same page by the last claim of the one before (keyset paging), and backwards
    const after = (await s.app.inject({ url: `/api/claims?limit=2&after=${first4.items[1].id}` })).json();
    expect(after.items.map((c: any) => c.id)).toEqual(page2.items.map((c: any) => c.id));
    expect(after.total).toBe(first4.total);
    const before = (await s.app.inject({ url: `/api/claims?order=desc&limit=2&after=${first4.items[2].id}` })).json();
    expect(before.items.map((c: any) => c.id)).toEqual(first4.items.slice(0, 2).map((c: any) => c.id).reverse());
    // in any sort: each answer names the next page's cursor (its last claim), null once a page comes short
    const byValue4 = (await s.app.inject({ url: "/api/claims?sort=value&order=desc&limit=4" })).json();
    expect(byValue4.next).toBe(byValue4.items[3].id);
    const valuePage2 = (await s.app.inject({ url: `/api/claims?sort=value&order=desc&limit=2&after=${byValue4.items[1].id}` })).json();
    expect(valuePage2.items.map((c: any) => c.id)).toEqual(byValue4.items.slice(2).map((c: any) => c.id));
    expect(valuePage2.next).toBe(byValue4.items[3].id);
    const last = (await s.app.inject({ url: `/api/claims?limit=500&after=${first4.items[0].id}` })).json();
    expect(last.next).toBeNull();

    const more = (await s.app.inject({ url: "/api/claims?qualifier=more-than" })).json();
    expect(more.items.every((c: any) => c.quantity.qualifier === "more-than")).toBe(true);
  });

  it("rejects bad filters with a message naming the parameter", async () => {
    expectError(await s.app.inject({ url: "/api/claims?limit=abc" }), 400, /limit/);
    expectError(await s.app.inject({ url: "/api/claims?sort=value&after=999999" }), 400, /after: there is no claim 999999/);
    expectError(await s.app.inject({ url: "/api/claims?after=0" }), 400, /after/);
    expectError(await s.app.inject({ url: "/api/claims?limit=100000" }), 400, /limit/);
    expectError(await s.app.inject({ url: "/api/claims?qualifier=roughly" }), 400, /qualifier/);
    expectError(await s.app.inject({ url: "/api/claims?from=2016-13" }), 400, /from/);
    expectError(await s.app.inject({ url: "/api/claims?sort=colour" }), 400, /sort/);
  });

  it("gives one claim with its reviews, and 404 or 400 for ids that are not", async () => {
    const r = (await s.app.inject({ url: `/api/claims/${detained}` })).json();
    expect(r.claim.text).toMatch(/^More than 400 people were detained/);
    expect(r.reviews).toEqual([]);
    expectError(await s.app.inject({ url: "/api/claims/999999" }), 404, /no claim 999999/);
    expectError(await s.app.inject({ url: "/api/claims/abc" }), 400, /id/);
    expectError(await s.app.inject({ url: "/api/claims/999999/reviews" }), 404, /no claim/);
  });

  it("lists documents and gives one with its text, claims and verdicts", async () => {
    const list = (await s.app.inject({ url: "/api/documents" })).json();
    expect(list.items).toHaveLength(1);
    // the total, so that a pager can say "1–50 of 295" and stop at the last page
    expect(list).toMatchObject({ total: 1, offset: 0 });
    expect((await s.app.inject({ url: "/api/documents?offset=1" })).json()).toMatchObject({ items: [], total: 1, offset: 1 });
    const doc = (await s.app.inject({ url: `/api/documents/${list.items[0].id}` })).json();
    expect(doc.document.text).toContain("Rahimzoda");
    expect(doc.claims.length).toBe(list.items[0].claimCount);
    for (const c of doc.claims) expect(doc.document.text.slice(c.quantity?.start ?? 0, c.quantity?.end ?? 0)).toBe(c.quantity?.text ?? "");
    expectError(await s.app.inject({ url: "/api/documents/4242" }), 404, /no document 4242/);
  });

  it("lists speakers and gives a speaker's numbers grouped by metric", async () => {
    const sp = (await s.app.inject({ url: "/api/speakers" })).json();
    expect(sp.items[0]).toMatchObject({ name: "Ramazon Rahimzoda", kind: "person", roles: ["Interior Minister"] });
    const t = (await s.app.inject({ url: `/api/speakers/${encodeURIComponent("Ramazon Rahimzoda")}/claims` })).json();
    const detained = t.groups.find((g: any) => g.key === "person|detain|number|Tajikistan");
    expect(detained.label).toBe("people detained in Tajikistan");
    expect(detained.points.map((p: any) => p.start)).toEqual([...detained.points.map((p: any) => p.start)].sort());
    expect(detained.points.find((p: any) => p.value === 400)).toMatchObject({ qualifier: "more-than", start: "2016-01-01", end: "2016-12-31" });
    // "people" detained, returned and joined are different metrics, never one group
    expect(t.groups.filter((g: any) => g.label.startsWith("people ")).length).toBeGreaterThanOrEqual(3);
    expectError(await s.app.inject({ url: "/api/speakers/Nobody%20At%20All/claims" }), 404, /Nobody At All/);
  });

  it("answers unknown endpoints with JSON and other paths with the page", async () => {
    expectError(await s.app.inject({ url: "/api/nothing-here" }), 404, /no such endpoint: GET \/api\/nothing-here/);
    const page = await s.app.inject({ url: "/speakers/Anyone" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.headers["content-security-policy"]).toMatch(/script-src 'self'/);
  });
});

describe("writing", () => {
  it("refuses writes without a reviewer or with a bad token", async () => {
    expectError(await s.app.inject({ method: "POST", url: `/api/claims/${detained}/reviews`, ...json({ verdict: "false" }) }), 401, /sign in/);
    expectError(await s.app.inject({ method: "POST", url: "/api/documents", ...json({ text: "Some text here." }) }), 401, /sign in/);
    expectError(await s.app.inject({ url: "/api/claims", headers: { authorization: "Bearer nope" } }), 401, /token/);
  });

  it("ingests a posted article once, and says so the second time", async () => {
    const body = { text: "Harbour report\n\nPort Minister Ivo Rand said that 1,200 containers were seized in 2019.", title: "Harbour", published: "2020-02-01" };
    const first = await s.app.inject({ method: "POST", url: "/api/documents", headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify(body) });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: "new", claims: 1 });
    const again = await s.app.inject({ method: "POST", url: "/api/documents", headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify(body) });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: "unchanged", documentId: first.json().documentId });
    const claim = (await s.app.inject({ url: "/api/claims?speaker=rand" })).json().items[0];
    expect(claim).toMatchObject({ counted: "containers", published: "2020-02-01", quantity: { value: 1200 } });

    const html = await s.app.inject({
      method: "POST", url: "/api/documents", headers: { ...bearer(), "content-type": "application/json" },
      payload: JSON.stringify({ html: "<html><head><title>Storm</title></head><body><nav>Home News</nav><article><p>Officials said that 35 homes were destroyed by the storm on Monday, in the worst weather for a decade.</p></article></body></html>", source: "https://news.example.org/storm" }),
    });
    expect(html.statusCode).toBe(201);
  });

  it("rejects malformed, mistyped, ambiguous, oversized and non-JSON bodies", async () => {
    const post = (payload: string, type = "application/json") => s.app.inject({ method: "POST", url: "/api/documents", headers: { ...bearer(), "content-type": type }, payload });
    expectError(await post("{ not json"), 400, /JSON/i);
    expectError(await post(JSON.stringify({ text: 5 })), 400, /text/);
    expectError(await post(JSON.stringify({ text: "a", html: "<p>a</p>" })), 400, /either text or html/);
    expectError(await post(JSON.stringify({})), 400, /either text or html/);
    expectError(await post(JSON.stringify({ html: "<p>tiny</p>" })), 400, /no article text/);
    expectError(await post(JSON.stringify({ text: "x".repeat(6 * 1024 * 1024) })), 413, /too large/);
    expectError(await post("text=hello", "text/plain"), 415, /content-type/i);
    const review = (payload: unknown) => s.app.inject({ method: "POST", url: `/api/claims/${detained}/reviews`, headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify(payload) });
    expectError(await review({ verdict: "pants on fire" }), 400, /verdict must be one of: true, mostly true/);
    expectError(await review({ verdict: "false", links: ["javascript:alert(1)"] }), 400, /links/);
    expectError(await review({ verdict: 3 }), 400, /verdict/);
    expectError(await s.app.inject({ method: "POST", url: "/api/claims/999999/reviews", headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify({ verdict: "false" }) }), 404, /no claim/);
  });

  it("signs in with a session cookie, demands the CSRF token on writes, and signs out", async () => {
    expectError(await s.app.inject({ method: "POST", url: "/api/session", ...json({ name: REVIEWER.name, password: "wrong password!" }) }), 401, /wrong name or password/);
    expectError(await s.app.inject({ method: "POST", url: "/api/session", ...json({ name: "mallory", password: "whatever12345" }) }), 401, /wrong name or password/);
    const login = await s.app.inject({ method: "POST", url: "/api/session", ...json(REVIEWER) });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0];
    const { csrf } = login.json();

    const me = (await s.app.inject({ url: "/api/session", headers: { cookie } })).json();
    expect(me).toMatchObject({ user: { name: REVIEWER.name }, csrf });

    const write = (headers: Record<string, string>) =>
      s.app.inject({ method: "POST", url: `/api/claims/${detained}/reviews`, headers: { cookie, "content-type": "application/json", ...headers }, payload: JSON.stringify({ verdict: "Unsupported", note: "no details given" }) });
    expectError(await write({}), 403, /CSRF/);
    expectError(await write({ "x-csrf-token": "forged" }), 403, /CSRF/);
    const ok = await write({ "x-csrf-token": csrf });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ verdict: "unsupported", reviewer: REVIEWER.name, note: "no details given" });

    expect((await s.app.inject({ method: "DELETE", url: "/api/session", headers: { cookie, "x-csrf-token": csrf } })).statusCode).toBe(204);
    expect((await s.app.inject({ url: "/api/session", headers: { cookie } })).json().user).toBeNull();
  });

  it("keeps the review history and exports the latest verdict as ClaimReview", async () => {
    const add = await s.app.inject({ method: "POST", url: `/api/claims/${detained}/reviews`, headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify({ verdict: "misleading", note: "The court records name 212 people.", links: ["https://example.org/court-records"] }) });
    expect(add.statusCode).toBe(201);
    const history = (await s.app.inject({ url: `/api/claims/${detained}/reviews` })).json().items;
    expect(history.map((r: any) => r.verdict)).toEqual(["unsupported", "misleading"]);

    const one = await s.app.inject({ url: `/api/claims/${detained}/claimreview` });
    expect(one.headers["content-type"]).toMatch(/application\/ld\+json/);
    const cr = one.json();
    expect(claimReviewProblems(cr)).toEqual([]);
    expect(cr).toMatchObject({
      "@type": "ClaimReview",
      url: `https://factcheck.example.org/claims/${detained}#review-${add.json().id}`,
      author: { name: "Example Fact Check" },
      reviewRating: { ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: "misleading" },
      reviewBody: "The court records name 212 people.",
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Ramazon Rahimzoda", jobTitle: "Interior Minister" }, datePublished: "2017-01-20" },
    });
    expect(cr.citation).toEqual([{ "@type": "CreativeWork", url: "https://example.org/court-records" }]);
    const all = (await s.app.inject({ url: "/api/claimreview" })).json();
    expect(all).toHaveLength(1);
    expectError(await s.app.inject({ url: `/api/claims/${detained + 1}/claimreview` }), 404, /has no review/);
  });
});

describe("a closed ledger", () => {
  it("lets only reviewers and token holders read, but anyone sign in", async () => {
    const closed = await buildApp({ ledger: s.ledger, openRead: false });
    try {
      expectError(await closed.inject({ url: "/api/claims" }), 401, /closed/);
      expectError(await closed.inject({ url: "/api/documents/1" }), 401, /closed/);
      expect((await closed.inject({ url: "/api/session" })).json()).toMatchObject({ user: null, openRead: false });
      expect((await closed.inject({ url: "/api/claims", headers: bearer() })).statusCode).toBe(200);
      const login = await closed.inject({ method: "POST", url: "/api/session", ...json(REVIEWER) });
      const cookie = String(login.headers["set-cookie"]).split(";")[0];
      expect((await closed.inject({ url: "/api/claims", headers: { cookie } })).statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe("a server given no public address", () => {
  it("makes ClaimReview URLs from its own address, not the client's Host header", async () => {
    const app = await buildApp({ ledger: s.ledger });
    try {
      const [cr] = (await app.inject({ url: "/api/claimreview", headers: { host: "review.example:8080" } })).json();
      // not listening (inject): no address of its own yet, and still never the Host header's
      expect(cr.url).toMatch(/^http:\/\/localhost\/claims\/\d+#review-\d+$/);
      expect(claimReviewProblems(cr)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("bounded answers", () => {
  it("gives a document's claims a page at a time, with a pager, and refuses pages past the maximum", async () => {
    // 11 sentences of 50 numbers: 550 claims, more than one page
    const text = Array.from({ length: 11 }, (_, k) => `Inspectors counted ${Array.from({ length: 50 }, (_, i) => String(i * 13 + k + 21)).join(", ")} crates.`).join(" ");
    const posted = await s.app.inject({ method: "POST", url: "/api/documents", headers: { ...bearer(), "content-type": "application/json" }, payload: JSON.stringify({ text, title: "Crates" }) });
    expect(posted.json()).toMatchObject({ status: "new", claims: 550 });
    const id = posted.json().documentId;

    const first = (await s.app.inject({ url: `/api/documents/${id}` })).json();
    expect(first.claims).toHaveLength(500);
    expect(first.claimsPage).toEqual({ total: 550, limit: 500, offset: 0 });
    expect(first.document.text).toBe(text);
    const rest = (await s.app.inject({ url: `/api/documents/${id}?offset=500&text=false` })).json();
    expect(rest.claims).toHaveLength(50);
    expect(rest.document).not.toHaveProperty("text");
    expect(new Set([...first.claims, ...rest.claims].map((c: any) => c.id)).size).toBe(550);
    for (const c of rest.claims) expect(c.text).toBe(text.slice(c.sentence.start, c.sentence.end));

    expectError(await s.app.inject({ url: `/api/documents/${id}?limit=501` }), 400, /limit/);
    expectError(await s.app.inject({ url: `/api/documents/${id}?offset=1e20` }), 400, /offset/);
    expectError(await s.app.inject({ url: "/api/documents?offset=1e20" }), 400, /offset/);
    expectError(await s.app.inject({ url: `/api/claims/${detained}/reviews?limit=501` }), 400, /limit/);
  });
});
