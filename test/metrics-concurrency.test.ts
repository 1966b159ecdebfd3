// Ingests at the same time: every document is stored and read into its metric once, and the findings are
// those of the same documents ingested one by one. On PostgreSQL the ingests go through two ledgers (two
// pools, as two processes would); two ingests used to make the same new metric and one failed on its
// unique key. On SQLite one ledger: a second connection in the same process would wait for the first's
// write lock synchronously, holding up the thread the first needs to finish (ledger-concurrency.test.ts
// runs processes).
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schemas = pgSchemas("metricsrace");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-metrics-race-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEAKERS = ["Interior Minister Ola Berg", "the opposition leader Kari Lund", "the mayor Per Olsen", "Red Cross spokesman Jon Dahl"];
const articles = Array.from({ length: 8 }, (_, i) => ({
  source: `flood-${i}.txt`, title: null, published: "2019-03-04",
  text: `Flood in Norway\n\nThe flood in Norway killed ${14 + 4 * i} people, ${SPEAKERS[i % SPEAKERS.length]} said on Monday.`,
}));

/** what the metrics made of the ledger: each metric's figures, and the findings by kind */
async function summary(ledger: Ledger) {
  const m = new MetricsLedger(ledger);
  const metrics = (await m.metrics()).map((x) => ({ key: x.key, figures: x.figures }));
  const findings: Record<string, number> = {};
  for (const f of await m.findings({ limit: 1000 })) findings[f.kind] = (findings[f.kind] ?? 0) + 1;
  const figures = (await m.metricClaims((await m.metric(metrics[0]?.key ?? ""))?.id ?? 0)).length;
  return { metrics, findings, figures, documents: (await ledger.listDocuments({ limit: 100 })).length };
}

let oneByOne: Awaited<ReturnType<typeof summary>>;

const backends: [string, () => Promise<[Ledger, Ledger]>][] = [
  ["sqlite", async () => {
    const ledger = await openLedger(path.join(dir, "race.db"));
    return [ledger, ledger];
  }],
  ["postgres", async () => {
    const schema = schemas();
    return [await openLedger(PG_URL, { schema }), await openLedger(PG_URL, { schema })];
  }],
];

describe("concurrent ingests", () => {
  it("one by one first: what the metrics make of the documents", async () => {
    const ledger = await openLedger(path.join(dir, "one-by-one.db"));
    try {
      for (const a of articles) await ingestArticle(ledger, a);
      oneByOne = await summary(ledger);
    } finally {
      await ledger.close();
    }
    expect(oneByOne.documents).toBe(articles.length);
    expect(oneByOne.metrics).toEqual([{ key: "person|die|number|Norway", figures: articles.length }]);
    expect(oneByOne.findings.conflict).toBeGreaterThan(0);
  });

  it.each(backends)("on %s: every document stored, its figures in their metric once, the findings complete", async (_name, open) => {
    const [one, two] = await open();
    try {
      const results = await Promise.all(articles.map((a, i) => ingestArticle(i % 2 ? two : one, a)));
      expect(results.map((r) => r.status)).toEqual(articles.map(() => "new"));
      expect(await summary(one)).toEqual(oneByOne);
      // nothing left unread: a later catch-up finds no document the metrics have not read
      expect(await new MetricsLedger(two).catchUp()).toBe(0);
    } finally {
      await one.close();
      if (two !== one) await two.close();
    }
  });
});
