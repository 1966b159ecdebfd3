// The web layer under attack and load (issue 17): a closed ledger refuses every encoding of a data route,
// JSON-LD can be embedded in a page, tokens expire and are revoked, a busy database is a 503, sign-in
// attempts are counted across processes, and every bad input gets a readable JSON error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { REVIEWER, startServer, type TestServer } from "./helpers/server.js";
import { buildApp } from "../src/server/app.js";
import { createApiToken } from "../src/server/plugins/auth.js";
import { openLedger } from "../src/ledger/open.js";
import { jsonLd } from "../src/server/claimreview.js";
import type { FastifyInstance } from "fastify";

let s: TestServer;
let claimId: number;
beforeAll(async () => {
  s = await startServer();
  claimId = (await s.app.inject({ url: "/api/claims?limit=1" })).json().items[0].id;
});
afterAll(async () => s?.close());

const bearer = (token = s.token) => ({ authorization: `Bearer ${token}` });
const jsonHeaders = { "content-type": "application/json" };

/** a request sent byte for byte as written: no client normalises the path */
function raw(base: string, method: string, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: rawPath, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function expectJsonError(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, message: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers["content-type"])).toMatch(/application\/json/);
  expect(res.json()).toMatchObject({ statusCode: status });
  expect(res.json().error).toMatch(message);
}

describe("a closed ledger decides on the route that matched", () => {
  let closed: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    closed = await buildApp({ ledger: s.ledger, openRead: false });
    base = await closed.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => closed?.close());

  it("refuses encoded, doubled and dotted paths and HEAD without a reader", async () => {
    for (const [method, p] of [
      ["GET", "/%61pi/documents/1"], ["HEAD", "/%61pi/documents/1"], ["HEAD", "/api/documents/1"], ["GET", "/api/documents/%31"],
      ["GET", "/%2561pi/documents/1"], ["GET", "/%61%70%69/claims"], ["GET", "//api/documents/1"], ["GET", "/api/../api/documents/1"],
      ["GET", "/api/./documents/1"], ["GET", "/%61pi/claimreview"], ["GET", `/%61pi/claims/${claimId}/claimreview`], ["GET", "/%61pi/speakers"],
      ["GET", "/API/documents/1"], ["OPTIONS", "/%61pi/documents/1"],
    ]) {
      const r = await raw(base, method, p);
      // refused, not a route at all, or the page shell (no data): never the article
      if (r.status === 200) expect(r.headers["content-type"], `${method} ${p}`).toMatch(/text\/html/);
      else expect([401, 404, 400], `${method} ${p} → ${r.status}`).toContain(r.status);
      expect(r.body, `${method} ${p}`).not.toMatch(/Rahimzoda|claimReviewed/);
    }
    expect((await raw(base, "GET", "/%61pi/documents/1")).status).toBe(401);
    expect((await raw(base, "HEAD", "/api/documents/1")).status).toBe(401);
    expect((await raw(base, "GET", "/%61pi/documents/1", bearer())).body).toMatch(/Rahimzoda/);
  });

  it("closes every data endpoint of the OpenAPI document and opens only the public ones", async () => {
    const doc = (await closed.inject({ url: "/api/openapi.json" })).json();
    const open: string[] = [];
    for (const [p, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      const url = p.replace("{id}", String(claimId)).replace("{name}", "Ramazon%20Rahimzoda");
      for (const method of Object.keys(ops).map((m) => m.toUpperCase())) {
        const r = await closed.inject({ method: method as "GET", url, headers: jsonHeaders, payload: method === "GET" || method === "HEAD" || method === "DELETE" ? undefined : "{}" });
        if (r.statusCode !== 401) open.push(`${method} ${p}`);
      }
    }
    // signing in (a wrong body is a 400 here), out, and the health and contract of the API
    expect(open.sort()).toEqual(["DELETE /api/session", "GET /api/health", "GET /api/session", "POST /api/session"].sort());
    expect((await closed.inject({ url: "/api/openapi.json" })).statusCode).toBe(200);
    // the page shell holds no data
    expect((await closed.inject({ url: "/claims/1" })).statusCode).toBe(200);
  });
});

