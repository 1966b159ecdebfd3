// The findings' counts are kept between visits of the findings page, and made again whenever findings may
// have changed: this process's ingest or reference import, or another connection's commit.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-finding-counts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const article = (n: number, speaker: string) => ({ source: `${n}.txt`, text: `Flood in Norway\n\nThe flood in Norway killed ${n} people, ${speaker} said on Monday.`, title: null, published: "2019-03-04" });

describe("kept counts of findings", () => {
  it("counts again after this process's writes and after another connection's", async () => {
    const file = path.join(dir, "l.db");
    const one = await openLedger(file), other = await openLedger(file);
    try {
      const m = new MetricsLedger(one);
      await ingestArticle(one, article(14, "Interior Minister Ola Berg"));
      expect(await m.countFindings({ kind: "conflict" })).toBe(0);
      await ingestArticle(one, article(30, "opposition leader Kari Lund"));
      expect(await m.countFindings({ kind: "conflict" })).toBe(1);
      // asked again with nothing changed: the same answer
      expect(await m.countFindings({ kind: "conflict" })).toBe(1);
      await ingestArticle(other, article(52, "the mayor Per Moen"));
      await new MetricsLedger(other).catchUp();
      expect(await m.countFindings({ kind: "conflict" })).toBe(3);
      const reference = "date,figure,qualifier,what,who_claimed,reported_by,url,period\n2019-03-04,28,approx,people killed in Norway,Red Cross,Agency,,2019-03-04\n";
      expect(await m.countFindings({ kind: "reference" })).toBe(0);
      await m.importReference("ref.csv", reference);
      expect(await m.countFindings({ kind: "reference" })).toBe(3);
    } finally {
      await one.close();
      await other.close();
    }
  });
});
