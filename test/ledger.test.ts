// The ledger's behaviour, the same on SQLite and on PostgreSQL (the local server CI also runs).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const article = [
  "Norway Reports Arrests",
  "",
  "Norway’s Justice Ministry has claimed that police arrested 120 people in 2018 in Oslo.",
  "",
  "Justice Minister Ola Berg said that more than 300 people were fined last year. Over the same period, 40 people were released, he said.",
].join("\n");
const record = extract(article, { published: "2019-01-15", path: "a.txt" });

const schema = pgSchemas("test")();
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-ledger-"));

const backends: [string, () => Promise<Ledger>][] = [
  ["sqlite", () => openLedger(path.join(dir, "ledger.db"))],
  ["postgres", () => openLedger(PG_URL, { schema })],
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(backends)("ledger on %s", (_name, open) => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await open();
  });
  afterAll(async () => {
    await ledger.close();
  });

  it("stores a document with its text and claims, and a second ingest of the same text is a no-op", async () => {
    const first = await ledger.addDocument({ source: "a.txt", text: article, record });
    expect(first).toMatchObject({ status: "new", claims: record.claims.length });
    const again = await ledger.addDocument({ source: "elsewhere.txt", text: article, record });
    expect(again).toMatchObject({ status: "unchanged", documentId: first.documentId, claims: 0 });
    const doc = await ledger.getDocument(first.documentId);
    expect(doc?.text).toBe(article);
    // the text is stored once, as the document's: claims keep offsets and read their sentence back from it
    const stored = await ledger.db.selectFrom("claims").select("data").where("document_id", "=", first.documentId).execute();
    for (const r of stored) expect(JSON.parse(r.data)).not.toHaveProperty("text");
    const back = await ledger.findClaims({ documentId: first.documentId, quantified: false });
    expect(back.map((c) => c.text)).toEqual(record.claims.map((c) => c.text));
    expect(doc?.published).toBe("2019-01-15");
  });

  it("keeps a changed text from the same source as a new version", async () => {
    const changed = article.replace("120", "125");
    const r = await ledger.addDocument({ source: "a.txt", text: changed, record: extract(changed, { published: "2019-01-15" }) });
    expect(r.status).toBe("version");
    const docs = await ledger.listDocuments();
    expect(docs.filter((d) => d.source === "a.txt").map((d) => d.version).sort()).toEqual([1, 2]);
  });

  it("filters claims by speaker, period overlap, counted words, qualifier, place and text", async () => {
    const bySpeaker = await ledger.findClaims({ speaker: "berg", quantified: true });
    expect(bySpeaker.length).toBeGreaterThanOrEqual(4);
    expect(bySpeaker.every((c) => c.speaker?.name === "Ola Berg")).toBe(true);
    const in2018 = await ledger.findClaims({ periodFrom: "2018-06-01", periodTo: "2018-06-30", quantified: true });
    expect(in2018.map((c) => c.quantity?.value).sort()).toEqual([120, 125, 300, 300, 40, 40].sort());
    const released = await ledger.findClaims({ counted: "people", qualifier: "more-than" });
    expect(released.map((c) => c.quantity?.value)).toEqual([300, 300]);
    const oslo = await ledger.findClaims({ place: "oslo" });
    expect(oslo.map((c) => c.quantity?.value).sort()).toEqual([120, 125]);
    const fined = await ledger.findClaims({ text: "fined" });
    expect(fined.length).toBe(2);
    expect(await ledger.countClaims({ text: "fined" })).toBe(2);
    const none = await ledger.findClaims({ speaker: "nobody at all" });
    expect(none).toEqual([]);
  });

  it("sorts and pages", async () => {
    const all = await ledger.findClaims({ quantified: true, sort: "value", order: "desc" });
    const values = all.map((c) => c.quantity!.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const page = await ledger.findClaims({ quantified: true, sort: "value", order: "desc", limit: 2, offset: 1 });
    expect(page.map((c) => c.id)).toEqual(all.slice(1, 3).map((c) => c.id));
  });

  it("summarises speakers with their roles", async () => {
    const speakers = await ledger.speakers();
    const berg = speakers.find((s) => s.name === "Ola Berg");
    expect(berg).toMatchObject({ kind: "person", roles: ["Justice Minister"], documents: 2 });
    expect(berg!.quantified).toBeGreaterThanOrEqual(4);
  });

  it("keeps the history of reviews and rejects a verdict off the scale", async () => {
    const [claim] = await ledger.findClaims({ quantified: true, limit: 1 });
    await ledger.addReview({ claimId: claim.id, verdict: "unsupported", note: "no source given", reviewer: "ana", links: ["https://example.org/a"] });
    await ledger.addReview({ claimId: claim.id, verdict: "False", note: "figures differ", reviewer: "ben" });
    const reviews = await ledger.reviews(claim.id);
    expect(reviews.map((r) => [r.verdict, r.reviewer])).toEqual([["unsupported", "ana"], ["false", "ben"]]);
    expect(reviews[0].links).toEqual(["https://example.org/a"]);
    await expect(ledger.addReview({ claimId: claim.id, verdict: "pants on fire", reviewer: "x" })).rejects.toThrow(/verdict must be one of/);
    const got = await ledger.getClaim(claim.id);
    expect(got).toMatchObject({ id: claim.id, source: "a.txt", published: "2019-01-15" });
    expect(await ledger.getClaim(999_999)).toBeNull();
  });

  it("gives each reviewed claim's latest verdict with its document, and filters on being reviewed", async () => {
    const reviewed = await ledger.reviewedClaims();
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0].review.verdict).toBe("false");
    expect(reviewed[0].document).toMatchObject({ source: "a.txt", published: "2019-01-15" });
    expect(reviewed[0].document).not.toHaveProperty("text");
    expect((await ledger.findClaims({ reviewed: true })).map((c) => c.id)).toEqual([reviewed[0].claim.id]);
    const unreviewed = await ledger.findClaims({ reviewed: false, quantified: true, limit: 1000 });
    expect(unreviewed.some((c) => c.id === reviewed[0].claim.id)).toBe(false);
    expect(await ledger.reviewedClaims({ claimId: 999_999 })).toEqual([]);
  });

  it("finds a speaker's claims by exact name", async () => {
    const exact = await ledger.findClaims({ speakerName: "Ola Berg", quantified: true });
    expect(exact.length).toBeGreaterThanOrEqual(4);
    expect(await ledger.findClaims({ speakerName: "Berg" })).toEqual([]);
  });

  it("keeps accounts, sessions that expire and end, and API tokens", async () => {
    const user = await ledger.addUser("rev", "scrypt$hash");
    await expect(ledger.addUser("rev", "other")).rejects.toThrow();
    expect(await ledger.getUser("rev")).toMatchObject({ id: user.id, passwordHash: "scrypt$hash" });
    expect(await ledger.getUserById(user.id)).toMatchObject({ name: "rev" });
    expect(await ledger.getUser("nobody")).toBeNull();

    const later = new Date(Date.now() + 3600_000).toISOString();
    await ledger.addSession({ tokenHash: "live", userId: user.id, csrf: "c1", expiresAt: later });
    await ledger.addSession({ tokenHash: "old", userId: user.id, csrf: "c2", expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(await ledger.getSession("live")).toMatchObject({ csrf: "c1", user: { name: "rev" } });
    expect(await ledger.getSession("old")).toBeNull();
    await ledger.deleteSession("live");
    expect(await ledger.getSession("live")).toBeNull();

    await ledger.addSession({ tokenHash: "again", userId: user.id, csrf: "c3", expiresAt: later });
    await ledger.setPassword(user.id, "scrypt$new");
    expect(await ledger.getSession("again")).toBeNull();
    expect((await ledger.getUser("rev"))!.passwordHash).toBe("scrypt$new");

    await ledger.addApiToken({ tokenHash: "tok", userId: user.id, label: "cms" });
    expect(await ledger.apiTokenUser("tok")).toMatchObject({ name: "rev" });
    expect(await ledger.apiTokenUser("nope")).toBeNull();
  });
});

describe("claim counts", () => {
  it("follow writes from this and from other connections to the same SQLite ledger", async () => {
    const file = path.join(dir, "counts.db");
    const reader = await openLedger(file);
    const writer = await openLedger(file);
    try {
      expect(await reader.countClaims({ speaker: "berg" })).toBe(0);
      await writer.addDocument({ source: "w.txt", text: article, record });
      const afterOther = await reader.countClaims({ speaker: "berg" });
      expect(afterOther).toBeGreaterThan(0);
      await reader.addDocument({ source: "r.txt", text: article + "\n", record });
      expect(await reader.countClaims({ speaker: "berg" })).toBe(afterOther * 2);
      expect(await reader.countClaims({ speaker: "berg", limit: 1, sort: "value" })).toBe(afterOther * 2);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});
