// What happened to a figure (its predicate) and how it is reported (its mode), through the whole pipeline, on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

/** the claim of the quantity written `q` in an article of `text` */
function claimOf(text: string, q: string) {
  const claim = extract(text, { published: "2021-05-04", path: "t.txt" }).claims.find((c) => c.quantity?.text === q);
  if (!claim) throw new Error(`no claim for ${q}`);
  return claim;
}

describe("the predicate of a figure", () => {
  it("gives a figure restated in brackets in other units the frame of the first", () => {
    const c = claimOf("Harbour Deal\n\nThe purchase price is 400 million kroner (46 million euros), the company said.", "46 million euros");
    expect([c.counted, c.predicate]).toEqual(["purchase price", "be"]);
  });
  it("reads a passive relative clause set off by a comma as what happened to the figure", () => {
    expect(claimOf("Visa Cap\n\nThe office issued more visas than the cap of 5,000, which was reached in March.", "5,000").predicate).toBe("reach");
  });
  it("reads the glued-on 'is' of a pronoun as the figure's verb", () => {
    expect(claimOf("Slow Trains\n\nThat’s nine hours after the line had reopened.", "nine").predicate).toBe("be");
  });
  it("reads an item of a list of gerund clauses the tagger read as an adjective", () => {
    expect(claimOf("Budget Plan\n\nThe plan includes: raising the levy, cutting bus fares to 80 cents, hiring nurses.", "80 cents").predicate).toBe("cut");
  });
  it("reads a preposition the tagger took for a participle after a verb", () => {
    expect(claimOf("Record Sales\n\nTicket sales have raced past the 2 million mark.", "2 million").predicate).toBe("race");
  });
});

describe("the mode of a figure in reported speech", () => {
  it("is direct when the figure is quoted inside the reported clause, indirect when it is not", () => {
    expect(claimOf('Border Raid\n\nThe agency reported its source said "four gunmen" were arrested.', "four").mode).toBe("direct");
    expect(claimOf("Border Raid\n\nThe agency reported its source said four gunmen were arrested.", "four").mode).toBe("indirect");
  });
});
