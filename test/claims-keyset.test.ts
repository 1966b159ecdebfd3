// Keyset paging in every sort, the same on SQLite and on PostgreSQL: page after page by the last claim of
// the one before (`after`) is the list paged by offset, by value, speaker and date, both ways, through
// ties, statements without a number (no value), documents without a date and claims without a speaker,
// wherever the engine puts nulls.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../src/ingest/ingest.js";
import type { Ledger } from "../src/ledger/ledger.js";
import type { ClaimFilter, ClaimSort } from "../src/ledger/store.js";
import { ledgerEngines } from "./helpers/engines.js";

const engines = ledgerEngines("keyset");

// invented stories: equal numbers in several (ties), one without a date, statements without a number
const stories = [
  ["a", "2023-03-01", "The port authority said that 40 ships were delayed in March. Harbour pilots said the queue was getting longer."],
  ["b", "2023-03-01", "The port authority said that 40 containers were lost in March. Dock workers reported that 12 cranes were idle."],
  ["c", null, "Customs officers said that 12 lorries were stopped at the border. Drivers complained about the delays, the union said."],
  ["d", "2022-11-20", "Fishermen said that 900 tonnes of fish were spoiled in November. The ministry said the figures were exaggerated."],
  ["e", "2024-01-05", "Inspectors estimated that about 40 barges were held in January. The canal authority said that 7 locks were shut."],
] as const;

describe.each(engines)("keyset paging on %s", (_name, open) => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await open();
    for (const [name, published, text] of stories)
      expect((await ingestArticle(ledger, { source: `https://example.org/${name}`, title: `Story ${name}`, ...(published ? { published } : {}), text })).status).toBe("new");
  });
  afterAll(() => ledger.close());

  const ids = async (f: ClaimFilter) => (await ledger.documents.findClaims(f)).map((c) => c.id);

  it("lists claims with a number in the order asked, ties by id, whichever way the engine finds a page", async () => {
    const claims = await ledger.documents.findClaims({ quantified: true, limit: 1000 });
    const byValue = [...claims].sort((a, b) => b.quantity!.value! - a.quantity!.value! || a.id - b.id).map((c) => c.id);
    expect(await ids({ quantified: true, sort: "value", order: "desc", limit: 1000 })).toEqual(byValue);
    expect(await ids({ quantified: true, sort: "value", order: "desc", limit: 3, offset: 2 })).toEqual(byValue.slice(2, 5));
    const byId = claims.map((c) => c.id).sort((a, b) => b - a);
    expect(await ids({ quantified: true, order: "desc", limit: 3, offset: 1 })).toEqual(byId.slice(1, 4));
  });

  it("has the nulls and ties it pages through", async () => {
    const all = await ledger.documents.findClaims({ quantified: false, limit: 1000 });
    expect(all.some((c) => c.quantity === null)).toBe(true);
    expect(all.some((c) => c.published === null)).toBe(true);
    expect(all.filter((c) => c.quantity?.value === 40).length).toBeGreaterThan(1);
  });

  for (const sort of ["value", "speaker", "published", "id"] as ClaimSort[])
    for (const order of ["asc", "desc"] as const)
      for (const quantified of [true, false])
        it(`pages by ${sort} ${order}${quantified ? "" : ", statements too"} as offset does`, async () => {
          const f = { sort, order, quantified };
          const whole = await ids({ ...f, limit: 1000 });
          expect(whole.length).toBeGreaterThan(4);
          for (const limit of [1, 2, 3]) {
            const pages: number[] = [];
            for (let after: number | undefined, n = 0; n < 100; n++) {
              const page = await ids({ ...f, limit, after });
              if (!page.length) break;
              pages.push(...page);
              after = page[page.length - 1];
            }
            expect(pages).toEqual(whole);
          }
          // after and offset together: skip past the rest of the anchor's segment into the next
          for (const at of [0, 2])
            for (const skip of [1, 3, whole.length])
              expect(await ids({ ...f, limit: 2, after: whole[at], offset: skip })).toEqual(whole.slice(at + 1 + skip, at + 3 + skip));
        });

  it("names a missing claim to page after", async () => {
    await expect(ledger.documents.findClaims({ sort: "value", after: 999_999 })).rejects.toThrow("after: there is no claim 999999");
  });
});
