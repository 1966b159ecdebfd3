// Ingest hardening (issue 17 items 5–8 and the ingest Low items): SSRF refused, feeds bounded, one bad
// entry or row named without losing the rest, a PDF bomb one named error, UTF-16 read, entity bombs named.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, constants as zc } from "node:zlib";
import { openLedger } from "../src/ledger/open.js";
import { ingest } from "../src/ingest/ingest.js";
import { articlesFrom } from "../src/ingest/sources.js";
import { DEFAULT_LIMITS, fetchUrl } from "../src/ingest/fetch.js";
import { blockedRange, PrivateAddressError } from "../src/ingest/public-address.js";
import { pdfToArticle } from "../src/ingest/pdf.js";
import { DEFAULT_PDF_LIMITS } from "../src/ingest/pdf-process.js";
import { csvToArticles } from "../src/ingest/csv.js";
import { decodeText } from "../src/ingest/text-file.js";
import { makePdf } from "./fixtures/make-pdf.js";

const execFileP = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-hardening-"));
const story = (n: number) =>
  `<p>The harbour board said that ${n} ships were turned away in March. Officials estimated that about ${n * 3} crew members waited offshore, according to the port.</p>`.repeat(3);
const page = (n: number) => `<!doctype html><html><head><title>Harbour story ${n}</title></head><body><article><h1>Harbour story ${n}</h1>${story(n)}</article></body></html>`;
const item = (title: string, link: string, full: boolean) =>
  `<item><title>${title}</title><link>${link}</link>${full ? `<content:encoded><![CDATA[${story(title.length)}]]></content:encoded>` : "<description>A teaser.</description>"}</item>`;
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Port News</title>${items}</channel></rss>`;

let server: Server;
let base = "";
const hits = new Map<string, number>();
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === "/secret") return void res.writeHead(200, { "content-type": "text/html" }).end(page(7).replace("Harbour story 7", "Secret token 12345"));
    if (url.startsWith("/page")) return void res.writeHead(200, { "content-type": "text/html" }).end(page(url.length));
    if (url === "/broken") return void res.writeHead(500).end("boom");
    if (url.startsWith("/slow")) return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(page(9)), 400);
    if (url === "/self.xml")
      return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(Array.from({ length: 500 }, (_, i) => item(`Loop ${i}`, `${base}/self.xml`, false)).join("")));
    if (url === "/redirect-to-secret") return void res.writeHead(302, { location: "/secret" }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SSRF: only public addresses are fetched unless allowed", () => {
  it("classifies loopback, private, link-local, metadata, unique-local, multicast and mapped forms as not public", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0", "224.0.0.1", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1"])
      expect(blockedRange(a), a).not.toBeNull();
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"]) expect(blockedRange(a), a).toBeNull();
  });

  it("refuses a 127.0.0.1 URL, a name that resolves to loopback and a decimal-written address, with a named error", async () => {
    const refused = await fetchUrl(`${base}/secret`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PrivateAddressError);
    expect((refused as Error).name).toBe("PrivateAddressError");
    expect((refused as Error).message).toMatch(/\/secret: refused to fetch from 127\.0\.0\.1 \(a loopback address/);
    const port = new URL(base).port;
    // through the connection's own DNS lookup: the address checked is the one connected to
    await expect(fetchUrl(`http://localhost:${port}/secret`)).rejects.toThrow(/refused to fetch from (127\.0\.0\.1|::1) \(a loopback address/);
    await expect(fetchUrl(`http://2130706433:${port}/secret`)).rejects.toThrow(PrivateAddressError);
    await expect(fetchUrl(`http://[::ffff:127.0.0.1]:${port}/secret`)).rejects.toThrow(PrivateAddressError);
    expect(hits.get("/secret") ?? 0).toBe(0);
    // allowed explicitly, the same fetch (and a redirect to it) goes through
    const ok = await fetchUrl(`${base}/redirect-to-secret`, { ...DEFAULT_LIMITS, allowPrivateAddresses: true });
    expect(Buffer.from(ok.body).toString()).toContain("Secret token");
  });

  it("does not store a secret a feed entry links to on 127.0.0.1, and names the entry", async () => {
    const feed = path.join(dir, "ssrf.xml");
    writeFileSync(feed, rss(item("Leak", `${base}/secret`, false)));
    const ledger = await openLedger(path.join(dir, "ssrf.db"));
    try {
      const s = await ingest(ledger, [feed]);
      expect(s.documents).toMatchObject({ new: 0, failed: 1 });
      expect(s.failures[0].message).toMatch(/ssrf\.xml: entry 1 \(http:\/\/127\.0\.0\.1:\d+\/secret\): refused to fetch from 127\.0\.0\.1/);
      expect(await ledger.listDocuments()).toHaveLength(0);
      const allowed = await ingest(ledger, [feed], { allowPrivateAddresses: true });
      expect(allowed.documents).toMatchObject({ new: 1, failed: 0 });
    } finally {
      await ledger.close();
    }
  });
});

