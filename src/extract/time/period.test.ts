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

  it("is the next such day for a figure of a future verb, not of a future seen from the past", () => {
    // 2016-10-05 is a Wednesday
    expect(claimOf("The guild said 450 actors will strike on Monday.", "2016-10-05", "450").period?.start).toBe("2016-10-10");
    expect(claimOf("The guild said 450 actors struck on Monday.", "2016-10-05", "450").period?.start).toBe("2016-10-03");
  });
});

describe("dates and years", () => {
  it("reads a span counted from an event ('four months before the vote', 'two days later') as the period of no figure", () => {
    const text = "The Greens have opened a six-point lead four months before the city's vote, a survey published on Friday showed.";
    expect(claimOf(text, "2026-05-15", "six").period).toMatchObject({ start: "2026-05-01", end: "2026-05-31" });
    expect(findTimes("She fell ill on Monday and died two days later.", "2026-05-15").map((t) => t.label)).toEqual([undefined, true]);
  });
  it("reads a month or a quarter with no year as the coming one in a clause that looks ahead, else as the last", () => {
    expect(findTimes("Prices are likely to peak in the third quarter.", "2025-03-06").map((t) => t.period?.start)).toEqual(["2025-07-01"]);
    expect(findTimes("Voters will go to the polls in February.", "2025-03-06").map((t) => t.period)).toEqual([{ start: "2026-02-01", end: "2026-02-28" }]);
    expect(findTimes("Prices peaked in the third quarter.", "2025-03-06").map((t) => t.period?.start)).toEqual(["2024-07-01"]);
    expect(findTimes("Sales will rise, after a slump in February.", "2025-03-06").map((t) => t.period?.start)).toEqual(["2025-02-01"]);
  });
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
  it("does not take a day still to come as the passage's day", () => {
    const text = "Officials met in the capital to discuss the emergency rules for the coming month.\n\nThe order runs until April 30. The assembly passed it with 215 votes.";
    expect(claimOf(text, "2020-04-05", "215").period).toBeNull();
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
  it("dates 'a day earlier' from the day its own sentence names, before the passage has one", () => {
    // 2016-10-08 is a Saturday
    const text = "The toll from the floods in Ruvia rose to 31 on Friday, up from 18 a day earlier, officials said.";
    expect(claimOf(text, "2016-10-08", "18").period).toMatchObject({ start: "2016-10-06", end: "2016-10-06" });
    expect(claimOf(text, "2016-10-08", "31").period).toMatchObject({ start: "2016-10-07", end: "2016-10-07" });
  });
  it("dates 'a year earlier' and 'the year before' from the period its sentence names", () => {
    const text = "Net profit for the three months to March rose to 80 million crowns from 65 million crowns a year earlier as sales rose 6 percent.";
    expect(claimOf(text, "2016-05-10", "65").period).toMatchObject({ start: "2015-01-01", end: "2015-03-31" });
    expect(claimOf(text, "2016-05-10", "80").period).toMatchObject({ start: "2016-01-01", end: "2016-03-31" });
    expect(claimOf(text, "2016-05-10", "6 percent").period).toMatchObject({ start: "2016-01-01", end: "2016-03-31" });
    // (one that opens the clause, past an adverb, still dates the figure after it)
    const opened = "Bond markets in Oslo were calm on Friday as traders waited for the central bank's decision.\n\nJust the day before, 300 traders had walked out.";
    expect(claimOf(opened, "2016-10-08", "300").period).toMatchObject({ start: "2016-10-06", end: "2016-10-06" });
    // (nor does the base's year pass to a figure after it)
    const more = text + " Sales grew 4 percent.";
    expect(claimOf(more, "2016-05-10", "4 percent").period).toMatchObject({ start: "2016-01-01", end: "2016-03-31" });
    const ships = "The port said it handled 900 ships in 2015, up from 840 ships the year before.";
    expect(claimOf(ships, "2016-05-10", "840").period).toMatchObject({ start: "2014-01-01", end: "2014-12-31" });
    expect(claimOf(ships, "2016-05-10", "900").period).toMatchObject({ start: "2015-01-01", end: "2015-12-31" });
  });
  it("keeps an explicit time in the clause first", () => {
    const c = claimOf("Exports grew 8 percent last year, the office said.", "2017-01-20", "8 percent");
    expect(c.period).toMatchObject({ start: "2016-01-01", end: "2016-12-31", source: "explicit" });
  });
});

describe("the base of a comparison", () => {
  it("marks a time after 'than', 'compared with', a superlative's 'since' or a lone 'from' as a base", () => {
    const bases = (text: string) => findTimes(text, "2016-03-02").map((t) => [t.text, t.base ?? null]);
    expect(bases("Sales were lower than they were the same month last year.")).toEqual([["the same month", "than"], ["last year", "than"]]);
    expect(bases("Output was the lowest since 1990.")).toEqual([["since 1990", "since"]]);
    expect(bases("Output has grown since 1990.")).toEqual([["since 1990", null]]);
    expect(bases("Turnout fell from the 2012 vote.")).toEqual([["from the 2012", "from"]]);
    expect(bases("Rents rose from 2010 to 2015.").map(([, b]) => b)).toEqual([null, null]);
    expect(bases("The poll was conducted from Feb. 11 to Feb. 16.").map(([, b]) => b)).toEqual([null]);
  });
  it("does not date the figure by the base it is compared with", () => {
    const text = "The mills earned less in June than they did the same month last year, with revenue down 4 percent.";
    expect(claimOf(text, "2016-09-14", "4 percent").period).toMatchObject({ start: "2016-06-01", source: "explicit" });
    const since = "Last year, the mill produced 9,000 tons of paper, the least since 1990.";
    expect(claimOf(since, "2016-09-14", "9,000").period).toMatchObject({ start: "2015-01-01", end: "2015-12-31" });
    const from = "Turnout in the county fell by 2.5 percent from the 2012 vote.";
    expect(claimOf(from, "2016-11-20", "2.5").period?.start).not.toBe("2012-01-01");
  });
});

describe("the clause a time belongs to", () => {
  it("reads across an aside between dashes", () => {
    expect(claimOf("Three mills — Alder, Birch and Cedar — shut last year.", "2016-09-14", "Three").period).toMatchObject({ start: "2015-01-01" });
  });
  it("dates a figure by a relative clause on the figure itself", () => {
    const text = "The fund has now passed the $90 million that donors gave during 2012.";
    expect(claimOf(text, "2016-09-14", "$90 million").period).toMatchObject({ start: "2012-01-01", end: "2012-12-31", source: "explicit" });
  });
  it("reads a 'that' opening a clause as a determiner, not a relative", () => {
    expect(claimOf("In May, that margin was 6 points.", "2016-09-14", "6").period).toMatchObject({ start: "2016-05-01", source: "explicit" });
  });
  it("takes the lead past a date line and a list of results, and its first day", () => {
    const text = "Monday, May 4, 2020\n\nLabour - 20 seats\n\nGreens - 3 seats\n\nOn Thursday, the Greens won the town of Ely for the first time in its history. Counting ended on Friday.\n\nThe Liberals lost 4 of their seats.";
    expect(claimOf(text, "2020-05-04", "4").period).toMatchObject({ start: "2020-04-30", end: "2020-04-30", source: "inherited" });
  });
});

describe("a poll's findings told over a passage", () => {
  it("gives the publication month to past-tense shares after a paragraph naming the poll, or after the question asked", () => {
    const next = "The county poll shows a close race for the board.\n\nOnly 41 percent of residents agreed that the bridge was safe.";
    expect(claimOf(next, "2016-09-14", "41").period).toMatchObject({ start: "2016-09-01", source: "publication" });
    const asked = "Asked which road needs work first, 36 percent of drivers picked the ring road.";
    expect(claimOf(asked, "2016-09-14", "36").period).toMatchObject({ start: "2016-09-01", source: "publication" });
    expect(claimOf("Only 41 percent of residents agreed that the bridge was safe.", "2016-09-14", "41").period).toBeNull();
    // (only shares run on: a count in the next paragraph is no finding, nor is a share after another "asked")
    expect(claimOf(next.replace("Only 41 percent of residents", "Some 400 residents"), "2016-09-14", "Some 400").period).toBeNull();
    expect(claimOf("The mayor asked the council to act, and 36 percent of drivers picked the ring road.", "2016-09-14", "36").period).toBeNull();
  });
});

describe("numbers that share a clause", () => {
  it("lets numbers joined by 'and' or 'to' share the time after them", () => {
    const text = "The grocer sold its 300 Dutch and 40 Belgian shops to a rival in March.";
    expect(claimOf(text, "2020-06-21", "300").period).toMatchObject({ start: "2020-03-01", end: "2020-03-31" });
    expect(claimOf("She recalled the 61-to-37 percent win in 2012.", "2016-09-14", "61").period).toMatchObject({ start: "2012-01-01" });
  });
  it("lets a time that opens the sentence date its main clause past a relative clause", () => {
    const text = "On Saturday, floods in the valley that began on Monday have raised the death toll from four people to nine.";
    expect(claimOf(text, "2019-10-22", "nine").period).toMatchObject({ start: "2019-10-19", end: "2019-10-19" });
  });
  it("keeps a time in a relative clause before the figure's clause to that clause", () => {
    const text = "The mills were busy in the spring. Counting the mills that closed last year, output is down 12 percent.";
    expect(claimOf(text, "2016-09-14", "12 percent").period?.start).not.toBe("2015-01-01");
    // (the "that" of a reported statement opens no relative clause)
    expect(claimOf("The minister said that in 2014, 30 people were sent home.", "2016-09-14", "30").period).toMatchObject({ start: "2014-01-01", source: "explicit" });
  });
  it("does not give a time to a figure in a subordinate clause after a comma", () => {
    const text = "The outbreak was declared on May 4, after a laboratory found 9 samples positive.";
    expect(claimOf(text, "2019-12-31", "9").period).toBeNull();
    // (a time opening the sentence, past its preposition, frames the main clause after the subordinate one)
    const opening = "In June 2001, after the firm asked for a pay cut, 8,000 workers volunteered.";
    expect(claimOf(opening, "2016-01-20", "8,000").period).toMatchObject({ start: "2001-06-01", end: "2001-06-30", source: "explicit" });
  });
  it("gives no period to an unreal past", () => {
    const text = "At $900 a month, the flat would have cost more than her pay.";
    expect(claimOf(text, "2016-05-09", "$900").period).toBeNull();
    expect(claimOf("At $900 a month, the flat costs more than her pay.", "2016-05-09", "$900").period).toMatchObject({ source: "publication" });
    // (an obligation is no unreal past)
    expect(claimOf("Some 70 percent of owners say they would have to sell.", "2016-05-09", "Some 70").period).toMatchObject({ source: "publication" });
  });
  it("dates the start of a change by the day of the last such start, not the day after it", () => {
    const text = "Currency markets in Oslo were calm on Friday as traders waited for the central bank's decision.\n\nThe krone rose to 9.10 from 9.25 the day before, and the krona rose to 8.40 from 8.55.";
    expect(claimOf(text, "2016-10-08", "8.40").period).toMatchObject({ start: "2016-10-07" });
    expect(claimOf(text, "2016-10-08", "8.55").period).toMatchObject({ start: "2016-10-06" });
  });
});

describe("figures that state nothing of how things stand", () => {
  it("gives no period to a plan's figures, but keeps the verb 'plan to' out of it", () => {
    const text = "The mayor's $40 million plan includes cutting bus fares to 2 dollars.";
    expect(claimOf(text, "2016-05-09", "$40 million").period).toBeNull();
    expect(claimOf(text, "2016-05-09", "2 dollars").period).toBeNull();
    const verb = "Nearly 60 percent of residents plan to vote, the survey shows.";
    expect(claimOf(verb, "2016-05-09", "Nearly 60").period).toMatchObject({ source: "publication" });
  });
});

describe("the current one of a recurring event", () => {
  it("reads 'this election' as the reference's year, past a restating aside with its own number", () => {
    expect(findTimes("Turnout in this election was high.", "2016-09-22").map((t) => t.period)).toEqual([{ start: "2016-01-01", end: "2016-12-31" }]);
    const text = "Nearly half the money -- $80 million -- in this election came from 12 donors.";
    expect(claimOf(text, "2016-09-22", "Nearly half").period).toMatchObject({ start: "2016-01-01", source: "explicit" });
    expect(claimOf(text, "2016-09-22", "12").period).toMatchObject({ start: "2016-01-01", source: "explicit" });
  });
});

describe("a forecast", () => {
  it("is about the current or coming span the lead names, when it names none of its own", () => {
    const text = "The bank cut its forecast for growth in the region this year on Tuesday.\n\nThe bank expects that output will expand by 1.2 percent.";
    expect(claimOf(text, "2016-10-05", "1.2").period).toMatchObject({ start: "2016-01-01", end: "2016-12-31", source: "inherited" });
    // (a past span named in the lead is no forecast's)
    const past = text.replace("this year", "last year");
    expect(claimOf(past, "2016-10-05", "1.2").period).toBeNull();
  });
});

describe("a 'when' clause told of a time", () => {
  it("dates its figures with that time, past a comma and the clause's own asides", () => {
    const text = "The party has widened its ballot access from 2016, when its first candidate appeared on the ballot only in Ohio, receiving a total of 5,432 votes.";
    expect(claimOf(text, "2020-10-05", "5,432").period?.start).toBe("2016-01-01");
    expect(claimOf("The club grew fast after the 2012 season, when it signed 14 players from abroad.", "2020-10-05", "14").period?.start).toBe("2012-01-01");
  });
  it("does not reach past the sentence or a semicolon", () => {
    expect(claimOf("The club was founded in 2012; it now has 14 players.", "2020-10-05", "14").period?.start).not.toBe("2012-01-01");
  });
});

describe("a year that names a thing or a person", () => {
  it("is a time, not a figure, but dates no figure told of that thing", () => {
    const text = "The 1962 tower housed 300 offices.";
    expect(extract(text, { published: "2019-01-04" }).claims.map((c) => c.quantity?.text)).toEqual(["300"]);
    expect(claimOf(text, "2019-01-04", "300").period).toBeNull();
    const graduate = "Ann Lee, a 2011 Harbor Valley College graduate, owes about $40,000 in loans.";
    expect(claimOf(graduate, "2016-05-09", "about $40,000").period).toMatchObject({ start: "2016-05-01", source: "publication" });
    // (a year that dates its noun still dates the figure: "the 2015 survey")
    expect(claimOf("In the 2015 survey, 40 percent of farmers agreed.", "2016-05-09", "40").period).toMatchObject({ start: "2015-01-01" });
  });
});

describe("a clock time in the clause", () => {
  it("does not break the clause at its colon", () => {
    const text = "A 4.1-magnitude tremor was felt at 6:15 local time on Friday near the coast.";
    expect(claimOf(text, "2019-10-22", "4.1").period).toMatchObject({ start: "2019-10-18", source: "explicit" });
  });
});

describe("a time named later in the paragraph", () => {
  it("supersedes the period of the figure before it", () => {
    const text = "The island's clinics reopened on Sunday after weeks of crowding.\n\nThe agency said it had delivered 105,000 doses by November 22. On December 5, the government shut its offices for a vaccination drive. Officials said 128 teams took part.";
    expect(claimOf(text, "2020-01-01", "128").period).toMatchObject({ start: "2019-12-05", source: "inherited" });
  });
  it("that is no day gone by leaves the figures after it with neither its period nor the lead's day", () => {
    const text = "On Thursday, the total number of cases passed 20,000 across the region.\n\nTowns tightened their rules. On Thursday, the mayor of Lund extended the curfew. The governor declared that wages would be paid until April 30. The assembly passed the bill with 215 votes.";
    expect(claimOf(text, "2020-04-05", "215").period).toBeNull();
    // (with no later time, the paragraph's day still dates it)
    expect(claimOf(text.replace(" until April 30", ""), "2020-04-05", "215").period).toMatchObject({ start: "2020-04-02", source: "inherited" });
  });
});

describe("a figure placed before or after a time of its sentence", () => {
  it("takes neither that time nor the passage's day", () => {
    const lead = "On Sunday, the health emergency in the islands ended.\n\n";
    const after = lead + "The outbreak was declared on October 16, after a laboratory found 9 of 20 samples positive.";
    expect(claimOf(after, "2020-01-01", "9").period).toBeNull();
    const following = lead + "Reportedly, at least 12 villages declared an emergency following Wednesday's flood.";
    expect(findTimes("declared an emergency following Wednesday's flood", "2020-01-01").map((t) => t.base)).toEqual(["event"]);
    expect(claimOf(following, "2020-01-01", "at least 12").period).toBeNull();
    // (the day of the event itself still dates the figures told of it)
    expect(claimOf(lead + "Wednesday's flood damaged 140 homes.", "2020-01-01", "140").period).toMatchObject({ start: "2020-01-01", source: "explicit" });
  });
});

describe("a figure told again", () => {
  const lastOf = (text: string, published: string, quantity: string) => extract(text, { published }).claims.filter((x) => x.quantity?.text.startsWith(quantity)).at(-1);
  it("keeps the time it was first told with, not the day the passage has moved to", () => {
    const text = "On Saturday, floods in the north raised the death toll from four to nine.\n\nOn Tuesday, the first storm left four dead and 20 hurt. The agency raised the toll to nine after a bridge gave way.";
    expect(lastOf(text, "2019-10-22", "nine")?.period).toMatchObject({ start: "2019-10-19", source: "inherited" });
    // (a decimal written the same way is the same figure: "the 5.5 quake")
    const decimal = "On Saturday, a 5.5 magnitude aftershock hit the coast.\n\nOn Tuesday, the first quake left 12 dead. Roads were cut by the 5.5 quake.";
    expect(lastOf(decimal, "2019-10-22", "5.5")?.period).toMatchObject({ start: "2019-10-19" });
    // (the same number of another thing, with another verb, is not the same figure)
    const other = "On Saturday, floods in the north raised the death toll to nine.\n\nOn Monday, a storm hit the coast. Crews repaired nine bridges.";
    expect(lastOf(other, "2019-10-22", "nine")?.period).toMatchObject({ start: "2019-10-21", source: "inherited" });
  });
});

describe("a poll's share of what voters will do", () => {
  it("is how things stand when the poll is published, not the vote still to come", () => {
    const next = "The county survey finds Dalton with a narrow lead over Marsh, 48 percent to 45 percent, among likely voters in the runoff next month.";
    expect(claimOf(next, "2016-05-26", "45 percent").period).toMatchObject({ start: "2016-05-01", source: "publication" });
    const will = "Farmers in the county vote on the new water levy for the irrigation canals this year.\n\nThe survey also shows a majority of farmers will back the levy.";
    expect(claimOf(will, "2016-05-26", "a majority").period).toMatchObject({ start: "2016-05-01", source: "publication" });
    // (a forecast that is no poll's keeps the span it is about)
    const forecast = "The bank cut its forecast for growth in the region this year on Tuesday.\n\nThe bank expects that output will expand by 1.2 percent.";
    expect(claimOf(forecast, "2016-05-26", "1.2").period).toMatchObject({ start: "2016-01-01", source: "inherited" });
  });
});

describe("a headline left in the body", () => {
  // 2021-03-12 is a Friday; the first line is a headline the title detection did not take (too long, not in capitals)
  const text = "Rivals take heart, and here is why they should not give up yet (and why they should.)\n\n" +
    "Two challengers campaigned hard in the two counties that voted Tuesday.\n\n" +
    "They lost. The mayor took 58 percent in the east, and the sheriff got 40 percent.";
  it("leaves the day of the paragraph after it to date the story's past figures", () => {
    expect(claimOf(text, "2021-03-12", "58 percent").period).toMatchObject({ start: "2021-03-09", source: "inherited" });
    expect(claimOf(text, "2021-03-12", "40 percent").period).toMatchObject({ start: "2021-03-09", source: "inherited" });
  });
});

describe("figures that state nothing of how things stand", () => {
  it("a figure of would, could or may has no publication month", () => {
    expect(claimOf("The bank would give $75,000 to the fund.", "2021-05-05", "$75,000").period).toBeNull();
    expect(claimOf("About 40 people would come to each meeting.", "2021-05-05", "About 40").period).toBeNull();
    expect(claimOf("The bank gives $75,000 to the fund.", "2021-05-05", "$75,000").period).toMatchObject({ source: "publication" });
  });
  it("a figure of what someone means to do, or of a condition, has none", () => {
    expect(claimOf("The governor has promised to repave the bridge and hire 300 inspectors.", "2021-05-05", "300").period).toBeNull();
    expect(claimOf("The pact will not start until 40 states have signed it.", "2021-05-05", "40").period).toBeNull();
    // (but a figure said to stand now does)
    expect(claimOf("The chain plans to fold the shops into its currently 386 branches.", "2021-05-05", "386").period).toMatchObject({ source: "publication" });
  });
  it("a poll's hypothetical answer is a finding of the poll's month", () => {
    expect(claimOf("Two challengers would beat the mayor, according to a new poll.", "2021-05-05", "Two").period).toMatchObject({ start: "2021-05-01", source: "publication" });
  });
});

describe("a time in a relative clause of place", () => {
  it("dates that clause, not the figure before it", () => {
    expect(claimOf("More than 9,000 families live in camps where they have stayed since the floods in 2012.", "2021-05-05", "More than 9,000").period).toMatchObject({ start: "2021-05-01", source: "publication" });
  });
});

describe("a poll's share and a time in the answer", () => {
  it("is the poll's finding of its month, not of the time the respondents spoke of", () => {
    const text = "A new survey of farmers is out. Some 56 percent of farmers polled said they were less likely to plant corn this year.";
    expect(claimOf(text, "2021-05-05", "Some 56 percent").period).toMatchObject({ start: "2021-05-01", source: "publication" });
  });
});

describe("a condition told with 'will … when'", () => {
  it("has no publication month", () => {
    expect(claimOf("The pact will take effect when 40 states sign it.", "2021-05-05", "40").period).toBeNull();
  });
});

describe("a total in the figure's own 'of' phrase", () => {
  it("does not keep the figure from the time after it", () => {
    // 2021-05-05 is a Wednesday
    expect(claimOf("Thousands of the region's 2 million voters cast ballots on Sunday.", "2021-05-05", "Thousands").period).toMatchObject({ start: "2021-05-02", source: "explicit" });
  });
});

describe("a time between a word of intent and its 'to'", () => {
  it("dates the pledge, not the figure pledged: a deadline after the figure does", () => {
    const text = "The union's pledge last week to hire 300 nurses for its rural clinics by 2030 was welcomed.";
    expect(claimOf(text, "2021-05-05", "300").period).toMatchObject({ start: "2030-01-01", source: "explicit" });
  });
});

describe("a figure restated in another unit right after it", () => {
  it("does not keep the figure from its time, nor the time from the figure in brackets", () => {
    const road = "The 40 km (25 mile) road was paved in 2004.";
    expect(claimOf(road, "2021-05-05", "40").period).toMatchObject({ start: "2004-01-01", source: "explicit" });
    expect(claimOf(road, "2021-05-05", "25").period).toMatchObject({ start: "2004-01-01", source: "explicit" });
    const loan = "The city will borrow 90 million francs, about $100 million, for new schools by 2028.";
    expect(claimOf(loan, "2021-05-05", "90 million").period).toMatchObject({ start: "2028-01-01", source: "explicit" });
  });
});

describe("a year naming the noun after the figure", () => {
  it("dates that noun, not the figure, unless the figure is placed in it or the noun is its source", () => {
    const text = "Last week the agency released 40 files from a 1998 inquiry into the crash. Turnout reached 60 percent in the 2008 primary. About 30 percent of residents are renters, according to a 2019 city survey.";
    expect(claimOf(text, "2021-05-05", "40").period).toMatchObject({ text: "Last week", source: "explicit" });
    expect(claimOf(text, "2021-05-05", "60 percent").period).toMatchObject({ start: "2008-01-01", source: "explicit" });
    expect(claimOf(text, "2021-05-05", "About 30 percent").period).toMatchObject({ start: "2019-01-01", source: "explicit" });
  });
});

describe("an unreal past with 'should have'", () => {
  it("states nothing of how things stand: no publication month", () => {
    expect(claimOf("Most of the 400 ballots should have been counted by then, the clerk said.", "2021-05-05", "400").period).toBeNull();
  });
});
