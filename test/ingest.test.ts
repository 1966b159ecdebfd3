// Ingest of every format, with real-shaped fixtures, re-ingest, bad inputs, and feeds served over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger } from "../src/ledger/open.js";
import { ingest } from "../src/ingest/ingest.js";
import { htmlToArticle } from "../src/ingest/html.js";
import { pdfToArticle } from "../src/ingest/pdf.js";
import { articlesFrom } from "../src/ingest/sources.js";
import { DEFAULT_LIMITS, fetchUrl } from "../src/ingest/fetch.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { makePdf } from "./fixtures/make-pdf.js";

// the test servers listen on 127.0.0.1, which a fetch refuses unless private addresses are allowed
const LOCAL = { ...DEFAULT_LIMITS, allowPrivateAddresses: true };
const here = path.dirname(fileURLToPath(import.meta.url));
const page = readFileSync(path.join(here, "fixtures", "article-page.html"), "utf8");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-ingest-"));

const body = (n: number) =>
  `Officials said that ${n} families were moved to shelters after the storm. The agency estimated that about ${n * 10} homes lost power, according to the utility.`;
const rss = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast Herald</title>
<item><title>Storm hits coast</title><link>${base}/story-1</link><pubDate>Tue, 02 Feb 2021 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>${body(120)}</p><p>${body(130)}</p><p>${body(140)}</p>]]></content:encoded></item>
<item><title>Short item</title><link>${base}/page</link><pubDate>Wed, 03 Feb 2021 10:00:00 GMT</pubDate><description>Only a teaser.</description></item>
</channel></rss>`;
const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Gazette</title>
<entry><title>Dam inspected</title><link href="https://example.org/dam"/><published>2021-05-06T08:00:00Z</published>
<content type="html">&lt;p&gt;${body(70)}&lt;/p&gt;&lt;p&gt;${body(80)}&lt;/p&gt;&lt;p&gt;${body(90)}&lt;/p&gt;</content></entry></feed>`;

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(base));
    if (req.url === "/atom.xml") return void res.writeHead(200, { "content-type": "application/atom+xml" }).end(atom);
    if (req.url === "/page") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (req.url === "/loop") return void res.writeHead(302, { location: "/loop" }).end();
    if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(3000));
      return;
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("HTML pages", () => {
  it("keeps the article and drops navigation, ads, related links and comments, with the page's metadata", () => {
    const a = htmlToArticle(page, "page.html");
    expect(a).toMatchObject({ title: "Flood toll rises in Riverton", outlet: "The Valley Courier", published: "2021-03-04", byline: "Mara Quint" });
    expect(a.text).toContain("At least 14 people have died");
    expect(a.text).toContain("“We have never seen water move this fast,” the mayor said.");
    for (const junk of ["Subscribe", "mattresses", "Reader123", "rain jackets", "All rights reserved", "tracker"]) expect(a.text).not.toContain(junk);
    expect(a.text.split("\n\n").length).toBeGreaterThanOrEqual(5);
  });

  it("reads a page declared in windows-1252", async () => {
    const latin = Buffer.from(page.replace('charset="utf-8"', 'charset="windows-1252"').replace("Riverton this week", "Riverton this week — café"), "latin1");
    const [a] = await articlesFrom("old.html", latin);
    expect(a.text).toContain("café");
  });

  it("says clearly when a page has no article text", () => {
    expect(() => htmlToArticle("<html><body><nav></nav></body></html>", "empty.html")).toThrow(/empty.html: no article text/);
  });
});

describe("PDF", () => {
  it("reads the text layer and removes the running head and page numbers", async () => {
    const pdf = makePdf([
      ["CITY OF RIVERTON - PRESS OFFICE", "Mayor Dana Holt said that 14 people died in the floods.", "Page 1 of 2"],
      ["CITY OF RIVERTON - PRESS OFFICE", "Around 600 residents remain in shelters, the mayor said.", "Page 2 of 2"],
    ]);
    const a = await pdfToArticle(pdf, "release.pdf");
    expect(a.text).toContain("Mayor Dana Holt said that 14 people died in the floods.");
    expect(a.text).toContain("Around 600 residents remain in shelters");
    expect(a.text).not.toMatch(/PRESS OFFICE|Page \d of 2/);
    expect(a.title).toBe("Press release");
  });

  it("names a malformed PDF", async () => {
    await expect(pdfToArticle(Buffer.from("%PDF-1.4\nthis is not really a pdf"), "broken.pdf")).rejects.toThrow(/broken.pdf: not a readable PDF/);
  });
});

