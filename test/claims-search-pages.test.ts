// A search's pages, however the ledger finds them (PostgreSQL looks for a search's first pages among the next
// claims in id order): each page, forwards and backwards, by offset or after the last claim of the page
// before, is that page of the whole search, the same on SQLite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { ingestArticle } from "../src/ingest/ingest.js";
import { ledgerEngines } from "./helpers/engines.js";

const engines = ledgerEngines("searchpages");

// every third story is about ferries, the others about barges
const story = (n: number) => ({
  source: `https://example.org/story-${n}`,
  title: `River report ${n}`,
  published: "2024-03-01",
  text: n % 3 ? `The river authority said that ${n + 10} barges were held in March.` : `The port office said that ${n + 20} ferries were cancelled in March. Its director said that ${n + 5} crews waited.`,
});

describe.each(engines)("a search's pages on %s", (_name, open) => {
  it("are the pages of the whole search, by offset or by the last claim before", async () => {
    const ledger = await open();
    try {
      for (let n = 1; n <= 15; n++) expect((await ingestArticle(ledger, story(n))).status).toBe("new");
      // the planner's statistics, as a ledger in use has them (PostgreSQL: a search it expects to be common is walked)
      if (ledger.engine.name === "postgres") await sql`analyze sentences`.execute(ledger.db);
      // PostgreSQL finds a walk that no filter but numbers thins from its documents' sentences (walkSentencesWith),
      // and asks the whole search (the words as a condition on every claim) only when the walk holds no full page:
      // both counted, to show which pages below are found how
      let byDocuments = 0, whole = 0;
      const engine = ledger.engine as { walkSentencesWith?: (text: string) => unknown; wordConditions: (f: { text?: string }) => unknown[] };
      const walkSentencesWith = engine.walkSentencesWith, wordConditions = engine.wordConditions;
      if (walkSentencesWith) {
        engine.walkSentencesWith = (text: string) => (byDocuments++, walkSentencesWith(text));
        engine.wordConditions = (f) => (f.text && whole++, wordConditions(f));
      }
      for (const order of ["asc", "desc"] as const) {
        // the whole search, in one page (too long a page to be looked for among the next claims)
        const all = (await ledger.documents.findClaims({ text: "ferries cancelled", quantified: true, order, limit: 1000 })).map((c) => c.id);
        expect(all).toHaveLength(5);
        whole = 0;
        for (const offset of [0, 2, 4]) {
          const page = await ledger.documents.findClaims({ text: "ferries cancelled", quantified: true, order, limit: 2, offset });
          expect(page.map((c) => c.id)).toEqual(all.slice(offset, offset + 2));
          // the first two pages are in the walk, the last (one claim) is not
          if (walkSentencesWith) expect(whole, `offset ${offset}`).toBe(offset < 4 ? 0 : 1);
        }
        whole = 0;
        const after = await ledger.documents.findClaims({ text: "ferries cancelled", quantified: true, order, limit: 2, after: all[1] });
        expect(after.map((c) => c.id)).toEqual(all.slice(2, 4));
        if (walkSentencesWith) expect([byDocuments > 0, whole]).toEqual([true, 0]);
        byDocuments = 0;
        // with the rest of the filter (a speaker thins the walk: its claims asked one by one)
        const speaker = await ledger.documents.findClaims({ text: "ferries", speaker: "port office", order, limit: 2 });
        expect(speaker.map((c) => c.id)).toEqual(all.slice(0, 2));
        expect(await ledger.documents.findClaims({ text: "ferries", speaker: "river authority", order, limit: 2 })).toEqual([]);
        expect(byDocuments).toBe(0);
      }
    } finally {
      await ledger.close();
    }
  });
});
