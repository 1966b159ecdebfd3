// Metrics and findings kept in the ledger as documents come in, the same on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { parseCursor } from "../src/ledger/metrics/figure-page.js";

const first = "Flood in Ruritania\n\nThe flood in Norway killed 14 people, Interior Minister Ola Berg said on Monday.";
const second = "Flood toll disputed\n\nThe flood in Norway killed 30 people, the opposition leader Kari Lund said.";
const third = "Flood toll\n\nThe flood in Norway killed 45 people in 2019, Ola Berg said.";
const reference = "date,figure,qualifier,what,who_claimed,reported_by,url,period\n2019-03-01,28,approx,people killed in Norway,Red Cross,Agency,,2019-03-04\n";

const schemas = pgSchemas("metrics");
const schema = schemas();
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-metrics-"));

const backends: [string, () => Promise<Ledger>][] = [
  ["sqlite", () => openLedger(path.join(dir, "ledger.db"))],
  ["postgres", () => openLedger(PG_URL, { schema })],
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(backends)("metrics on %s", (_name, open) => {
  let ledger: Ledger;
  let metrics: MetricsLedger;
  beforeAll(async () => {
    ledger = await open();
    metrics = new MetricsLedger(ledger);
  });
  afterAll(async () => {
    await ledger.close();
  });

  it("puts each ingested document's figures in their metric and flags figures that cannot both hold", async () => {
    await ingestArticle(ledger, { source: "one.txt", text: first, title: null, published: "2019-03-04" });
    await ingestArticle(ledger, { source: "two.txt", text: second, title: null, published: "2019-03-04" });
    const [m] = await metrics.metrics();
    expect(m).toMatchObject({ key: "person|die|number|Norway", label: "people killed in Norway", figures: 2 });
    const conflicts = await metrics.findings({ kind: "conflict" });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].claims.map((c) => c.quantity?.value).sort()).toEqual([14, 30]);
    expect(conflicts[0].reason).toMatch(/"14" \(Ola Berg.*"30" \(Kari Lund.*cannot both hold/);
  });

  it("keeps metrics current document by document: nothing is read twice", async () => {
    expect(await metrics.catchUp()).toBe(0);
    await ingestArticle(ledger, { source: "three.txt", text: third, title: null, published: "2019-12-30" });
    expect(await metrics.catchUp()).toBe(0);
    expect((await metrics.metric("person|die|number|Norway"))?.figures).toBe(3);
    // 45 for the whole year holds with 14 and 30 on one day of it; the series shows the figure moving
    expect(await metrics.countFindings({ kind: "conflict" })).toBe(1);
    expect((await metrics.findings({ kind: "series" }))[0].reason).toBe("the figure over time: 14 (2019-03-04) → 30 (2019-03-04) → 45 (2019)");
  });

  it("imports a reference table, holds claims against it, and replaces it when imported again", async () => {
    expect(await metrics.importReference("ref.csv", reference)).toBe(1);
    expect(await metrics.importReference("ref.csv", reference)).toBe(1);
    const m = await metrics.metric("person|die|number|Norway");
    const claims = await metrics.metricClaims(m!.id);
    expect(claims.filter((c) => c.source === "ref.csv")).toEqual([expect.objectContaining({ quantity: expect.objectContaining({ value: 28, qualifier: "approx" }) })]);
    const refs = await metrics.findings({ kind: "reference" });
    expect(refs.map((f) => f.reason).join("\n")).toMatch(/"30" \(Kari Lund.*agrees with the reference figure "around 28"/);
    expect(refs.map((f) => f.reason).join("\n")).toMatch(/"14" \(Ola Berg.*is below the reference figure/);
    // and 45 for the whole year against the figure on one day of it
    expect(refs).toHaveLength(3);
  });
});

// a stored document of invented figures of one metric, without extraction: "Ada Berg said N wells were dug in Norway"
function wellsDocument(n: number, day: string, value: number) {
  const text = `Ada Berg said ${value} wells were dug in Norway.`;
  const at = text.indexOf(String(value));
  const claim = {
    sentence: { start: 0, end: text.length }, text, mode: "indirect", content: null, speaker: { name: `Ada Berg ${n}`, mention: "Ada Berg", kind: "person", role: null, resolved: true, start: 0, end: 8 },
    cue: null, quantity: { text: String(value), value, upper: null, qualifier: "exact", unit: null, kind: "number", start: at, end: at + String(value).length },
    counted: "wells", predicate: "dig", period: null, places: ["Norway"], hedges: [], evidence: null,
  };
  return { source: `wells-${n}.txt`, text: `${text} (${n})`, published: day, record: { document: { path: `wells-${n}.txt`, title: null, published: day }, claims: [claim] } } as never;
}

describe.each(backends)("bounded work per document on %s", (name, open) => {
  it("reads a metric's series again only when a fresh figure falls among the figures it lists", async () => {
    const ledger = name === "sqlite" ? await openLedger(path.join(dir, "series.db")) : await openLedger(PG_URL, { schema: schemas("s") });
    try {
      const metrics = new MetricsLedger(ledger);
      const seriesId = async () => (await metrics.findings({ kind: "series" }))[0]?.id;
      // 50 figures a day apart: the series lists all of them (SERIES_FIGURES)
      const day = (n: number) => new Date(Date.UTC(2019, 2, 1) + n * 86_400_000).toISOString().slice(0, 10);
      for (let n = 0; n < 50; n++) await ledger.addDocument(wellsDocument(n, day(n), 100 + n));
      await metrics.catchUp();
      const first = await seriesId();
      expect(first).toBeDefined();
      // a later figure leaves the listed 50 as they are: the series is not read again
      await ledger.addDocument(wellsDocument(50, "2019-06-01", 500));
      await metrics.catchUp();
      expect(await seriesId()).toBe(first);
      // an earlier one (of the same story: within STORY_GAP_DAYS) enters the list: the series is read again and starts with it
      await ledger.addDocument(wellsDocument(51, "2019-02-15", 90));
      await metrics.catchUp();
      const again = (await metrics.findings({ kind: "series" }))[0];
      expect(again.id).not.toBe(first);
      expect(again.reason).toMatch(/^the figure over time: 90 \(2019-02-15\) → 100 \(2019-03-01\)/);
      expect((await metrics.metric("well|dig|number|Norway"))?.figures).toBe(52);
      // the metric's page a page at a time: the pages, one after another, are its figures in order, each once,
      // figures of one day too (five on 2019-03-05, over a page's end: the cursor's id decides within a day)
      for (let n = 52; n < 56; n++) await ledger.addDocument(wellsDocument(n, day(4), 104));
      await metrics.catchUp();
      const wells = (await metrics.metric("well|dig|number|Norway"))!;
      const all = (await metrics.metricClaims(wells.id)).map((c) => c.id);
      const paged: (number | string)[] = [];
      let after: string | null = null, pages = 0;
      do {
        const page = await metrics.metricPage(wells, { limit: 7, after: after === null ? null : parseCursor(after) });
        expect(page.claims.length).toBeLessThanOrEqual(7);
        // the findings come with the first page only
        if (pages > 0) expect(page.findings).toEqual([]);
        paged.push(...page.claims.map((c) => c.id));
        after = page.next;
        pages++;
      } while (after !== null && pages < 20);
      expect(pages).toBe(8);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(56);
    } finally {
      // its schema is dropped with the file's (helpers/pg.ts)
      await ledger.close();
    }
  });
});

describe("metrics and findings over the API", () => {
  it("lists metrics, one metric with its claims, and findings by kind, all in the OpenAPI document", async () => {
    const { buildApp } = await import("../src/server/app.js");
    const ledger = await openLedger(path.join(dir, "api.db"));
    await ingestArticle(ledger, { source: "one.txt", text: first, title: null, published: "2019-03-04" });
    await ingestArticle(ledger, { source: "two.txt", text: second, title: null, published: "2019-03-04" });
    const app = await buildApp({ ledger, uiDir: path.join(dir, "no-ui") });
    try {
      const list = (await app.inject({ url: "/api/metrics" })).json();
      expect(list).toMatchObject({ total: 1, items: [{ key: "person|die|number|Norway", figures: 2 }] });
      const one = (await app.inject({ url: `/api/metrics/${encodeURIComponent("person|die|number|Norway")}` })).json();
      expect(one.claims.map((c: { quantity: { value: number } }) => c.quantity.value)).toEqual([14, 30]);
      expect(one.findings.map((f: { kind: string }) => f.kind)).toContain("conflict");
      const findings = (await app.inject({ url: "/api/findings?kind=conflict&limit=10" })).json();
      expect(findings).toMatchObject({ total: 1, items: [{ kind: "conflict", metric: { label: "people killed in Norway" } }] });
      expect((await app.inject({ url: "/api/metrics/nothing" })).statusCode).toBe(404);
      expect((await app.inject({ url: "/api/findings?kind=rumour" })).statusCode).toBe(400);
      const paths = Object.keys((await app.inject({ url: "/api/openapi.json" })).json().paths);
      expect(paths).toEqual(expect.arrayContaining(["/api/metrics", "/api/metrics/{key}", "/api/findings"]));
    } finally {
      await app.close();
      await ledger.close();
    }
  });
});
