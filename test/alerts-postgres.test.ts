// Alerts on PostgreSQL: follows and the outbox as on SQLite, written by ingests in two processes at once
// (two connection pools on one schema), and the outbox's deliveries claimed with FOR UPDATE SKIP LOCKED:
// two workers delivering at the same time send each alert to a webhook exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { openLedger } from "../src/ledger/open.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { addFollow, alertsAfter } from "../src/ledger/alerts/store.js";
import { addChannel, deliveries } from "../src/ledger/alerts/delivery-store.js";
import { deliverDue } from "../src/alerts/deliver.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schema = pgSchemas("alertspg")();

const article = (n: number) => `Interior Minister Ramazon Rahimzoda said on Monday that ${n} people were detained in Tajikistan in May 2021.\n`;

let one: Ledger, two: Ledger;
let server: Server;
let base = "";
const bodies: string[] = [];

beforeAll(async () => {
  one = await openLedger(PG_URL, { schema });
  two = await openLedger(PG_URL, { schema });
  // a slow receiver: both workers are busy at once
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      bodies.push(body);
      setTimeout(() => res.writeHead(200).end(), 30);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  await one?.close();
  await two?.close();
});

describe("alerts on PostgreSQL", () => {
  it("writes an alert per followed claim when two processes ingest at once", async () => {
    const user = await one.addUser("alice", "scrypt$x");
    await addFollow(one, user.id, "speaker", "Rahimzoda");
    await addChannel(one, { kind: "webhook", target: `${base}/hook`, secret: "s3cret-key", allowPrivate: true });
    const ns = Array.from({ length: 12 }, (_, i) => 100 + i);
    await Promise.all(ns.map((n, i) => ingestArticle(i % 2 ? two : one, { source: `a${n}.txt`, text: article(n) })));
    const alerts = await alertsAfter(one, 0, { userId: user.id });
    expect(alerts.length).toBe(ns.length);
    expect(new Set(alerts.map((a) => a.claimId)).size).toBe(ns.length);
  });

  it("delivers each alert once when two workers deliver at the same time", async () => {
    const [a, b] = await Promise.all([deliverDue(one, { batch: 2 }), deliverDue(two, { batch: 2 })]);
    expect(a.delivered + b.delivered).toBe(12);
    // both took part: the lease let them share the work, not repeat it
    expect(a.delivered).toBeGreaterThan(0);
    expect(b.delivered).toBeGreaterThan(0);
    expect(bodies.length).toBe(12);
    const ids = bodies.map((x) => (JSON.parse(x) as { alert: { id: number } }).alert.id);
    expect(new Set(ids).size).toBe(12);
    expect((await deliveries(one)).every((d) => d.state === "done" && d.attempts === 1)).toBe(true);
    expect(await deliverDue(two)).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });
});
