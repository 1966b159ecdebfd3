// Follows and alerts on SQLite: a follow, then an ingest, puts an alert in the outbox; the events stream
// sends it to its reviewer (and not to another), resumes by Last-Event-ID; the follows API is signed in and
// CSRF-checked; findings of a followed metric are alerted once however often the checks write them again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { openLedger } from "../src/ledger/open.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { buildApp } from "../src/server/app.js";
import { hashPassword } from "../src/server/passwords.js";
import { createApiToken } from "../src/server/plugins/auth.js";
import type { Ledger } from "../src/ledger/ledger.js";
import type { User } from "../src/ledger/store.js";
import { addFollow, alertsAfter, latestAlerts, listFollows, raiseAlerts, removeFollow } from "../src/ledger/alerts/store.js";
import { claimFollow, speakerFollowed } from "../src/alerts/match.js";

const ARTICLE_A = "Interior Minister Ramazon Rahimzoda said on Monday that 1,200 people were detained in Tajikistan in May 2021.\n\nThe ministry later said that about 900 people were detained in Tajikistan in May 2021, according to Rahimzoda.\n";
const ARTICLE_B = "Human rights groups said on Tuesday that 4,000 people were detained in Tajikistan in May 2021.\n";
const ARTICLE_C = "Transport Minister Elin Varga said that 31 bridges were closed in Latvia in June 2022.\n";
const METRIC = "person|detain|number|Tajikistan";

let dir: string;
let ledger: Ledger;
let app: FastifyInstance;
let base: string;
let alice: User, bob: User;
let aliceToken: string, bobToken: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-alerts-"));
  ledger = await openLedger(path.join(dir, "ledger.db"));
  alice = await ledger.addUser("alice", await hashPassword("correct horse battery"));
  bob = await ledger.addUser("bob", await hashPassword("battery staple horse"));
  aliceToken = await createApiToken(ledger, alice, "tests");
  bobToken = await createApiToken(ledger, bob, "tests");
  app = await buildApp({ ledger, logger: false });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** an events stream read as it comes: the alerts received so far, and a way to wait for more */
function stream(token: string, lastEventId?: number) {
  const received: { id: number; line: string; claimId: number | null }[] = [];
  let raw = "";
  let waiters: (() => void)[] = [];
  let status = 0;
  let contentType = "";
  const req = http.get(`${base}/api/events`, { headers: { authorization: `Bearer ${token}`, ...(lastEventId !== undefined && { "last-event-id": String(lastEventId) }) } }, (res) => {
    status = res.statusCode ?? 0;
    contentType = String(res.headers["content-type"]);
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      raw += chunk;
      for (let i; (i = raw.indexOf("\n\n")) >= 0; ) {
        const block = raw.slice(0, i);
        raw = raw.slice(i + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (data && id) received.push({ id: Number(id), ...(JSON.parse(data) as { line: string; claimId: number | null }) });
      }
      for (const w of waiters) w();
      waiters = [];
    });
    res.on("error", () => {});
  });
  req.on("error", () => {});
  return {
    received,
    get status() {
      return status;
    },
    get contentType() {
      return contentType;
    },
    async until(n: number, ms = 8000) {
      const end = Date.now() + ms;
      while (received.length < n && Date.now() < end) await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 200)));
      return received;
    },
    close: () => req.destroy(),
  };
}

describe("following", () => {
  it("matches speakers by words of the name, places by name, metrics by key", () => {
    expect(speakerFollowed("Ramazon Rahimzoda", "rahimzoda")).toBe(true);
    expect(speakerFollowed("Ramazon Rahimzoda", "Rahim")).toBe(true);
    expect(speakerFollowed("Ramazon Rahimzoda", "zoda")).toBe(false);
    expect(speakerFollowed(null, "rahimzoda")).toBe(false);
    const claim = { id: 1, documentId: 1, speaker: "Elin Varga", places: ["Norland"], quantityText: "31", counted: "bridges", predicate: "close", periodStart: null, periodEnd: null, metrics: ["bridge|close|number|Norland"], source: "x", title: null };
    const f = (kind: "speaker" | "metric" | "place", value: string) => ({ id: 1, userId: 1, kind, value, createdAt: "" });
    expect(claimFollow(claim, [f("place", "norland")])?.kind).toBe("place");
    expect(claimFollow(claim, [f("metric", "bridge|close|number|Norland")])?.kind).toBe("metric");
    expect(claimFollow(claim, [f("place", "Syria"), f("speaker", "rahimzoda")])).toBeNull();
  });

  it("refuses a follow with no name, an unknown kind, and the same follow twice", async () => {
    await expect(addFollow(ledger, alice.id, "speaker", "  ")).rejects.toThrow(/letters or digits/);
    await expect(addFollow(ledger, alice.id, "mood", "x")).rejects.toThrow(/speaker, a metric, a place/);
    const f = await addFollow(ledger, alice.id, "place", "Atlantis");
    await expect(addFollow(ledger, alice.id, "place", " Atlantis ")).rejects.toThrow(/already following/);
    await removeFollow(ledger, alice.id, f.id);
    await expect(removeFollow(ledger, bob.id, { kind: "place", value: "Atlantis" })).rejects.toThrow(/not following/);
  });
});

