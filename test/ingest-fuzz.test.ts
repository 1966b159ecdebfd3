// A seeded fuzz run over every ingest format (text, HTML, PDF, RSS/Atom feeds, CSV): whatever the bytes,
// reading them ends in articles or in one named error (UserError), never a crash, a raw stack or a hang.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { articlesFrom } from "../src/ingest/sources.js";
import { isUserError } from "../src/errors.js";
import { makePdf } from "./fixtures/make-pdf.js";

const SEED = 1717;
const CASE_MS = 10_000;

/** Reads one input and checks the outcome; a case that takes longer than CASE_MS is a hang. */
async function readsOrNames(name: string, bytes: Uint8Array): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${name}: no end within ${CASE_MS} ms`)), CASE_MS)));
  try {
    // feed entries' links point at 127.0.0.1: refused at once (SSRF), so no case waits on the network
    const articles = await Promise.race([articlesFrom(name, bytes, { onPartFailure: (e) => expect(isUserError(e)).toBe(true) }), hang]);
    for (const a of articles) expect(typeof a.text === "string" && a.text.length > 0).toBe(true);
  } catch (e) {
    if (!isUserError(e)) throw e;
    expect(e.message).not.toMatch(/\n\s+at /);
  } finally {
    clearTimeout(timer);
  }
}

const utf8 = (s: string) => Buffer.from(s, "utf8");
const words = fc.constantFrom("Officials", "said", "that", "12", "1,200", "per cent", "the", "mayor", "“", "”", "\"", "'", "&amp;", "&", "<", ">", "\n", "\n\n", " ", ",", ";", "\u0000", "\ufeff", "é", "😀");
const prose = fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((w) => w.join(" "));

const textBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  prose.map(utf8),
  prose.map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")])),
  prose.map((s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()])),
  fc.tuple(prose, fc.uint8Array({ maxLength: 50 })).map(([s, b]) => Buffer.concat([utf8(s), b])),
);

const tag = fc.constantFrom("p", "div", "article", "nav", "script", "style", "h1", "li", "ul", "table", "td", "b", "a", "main", "template", "svg", "iframe");
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    prose,
    fc.tuple(tag, fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t} class="x">${kids.join("")}${close ? `</${t}>` : ""}`),
    fc.constantFrom("<!--", "-->", "<![CDATA[", "<meta charset=\"utf-16\">", "<meta property=\"article:published_time\" content=\"2020-99-99\">", '<script type="application/ld+json">{"@graph":[null,{"author":[{}]}]}</script>'),
  ),
})).node;
const htmlBytes = fc.oneof(node.map((b) => utf8(`<!doctype html><html><head><title>T</title></head><body>${b}</body></html>`)), node.map(utf8), fc.uint8Array({ maxLength: 2000 }));

const field = fc.oneof(prose, fc.constantFrom('"', '""', ",", "\n", "\r\n", "", " ", '"a,b"', "2020-01-02", "not a date"));
const csvBytes = fc
  .tuple(fc.constantFrom("url,date,title,text", "text", "title,body", "URL , Date,TEXT", "", '"text'), fc.array(fc.array(field, { maxLength: 5 }), { maxLength: 12 }), fc.boolean())
  .map(([head, rows, quote]) => utf8(`${head}\n${rows.map((r) => r.map((f) => (quote ? `"${f.replace(/"/g, '""')}"` : f)).join(",")).join("\n")}`));

const link = fc.constantFrom("http://127.0.0.1:9/a", "http://[::1]:9/b", "http://169.254.169.254/latest", "ftp://x", "not a url", "", "http://10.0.0.1/");
const xmlish = fc.oneof(prose, fc.constantFrom("&lol;", "&amp;", "&#0;", "&#x110000;", "]]>", "<![CDATA[", "</item>", "<item>", "&a;"));
const rssItem = fc.tuple(xmlish, link, xmlish, fc.boolean(), fc.constantFrom("Tue, 02 Feb 2021 10:00:00 GMT", "2020-99-99junk", "", "yesterday")).map(
  ([t, l, d, cdata, date]) => `<item><title>${t}</title><link>${l}</link><pubDate>${date}</pubDate><description>${cdata ? `<![CDATA[${d}]]>` : d}</description></item>`,
);
const atomEntry = fc.tuple(xmlish, link, xmlish).map(([t, l, c]) => `<entry><title>${t}</title><link href="${l}"/><content type="html">${c}</content></entry>`);
const doctype = fc.constantFrom("", '<!DOCTYPE rss [<!ENTITY a "aaaa">]>', '<!DOCTYPE rss [<!ENTITY a "&b;"><!ENTITY b "x">]>', '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "<!DOCTYPE rss [");
const feedBytes = fc.oneof(
  fc.tuple(doctype, fc.array(rssItem, { maxLength: 6 })).map(([d, items]) => utf8(`<?xml version="1.0"?>${d}<rss version="2.0"><channel><title>F</title>${items.join("")}</channel></rss>`)),
  fc.tuple(doctype, fc.array(atomEntry, { maxLength: 6 })).map(([d, es]) => utf8(`<?xml version="1.0"?>${d}<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${es.join("")}</feed>`)),
  fc.tuple(fc.constantFrom("<rss>", "<feed>", "<rdf:RDF>", "<?xml version='1.0'?><rss><channel>"), fc.uint8Array({ maxLength: 500 })).map(([h, b]) => Buffer.concat([utf8(h), b])),
);

const basePdf = makePdf([["The mayor said that 14 people died in the floods.", "Page 1 of 2"], ["Around 600 residents remain in shelters.", "Page 2 of 2"]]);
const mutation = fc.oneof(
  fc.tuple(fc.nat(basePdf.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, v]) => (b: Buffer) => {
    const c = Buffer.from(b);
    c[at] = v;
    return c;
  }),
  fc.nat(basePdf.length).map((n) => (b: Buffer) => b.subarray(0, Math.max(6, n))),
  fc.tuple(fc.nat(basePdf.length), fc.uint8Array({ maxLength: 40 })).map(([at, ins]) => (b: Buffer) => Buffer.concat([b.subarray(0, at), ins, b.subarray(at)])),
  fc.tuple(fc.nat(basePdf.length), fc.nat(200)).map(([at, n]) => (b: Buffer) => Buffer.concat([b.subarray(0, at), b.subarray(at + n)])),
);
const pdfBytes = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((b, m) => m(b), basePdf));

describe("ingest fuzz (seeded)", () => {
  const run = (name: string, arb: fc.Arbitrary<Uint8Array>, numRuns: number) =>
    fc.assert(
      fc.asyncProperty(arb, (bytes) => readsOrNames(name, bytes)),
      { seed: SEED, numRuns },
    );
  it("text: 1000 cases", () => run("fuzz.txt", textBytes, 1000), 60_000);
  it("HTML: 600 cases", () => run("fuzz.html", htmlBytes, 600), 60_000);
  it("CSV: 1000 cases", () => run("fuzz.csv", csvBytes, 1000), 60_000);
  it("RSS/Atom feeds: 800 cases", () => run("fuzz.xml", feedBytes, 800), 60_000);
  it("PDF: 300 mutated PDFs", () => run("fuzz.pdf", pdfBytes, 300), 60_000);
});
