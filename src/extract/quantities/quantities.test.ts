import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasQuantity, recogniseQuantities } from "./quantities.js";

const q = (text: string) => recogniseQuantities(text).map((x) => ({ text: x.text, value: x.value, upper: x.upper, qualifier: x.qualifier, unit: x.unit }));
const one = (text: string) => {
  const all = q(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("quantities", () => {
  it("reads 'as much as', 'as high as' and 'within' before a number as an upper bound", () => {
    expect(one("costs were overstated by as much as 40 percent")).toMatchObject({ value: 40, qualifier: "at-most" });
    expect(one("rates as high as 9 percent")).toMatchObject({ value: 9, qualifier: "at-most" });
    expect(one("polls put him within two points")).toMatchObject({ value: 2, qualifier: "at-most" });
  });
  it("reads a number after a weekday as a figure when a plural noun follows ('On Friday 5 miners were hurt')", () => {
    expect(one("On Friday 5 miners were hurt.")).toMatchObject({ text: "5", value: 5 });
    expect(one("Police said Sunday 12 people were held.")).toMatchObject({ text: "12", value: 12 });
    expect(q("The Friday 5 show ran late.")).toEqual([]);
  });
  it("reads both figures of a head-to-head score after a name, and a tie as two figures ('tops Kane 44-42', 'at 40-40')", () => {
    expect(q("Brown tops Kane 44-42 in the poll.").map((x) => x.value)).toEqual([44, 42]);
    expect(q("Brown leads Kane 45 to 40 percent.").map((x) => x.value)).toEqual([45, 40]);
    expect(q("Kane and Brown were tied at 40-40.").map((x) => [x.value, x.qualifier])).toEqual([[40, "exact"], [40, "exact"]]);
    expect(q("They expect 30-40 people.").map((x) => [x.value, x.upper])).toEqual([[30, 40]]);
  });
  it("reads no figure in a name's number written in two parts ('Boeing 737-800')", () => {
    expect(q("The Boeing 737-800 landed safely.")).toEqual([]);
  });
  it("reads a year-shaped number before a participle and a plural noun as a count ('a poll of 2047 registered voters')", () => {
    expect(one("The poll of 2047 registered voters was released.")).toMatchObject({ value: 2047 });
  });
  it("reads digits with separators and decimals, and number words", () => {
    expect(one("They counted 1,100 votes.")).toMatchObject({ text: "1,100", value: 1100, qualifier: "exact" });
    expect(one("It rose 2.75 points.")).toMatchObject({ value: 2.75 });
    expect(one("thirty-six attacks")).toMatchObject({ value: 36 });
    expect(one("one hundred and sixteen people")).toMatchObject({ value: 116 });
    expect(one("a dozen eggs")).toMatchObject({ value: 12 });
    expect(one("two thirds of voters").value).toBeCloseTo(2 / 3, 6);
  });

  it("keeps list items apart", () => {
    expect(q("thirty-six, one hundred and sixteen").map((x) => x.value)).toEqual([36, 116]);
  });

  it("applies scales, percent and currency", () => {
    expect(one("a budget of 1.5 million")).toMatchObject({ value: 1_500_000 });
    expect(one("a $3bn deal")).toMatchObject({ value: 3e9, unit: "USD" });
    expect(one("about 10k people")).toMatchObject({ value: 10_000, qualifier: "approx" });
    expect(one("turnout was 45%")).toMatchObject({ value: 45, unit: "%" });
    expect(one("12 percent of homes")).toMatchObject({ value: 12, unit: "%" });
    expect(one("fines of 500 euros")).toMatchObject({ value: 500, unit: "EUR" });
  });

  it("reads a length an hour as a speed, and a length as a length", () => {
    expect(one("trains run at 300 km/h")).toMatchObject({ value: 300, unit: "km/h" });
    expect(one("winds of 90 kilometres per hour")).toMatchObject({ value: 90, unit: "km/h" });
    expect(one("gusts of 55 miles an hour")).toMatchObject({ value: 55, unit: "mph" });
    expect(one("a limit of 20 mph")).toMatchObject({ value: 20, unit: "mph" });
    expect(one("a ferry doing 14 knots")).toMatchObject({ value: 14, unit: "knots" });
    expect(one("a 42 km route per hour of daylight")).toMatchObject({ value: 42, unit: "km" });
    expect(one("they walked 12 miles")).toMatchObject({ value: 12, unit: "miles" });
  });

  it("takes no word for a currency or a scale because it names a property of every object", () => {
    for (const word of ["constructor", "toString", "valueOf", "__proto__"]) {
      const r = recogniseQuantities(`He paid 5 ${word} fees.`);
      expect(r, word).toHaveLength(1);
      expect(r[0], word).toMatchObject({ text: "5", value: 5, unit: null, kind: "number" });
    }
  });

  it("reads ranges", () => {
    expect(one("between 10,000 and 15,000 fighters")).toMatchObject({ text: "between 10,000 and 15,000", value: 10000, upper: 15000, qualifier: "range" });
    expect(one("10-15 cars burned")).toMatchObject({ value: 10, upper: 15, qualifier: "range" });
    expect(one("from 5 to 7 days")).toMatchObject({ value: 5, upper: 7, qualifier: "range" });
  });

  it("reads bounds and approximations with their words", () => {
    expect(one("More than 400 people")).toMatchObject({ text: "More than 400", qualifier: "more-than" });
    expect(one("at least 14 dead")).toMatchObject({ qualifier: "at-least" });
    expect(one("up to 700 jobs")).toMatchObject({ qualifier: "at-most" });
    expect(one("no more than 20 boats")).toMatchObject({ qualifier: "at-most" });
    expect(one("fewer than 30 cases")).toMatchObject({ qualifier: "less-than" });
    expect(one("around 50 people")).toMatchObject({ text: "around 50", qualifier: "approx" });
    expect(one("an estimated 3,000 troops")).toMatchObject({ qualifier: "approx" });
    expect(one("some 300 people")).toMatchObject({ qualifier: "approx" });
    expect(one("400 or more people")).toMatchObject({ qualifier: "at-least" });
  });

  it("reads vague amounts", () => {
    expect(one("numerous Tajik citizens")).toMatchObject({ text: "numerous", value: null, qualifier: "vague" });
    expect(one("dozens of people")).toMatchObject({ text: "dozens", qualifier: "vague" });
    expect(one("several hundred homes")).toMatchObject({ text: "several hundred", qualifier: "vague" });
  });

  it("does not take dates, times, years, ordinals, phone numbers, ages, furniture, names or the pronoun 'one'", () => {
    for (const text of [
      "at his press conference on January 20",
      "during the May 9 Victory Day celebrations",
      "at 10:30 am",
      "in 2016 it rained",
      "the 3rd time",
      "call 555-123-4567",
      "he is 45 years old",
      "the rocks are between 15 and 70 million years old",
      "pupils from 5 to 11 years old",
      "1 / 1",
      "The Boeing 737 crashed.",
      "Boeing 737 jets were grounded.",
      "Section 8 housing",
      "One circulated in the local media.",
      "On 2019-01-04 it rained.",
      "The 2015-16 budget passed.",
      // a year before a singular noun that ends in "s" names the year
      "The 2030 census will ask about languages.",
      "Its 2012 status was revoked.",
      "They voted on it in 1999, 2004 and 2009 as the debate went on.",
      // ages past a bound or in a range
      "The patients were aged above 70.",
      "Members aged between 40 and 55 may join.",
      "Campers aged 9 to 13 years swam.",
      "The riders ranged in age from twelve to 80.",
    ])
      expect(q(text), text).toEqual([]);
    // identifiers and addresses name a thing by number
    for (const text of [
      "The suspect, case number 55231, was held.",
      "The driver of bus No. 12 was hurt.",
      "He wore badge 3391 and carried ticket #4410.",
      "The court heard Doe v. Roe, No. 21-408, in May.",
      "The bill, H.R. 1234, passed the House.",
      "They met at 221 Baker Street.",
      "Write to 40 Elm Road, Springfield, IL 62704.",
    ])
      expect(q(text), text).toEqual([]);
    // a noun that may stand before a count names a thing by number when no plural follows
    for (const text of [
      "Officers said case 71530 involved a stolen van.",
      "The tapes in file 3306 were lost.",
      "Patient 27 died on Sunday.",
      "The convoy took Highway 52 north.",
    ])
      expect(q(text), text).toEqual([]);
    expect(one("In one case 4 children were hurt.")).toMatchObject({ value: 4 });
    expect(one("They plan to file 30 suits.")).toMatchObject({ value: 30 });
    // a count after such a word is written with separators or in words
    expect(one("The number 1,100 was cited.")).toMatchObject({ value: 1100 });
    expect(one("It built 221 homes on Baker Street.")).toMatchObject({ value: 221 });
    // a plural after a four-digit number is what it counts
    expect(one("The firm shut 2000 shops.")).toMatchObject({ value: 2000 });
  });

  it("reads numbers in words, fractions, negatives and dozens", () => {
    expect(one("one hundred and thirty five")).toMatchObject({ value: 135 });
    expect(one("They have 3 million and a half")).toMatchObject({ text: "3 million and a half", value: 3_500_000 });
    expect(one("over three-and-a-half million refugees")).toMatchObject({ value: 3_500_000, qualifier: "more-than" });
    expect(one("nearly half a million US dollars")).toMatchObject({ value: 500_000, qualifier: "approx" });
    expect(one("The answer is minus one")).toMatchObject({ text: "minus one", value: -1 });
    expect(one("temperatures of -5 overnight")).toMatchObject({ value: -5 });
    expect(one("a half-dozen slogans")).toMatchObject({ text: "a half-dozen", value: 6 });
    expect(one("3 dozens")).toMatchObject({ value: 36 });
    expect(one("one over three").value).toBeCloseTo(1 / 3, 6);
    expect(one("one out of three").value).toBeCloseTo(1 / 3, 6);
    expect(one("nought point nought three")).toMatchObject({ value: 0.03 });
  });

  it("keeps numbers apart that only sit side by side", () => {
    expect(q("3 hundred and 2 hundred").map((x) => x.value)).toEqual([300, 200]);
    expect(q("in the next two three months").map((x) => x.value)).toEqual([2, 3]);
    // something counted after them: not a fraction
    expect(q("$2000 over 3 years").map((x) => x.value)).toEqual([2000, 3]);
    expect(q("12 out of 40 passengers").map((x) => x.value)).toEqual([12, 40]);
    // a hyphen inside a name or between numbers is not a minus sign
    expect(q("COVID[-19] spread").map((x) => x.value)).not.toContain(-19);
    expect(one("5 -10 cars")).toMatchObject({ value: 5, upper: 10 });
    // a margin of error is not a negative number
    expect(one("plus or minus 4 percentage points")).toMatchObject({ value: 4, unit: "%" });
  });

  it("reads comparisons, bounds joined into ranges and equalities", () => {
    expect(one("x>10")).toMatchObject({ text: ">10", qualifier: "more-than", value: 10 });
    expect(one("when <=  -30")).toMatchObject({ qualifier: "at-most", value: -30 });
    expect(one("deaths exceeded 100")).toMatchObject({ text: "exceeded 100", qualifier: "more-than" });
    expect(one("bigger or equal than three thousand")).toMatchObject({ qualifier: "at-least", value: 3000 });
    expect(one("equal to or less than 30")).toMatchObject({ qualifier: "at-most", value: 30 });
    expect(one("more than 5000 or equal to it")).toMatchObject({ qualifier: "at-least", value: 5000 });
    expect(one("five hundred and more")).toMatchObject({ qualifier: "at-least", value: 500 });
    expect(one("greater than 100 and smaller than 300")).toMatchObject({ qualifier: "range", value: 100, upper: 300 });
    expect(one("at most 100 and at least 20")).toMatchObject({ qualifier: "range", value: 20, upper: 100 });
    expect(one("The number equals 20.")).toMatchObject({ qualifier: "range", value: 20, upper: 20 });
    expect(one("20 through 100")).toMatchObject({ qualifier: "range", value: 20, upper: 100 });
    expect(one("about 20~100")).toMatchObject({ qualifier: "range", value: 20, upper: 100 });
    expect(one("The number range is 1000-5000")).toMatchObject({ qualifier: "range", value: 1000, upper: 5000 });
    expect(one("between the tenth and the fifteenth")).toMatchObject({ qualifier: "range", value: 10, upper: 15 });
    // bounds that cannot meet stay apart, and so does a bound followed by another number
    expect(q("More than 40 and less than 10").map((x) => x.qualifier)).toEqual(["more-than", "less-than"]);
    expect(q("equal to 5000 or less than 6000").map((x) => x.qualifier)).toEqual(["range", "less-than"]);
    expect(q("either less than $1 billion or more than $42 billion").map((x) => x.qualifier)).toEqual(["less-than", "more-than"]);
  });

  it("keeps a bound on the count of a proportion and does not count its base", () => {
    const got = recogniseQuantities("More than 1 in 4 Americans agreed; last year it was 2 in 5.");
    expect(got.map((q) => [q.text, q.value, q.qualifier])).toEqual([["More than 1", 1, "more-than"], ["2 in 5", 0.4, "exact"]]);
  });

  it("reads percentages named first and in the plural", () => {
    expect(one("one hundred percents")).toMatchObject({ value: 100, unit: "%" });
    expect(one("30 percentage")).toMatchObject({ value: 30, unit: "%" });
    expect(one("per cent of twenty-two")).toMatchObject({ value: 22, unit: "%" });
    expect(one("just need minus five percent")).toMatchObject({ value: -5, unit: "%" });
    expect(q("5 percent of 10 homes").map((x) => x.unit)).toEqual(["%", null]);
  });

  it("does not take web addresses, units, codes, versions, names or ranks as amounts", () => {
    for (const text of [
      "See https://www.test.com/search?q=30%25%2020%",
      "the 180ml liquid",
      " 29km Road ",
      "1m isn't a number.",
      "5G networks",
      "192.168.1.2",
      "SCP-173",
      "Ground Zero",
      "World War Two",
      "the twenty-first century",
      "A tenth defendant was acquitted.",
      "a third-party candidate",
      "it was at half-mast",
      "in the second half",
      "he scores often",
      "for naught",
      "<>30",
      "The one you mentioned is invalid",
    ])
      expect(q(text), text).toEqual([]);
  });

  it("gives offsets into the text it was given, within a window", () => {
    const text = "Intro. Police said 40 people fled.";
    const [x] = recogniseQuantities(text, 7, text.length);
    expect(text.slice(x.start, x.end)).toBe("40");
  });
});

describe("quantities, properties", () => {
  const fmt = (n: number, how: number) => {
    switch (how) {
      case 0: return n.toLocaleString("en-US");
      case 1: return String(n);
      case 2: return `${n.toLocaleString("en-US")}%`;
      default: return `$${n.toLocaleString("en-US")}`;
    }
  };
  it("gives back the value of an integer written with or without separators, as a percent or in dollars", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, how) => {
        // a bare year-like number is read as a date on purpose: give it a counted noun
        const text = `They reported ${fmt(n, how)} cases.`;
        const got = recogniseQuantities(text);
        expect(got.map((g) => g.value)).toEqual([n]);
      }),
      { numRuns: 400 },
    );
  });

  it("gives back the value of a number written in words", () => {
    const words = (n: number): string => {
      const u = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
      const t = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
      if (n < 20) return u[n];
      if (n < 100) return t[Math.floor(n / 10)] + (n % 10 ? `-${u[n % 10]}` : "");
      if (n < 1000) return `${u[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${words(n % 100)}` : ""}`;
      return `${words(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${words(n % 1000)}` : ""}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
        const got = recogniseQuantities(`Officials counted ${words(n)} ballots.`);
        expect(got.map((g) => g.value)).toEqual([n]);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void recogniseQuantities(s)), { numRuns: 1000 });
  });

  it("says whether a span holds a quantity as recognising them all would", () => {
    const cases = [
      "The office said about 2,000 people came.", // a core
      "The office said it in 2016.", // a year only: no quantity
      "Dozens of residents left.", // a vague amount only
      "He scores well and test scores rose.", // "scores" with no amount
      "One of them said so, and another one agreed.", // "one" as a pronoun
      "It rose from 10 to 15 percent.", // a range
    ];
    for (const text of cases) expect(hasQuantity(text), text).toBe(recogniseQuantities(text).length > 0);
    expect(cases.map((t) => hasQuantity(t))).toEqual([true, false, true, false, false, true]);
    // a span of a longer text: only what lies inside counts
    const text = "They met on Tuesday. Officials counted 40 ballots.";
    expect(hasQuantity(text, 0, 20)).toBe(false);
    expect(hasQuantity(text, 21, text.length)).toBe(true);
    fc.assert(
      // texts of number-ish words, so that most hold a quantity somewhere and some only outside the span
      fc.property(fc.array(fc.constantFrom("12", "one", "dozens", "of", "people", "2016", "$", "-", "percent", "several", "a", "few", "hundred", "in", "May", ",", "."), { maxLength: 25 }).map((w) => w.join(" ")), fc.nat(120), fc.nat(120), (s, a, b) => {
        const [from, to] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)];
        expect(hasQuantity(s, from, to)).toBe(recogniseQuantities(s, from, to).length > 0);
      }),
      { numRuns: 500 },
    );
  });
  it("reads the vague amounts people write before a plural noun, and not the adverb or superlative", () => {
    const texts = (t: string) => recogniseQuantities(t).map((x) => x.text);
    expect(texts("Most farm workers left, and the most skilled ones stayed.")).toEqual(["Most"]);
    expect(texts("He gave few answers; the town is among the few places left.")).toEqual(["few", "few"]);
    expect(texts("She held multiple posts.")).toEqual(["multiple"]);
    expect(texts("A majority of members agreed; a number of aides quit.")).toEqual(["A majority", "a number of"]);
    expect(texts("Numbers of pilgrims stayed home, and the numbers of buses fell.")).toEqual(["Numbers"]);
    expect(texts("The mayor is polling in the low single digits.")).toEqual(["low single digits"]);
    expect(texts("Tens of millions flowed in; a large portion of it went abroad.")).toEqual(["Tens of millions", "a large portion"]);
    expect(texts("The mill has lost money for several years.")).toEqual(["several years"]);
    expect(texts("A fee of a fraction of a percent applies.")).toEqual(["a fraction of a percent"]);
    expect(texts("The storm hit as many sailors slept.")).toEqual(["many"]);
    expect(texts("They hired as many guards as they could.")).toEqual([]);
  });

  it("reads a share of ten or a hundred whatever follows, and keeps a count of a count apart", () => {
    expect(one("Almost nine in 10 pupils passed.")).toMatchObject({ text: "Almost nine in 10", value: 0.9, qualifier: "approx" });
    expect(one("Seven of 100 seats changed hands.")).toMatchObject({ value: 0.07, qualifier: "exact" });
    expect(q("It tested 6 out of 25 samples.").map((x) => x.value)).toEqual([6, 25]);
  });
  it("reads a noun of amount with its 'of' before a plural, and the longest vague amount", () => {
    const texts = (t: string) => recogniseQuantities(t).map((x) => x.text);
    expect(texts("A lot of pensioners moved, lots of shops shut, and quite a few cafes too.")).toEqual(["A lot of", "lots of", "quite a few"]);
    expect(texts("The farm sold a lot of land and had lots of time.")).toEqual([]);
    expect(texts("The rally drew hundreds of thousands of marchers.")).toEqual(["hundreds of thousands"]);
    expect(texts("After countless delays, so many commuters quit; how many stayed, and why so many?")).toEqual(["countless", "so many"]);
  });
  it("gives a bare number before a figure with a unit that unit ('80 to 85 percent'), not a change before a level", () => {
    expect(one("She said 80 to 85 percent of the files were lost.")).toMatchObject({ value: 80, upper: 85, qualifier: "range", unit: "%" });
    expect(one("Revenue of 2.4 billion to 2.6 billion pesos is expected.")).toMatchObject({ value: 2.4e9, upper: 2.6e9, qualifier: "range" });
    expect(q("The bank cut its rate by 0.5 to 3.25 percent.").map((x) => x.value)).toEqual([0.5, 3.25]);
    expect(q("She won 61 to 39 percent.").map((x) => x.value)).toEqual([61, 39]);
  });
  it("reads 'twice' as two times, with its bound, and not in 'think twice'", () => {
    expect(one("The mayor has visited twice.")).toMatchObject({ text: "twice", value: 2, qualifier: "exact" });
    expect(one("Clinics ran at up to twice their capacity.")).toMatchObject({ text: "up to twice", value: 2, qualifier: "at-most" });
    expect(one("Fees are nearly twice as high in Leeds.")).toMatchObject({ text: "nearly twice", value: 2, qualifier: "approx" });
    expect(q("Buyers should think twice.")).toEqual([]);
  });
  it("reads 'most of' and a sentence's first 'Multiple' before a long plural noun, and not a superlative after a number", () => {
    const texts = (t: string) => recogniseQuantities(t).map((x) => x.text);
    expect(texts("Most of the older ferry routes still lose money.")).toEqual(["Most"]);
    expect(texts("Multiple regional transport officials resigned.")).toEqual(["Multiple"]);
    expect(texts("He cited the four most recent surveys and the top three most urgent repairs.")).toEqual(["four", "three"]);
    expect(texts("She made the most of her chances.")).toEqual([]);
  });
  it("reads the size of a majority and other nouns of amount", () => {
    const texts = (t: string) => recogniseQuantities(t).map((x) => x.text);
    expect(texts("The vast majority of growers agree, and a clear majority say so.")).toEqual(["The vast majority", "a clear majority"]);
    expect(texts("The mill shipped a significant amount of timber and large quantities of pulp.")).toEqual(["a significant amount of", "large quantities of"]);
    expect(texts("The memo lists a host of failures and a series of delays.")).toEqual(["a host of", "a series of"]);
    expect(texts("She won plenty of awards, but plenty of time passed; the bulk of it was wasted.")).toEqual(["plenty of", "the bulk"]);
    expect(texts("Officials noted the large numbers of tourists.")).toEqual(["large numbers"]);
  });
  it("reads 'a one-year sentence' as a length of one unit, not 'one day' alone", () => {
    expect(one("She got a one year jail term.")).toMatchObject({ text: "one", value: 1 });
    expect(one("Rail staff held a one-day strike.")).toMatchObject({ text: "one", value: 1 });
    expect(q("One day the mill closed.")).toEqual([]);
  });
  it("reads a hyphened 'two-dozen' as twenty-four, like 'two dozen'", () => {
    expect(one("Roughly two-dozen towns voted.")).toMatchObject({ text: "Roughly two-dozen", value: 24, upper: null, qualifier: "approx" });
  });
  it("reads 'doubled', 'tripled', 'halving' as the factor of a change, not where figures follow", () => {
    expect(one("Ferry fares have more than doubled since May.")).toMatchObject({ text: "more than doubled", value: 2, qualifier: "more-than" });
    expect(one("The plant is halving its workforce.")).toMatchObject({ text: "halving", value: 0.5, qualifier: "exact" });
    expect(one("Rents tripled in a decade.")).toMatchObject({ value: 3 });
    expect(q("The senator doubled down on his remarks.")).toEqual([]);
    expect(q("Exports doubled to 40 tonnes.").map((x) => x.value)).toEqual([40]);
  });
  it("reads 'two in three', 'three in five' as shares of a small whole", () => {
    expect(one("Two in three tenants said no.")).toMatchObject({ text: "Two in three", qualifier: "exact" });
    expect(one("Nearly three in five tenants said no.")).toMatchObject({ text: "Nearly three in five", value: 0.6, qualifier: "approx" });
  });
  it("reads 'one in N' as a fraction whatever follows, and 'as much as' as an upper bound", () => {
    expect(one("Roughly one in four of the nurses quit.")).toMatchObject({ text: "Roughly one in four", value: 0.25, qualifier: "approx" });
    expect(one("Only one in eight households owns a boat.")).toMatchObject({ value: 0.125, qualifier: "exact" });
    expect(one("The index fell as much as 3.1 percent.")).toMatchObject({ text: "as much as 3.1 percent", value: 3.1, qualifier: "at-most" });
  });
  it("reads the taka as a currency", () => {
    expect(one("Tickets cost 500 taka.")).toMatchObject({ value: 500, unit: "BDT" });
  });

  it("reads a change from one value to another as two figures, and keeps ranges that are ranges", () => {
    expect(q("The toll rose from nine to 26.").map((x) => x.value)).toEqual([9, 26]);
    expect(q("It lifted its outlook by 0.2 percentage points to 3.1 percent.").map((x) => x.value)).toEqual([0.2, 3.1]);
    expect(one("Tickets cost from $5 to $9.")).toMatchObject({ value: 5, upper: 9, qualifier: "range" });
    expect(one("Each pledge runs $20,000 to more than $1 million.")).toMatchObject({ value: 20000, upper: 1e6, qualifier: "range" });
    expect(one("The plan lifted the Dax 0.8 percent.")).toMatchObject({ value: 0.8, unit: "%" });
  });
  it("reads 'one' closing a list of counts as a count, not as a pronoun", () => {
    expect(q("Rescuers found 12 cars, three vans and one bus.").map((x) => x.text)).toEqual(["12", "three", "one"]);
    expect(q("Three rivals ran and one of them won.").map((x) => x.text)).toEqual(["Three"]);
  });
});

// cores() searches a prefix of the text ending a little past the span (searchEnd): what starts in the span
// reads as when the whole text was searched, whatever follows
describe("quantities of a span in a longer text", () => {
  const spaced = "Temperatures fell to -" + " ".repeat(80) + "5 degrees overnight.";
  it("reads a number that runs past the span's end as the span has it", () => {
    expect(recogniseQuantities("They counted seventy ballots.", 0, 20).map((q) => q.value)).toEqual([70]);
    expect(recogniseQuantities("They counted seventy ballots.", 0, 16)).toEqual([]);
  });
  it("sees past a long run of spaces after a sign, and finds nothing far beyond the span", () => {
    expect(recogniseQuantities(spaced, 0, 110).map((q) => [q.text, q.value])).toEqual([["5", 5]]);
    expect(recogniseQuantities(spaced, 0, 23)).toEqual([]);
    expect(hasQuantity("Costs rose. " + "x".repeat(500) + " 12 more", 0, 11)).toBe(false);
  });
});
