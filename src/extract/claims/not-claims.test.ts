import { describe, expect, it } from "vitest";
import { notAClaim } from "./not-claims.js";
import { recogniseQuantities } from "../quantities/quantities.js";

/** whether the quantity written `q` in `text` is left out of the claims */
function left(text: string, q: string): boolean {
  const found = recogniseQuantities(text, 0, text.length).find((x) => x.text === q);
  if (!found) throw new Error(`no quantity ${q} in: ${text}`);
  return notAClaim(text, found);
}

describe("numbers that are not claims", () => {
  it("leaves out an id inside a tag's attributes, not a figure in the tag's text", () => {
    expect(left('<post id="99120455" by="@ann">Look: 12 cars burned</post>', "99120455")).toBe(true);
    expect(left('<post id="99120455" by="@ann">Look: 12 cars burned</post>', "12")).toBe(false);
  });
  it("leaves out an age after a name and an age bound, not a count after a name", () => {
    expect(left("The driver, Ann Lowe, 52, was unhurt.", "52")).toBe(true);
    expect(left("Support is lower among adults 65 and older.", "65")).toBe(true);
    expect(left("Shots rang out in Denver, 14 people were hurt.", "14")).toBe(false);
  });
  it("leaves out a time an event is placed at, not a span", () => {
    expect(left("The alarm rang and 10 minutes later the roof fell.", "10")).toBe(true);
    expect(left("The strike lasted 10 minutes.", "10")).toBe(false);
  });
  it("leaves out a kind of contest and a set named whole, not a count of part of it", () => {
    expect(left("In a three-way contest the mayor leads.", "three")).toBe(true);
    expect(left("The survey ran in all 16 regions.", "16")).toBe(true);
    expect(left("The party lost all 5 of its seats.", "5")).toBe(false);
  });
  it("leaves out an index named with '&', a denominator after 'per', a span a statement covers, an age range", () => {
    expect(left("The Dow & Smith's 400-share index slipped.", "400")).toBe(true);
    expect(left("Coal sold at $40 per thousand tonnes.", "thousand")).toBe(true);
    expect(left("Sales should recover in the next several months.", "several months")).toBe(true);
    expect(left("Profits fell in the first 9 months.", "9")).toBe(true);
    expect(left("The firm has lost money for several years.", "several years")).toBe(false);
    expect(left("Among 18- to 29-year-old voters, turnout rose.", "18")).toBe(true);
  });
  it("leaves out 'the two' standing for people already named, not 'the three' before a noun", () => {
    expect(left("Police said the two fled on foot.", "two")).toBe(true);
    expect(left("The three finalists are all from Ohio.", "three")).toBe(false);
  });
  it("reads 'many' as a vague amount, not in 'how many' nor 'as many as 40'", () => {
    const texts = (t: string) => recogniseQuantities(t, 0, t.length).map((q) => q.text);
    expect(texts("Many farmers sold early, and too many buyers waited.")).toEqual(["Many", "too many"]);
    expect(texts("Nobody knows how many ships sank.")).toEqual([]);
    expect(texts("As many as 40 ships sank.")).toEqual(["As many as 40"]);
  });
  it("leaves out a date with a slash, an emergency number, the second day of two, an age bound on people", () => {
    expect(left("Crowds gathered at the 9/11 memorial.", "9/11")).toBe(true);
    expect(left("Mix in 3/4 of the flour.", "3/4")).toBe(false);
    expect(left("Neighbours made 911 calls about the smoke.", "911")).toBe(true);
    expect(left("Neighbours made 40 calls about the smoke.", "40")).toBe(false);
    expect(left("Talks were held on March 3 and 4 in Oslo.", "4")).toBe(true);
    expect(left("Talks were held on March 3 with 4 envoys.", "4")).toBe(false);
    expect(left("The ban covers those under 16 at night.", "under 16")).toBe(true);
    expect(left("Tests are free for men between 40 and 60, officials said.", "between 40 and 60")).toBe(true);
    expect(left("The ban covers under 16 stores.", "under 16")).toBe(false);
    expect(left("Shots are free for babies between six months and 2 years of age.", "six")).toBe(true);
    // (after "aged", whatever the noun, an age is no quantity at all: quantities.ts AGE_BEFORE)
    const texts = (text: string) => recogniseQuantities(text, 0, text.length).map((x) => x.text);
    expect(texts("The ministry logged 38 infections aged 18 to 75.")).toEqual(["38"]);
    expect(left("The ministry logged 38 infections aged 18 to 75.", "38")).toBe(false);
    expect(texts("The ministry logged 38 infections aged between 18 and 75.")).toEqual(["38"]);
    expect(texts("Of the infections, most were aged over 70.")).not.toContain("over 70");
  });
  it("leaves out a time placed by an event and a span bounded by one, not a length of time given as a figure", () => {
    expect(left("The vote came on May 2, nine days after the raid.", "nine")).toBe(true);
    expect(left("That's nine days after the raid.", "nine")).toBe(false);
    expect(left("It took nine days after the raid to count them.", "nine")).toBe(false);
    expect(left("There were 80 new cases in the 24 hours preceding noon.", "24")).toBe(true);
    expect(left("The firm shut for 24 hours.", "24")).toBe(false);
  });
  it("leaves out a time an event is placed at with 'ago' or 'back', whatever the verb before", () => {
    expect(left("Thirty-two years ago, the club won the cup.", "Thirty-two")).toBe(true);
    expect(left("The bridge he opened several weeks ago has cracked.", "several weeks")).toBe(true);
    expect(left("A few days back, the mill closed.", "A few days")).toBe(true);
    expect(left("The mill employed 300 workers back then.", "300")).toBe(false);
  });
  it("leaves out a person's age ('at the age of 80', 'She was 91.'), not a count after 'was'", () => {
    expect(left("The painter died at the age of 93 in Lyon.", "93")).toBe(true);
    expect(left("She was 91. Her gallery sold 40 works.", "91")).toBe(true);
    expect(left("She was 91. Her gallery sold 40 works.", "40")).toBe(false);
    expect(left("The turnout was 61 percent, and she was 12 votes short.", "12")).toBe(false);
  });
  it("leaves out the number of an item in a list, not a figure that opens a line", () => {
    expect(left("Three lessons:\n\n1. Voters punished the mayor.\n\n2. Turnout fell.", "1")).toBe(true);
    expect(left("Three lessons:\n\n1. Voters punished the mayor.\n\n2. Turnout fell.", "2")).toBe(true);
    expect(left("Results:\n14 seats went to the Greens.", "14")).toBe(false);
  });
  it("leaves out the term that names a kind of loan or course ('10-year bonds'), not a term served or a span", () => {
    expect(left("The yield on the 10-year bond rose to 5 percent.", "10")).toBe(true);
    expect(left("The state sold 30-year Treasury notes.", "30")).toBe(true);
    expect(left("Fees at public four-year colleges rose.", "four")).toBe(true);
    expect(left("He was handed a nine-year prison sentence.", "nine")).toBe(false);
    expect(left("The 10-year plan costs more.", "10")).toBe(false);
  });
  it("leaves out a set named whole with a noun before its plural ('all three state polls')", () => {
    expect(left("The margin for all three state polls was 3 points.", "three")).toBe(true);
    expect(left("The margin for all three state polls was 3 points.", "3")).toBe(false);
  });
});
