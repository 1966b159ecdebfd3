// A toll that rose: "the death toll climbed to 23 on Sunday", "the number of dead rose to 40", "the tally of
// people killed rose to 60" are figures of the people killed, one metric whose series the checks follow.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extract } from "../src/extract/pipeline.js";
import { openLedger } from "../src/ledger/open.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { metricKey, metricOf } from "../src/analysis/metric.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-toll-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// invented articles about one storm, the toll rising from day to day
const articles = [
  { text: "Storm over Norway\n\nThe storm struck Norway on Saturday. The death toll climbed to 23 on Sunday.", published: "2023-05-08" },
  { text: "Storm toll rises\n\nRescuers in Norway searched the coast. The number of dead rose to 40.", published: "2023-05-10" },
  { text: "Storm toll\n\nThe storm in Norway was the worst in years. The tally of people killed rose to 60.", published: "2023-05-12" },
];

const figureOf = (text: string, published: string, value: number) => {
  const c = extract(text, { published }).claims.find((x) => x.quantity?.value === value);
  if (!c?.quantity) return null;
  const q = c.quantity;
  return { claim: c, metric: metricOf({ counted: c.counted, predicate: c.predicate, text: c.text, quantityStart: q.start - c.sentence.start, quantityEnd: q.end - c.sentence.start, unit: q.unit, kind: q.kind, places: c.places }, "Norway") };
};

describe("a rising toll", () => {
  it("reads a bare number before a day as a figure, not as the day's hour", () => {
    const f = figureOf(articles[0].text, articles[0].published, 23);
    expect(f?.claim.counted).toBe("death toll");
    expect(f?.claim.period).toMatchObject({ start: "2023-05-07", end: "2023-05-07" });
    // a time of day is still one
    expect(extract("Storm\n\nThe storm reached the coast at 11 p.m. on Sunday.", { published: "2023-05-08" }).claims.filter((c) => c.quantity?.value === 11)).toHaveLength(0);
  });

  it("keys what the toll counts, not its verb of change", () => {
    const keys = articles.map((a, i) => figureOf(a.text, a.published, [23, 40, 60][i])?.metric).map((m) => (m ? metricKey(m) : null));
    expect(keys).toEqual(["person|die|number|Norway", "person|die|number|Norway", "person|die|number|Norway"]);
    const injured = figureOf("Storm\n\nThe number of people injured reached 120.", "2023-05-08", 120)?.metric;
    expect(injured && metricKey(injured)).toBe("person|injure|number|Norway");
    // a count whose words say no event is of none, not of "reach"
    const victims = figureOf("Storm\n\nThe count of victims reached 12.", "2023-05-08", 12)?.metric;
    expect(victims?.event).toBe("");
  });

  it("follows the toll as a series in the ledger", async () => {
    const ledger = await openLedger(path.join(dir, "toll.db"));
    try {
      for (const [i, a] of articles.entries()) await ingestArticle(ledger, { source: `storm-${i}.txt`, text: a.text, title: null, published: a.published });
      const m = new MetricsLedger(ledger);
      expect((await m.metric("person|die|number|Norway"))?.figures).toBe(3);
      const [series] = await m.findings({ kind: "series", metric: "person|die|number|Norway" });
      expect(series.reason).toBe("the figure over time: 23 (2023-05-07) → 40 (2023-05-10) → 60 (2023-05-12)");
      expect(await m.countFindings({ kind: "conflict" })).toBe(0);
    } finally {
      await ledger.close();
    }
  });
});
