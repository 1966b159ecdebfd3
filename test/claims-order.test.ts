// Claims newest first (sort=published), the same on SQLite and on PostgreSQL: by their document's date, a
// day's documents newest first too (oldest first when ascending), and each document's claims in their order.
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../src/ingest/ingest.js";
import { ledgerEngines } from "./helpers/engines.js";

const engines = ledgerEngines("order");

const story = (name: string, published: string, n: number) => ({
  source: `https://example.org/${name}`,
  title: `Canal report ${name}`,
  published,
  text: `The canal authority said that ${n} barges were held in April. Inspectors estimated that about ${n * 3} tonnes of grain were spoiled, according to the authority.`,
});

describe.each(engines)("claims by date on %s", (_name, open) => {
  it("takes a day's documents newest first, each one's claims in order", async () => {
    const ledger = await open();
    try {
      // stored in this order: the two of 2024-05-02 are one day's, the second stored the newer
      for (const [name, day, n] of [["early", "2024-05-01", 11], ["first", "2024-05-02", 22], ["second", "2024-05-02", 33]] as const)
        expect((await ingestArticle(ledger, story(name, day, n))).status).toBe("new");
      const order = async (o: "asc" | "desc") =>
        (await ledger.documents.findClaims({ sort: "published", order: o, quantified: true })).map((c) => `${c.source.split("/").pop()} ${c.quantity?.text}`);
      expect(await order("desc")).toEqual(["second 33", "second about 99", "first 22", "first about 66", "early 11", "early about 33"]);
      expect(await order("asc")).toEqual(["early 11", "early about 33", "first 22", "first about 66", "second 33", "second about 99"]);
      // keyset paging: page after page by the last id of the one before is the list paged by offset, both ways;
      // the count is the filter's, whatever the page
      for (const o of ["asc", "desc"] as const) {
        const byOffset = await ledger.documents.findClaims({ quantified: true, order: o });
        const pages: number[][] = [];
        for (let after: number | undefined; ; ) {
          const page = (await ledger.documents.findClaims({ quantified: true, order: o, limit: 4, after })).map((c) => c.id);
          if (!page.length) break;
          pages.push(page);
          after = page[page.length - 1];
        }
        expect(pages.map((p) => p.length)).toEqual([4, 2]);
        expect(pages.flat()).toEqual(byOffset.map((c) => c.id));
      }
      expect(await ledger.documents.countClaims({ quantified: true, after: 1e9 })).toBe(6);
    } finally {
      await ledger.close();
    }
  });
});
