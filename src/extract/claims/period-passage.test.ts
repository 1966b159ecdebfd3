// Periods of figures told after the passage has moved off the lead's event, on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

const claimOf = (text: string, published: string, quantity: string) => {
  const c = extract(text, { published }).claims.find((x) => x.quantity?.text.startsWith(quantity));
  if (!c) throw new Error(`no claim for ${quantity}`);
  return c;
};

describe("a figure of a thing named again by 'that' or 'those'", () => {
  it("takes the period of the figure that told of it, not the lead's day", () => {
    const text = "Greens lead vote count\n\nOSLO, March 5 - The Greens were ahead in the count on Tuesday, officials said.\n\n" +
      "At the last election in 2021, Labour won 48 of the 169 seats.\n\nTurnout at that election was 77 percent.";
    expect(claimOf(text, "2025-03-05", "77 percent").period).toMatchObject({ start: "2021-01-01", end: "2021-12-31" });
    const ships = "Port seizes trawlers\n\nLIMA, June 4 - Port officials seized 40 trawlers last year, the navy said on Tuesday.\n\n" +
      "The admiral said the crews of those trawlers numbered more than 600 men.";
    expect(claimOf(ships, "2025-06-04", "more than 600").period).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
  });
});

describe("a story that leads with a verdict or sentence", () => {
  it("leaves the offence's past figures with no time of their own undated, not of the court's day", () => {
    const text = "Clerk jailed for theft\n\nLEEDS, May 7 - A former council clerk was jailed for six years on Tuesday for a theft that prosecutors said took 900,000 pounds from the council.\n\n" +
      "Prosecutors said she moved the money through 12 accounts and spent about 80,000 pounds on cars.";
    expect(claimOf(text, "2025-05-07", "900,000").period).toBeNull();
    expect(claimOf(text, "2025-05-07", "12").period).toBeNull();
    expect(claimOf(text, "2025-05-07", "about 80,000").period).toBeNull();
  });
  it("but a story of another event keeps its day for them", () => {
    const text = "Warehouse burns\n\nLEEDS, May 7 - A fire destroyed a warehouse on Tuesday, the fire service said.\n\nFirefighters said the fire killed 12 workers.";
    expect(claimOf(text, "2025-05-07", "12").period).toMatchObject({ start: "2025-05-06", end: "2025-05-06" });
  });
});

describe("a running total told in the past", () => {
  it("is how things stand: the publication month, not the day or year of the figure before", () => {
    const text = "Floods hit coast\n\nHANOI, June 5 - Floods struck the coast on Wednesday, officials said.\n\n" +
      "Rescuers said they had found 48 survivors so far.\n\nThe agency said it had shut 30 schools last year and that it had so far reopened 12 of them.";
    expect(claimOf(text, "2025-06-05", "48").period).toMatchObject({ start: "2025-06-01", end: "2025-06-30", source: "publication" });
    expect(claimOf(text, "2025-06-05", "12").period).toMatchObject({ start: "2025-06-01", source: "publication" });
    // (not a total of another clause: "has paid 90 customers so far" is not the 7 it ignored)
    const other = "Floods hit coast\n\nHANOI, June 5 - Floods struck the coast on Wednesday, officials said.\n\n" +
      "The insurer, which critics said had ignored 7 warnings, has paid 90 customers so far.";
    expect(claimOf(other, "2025-06-05", "7").period?.source).not.toBe("publication");
  });
});

describe("a figure restated in another unit", () => {
  it("is of the time of the figure it restates", () => {
    const text = "Profit for the three months to March 31 rose to 90 million euros ($101 million) from 70 million euros a year earlier.";
    expect(claimOf(text, "2025-05-02", "$101 million").period).toMatchObject({ start: "2025-01-01", end: "2025-03-31" });
    const goal = "A target set by the council in 2012 - cutting the loss to 5.4 degrees Fahrenheit, or 3 degrees Celsius, over the old mark - remains out of reach.";
    expect(claimOf(goal, "2025-05-02", "3").period).toMatchObject({ start: "2012-01-01", end: "2012-12-31" });
  });
});

describe("a time in the frame of a source's findings", () => {
  it("dates them past the 'that' opening the content, as 'said on Monday that' does", () => {
    const text = "A survey released on Wednesday found that 61 percent of drivers backed the toll.";
    expect(claimOf(text, "2025-06-06", "61 percent").period).toMatchObject({ start: "2025-06-04", end: "2025-06-04", source: "explicit" });
  });
});

describe("a span gone by that a sentence with no figure sets", () => {
  it("dates the past figures after it in its paragraph, not the lead's day", () => {
    const text = "Clinic warns on pills\n\nA nurse found a bag of pills in a park in Leeds on Sunday morning, police said.\n\n" +
      "Last year, city researchers handed out home test kits. The lead researcher said each kit cost 40 pence.";
    expect(claimOf(text, "2025-07-08", "40 pence").period).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
  });
  it("but a span still running sets no span for the future figures after it", () => {
    const text = "Envoy steps down\n\nThe United Nations envoy to the region said on Monday that he would leave his post, ending a decade of talks.\n\n" +
      "His term ends later this year. He said hundreds of officials will carry on the work.";
    expect(claimOf(text, "2025-05-09", "hundreds").period).toBeNull();
  });
});

describe("a poll's share told as a ratio", () => {
  it("is the poll's finding, not of the vote to come its respondents speak of", () => {
    const text = "Poll: voters sour on mayor\n\nLYON, April 22 - Voters have turned on the mayor, according to a poll of 500 residents released on Friday by a research group.\n\n" +
      "Sixty percent of residents have an unfavourable view of him, the poll found. Two in three said they are less likely to vote for his party in November.";
    expect(claimOf(text, "2025-04-22", "Two in three").period).toMatchObject({ start: "2025-04-18" });
  });
});

describe("a span of years long gone, told in an earlier sentence", () => {
  it("is history: the past figures told after it with no time of their own are of none, unlike a recent year", () => {
    const band = "Singer dies at 81\n\nThe singer died on Sunday, his family said.\n\n" +
      "In 1971, he and two school friends formed a band in Leeds. The band sold 30 million records.";
    expect(claimOf(band, "2024-03-12", "30 million").period).toBeNull();
    const shops = "Retailer closes\n\nThe retailer closed its last shop on Monday.\n\n" +
      "It opened 40 shops in the north in 1982. It employed 3,000 people at its peak.";
    expect(claimOf(shops, "2024-03-12", "40").period).toMatchObject({ start: "1982-01-01" });
    expect(claimOf(shops, "2024-03-12", "3,000").period).toBeNull();
    // (but a year of the last two still dates them)
    const recent = "Mayor speaks\n\nThe mayor spoke on Monday.\n\nIn 2022, 22 people were sent home. Another 80 people came back of their own will.";
    expect(claimOf(recent, "2024-01-20", "80").period).toMatchObject({ start: "2022-01-01", end: "2022-12-31" });
  });
});
