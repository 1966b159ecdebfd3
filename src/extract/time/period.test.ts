// The period each claim gets and how it was found (issue 19), on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";
import { findTimes } from "./time.js";

const claimOf = (text: string, published: string, quantity: string) => {
  const c = extract(text, { published }).claims.find((x) => x.quantity?.text.startsWith(quantity));
  if (!c) throw new Error(`no claim for ${quantity}`);
  return c;
};

describe("a bare weekday", () => {
  it("is the latest such day on or before the reference, not a year back", () => {
    // 2016-10-08 is a Saturday
    expect(findTimes("Prices fell on Friday.", "2016-10-08").map((t) => t.period)).toEqual([{ start: "2016-10-07", end: "2016-10-07" }]);
    expect(findTimes("The vote was held on Monday.", "2016-09-25").map((t) => t.period)).toEqual([{ start: "2016-09-19", end: "2016-09-19" }]);
  });
});

describe("dates and years", () => {
  it("reads a yearless day in the weeks after the reference as coming, one further ahead as last year's", () => {
    expect(findTimes("The vote is set for May 20.", "2021-05-02").map((t) => t.period?.start)).toEqual(["2021-05-20"]);
    expect(findTimes("The fair opened on November 3.", "2021-05-02").map((t) => t.period?.start)).toEqual(["2020-11-03"]);
  });
  it("reads a four-digit number after an estimate's word as a count, not a year, unless a time preposition leads", () => {
    expect(findTimes("The chain runs some 1900 Dutch and 40 Belgian shops.", "2021-05-02")).toEqual([]);
    expect(findTimes("By about 1990, the mill had closed.", "2021-05-02").map((t) => t.period?.start)).toEqual(["1990-01-01"]);
  });
  it("lets a time reach across a short aside in brackets", () => {
    expect(claimOf("On Monday, the Union's (EU) fund paid out 40 grants.", "2021-05-05", "40").period).toMatchObject({ start: "2021-05-03", source: "explicit" });
  });
});

describe("claim periods", () => {
  it("lets a time that opens its clause date every number of the clause, not only the nearest", () => {
    const text = "The region’s roads are busy; 2015 saw 900 crashes leading to 41 deaths.";
    expect(claimOf(text, "2016-03-02", "41").period).toMatchObject({ start: "2015-01-01", end: "2015-12-31", source: "explicit" });
    // a time written after a number stays that number's own
    const later = "Exports grew 12 percent, up from 9 percent last year.";
    expect(claimOf(later, "2016-03-02", "12 percent").period?.start).not.toBe("2015-01-01");
  });
  it("gives a present-tense standing figure the publication month", () => {
    const c = claimOf("Dalton leads Marsh by 6 points among likely voters, the survey shows.", "2016-09-14", "6");
    expect(c.period).toMatchObject({ start: "2016-09-01", end: "2016-09-30", source: "publication" });
  });
  it("gives a verbless figure in a list the publication month", () => {
    const c = claimOf("Support for the plan stands at 40 percent overall. Among farmers: 55 percent in the north, 31 percent in the south.", "2016-09-14", "31 percent");
    expect(c.period).toMatchObject({ start: "2016-09-01", source: "publication" });
  });
  it("dates past-tense figures by the day the lead sets, though the lead has no number", () => {
    const text = "Markets in Lisbon ended lower on Friday after a weak week of results from the largest banks.\n\nThe main index lost 41.2 points. Copper rose 3 cents a pound.";
    const c = claimOf(text, "2016-10-08", "41.2");
    expect(c.period).toMatchObject({ start: "2016-10-07", end: "2016-10-07", source: "inherited" });
  });
  it("leaves a simple past event with no time cue and no day set in its passage undated", () => {
    const text = "The ministry described its work at length.\n\nOfficials said the agency sent 14 letters to its neighbours.";
    expect(claimOf(text, "2017-01-20", "14").period).toBeNull();
  });
  it("does not take a day named in an earlier, later paragraph as the passage's day", () => {
    const text = "The ministry described its work on the roads and bridges of the province at length in its report.\n\nA parade was held on the March 3 holiday.\n\nInspectors found 14 faults in the bridge.";
    expect(claimOf(text, "2017-01-20", "14").period).toBeNull();
  });
  it("reads a time in the attribution frame when the content has none", () => {
    const text = "As of Sunday, the health office reported 412 cases in the district.";
    expect(claimOf(text, "2019-12-31", "412").period).toMatchObject({ start: "2019-12-29", end: "2019-12-29", source: "explicit" });
  });
  it("gives a poll's past-tense findings the publication month", () => {
    const text = "The board's annual statement covered the harbour, the rail yards and the new ferry terminal in detail.\n\nA survey of dock workers asked about pay. Only 47 percent agreed with the offer.";
    expect(claimOf(text, "2016-09-14", "47").period).toMatchObject({ start: "2016-09-01", source: "publication" });
    const plain = text.replace("A survey of dock workers asked about pay.", "The union met about pay.");
    expect(claimOf(plain, "2016-09-14", "47").period).toBeNull();
  });
  it("gives a time only to the number nearest it: 'last quarter' is the 9 percent's", () => {
    const text = "Sales at the chain rose 12 percent, up from 9 percent last quarter, the company says.";
    expect(claimOf(text, "2016-09-14", "9").period).toMatchObject({ start: "2016-04-01", end: "2016-06-30", source: "explicit" });
    expect(claimOf(text, "2016-09-14", "12").period?.source).not.toBe("explicit");
  });
  it("dates 'the day before' from the passage's day, for its own number only", () => {
    const text = "Bond markets in Oslo were calm on Friday as traders waited for the central bank's decision.\n\nThe yield fell to 2.10 percent from 2.25 percent the day before.";
    expect(claimOf(text, "2016-10-08", "2.25").period).toMatchObject({ start: "2016-10-06", end: "2016-10-06" });
    expect(claimOf(text, "2016-10-08", "2.10").period).toMatchObject({ start: "2016-10-07", end: "2016-10-07" });
  });
  it("keeps an explicit time in the clause first", () => {
    const c = claimOf("Exports grew 8 percent last year, the office said.", "2017-01-20", "8 percent");
    expect(c.period).toMatchObject({ start: "2016-01-01", end: "2016-12-31", source: "explicit" });
  });
});