describe("ClaimReview JSON-LD", () => {
  it("escapes <, >, & and line separators so it can sit in a <script> element", async () => {
    const note = "</script><script>alert(1)</script> & \u2028\u2029 done";
    const add = await s.app.inject({ method: "POST", url: `/api/claims/${claimId}/reviews`, headers: { ...bearer(), ...jsonHeaders }, payload: JSON.stringify({ verdict: "false", note }) });
    expect(add.statusCode).toBe(201);
    for (const url of [`/api/claims/${claimId}/claimreview`, "/api/claimreview"]) {
      const r = await s.app.inject({ url });
      expect(r.headers["content-type"]).toMatch(/application\/ld\+json/);
      expect(r.body).not.toMatch(/[<>&\u2028\u2029]/);
      expect(r.body).toContain("\\u003c/script\\u003e");
      const parsed = r.json();
      expect((Array.isArray(parsed) ? parsed[0] : parsed).reviewBody).toBe(note);
    }
    expect(jsonLd({ a: "<&>\u2028" })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}');
  });

  it("makes URLs from the listening address, never the client's Host header", async () => {
    const app = await buildApp({ ledger: s.ledger });
    try {
      const base = await app.listen({ host: "127.0.0.1", port: 0 });
      const r = await raw(base, "GET", "/api/claimreview", { host: "evil.example" });
      const [cr] = JSON.parse(r.body);
      expect(cr.url.startsWith(`${base}/claims/`)).toBe(true);
      expect(r.body).not.toContain("evil.example");
    } finally {
      await app.close();
    }
  });
});

