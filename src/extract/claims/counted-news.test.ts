// What a figure counts, through the whole pipeline, in constructions seen on real news (issue 19), on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

/** the claims of the quantity written `q` in an article of `text` (the nth when it is written more than once) */
function claimOf(text: string, q: string, nth = 0) {
  const claim = extract(text, { published: "2021-05-04", path: "t.txt" }).claims.filter((c) => c.quantity?.text === q)[nth];
  if (!claim) throw new Error(`no claim for ${q}`);
  return claim;
}
const frame = (text: string, q: string, nth = 0) => { const c = claimOf(text, q, nth); return [c.counted, c.predicate]; };

describe("the object a verb moves to a figure", () => {
  it("reads a present verb the tagger took for a plural noun after a long subject, past the tagged window", () => {
    expect(frame("Storm Update\n\nThe island's regional emergency rescue agency increases the death toll from the storm to 212.", "212")).toEqual(["death toll", "increase"]);
  });
});

describe("a noun phrase after a figure", () => {
  it("leaves out a time after a bare figure ('up from 80 last year')", () => {
    expect(frame("Parade\n\nOrganisers added 120 guards along the route, up from 80 last year, the paper reported.", "80")[0]).toBe("guards");
  });
  it("ends a plural head before a name that opens a clause of its own", () => {
    expect(frame("Why\n\nThere are three simple reasons Norway rejects the plan.", "three")[0]).toBe("simple reasons");
  });
  it("reads a plural word the lexicon does not know as a noun, not an adjective", () => {
    expect(frame("Poll\n\nThe poll found that 31 percent of likely caucusgoers supported the mayor.", "31 percent")[0]).toBe("likely caucusgoers");
  });
  it("counts the noun past a possessive name and a total ('3,000 of Norway's 9,000 churches')", () => {
    expect(frame("Churches\n\nThe ministry watches 3,000 of Norway's 9,000 churches, the report says.", "3,000")[0]).toBe("churches");
  });
});

describe("the subject a level is of", () => {
  it("reads past a month before 'from … to' to the subject", () => {
    expect(frame("Poll\n\nSupport for the mayor among renters fell in June from 61 percent to 48 percent, the survey shows.", "61 percent")[0]).toBe("Support for the mayor among renters");
  });
  it("counts the X of 'the number of X' without the clause that follows it", () => {
    expect(frame("Quake\n\nThe number of wounded being treated at clinics stands at 120.", "120")[0]).toBe("wounded");
  });
});

describe("shares of a poll's population", () => {
  it("gives a share after 'and' before its verb the population of the share before", () => {
    expect(frame("Poll\n\nThe survey found that 51 percent of likely voters backed Jones and 40 percent favored Smith.", "40 percent")).toEqual(["likely voters", "favor"]);
  });
  it("reads a present verb the tagger took for a noun after a share or a share's population", () => {
    expect(frame("Poll\n\nThe poll found that 47% of Texas voters support former state senator Ann Lee, and 45% support Republican Rep. Tom Ford.", "47%")).toEqual(["Texas voters", "support"]);
    expect(frame("Poll\n\nThe poll found that 47% of Texas voters support former state senator Ann Lee, and 45% support Republican Rep. Tom Ford.", "45%")).toEqual(["Texas voters", "support"]);
  });
  it("counts the noun past a possessive common noun and a total ('two of the board's nine members')", () => {
    expect(frame("Board\n\nOn Monday two of the board's nine members resigned.", "two")[0]).toBe("members");
  });
});