describe("the follows API", () => {
  it("needs a reviewer, and checks the CSRF token of a signed-in browser", async () => {
    expect((await app.inject({ url: "/api/follows" })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: "/api/follows", payload: { kind: "speaker", value: "x" } })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/events" })).statusCode).toBe(401);
    const login = await app.inject({ method: "POST", url: "/api/session", payload: { name: "alice", password: "correct horse battery" } });
    expect(login.statusCode).toBeLessThan(300);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const csrf = (JSON.parse((await app.inject({ url: "/api/session", headers: { cookie } })).body) as { csrf: string }).csrf;
    const forged = await app.inject({ method: "POST", url: "/api/follows", headers: { cookie }, payload: { kind: "place", value: "Norland" } });
    expect(forged.statusCode).toBe(403);
    const made = await app.inject({ method: "POST", url: "/api/follows", headers: { cookie, "x-csrf-token": csrf }, payload: { kind: "place", value: "Norland" } });
    expect(made.statusCode).toBe(201);
    const id = (JSON.parse(made.body) as { id: number }).id;
    expect((await app.inject({ method: "DELETE", url: `/api/follows/${id}`, headers: { cookie } })).statusCode).toBe(403);
    expect((await app.inject({ method: "DELETE", url: `/api/follows/${id}`, headers: { authorization: `Bearer ${bobToken}` } })).statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url: `/api/follows/${id}`, headers: { cookie, "x-csrf-token": csrf } })).statusCode).toBe(204);
    const bad = await app.inject({ method: "POST", url: "/api/follows", headers: { authorization: `Bearer ${aliceToken}` }, payload: { kind: "mood", value: "x" } });
    expect(bad.statusCode).toBe(400);
  });
});

describe("alerts", () => {
  it("puts a followed speaker's new claims in the outbox and streams them to the reviewer, not to another", async () => {
    const post = await app.inject({ method: "POST", url: "/api/follows", headers: { authorization: `Bearer ${aliceToken}` }, payload: { kind: "speaker", value: "Rahimzoda" } });
    expect(post.statusCode).toBe(201);
    await addFollow(ledger, alice.id, "metric", METRIC);
    await addFollow(ledger, bob.id, "place", "latvia");
    const list = JSON.parse((await app.inject({ url: "/api/follows", headers: { authorization: `Bearer ${aliceToken}` } })).body) as { items: { kind: string; value: string }[] };
    expect(list.items.map((f) => `${f.kind}:${f.value}`)).toEqual(["speaker:Rahimzoda", `metric:${METRIC}`]);

    const a = stream(aliceToken);
    const b = stream(bobToken);
    await new Promise((r) => setTimeout(r, 300));
    expect(a.status).toBe(200);
    expect(a.contentType).toMatch(/^text\/event-stream/);
    await ingestArticle(ledger, { source: "a.txt", text: ARTICLE_A });
    const got = await a.until(2);
    expect(got.map((x) => x.line)).toEqual([expect.stringMatching(/^Ramazon Rahimzoda: 1,200 people \(detain\) in Tajikistan.*\(you follow speaker "Rahimzoda"\)$/), expect.stringMatching(/^Ramazon Rahimzoda: about 900 /)]);
    expect(got.every((x) => x.claimId !== null)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(b.received).toEqual([]);
    a.close();
    b.close();
  });

  it("alerts on a new finding of a followed metric once, and resumes a stream from Last-Event-ID", async () => {
    const before = (await latestAlerts(ledger, alice.id, 1))[0].id;
    await ingestArticle(ledger, { source: "b.txt", text: ARTICLE_B });
    const mine = await alertsAfter(ledger, before, { userId: alice.id });
    // the new claim is in the followed metric; the checks find two conflicts in it
    expect(mine.map((x) => x.kind).sort()).toEqual(["claim", "finding", "finding"]);
    expect(mine.filter((x) => x.kind === "finding").every((x) => /^New conflict in people detained in Tajikistan: /.test(x.line))).toBe(true);
    // nothing new: nothing raised again
    expect(await raiseAlerts(ledger)).toBe(0);
    const resumed = stream(aliceToken, before);
    expect((await resumed.until(3)).map((x) => x.id)).toEqual(mine.map((x) => x.id));
    resumed.close();
  });

  it("gives another reviewer only their own follows' alerts, and nothing from before a follow", async () => {
    await ingestArticle(ledger, { source: "c.txt", text: ARTICLE_C });
    const bobs = await latestAlerts(ledger, bob.id);
    expect(bobs.map((x) => x.line)).toEqual([expect.stringMatching(/^Elin Varga: 31 bridges \(close\) in Latvia, 2022-06-01..2022-06-30 — c.txt \(you follow place "latvia"\)$/)]);
    expect((await listFollows(ledger, bob.id)).length).toBe(1);
  });
});
