import { describe, expect, it } from "vitest";
import { findTimes, referenceDate } from "./time.js";
import { analyze } from "../document.js";

const ref = "2017-01-20";
const one = (text: string, reference: string | null = ref) => findTimes(text, reference).map((t) => [t.text, t.kind, t.period?.start ?? null, t.period?.end ?? null]);

describe("periods resolved against the publication date", () => {
  it("does not read the verb or noun 'march', 'may' in lower case as a month", () => {
    expect(one("About 2,000 nurses will march on Parliament on Saturday.").map((t) => t[0])).toEqual(["on Saturday"]);
    expect(one("Dozens of veterans led the march on Friday.").map((t) => t[0])).toEqual(["on Friday"]);
    expect(one("Officials may extend the curfew on Monday.").map((t) => t[0])).toEqual(["on Monday"]);
    expect(one("Exports fell 3 percent in March.")[0]?.[2]).toBe("2016-03-01");
  });
  it("reads a weekday before a bare number and a word as the weekday only ('On Friday 5 miners were hurt')", () => {
    expect(one("On Friday 5 miners were hurt.")).toEqual([["On Friday", "date", "2017-01-20", "2017-01-20"]]);
    expect(one("The vote is on Friday 27 January.")[0]?.[2]).toBe("2017-01-27");
  });
  it("reads a month of a relative year, a season of a year, and a month's end or part", () => {
    expect(one("Stocks were higher in April of last year.")).toEqual([["April of last year", "period", "2016-04-01", "2016-04-30"]]);
    expect(one("The mill had 90 workers by the summer of 2012.")).toEqual([["by the summer of 2012", "period", "2012-06-01", "2012-08-31"]]);
    expect(one("Sales fall 2000 units.")).toEqual([]);
    expect(one("The fund had raised $9 million by the end of October.")).toEqual([["by the end of October", "period", "2016-10-01", "2016-10-31"]]);
    expect(one("The spot runs in early January.")).toEqual([["in early January", "period", "2017-01-01", "2017-01-31"]]);
  });
  it("reads 'last year' in a January 2017 article as 2016", () => {
    expect(one("More than 400 people were detained last year in Tajikistan")).toEqual([["last year", "period", "2016-01-01", "2016-12-31"]]);
  });
  it("reads 'next Tuesday' as the first such day after the reference, a bare 'Tuesday' as the last one", () => {
    // 2017-01-20 is a Friday
    expect(one("The plant will shut 3 lines next Tuesday.")[0]?.[2]).toBe("2017-01-24");
    expect(one("The plant shut 3 lines on Tuesday.")[0]?.[2]).toBe("2017-01-17");
    expect(one("Next Friday, 9 stores open.")[0]?.[2]).toBe("2017-01-27");
  });
  it("reads spans of months, halves and quarters with no year as the latest begun by the reference", () => {
    // (2017-01-20: a span starting in a later month is last year's)
    expect(one("Exports rose 8 percent between March and May.")[0]).toEqual(["between March and May", "period", "2016-03-01", "2016-05-31"]);
    expect(one("Exports rose from November to January.")[0]).toEqual(["from November to January", "period", "2016-11-01", "2017-01-31"]);
    expect(one("Exports rose 8 percent in March-May 2015.")[0]).toEqual(["March-May 2015", "period", "2015-03-01", "2015-05-31"]);
    expect(one("Sales fell 3 percent in the first half.", "2017-08-02")[0]).toEqual(["the first half", "period", "2017-01-01", "2017-06-30"]);
    expect(one("Its fourth-quarter profit rose.")[0]).toEqual(["fourth-quarter", "period", "2016-10-01", "2016-12-31"]);
    expect(one("Profit rose in the nine months to September.")[0]).toEqual(["the nine months to September", "period", "2016-01-01", "2016-09-30"]);
  });
  it("reads the weekend and the past hours as days before the reference", () => {
    expect(one("Some 40 people died over the weekend.")[0]).toEqual(["over the weekend", "period", "2017-01-14", "2017-01-15"]);
    expect(one("9 people died in the past 24 hours.")[0]).toEqual(["in the past 24 hours", "period", "2017-01-19", "2017-01-20"]);
  });
  it("reads a bare year after a preposition as that year", () => {
    expect(one("thwart 36 terrorist attacks in 2016 and")).toEqual([["in 2016", "period", "2016-01-01", "2016-12-31"]]);
  });
  it("does not read a count of 2000 people as a year", () => {
    expect(one("2000 people marched")).toEqual([]);
  });
  it("does not read a count after 'of' as a year ('a poll of 2047 registered voters'), but keeps 'the summer of 2016'", () => {
    expect(one("a poll of 2047 registered voters")).toEqual([]);
    expect(one("a total of 1999 votes")).toEqual([]);
    expect(one("the events of 2016 shaped him")).toEqual([["of 2016", "period", "2016-01-01", "2016-12-31"]]);
  });
  it("marks 'over the same period' as anaphoric", () => {
    expect(one("Over the same period, 40 people joined")).toEqual([["Over the same period", "same-period", null, null]]);
  });
  it("reads halves, quarters and fiscal ranges", () => {
    expect(one("in the first half of 2016, 368 people")).toEqual([["the first half of 2016", "period", "2016-01-01", "2016-06-30"]]);
    expect(one("profits in Q3 2015 fell")).toEqual([["Q3 2015", "period", "2015-07-01", "2015-09-30"]]);
    expect(one("in 2015-16 there were")).toEqual([["2015-16", "period", "2015-01-01", "2016-12-31"]]);
  });
  it("reads 'since March' as from the latest March to the reference date", () => {
    expect(one("since March, prices rose 5%", "2017-06-02")).toEqual([["since March", "period", "2017-03-01", "2017-06-02"]]);
    expect(one("since March, prices rose 5%", "2017-01-20")).toEqual([["since March", "period", "2016-03-01", "2017-01-20"]]);
  });
  it("reads 'this week' and 'the past three years'", () => {
    expect(one("captured earlier this week")).toEqual([["earlier this week", "period", "2017-01-16", "2017-01-22"]]);
    expect(one("the past three years saw 12 attacks")[0].slice(0, 2)).toEqual(["the past three years", "period"]);
  });
  it("reads calendar dates through chrono as days", () => {
    expect(one("at his press conference on January 20, although")).toEqual([["January 20", "date", "2017-01-20", "2017-01-20"]]);
    expect(one("during the May 9 Victory Day celebrations")).toEqual([["May 9", "date", "2016-05-09", "2016-05-09"]]);
  });
  it("leaves relative expressions unresolved without a reference date", () => {
    expect(one("detained last year", null)).toEqual([["last year", "period", null, null]]);
  });
});

