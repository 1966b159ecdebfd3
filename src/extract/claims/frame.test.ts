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

describe("a story's dateline", () => {
  it("dates no figure and names no speaker", () => {
    const text = "Ferry Sinks\n\nMANILA, May 3 (Reuters) - A ferry carrying 140 passengers sank off Cebu on Saturday, and the coast guard said 31 people were still missing.";
    expect(claimOf(text, "140").period?.start).toBe("2021-05-01");
    const text3 = "Mill Shuts\n\nTURIN, May 3 (Reuters) - Workers said 900 jobs had gone since the plant opened.";
    expect(claimOf(text3, "900").period).toBeNull();
  });
  it("is not the subject of the sentence it opens", () => {
    const text = "Ferry Profit\n\nOSLO, April 9 (Reuters) - Ferry operator Fjord Line reported a rise in profit on Thursday, helped by higher fares, and said it expected to carry 2 million passengers.";
    expect(claimOf(text, "2 million").speaker?.name).toBe("Fjord Line");
  });
  it("reads 'points' after a count and a noun as the noun, not the cue 'point to'", () => {
    const { claims } = extract("The bank raised its rate by 50 basis points to 4 percent.", { published: "2021-05-04" });
    expect(claims.filter((c) => !c.quantity)).toEqual([]);
    // (a verb after a hyphenated modifier's noun is still one: "the 12-nation survey finds")
    const survey = extract("The 12-nation survey finds trust is falling.", { published: "2021-05-04" }).claims.find((c) => !c.quantity);
    expect(survey?.cue?.text).toBe("finds");
  });
});

describe("the period of a duration", () => {
  it("takes no day or period of the passage when it lasts days or more", () => {
    const text = "Mill Fire\n\nA fire destroyed a paper mill in Ohio on Friday. The owner, who had run the mill for 31 years, said 200 jobs were lost.";
    expect(claimOf(text, "200").period?.start).toBe("2021-04-30");
    expect(claimOf(text, "31").period).toBeNull();
  });
});

describe("what a figure counts, through the whole pipeline", () => {
  it("reads a long subject past the tagged window, and gives a named party's later shares the support the first measured", () => {
    const text = "Tide Poll\n\nSupport for the Farmers and Workers Alliance (FWA) of former governor Ruth Okafor rose to 31 percent, while the Greens were on 22 percent.\n\nThe Liberal party slipped two points to 9 percent.";
    expect(claimOf(text, "31 percent").counted).toBe("Support for the Farmers and Workers Alliance (FWA) of former governor Ruth Okafor");
    expect(["22 percent", "two", "9 percent"].map((q) => claimOf(text, q).counted)).toEqual(["support", "support", "support"]);
  });
  it("leaves a party's share its name when nothing before measured a party's support", () => {
    expect(claimOf("Tide Poll\n\nThe Greens were on 22 percent in the survey.", "22 percent").counted).toBe("Greens");
  });
  it("gives a measure restated in brackets in other units the thing the first measured, not its unit", () => {
    expect(claimOf("Storm Lashes Coast\n\nThe storm hit the coast with gusts of 150 kilometres per hour (93 mph).", "93").counted).toBe("gusts");
  });
});