describe("feeds are bounded and one bad entry does not lose the feed", () => {
  it("good, 500, good: stores the two good entries and names the bad one (feed, entry link, reason)", async () => {
    const feed = path.join(dir, "mixed.xml");
    writeFileSync(feed, rss(item("First good entry", `${base}/page-a`, false) + item("Bad", `${base}/broken`, false) + item("Second good entry here", "https://example.org/full", true)));
    const ledger = await openLedger(path.join(dir, "mixed.db"));
    try {
      const s = await ingest(ledger, [feed], { allowPrivateAddresses: true });
      expect(s.documents).toMatchObject({ new: 2, failed: 1 });
      expect(s.failures).toEqual([{ input: feed, message: expect.stringMatching(/mixed\.xml: entry 2 \(http:\/\/127\.0\.0\.1:\d+\/broken\): the server answered 500/) }]);
    } finally {
      await ledger.close();
    }
  });

  it("does not follow a feed whose entries link back to the feed: one fetch, and says what was skipped", async () => {
    hits.delete("/self.xml");
    const ledger = await openLedger(path.join(dir, "loop.db"));
    try {
      const s = await ingest(ledger, [`${base}/self.xml`], { allowPrivateAddresses: true });
      // the feed itself, and its link once (refused as a feed), not 500 times
      expect(hits.get("/self.xml")).toBe(2);
      expect(s.documents).toMatchObject({ new: 0, failed: 0 });
      const said = s.skipped.map((x) => x.message).join("\n");
      expect(said).toMatch(/1 entries link to a feed, not an article, and were not followed/);
      expect(said).toMatch(/499 entries link to a page already read/);
    } finally {
      await ledger.close();
    }
  });

  it("fetches at most maxEntries pages per feed and stops when the feed's time is spent", async () => {
    const many = rss(Array.from({ length: 6 }, (_, i) => item(`Entry ${i}`, `${base}/page-${"x".repeat(i + 1)}`, false)).join(""));
    const skipped: string[] = [];
    const got = await articlesFrom("many.xml", Buffer.from(many), { limits: { ...DEFAULT_LIMITS, allowPrivateAddresses: true }, feedLimits: { maxEntries: 2, budgetMs: 60_000 }, onSkipped: (m) => skipped.push(m) });
    expect(got).toHaveLength(2);
    expect(skipped).toEqual(["many.xml: 4 entries not fetched (at most 2 pages per feed)"]);

    const slow = rss(Array.from({ length: 5 }, (_, i) => item(`Slow ${i}`, `${base}/slow?${i}`, false)).join(""));
    skipped.length = 0;
    const t = Date.now();
    const failed: string[] = [];
    await articlesFrom("slow.xml", Buffer.from(slow), { limits: { ...DEFAULT_LIMITS, allowPrivateAddresses: true }, feedLimits: { maxEntries: 200, budgetMs: 900 }, onSkipped: (m) => skipped.push(m), onPartFailure: (e) => failed.push(e.message) });
    expect(Date.now() - t).toBeLessThan(2000);
    expect(skipped.join("\n")).toMatch(/entries not fetched \(the feed's 0.9 s were spent\)/);
  });
});

/** A PDF whose one content stream is a text string of `mb` MB of zeros, deflated to ~1 KB a MB. */
function bombPdf(mb: number): Buffer {
  // independent raw-deflate pieces (a full flush ends each one) can be repeated to build a bomb quickly
  const head = deflateRawSync(Buffer.from("BT /F1 11 Tf 72 700 Td ("), { finishFlush: zc.Z_FULL_FLUSH });
  const zeros = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zc.Z_FULL_FLUSH });
  const tail = deflateRawSync(Buffer.from(") Tj ET"));
  // adler-32 of the whole: a run of zero bytes leaves A as it is and adds A once a byte to B
  let a = 1, b = 0;
  const add = (buf: Buffer) => { for (const x of buf) { a = (a + x) % 65521; b = (b + a) % 65521; } };
  add(Buffer.from("BT /F1 11 Tf 72 700 Td ("));
  b = (b + ((a * ((mb * 1024 * 1024) % 65521)) % 65521)) % 65521;
  add(Buffer.from(") Tj ET"));
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  const z = Buffer.concat([Buffer.from([0x78, 0xda]), head, ...Array<Buffer>(mb).fill(zeros), tail, adler]);
  const objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"];
  let out = Buffer.from("%PDF-1.4\n", "latin1");
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out = Buffer.concat([out, Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1")]);
  });
  offsets.push(out.length);
  out = Buffer.concat([out, Buffer.from(`4 0 obj\n<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), z, Buffer.from("\nendstream\nendobj\n", "latin1")]);
  const xref = out.length;
  return Buffer.concat([out, Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1")]);
}

describe("PDF bombs", () => {
  it("names a 300 KB PDF that inflates to 300 MB and reads the inputs after it", async () => {
    const bomb = bombPdf(300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const folder = path.join(dir, "bomb");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a-bomb.pdf"), bomb);
    writeFileSync(path.join(folder, "b-after.txt"), "Harbour report\n\nThe harbour board said that 40 ships were turned away in March.\n");
    const ledger = await openLedger(path.join(dir, "bomb.db"));
    try {
      const s = await ingest(ledger, [folder]);
      expect(s.documents).toMatchObject({ new: 1, failed: 1 });
      expect(s.failures[0].message).toMatch(/a-bomb\.pdf: a compressed stream in the PDF inflates to more than 100 MB: not read/);
    } finally {
      await ledger.close();
    }
  });

  it("bounds the reader's memory even when the stream check is off: the reader process dies, not this one", async () => {
    const limits = { ...DEFAULT_PDF_LIMITS, maxInflatedBytes: Infinity, heapMb: 48 };
    await expect(pdfToArticle(bombPdf(40), "bomb40.pdf", limits)).rejects.toThrow(/bomb40\.pdf: the PDF needs more than 48 MB of memory/);
    // and the next PDF is read by a fresh reader
    const a = await pdfToArticle(makePdf([["The harbour board said that 40 ships were turned away."]]), "next.pdf");
    expect(a.text).toContain("40 ships");
  }, 30_000);

  it("bounds pages and text length", async () => {
    const pdf = makePdf([["One page."], ["Two pages."], ["Three pages."]]);
    await expect(pdfToArticle(pdf, "pages.pdf", { ...DEFAULT_PDF_LIMITS, maxPages: 2 })).rejects.toThrow(/pages\.pdf: the PDF holds more than 2 pages: not read/);
    await expect(pdfToArticle(pdf, "chars.pdf", { ...DEFAULT_PDF_LIMITS, maxChars: 10 })).rejects.toThrow(/chars\.pdf: the PDF holds more than 10 characters of text/);
  });
});

describe("text encodings, entity bombs and CSV rows", () => {
  it("reads UTF-16 LE and BE text with a byte-order mark", async () => {
    const text = "Café owners said that 12 shops closed.";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le, "le.txt")).toBe("\ufeff" + text);
    expect(decodeText(be, "be.txt")).toBe("\ufeff" + text);
    const [a] = await articlesFrom("le.txt", le);
    expect(a.text).toContain("12 shops");
  });

  it("names a billion-laughs feed and a feed whose entities expand too far", async () => {
    let ents = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) ents += `<!ENTITY lol${i} "${`&lol${i > 1 ? i - 1 : ""};`.repeat(10)}">`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [${ents}]>${rss(`<item><title>t</title><description>&lol9;</description></item>`).replace(/^<\?xml[^>]*>/, "")}`;
    await expect(articlesFrom("laughs.xml", Buffer.from(laughs))).rejects.toThrow(/laughs\.xml: the feed declares entities that expand into other entities/);
    const wide = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${"x".repeat(9000)}">]>${rss(`<item><title>t</title><description>${"&a;".repeat(20)}</description></item>`).replace(/^<\?xml[^>]*>/, "")}`;
    await expect(articlesFrom("wide.xml", Buffer.from(wide))).rejects.toThrow(/wide\.xml: the feed cannot be read \(.*limit exceeded/);
  });

  it("names an input a parser library fails on (found by the fuzz test), without its stack", async () => {
    const e = await articlesFrom("style.html", Buffer.from('<style class="x">')).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: "UserError", message: expect.stringMatching(/^style\.html: could not be read \(/) });
  });

  it("names a CSV's bad rows by line and keeps the good ones", () => {
    const csv = `url,date,title,text\nhttps://example.org/a,2020-01-01,A,"Officials said 3 roads closed."\nhttps://example.org/b,2020-01-01,B,"a stray "quote" here"\nhttps://example.org/c,2020-01-01,C,\nhttps://example.org/d,2020-01-02,D,"Officials said 4 bridges closed."\n`;
    const bad: string[] = [];
    const rows = csvToArticles(csv, "rows.csv", (e) => bad.push(e.message));
    expect(rows.map((r) => r.source)).toEqual(["https://example.org/a", "https://example.org/d"]);
    expect(bad).toEqual([expect.stringMatching(/^rows\.csv: the row ending on line 3 is not valid CSV \(Invalid Closing Quote/), "rows.csv: the row ending on line 4 has no text: skipped"]);
    expect(() => csvToArticles(csv, "strict.csv")).toThrow(/strict\.csv: the row ending on line 3/);
  });

  it("reads the columns other exports name their own way (Published, link, headline, body)", () => {
    const csv = `Headline,Published At,Link,Body,date\nFloods,2021-07-02,https://example.org/f,"Officials said 12 roads closed on Friday.",1999-01-01\n`;
    expect(csvToArticles(csv, "cms.csv")).toEqual([{ source: "https://example.org/f", title: "Floods",
      text: "Floods\n\nOfficials said 12 roads closed on Friday.", published: "2021-07-02" }]);
    expect(() => csvToArticles("headline,summary\nA,B\n", "odd.csv")).toThrow(/odd\.csv: a CSV of articles needs a "text" column/);
  });
});

describe("the built CLI", () => {
  it("keeps --json output clean of pdf.js warnings and refuses 127.0.0.1 unless --allow-private-addresses", async () => {
    const pdf = path.join(dir, "warn.pdf");
    // pdf.js warns as it loads in Node ("Please use the legacy build"): it used to land on stdout
    writeFileSync(pdf, makePdf([["The harbour board said that 40 ships were turned away."]]));
    // not spawnSync: this process's test server must go on answering
    const run = async (...args: string[]) => (await execFileP(process.execPath, [path.join(root, "bin", "claimledger.js"), "ingest", "--json", "--db", path.join(dir, "cli.db"), ...args], { encoding: "utf8", cwd: dir }).catch((e: { stdout: string }) => e));
    const first = await run(pdf, `${base}/page-cli`);
    const summary = JSON.parse(first.stdout);
    expect(first.stdout.trim().split("\n")).toHaveLength(1);
    expect(summary.failures.map((f: { message: string }) => f.message).join("\n")).toMatch(/page-cli: refused to fetch from 127\.0\.0\.1/);
    const second = await run("--allow-private-addresses", `${base}/page-cli`);
    expect(JSON.parse(second.stdout).documents).toMatchObject({ new: 1, failed: 0 });
  }, 60_000);
});