describe("API tokens", () => {
  it("are refused once expired or revoked, are listed, and all end with a password change", async () => {
    const user = (await s.ledger.getUser(REVIEWER.name))!;
    const read = (token: string) => s.app.inject({ url: "/api/claims?limit=1", headers: bearer(token) });
    const expired = await createApiToken(s.ledger, user, "old", new Date(Date.now() - 1000).toISOString());
    expectJsonError(await read(expired), 401, /token/);
    const live = await createApiToken(s.ledger, user, "live", new Date(Date.now() + 864e5).toISOString());
    expect((await read(live)).statusCode).toBe(200);
    const listed = await s.ledger.listApiTokens(user.id);
    const mine = listed.find((t) => t.label === "live")!;
    expect(mine).toMatchObject({ label: "live", revokedAt: null });
    expect(mine.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(mine.lastUsedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(listed.find((t) => t.label === "old")!.lastUsedAt).toBeNull();
    expect(await s.ledger.revokeApiToken(mine.id)).toBe(true);
    expectJsonError(await read(live), 401, /token/);
    expect((await s.ledger.listApiTokens(user.id)).find((t) => t.id === mine.id)!.revokedAt).toMatch(/^\d{4}-/);
    expect(await s.ledger.revokeApiToken(999_999)).toBe(false);

    // a separate user, so the shared test token keeps working
    const bob = await s.ledger.addUser("bob-tokens", user.passwordHash);
    const bobs = await createApiToken(s.ledger, bob, "bob");
    expect((await read(bobs)).statusCode).toBe(200);
    await s.ledger.setPassword(bob.id, user.passwordHash);
    expectJsonError(await read(bobs), 401, /token/);
  });
});

describe("a busy database", () => {
  it("answers 503 with Retry-After, never 500", async () => {
    const busy = (code: string, message: string) => Object.assign(new Error(message), { code });
    for (const err of [busy("SQLITE_BUSY", "database is locked"), busy("SQLITE_BUSY_SNAPSHOT", "database is locked"), busy("55P03", "canceling statement due to lock timeout"), busy("40001", "could not serialize access due to concurrent update")]) {
      const ledger = new Proxy(s.ledger, { get: (t, p) => (p === "findClaims" || p === "findClaimTexts" ? () => Promise.reject(err) : Reflect.get(t, p, t)) });
      const app = await buildApp({ ledger });
      try {
        const r = await app.inject({ url: "/api/claims" });
        expectJsonError(r, 503, /busy/);
        expect(r.headers["retry-after"]).toMatch(/^\d+$/);
      } finally {
        await app.close();
      }
    }
  });
});

describe("sign-in attempts", () => {
  it("are counted across processes over one ledger", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "claimledger-signin-"));
    const file = path.join(dir, "ledger.db");
    const [a, b] = [await openLedger(file), await openLedger(file)];
    const apps = [await buildApp({ ledger: a }), await buildApp({ ledger: b })];
    try {
      const attempt = (app: FastifyInstance) => app.inject({ method: "POST", url: "/api/session", headers: jsonHeaders, payload: JSON.stringify({ name: "nobody-here", password: "not the password" }) });
      for (let i = 0; i < 5; i++) {
        expect((await attempt(apps[0])).statusCode).toBe(401);
        expect((await attempt(apps[1])).statusCode).toBe(401);
      }
      const r = await attempt(apps[1]);
      expectJsonError(r, 429, /too many/i);
      expect(r.headers["retry-after"]).toMatch(/^\d+$/);
    } finally {
      for (const app of apps) await app.close();
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bad input", () => {
  it("bounds every offset with a readable 400", async () => {
    for (const url of ["/api/claims?offset=1e20", "/api/documents?offset=1e20", "/api/claimreview?offset=1e20", "/api/documents?offset=99999999999"])
      expectJsonError(await s.app.inject({ url }), 400, /^offset: give a whole number from 0 to 1000000$/);
  });

  it("accepts only real calendar dates, naming the field", async () => {
    for (const d of ["2020-99-99junk", "2021-02-30", "2020-13-01", "2019-02-29"])
      expectJsonError(await s.app.inject({ url: `/api/claims?from=${d}` }), 400, /^from: give a real date as YYYY-MM-DD$/);
    expect((await s.app.inject({ url: "/api/claims?from=2020-02-29&to=2021-12-31" })).statusCode).toBe(200);
    for (const d of ["2020-99-99junk", "2021-02-30"]) {
      const r = await s.app.inject({ method: "POST", url: "/api/documents", headers: { ...bearer(), ...jsonHeaders }, payload: JSON.stringify({ text: "Officials said 12 boats sank.", published: d }) });
      expectJsonError(r, 400, /^published: give a real date as YYYY-MM-DD/);
    }
  });

  it("words validation errors for people, counting list items from 1", async () => {
    expectJsonError(await s.app.inject({ url: "/api/claims?limit=abc" }), 400, /^limit: give a whole number/);
    expectJsonError(await s.app.inject({ url: "/api/claims/abc" }), 400, /^id: give a whole number/);
    expectJsonError(await s.app.inject({ url: "/api/claims?qualifier=roughly" }), 400, /^qualifier: give one of: .*more-than/);
    const review = (payload: unknown) => s.app.inject({ method: "POST", url: `/api/claims/${claimId}/reviews`, headers: { ...bearer(), ...jsonHeaders }, payload: JSON.stringify(payload) });
    expectJsonError(await review({ verdict: "false", links: ["https://ok.example/a", "javascript:alert(1)"] }), 400, /^links, item 2: give an http\(s\) URL$/);
    expectJsonError(await review({ verdict: 3 }), 400, /^verdict: give text/);
    expectJsonError(await review({ verdict: "false", colour: "red" }), 400, /^unknown field: colour$/);
    expectJsonError(await review({}), 400, /^verdict: missing$/);
    expectJsonError(await review({ verdict: "false", links: Array(21).fill("https://a.example") }), 400, /^links: give at most 20 items$/);
  });

  it("answers Fastify's own URL errors in the JSON format without echoing the URL", async () => {
    const r = await raw(s.url, "GET", "/api/claims/%E0%A4%A?x=%3Cscript%3E");
    expect(r.status).toBe(400);
    expect(r.headers["content-type"]).toMatch(/application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ statusCode: 400 });
    expect(r.body).not.toMatch(/%E0|script/i);
    const long = await raw(s.url, "GET", `/api/speakers/${"x".repeat(500)}/claims`);
    expect(long.body).not.toContain("x".repeat(120));
    expect(JSON.parse(long.body)).toMatchObject({ statusCode: long.status });
    // longer than Node's header limit: answered before Fastify routes it, still in the JSON format
    const huge = await raw(s.url, "GET", `/api/claims?q=${"y".repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toEqual({ statusCode: 431, error: "the request's address or headers are too long" });
  });

  it("sends HSTS only when served over https", async () => {
    expect((await s.app.inject({ url: "/api/health" })).headers["strict-transport-security"]).toMatch(/max-age/);
    const plain = await buildApp({ ledger: s.ledger });
    try {
      expect((await plain.inject({ url: "/api/health" })).headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