describe("feeds over HTTP", () => {
  it("takes full-text RSS items from the feed and fetches the page of an item that has only a teaser", async () => {
    const ledger = await openLedger(path.join(dir, "feeds.db"));
    try {
      const s = await ingest(ledger, [`${base}/feed.xml`, `${base}/atom.xml`], { allowPrivateAddresses: true });
      expect(s.documents).toMatchObject({ new: 3, failed: 0 });
      const docs = await ledger.listDocuments();
      expect(docs.map((d) => d.source).sort()).toEqual(["https://example.org/dam", `${base}/page`, `${base}/story-1`].sort());
      const story = docs.find((d) => d.source === `${base}/story-1`)!;
      expect(story).toMatchObject({ title: "Storm hits coast", outlet: "Coast Herald", published: "2021-02-02" });
      const fetched = docs.find((d) => d.source === `${base}/page`)!;
      expect(fetched).toMatchObject({ title: "Flood toll rises in Riverton", published: "2021-03-04" });
      const claims = await ledger.findClaims({ documentId: fetched.id });
      expect(claims.map((c) => c.quantity?.text)).toContain("At least 14");
    } finally {
      await ledger.close();
    }
  });

  it("refuses non-HTTP schemes, endless redirects and bodies over the size limit", async () => {
    await expect(fetchUrl("file:///etc/passwd")).rejects.toThrow(/only http and https/);
    await expect(fetchUrl(`${base}/loop`, LOCAL)).rejects.toThrow(/more than 5 redirects/);
    await expect(fetchUrl(`${base}/big`, { timeoutMs: 5000, maxBytes: 1000, maxRedirects: 5, allowPrivateAddresses: true })).rejects.toThrow(/larger than 1000 bytes/);
    await expect(fetchUrl(`${base}/missing`, LOCAL)).rejects.toThrow(/404/);
  });

  it("names a malformed feed", async () => {
    await expect(articlesFrom("bad.xml", Buffer.from("<?xml version='1.0'?><rss><channel><item><title>x</item></rss>"))).rejects.toThrow(/bad.xml: not well-formed XML/);
  });
});

describe("folders, re-ingest and bad inputs", () => {
  let ledger: Ledger;
  const folder = path.join(dir, "folder");
  beforeAll(async () => {
    mkdirSync(path.join(folder, "nested"), { recursive: true });
    writeFileSync(path.join(folder, "one.txt"), `Storm report\n\n${body(12)}\n`);
    writeFileSync(path.join(folder, "nested", "page.html"), page);
    writeFileSync(path.join(folder, "nested", "articles.csv"), `url,date,title,text\nhttps://example.org/x,2020-01-02,Quake,"${body(33)}"\nhttps://example.org/y,2020-01-03,Fire,"${body(44)}"\n`);
    writeFileSync(path.join(folder, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(path.join(folder, "empty.txt"), "");
    writeFileSync(path.join(folder, "latin1.txt"), Buffer.from("Caf\xe9 owners said 12 shops closed.", "latin1"));
    writeFileSync(path.join(folder, "broken.html"), "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav><div><p>unclosed <b>tags");
    writeFileSync(path.join(folder, "notes.bin"), "ignored: not an article extension");
    // a sparse file larger than the limit: refused without being read
    writeFileSync(path.join(folder, "huge.txt"), "");
    truncateSync(path.join(folder, "huge.txt"), 60 * 1024 * 1024);
    ledger = await openLedger(path.join(dir, "folder.db"));
  });
  afterAll(async () => {
    await ledger.close();
  });

  it("reads a folder recursively, names each bad file and goes on", async () => {
    const s = await ingest(ledger, [folder, path.join(dir, "does-not-exist.txt")]);
    expect(s.documents.new).toBe(4); // one.txt, page.html, two CSV rows
    const failed = s.failures.map((f) => f.message).join("\n");
    expect(failed).toMatch(/binary.txt: not a text file/);
    expect(failed).toMatch(/empty.txt: empty file/);
    expect(failed).toMatch(/latin1.txt: not valid UTF-8/);
    expect(failed).toMatch(/broken.html: no article text/);
    expect(failed).toMatch(/does-not-exist.txt: no such file/);
    expect(failed).toMatch(/huge.txt: larger than 50 MiB/);
    expect(s.documents.failed).toBe(6);
    const docs = await ledger.listDocuments();
    expect(docs.find((d) => d.source === "https://example.org/x")).toMatchObject({ title: "Quake", published: "2020-01-02" });
  });

  it("finds nothing new on a second run", async () => {
    const s = await ingest(ledger, [folder]);
    expect(s.documents).toMatchObject({ new: 0, unchanged: 4, versions: 0 });
    expect(s.claims).toBe(0);
  });
});
