// Alert deliveries on SQLite: a webhook on 127.0.0.1 receives a signed Slack-compatible body, is retried
// after a 500 only when its back-off has passed, and one that keeps failing is marked failed and listed so;
// the SSRF rules refuse a private address unless the webhook allows it; e-mail goes through the mailer
// (a fake transport here) and waits, pending, while there is none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import type { Ledger } from "../src/ledger/ledger.js";
import type { User } from "../src/ledger/store.js";
import { addFollow } from "../src/ledger/alerts/store.js";
import { addChannel, deliveries, listChannels, removeChannel, retryWaitMs, type RetryPolicy } from "../src/ledger/alerts/delivery-store.js";
import { deliverDue } from "../src/alerts/deliver.js";
import { SIGNATURE_HEADER } from "../src/alerts/webhook.js";
import { smtpSettings, type MailMessage, type Mailer } from "../src/alerts/email.js";

const ARTICLE = "Interior Minister Ramazon Rahimzoda said on Monday that 1,200 people were detained in Tajikistan in May 2021.\n";
const RETRY: RetryPolicy = { maxAttempts: 3, firstRetryMs: 300, maxRetryMs: 5000 };

let dir: string;
let ledger: Ledger;
let alice: User;
let server: Server;
let base = "";
const received: { path: string; body: string; signature: string; delivery: string }[] = [];
// what each path answers, in turn (the last one from then on)
const answers = new Map<string, number[]>([["/flaky", [500, 200]], ["/down", [500]], ["/ok", [204]]]);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-deliver-"));
  ledger = await openLedger(path.join(dir, "ledger.db"));
  alice = await ledger.addUser("alice", "scrypt$x");
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const p = req.url ?? "";
      received.push({ path: p, body, signature: String(req.headers[SIGNATURE_HEADER]), delivery: String(req.headers["x-claimledger-delivery"]) });
      const list = answers.get(p) ?? [404];
      res.writeHead(list.length > 1 ? list.shift()! : list[0]).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  await ledger?.close();
  rmSync(dir, { recursive: true, force: true });
});

const hits = (p: string) => received.filter((r) => r.path === p);

describe("webhooks", () => {
  it("signs the body, retries a 500 after its back-off, and marks a webhook that keeps failing", async () => {
    await addFollow(ledger, alice.id, "speaker", "rahimzoda");
    const flaky = await addChannel(ledger, { kind: "webhook", target: `${base}/flaky`, secret: "s3cret", allowPrivate: true });
    await addChannel(ledger, { kind: "webhook", target: `${base}/down`, userId: alice.id, allowPrivate: true });
    const refused = await addChannel(ledger, { kind: "webhook", target: `${base}/ok` });
    await expect(addChannel(ledger, { kind: "webhook", target: `${base}/flaky` })).rejects.toThrow(/already a webhook/);
    await expect(addChannel(ledger, { kind: "webhook", target: "ftp://example.org/x" })).rejects.toThrow(/http or https/);
    await ingestArticle(ledger, { source: "a.txt", text: ARTICLE });

    const first = await deliverDue(ledger, { retry: RETRY });
    expect(first).toEqual({ delivered: 0, retried: 3, failed: 0 });
    // the SSRF rules: 127.0.0.1 is never asked
    expect(hits("/ok")).toEqual([]);
    const [sent] = hits("/flaky");
    expect(sent.signature).toBe(`sha256=${createHmac("sha256", "s3cret").update(sent.body).digest("hex")}`);
    const body = JSON.parse(sent.body) as { text: string; alert: { user: string; kind: string; follow: { kind: string }; claim: { speaker: string; quantity: string } } };
    expect(body.text).toMatch(/^Ramazon Rahimzoda: 1,200 people/);
    expect(body.alert).toMatchObject({ user: "alice", kind: "claim", follow: { kind: "speaker" }, claim: { speaker: "Ramazon Rahimzoda", quantity: "1,200" } });

    // not yet due: nothing is sent again before the back-off has passed
    expect(await deliverDue(ledger, { retry: RETRY })).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(hits("/flaky").length).toBe(1);
    await new Promise((r) => setTimeout(r, RETRY.firstRetryMs + 50));
    const second = await deliverDue(ledger, { retry: RETRY });
    expect(second.delivered).toBe(1);
    expect(hits("/flaky").length).toBe(2);
    // a retry is the same delivery, signed the same
    expect(hits("/flaky")[1]).toMatchObject({ body: sent.body, signature: sent.signature, delivery: sent.delivery });

    await new Promise((r) => setTimeout(r, retryWaitMs(2, RETRY) + 50));
    await deliverDue(ledger, { retry: RETRY });
    expect(hits("/down").length).toBe(RETRY.maxAttempts);
    const listed = await listChannels(ledger, "webhook");
    expect(listed.map((c) => [c.target.replace(base, ""), c.delivered, c.pending, c.failed])).toEqual([["/flaky", 1, 0, 0], ["/down", 0, 0, 1], ["/ok", 0, 0, 1]]);
    expect(listed[1].lastError).toBe("answered 500 Internal Server Error");
    expect(listed[1].user).toBe("alice");
    expect(listed[2].lastError).toMatch(/refused to fetch from 127\.0\.0\.1 \(a loopback address, not public\); allow it with --allow-private-addresses/);
    expect((await deliveries(ledger, refused.id))[0]).toMatchObject({ state: "failed", attempts: RETRY.maxAttempts });
    await removeChannel(ledger, "webhook", flaky.id);
    expect((await listChannels(ledger)).length).toBe(2);
  });

  it("waits the doubled back-off, up to its longest", () => {
    expect([1, 2, 3, 10].map((n) => retryWaitMs(n, RETRY))).toEqual([300, 600, 1200, 5000]);
  });
});