describe("referenceDate", () => {
  it("uses the publication date when known", () => {
    expect(referenceDate(analyze("Text.", "2017-01-20"))).toEqual({ date: "2017-01-20", inferred: false });
  });
  it("infers the latest full date in the text and says so", () => {
    expect(referenceDate(analyze("On March 3, 2015 it began. By June 5, 2016 it ended."))).toEqual({ date: "2016-06-05", inferred: true });
  });
  it("falls back to the end of the latest year mentioned", () => {
    expect(referenceDate(analyze("In 2014 and 2015 it grew."))).toEqual({ date: "2015-12-31", inferred: true });
  });
});

describe("a year counted back from the sentence's time", () => {
  it("reads 'a year earlier' and 'the year before', not one naming another time", () => {
    expect(one("up from 40 a year earlier.")).toEqual([["a year earlier", "year-before", null, null]]);
    expect(one("up from 40 the year before, the office said")).toEqual([["the year before", "year-before", null, null]]);
    expect(one("The plant opened a year earlier than planned.")).toEqual([]);
    expect(one("The plant handled 40 ships the year before last.")).toEqual([]);
  });
});

describe("the rules' cheap tests before their patterns", () => {
  // each rule first asks whether the text holds its key word or a year at all; written in capitals the
  // expressions must still be read, as the patterns read them
  it("reads the expressions in any case", () => {
    expect(one("OVER THE SAME PERIOD, 40 PEOPLE JOINED")).toEqual([["OVER THE SAME PERIOD", "same-period", null, null]]);
    expect(one("UP FROM 2 PERCENT THE DAY BEFORE")).toEqual([["THE DAY BEFORE", "day-before", null, null]]);
    expect(one("IN THE FIRST HALF OF 2016, 368 PEOPLE")).toEqual([["THE FIRST HALF OF 2016", "period", "2016-01-01", "2016-06-30"]]);
    expect(one("Sales Rose Two Years Ago")).toEqual([["Two Years Ago", "period", "2015-01-01", "2015-12-31"]]);
    expect(one("SINCE MARCH, PRICES ROSE", "2017-06-02")).toEqual([["SINCE MARCH", "period", "2017-03-01", "2017-06-02"]]);
    expect(one("In This Election, 40 Seats")).toEqual([["In This Election", "period", "2017-01-01", "2017-12-31"]]);
  });
  it("reads no year-bound rule where no year is written", () => {
    expect(one("in the first half of the year, sales rose 3 percent")).toEqual([["the first half of the year", "period", "2017-01-01", "2017-06-30"]]);
    expect(one("profits in Q3 fell 4 percent")).toEqual([]);
  });
});