describe("e-mail", () => {
  it("sends each alert through the mailer, and keeps them pending while no SMTP is configured", async () => {
    const sent: MailMessage[] = [];
    const mailer: Mailer = { send: async (m) => void sent.push(m) };
    const channel = await addChannel(ledger, { kind: "email", target: "alice@example.org", userId: alice.id });
    await expect(addChannel(ledger, { kind: "email", target: "not an address", userId: alice.id })).rejects.toThrow(/not an e-mail address/);
    await ingestArticle(ledger, { source: "b.txt", text: ARTICLE.replace("1,200", "1,300") });
    await deliverDue(ledger, { retry: RETRY });
    expect((await deliveries(ledger, channel.id)).map((d) => d.state)).toEqual(["pending"]);
    expect(sent).toEqual([]);
    await deliverDue(ledger, { retry: RETRY, mailer });
    expect(sent).toEqual([{ to: "alice@example.org", subject: "claimledger: a new claim (speaker rahimzoda)", text: expect.stringMatching(/^Ramazon Rahimzoda: 1,300 people .*\n\nClaim \d+ in the ledger/) }]);
    expect((await deliveries(ledger, channel.id)).map((d) => d.state)).toEqual(["done"]);

    // a mail server that refuses is retried like a webhook
    const refusing: Mailer = { send: async () => { throw new Error("550 mailbox unavailable"); } };
    await ingestArticle(ledger, { source: "c.txt", text: ARTICLE.replace("1,200", "1,400") });
    await deliverDue(ledger, { retry: RETRY, mailer: refusing });
    const [, last] = await deliveries(ledger, channel.id);
    expect(last).toMatchObject({ state: "pending", attempts: 1, lastError: "the mail server refused it (550 mailbox unavailable)" });
  });

  it("reads SMTP from the options or the environment, and wants a from-address", () => {
    expect(smtpSettings({}, {})).toBeNull();
    expect(smtpSettings({}, { CLAIMLEDGER_SMTP_URL: "smtp://mail.example.org:587", CLAIMLEDGER_SMTP_FROM: "desk@example.org" })).toEqual({ url: "smtp://mail.example.org:587", from: "desk@example.org" });
    expect(() => smtpSettings({ smtpUrl: "smtp://mail.example.org" }, {})).toThrow(/from-address/);
    expect(() => smtpSettings({ smtpUrl: "http://user:pw@mail.example.org", smtpFrom: "a@b.c" }, {})).toThrow(/smtp:\/\/… or smtps:\/\/…, not "http:\/\/…@mail/);
  });
});
