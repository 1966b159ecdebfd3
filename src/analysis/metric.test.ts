import { describe, expect, it } from "vitest";
import { demonymPlace, metricKey, metricLabel, metricOf, placesCompatible, type FigureWords } from "./metric.js";
import { referenceWords, parseReference } from "./reference.js";
import { conflict } from "./checks/conflict.js";
import { series } from "./checks/series.js";
import { noEvidence } from "./checks/no-evidence.js";
import { intervalOf, intervalsMeet, APPROX_TOLERANCE } from "./interval.js";
import { parsePeriod, relate } from "./period.js";
import type { Figure } from "./figure.js";
import type { Qualifier } from "../types.js";

const words = (counted: string | null, predicate: string | null, places: string[] = [], extra: Partial<FigureWords> = {}): FigureWords =>
  ({ counted, predicate, unit: null, kind: "number", places, ...extra });

const fig = (id: number, value: number, qualifier: Qualifier, period: string, extra: Partial<Figure> = {}): Figure => ({
  claimId: id, referenceId: null, documentId: id, sentenceStart: 0, speaker: `Speaker ${id}`, period: parsePeriod(period), value, upper: null,
  qualifier, quantityText: String(value), source: `doc-${id}.txt`, sentence: "An invented sentence.", places: ["Norway"], ...extra,
});

describe("metric keys", () => {
  it("puts synonyms of what is counted and what happened in one metric", () => {
    const a = metricOf(words("civilians", "kill", ["Norway"]))!;
    const b = metricOf(words("deaths", "report", ["Norway"]))!;
    expect(metricKey(a)).toBe("person|die|number|Norway");
    expect(metricKey(b)).toBe(metricKey(a));
    expect(metricLabel(a)).toBe("people killed in Norway");
  });
  it("reads 'Norwegian foreign fighters' as people from Norway fighting abroad", () => {
    expect(demonymPlace("Tajik")).toBe("Tajikistan");
    expect(demonymPlace("Norwegian")).toBe("Norway");
    const foreign = metricOf(words("Norwegian foreign fighters", null))!;
    const abroad = metricOf(referenceWords({ what: "Norwegian citizens who went to Chile and Peru", who: "" }))!;
    expect(foreign).toMatchObject({ thing: "person", event: "in", origin: "Norway", places: ["abroad"] });
    expect(abroad).toMatchObject({ thing: "person", event: "in", origin: "Norway", places: ["Chile", "Peru"] });
    expect(placesCompatible(foreign, abroad)).toBe(true);
    expect(placesCompatible(foreign, { ...abroad, places: ["Norway"] })).toBe(false);
  });
  it("counts no metric in durations or bare units, and keeps units of different dimensions apart", () => {
    expect(metricOf(words("light years", null))).toBeNull();
    expect(metricOf(words("years", "be"))).toBeNull();
    const km = metricOf(words("road", "build", ["Norway"], { unit: "km", kind: "measure" }))!;
    const miles = metricOf(words("road", "build", ["Norway"], { unit: "miles", kind: "measure" }))!;
    const count = metricOf(words("road", "build", ["Norway"]))!;
    expect(metricKey(km)).toBe(metricKey(miles));
    expect(metricKey(km)).not.toBe(metricKey(count));
    // a speed is no length: a train's top speed and the track it ran on are two metrics
    const kmh = metricOf(words("train", "reach", ["Norway"], { unit: "km/h", kind: "measure" }))!;
    const mph = metricOf(words("train", "reach", ["Norway"], { unit: "mph", kind: "measure" }))!;
    const track = metricOf(words("train", "reach", ["Norway"], { unit: "km", kind: "measure" }))!;
    expect(metricKey(kmh)).toBe(metricKey(mph));
    expect(metricKey(kmh)).not.toBe(metricKey(track));
  });
  it("gives a figure said of the whole world no document's place", () => {
    const text = "Last year the fever caused 9,000 deaths worldwide, the report said.";
    const world = metricOf(words("deaths", "cause", [], { text, quantityStart: text.indexOf("9,000"), quantityEnd: text.indexOf("9,000") + 5 }), "Norway")!;
    const local = metricOf(words("deaths", "cause", [], { text: "The fever caused 12 deaths.", quantityStart: 16, quantityEnd: 18 }), "Norway")!;
    expect(world.places).toEqual(["worldwide"]);
    expect(metricLabel(world)).toBe("people killed worldwide");
    expect(local.places).toEqual(["Norway"]);
    expect(placesCompatible(world, local)).toBe(false);
  });
  it("keys a figure after 'be' or 'remain' by the state said of it, and people present by their place", () => {
    const at = (text: string, q: string, counted: string, predicate = "be") =>
      metricOf(words(counted, predicate, ["Norway"], { text, quantityStart: text.indexOf(q), quantityEnd: text.indexOf(q) + q.length }))!;
    const missing = at("The mayor said 41 fishermen were still missing after the storm.", "41", "fishermen");
    const home = at("The island was home to some 300 fishermen.", "300", "fishermen");
    const there = at("About 90 fishermen are in the harbour tonight.", "90", "fishermen");
    const displaced = at("Some 2,000 villagers remain displaced, the agency said.", "2,000", "villagers", "remain");
    const able = at("Only 12 fishermen were able to return.", "12", "fishermen");
    expect(missing).toMatchObject({ event: "missing" });
    expect(metricLabel(missing)).toBe("fishermen missing in Norway");
    expect(metricKey(missing)).not.toBe(metricKey(home));
    expect(home).toMatchObject({ event: "in" });
    expect(metricKey(there)).toBe(metricKey(home));
    expect(displaced).toMatchObject({ event: "displace" });
    expect(metricLabel(displaced)).toBe("villagers displaced in Norway");
    expect(able).toMatchObject({ event: "in" });
  });
  it("reads a bare figure by what follows it, and an event noun's victims as people", () => {
    const text = "A total of 17 are confirmed dead, the agency said.";
    expect(metricOf(words(null, null, ["Norway"], { text, quantityStart: 11, quantityEnd: 13 }))).toMatchObject({ thing: "person", event: "die" });
    // a toll named before a figure is not what it counts when a verb after it says what befell it
    const more = "Besides the deaths, 40 were reported hospitalised, with six seriously injured.";
    expect(metricOf(words(null, null, ["Norway"], { text: more, quantityStart: more.indexOf("40"), quantityEnd: more.indexOf("40") + 2 }))).toBeNull();
    expect(metricOf(words(null, null, ["Norway"], { text: more, quantityStart: more.indexOf("six"), quantityEnd: more.indexOf("six") + 3 }))).toMatchObject({ thing: "person", event: "injure" });
    const rest = "Four deaths were reported on Monday, and 12 were killed later.";
    expect(metricOf(words(null, null, ["Norway"], { text: rest, quantityStart: rest.indexOf("12"), quantityEnd: rest.indexOf("12") + 2 }))).toMatchObject({ thing: "person", event: "die" });
    const blast = "The blast had killed nine.";
    expect(metricOf(words("blast", "kill", ["Norway"], { text: blast, quantityStart: 21, quantityEnd: 25 }))).toMatchObject({ thing: "person", event: "die" });
  });
  it("reads what a measure measures after its unit's 'of', and a toll before an event noun's figure", () => {
    const text = "The agency said 300 miles of new roads were built.";
    const roads = metricOf(words("miles of new roads", "say", ["Norway"], { text, unit: "miles", kind: "measure", quantityStart: 16, quantityEnd: 19 }))!;
    expect(metricKey(roads)).toBe("road|build|length|Norway");
    const toll = "Police said the death toll from the blast in Oslo had risen to 11.";
    const at = toll.indexOf("11");
    expect(metricOf(words("blast in Oslo", "rise", ["Oslo"], { text: toll, quantityStart: at, quantityEnd: at + 2 }))).toMatchObject({ thing: "person", event: "die" });
  });
  it("gives a figure with no place its document's place", () => {
    expect(metricOf(words("people", "arrest"), "Oslo")!.places).toEqual(["Oslo"]);
  });
});

describe("conflicts", () => {
  it(`takes 'around' as ±${APPROX_TOLERANCE * 100}%`, () => {
    const around = intervalOf({ value: 1100, upper: null, qualifier: "approx" })!;
    expect(intervalsMeet(around, intervalOf({ value: 1000, upper: null, qualifier: "exact" })!)).toBe(true);
    expect(intervalsMeet(around, intervalOf({ value: 1300, upper: null, qualifier: "exact" })!)).toBe(false);
  });
  it("flags two exact figures for the same period and place, with the reason", () => {
    const f = conflict.run(fig(1, 70, "exact", "2018"), fig(2, 71, "exact", "2018")) as { reason: string } | null;
    expect(f?.reason).toContain("cannot both hold");
  });
  it("takes a measure as exact as it is written, so a rounded conversion meets its source, and a count as exact", () => {
    const mile = 1609.344;
    const km = fig(1, 480_000, "exact", "2018", { quantityText: "480 km" });
    expect(conflict.run(km, fig(2, 300 * mile, "exact", "2018", { quantityText: "300 miles" }))).toBeNull();
    expect(conflict.run(km, fig(2, 350_000, "exact", "2018", { quantityText: "350 km" }))).not.toBeNull();
    expect(conflict.run(km, fig(2, 312 * mile, "exact", "2018", { quantityText: "312 miles" }))).not.toBeNull();
  });
  it("takes a figure in thousands or millions as exact as it is written, and one written out in full as exact", () => {
    const millions = fig(1, 1_200_000, "exact", "2018", { quantityText: "1.2 million" });
    // 1.2 million is 1.15–1.25 million: the 1,230,000 it was rounded from, and the same figure written out, meet it
    expect(conflict.run(millions, fig(2, 1_230_000, "exact", "2018", { quantityText: "1,230,000" }))).toBeNull();
    expect(conflict.run(millions, fig(2, 1_200_000, "exact", "2018", { quantityText: "1,200,000" }))).toBeNull();
    expect(conflict.run(millions, fig(2, 1_260_000, "exact", "2018", { quantityText: "1,260,000" }))).not.toBeNull();
    expect((conflict.run(millions, fig(2, 900_000, "exact", "2018", { quantityText: "900 thousand" })) as { reason: string }).reason)
      .toMatch(/1,150,000–1,250,000 \(1,200,000 to its last written digit\) vs 850,000–950,000/);
    // "2bn" is 1.5–2.5 billion; "2.4bn" is 2.35–2.45 billion
    expect(conflict.run(fig(1, 2e9, "exact", "2018", { quantityText: "2bn" }), fig(2, 2.4e9, "exact", "2018", { quantityText: "2.4bn" }))).toBeNull();
    expect(conflict.run(fig(1, 2.4e9, "exact", "2018", { quantityText: "2.4bn" }), fig(2, 2.6e9, "exact", "2018", { quantityText: "2.6bn" }))).not.toBeNull();
    // written out in full, a count is exact
    expect(conflict.run(fig(1, 1_200_000, "exact", "2018", { quantityText: "1,200,000" }), fig(2, 1_230_000, "exact", "2018", { quantityText: "1,230,000" }))).not.toBeNull();
  });
  it("lets a bound hold that the other figure satisfies, and a part of the year sit inside the year's total", () => {
    expect(conflict.run(fig(1, 500, "more-than", "2018"), fig(2, 520, "exact", "2018"))).toBeNull();
    expect(conflict.run(fig(1, 900, "exact", "2018-01-01/2018-06-30"), fig(2, 500, "more-than", "2018"))).toBeNull();
    expect(conflict.run(fig(1, 900, "exact", "2018-01-01/2018-06-30"), fig(2, 500, "exact", "2018"))).not.toBeNull();
  });
  it("takes a place and the same place with its country named beside it as one place", () => {
    expect(conflict.run(fig(1, 70, "exact", "2018", { places: ["Bergen"] }), fig(2, 71, "exact", "2018", { places: ["Bergen", "Norway"] }))).not.toBeNull();
    expect(conflict.run(fig(1, 70, "exact", "2018", { places: ["Bergen"] }), fig(2, 71, "exact", "2018", { places: ["Norway"] }))).toBeNull();
  });
  it("does not compare different places, periods apart, one speaker's figures in one document, or a total that rose", () => {
    expect(conflict.run(fig(1, 70, "exact", "2018"), fig(2, 71, "exact", "2018", { places: ["Chile"] }))).toBeNull();
    expect(conflict.run(fig(1, 70, "exact", "2017"), fig(2, 90, "exact", "2018"))).toBeNull();
    expect(conflict.run(fig(1, 70, "exact", "2018"), fig(2, 90, "exact", "2018", { documentId: 1, speaker: "Speaker 1" }))).toBeNull();
    expect(conflict.run(fig(1, 70, "exact", "2018"), fig(2, 90, "exact", "2018", { sentence: "The toll rose to 90." }))).toBeNull();
  });
  it("holds only asserted figures to account: not a question, a forecast or a wish", () => {
    const fact = fig(1, 9, "exact", "2018", { sentence: "The board has nine members." });
    expect(conflict.run(fact, fig(2, 12, "exact", "2018", { sentence: "Should the board keep nine members, or grow to 12?" }))).toBeNull();
    expect(conflict.run(fact, fig(2, 12, "exact", "2018", { sentence: "An analyst predicts the board will have 12 members." }))).toBeNull();
    expect(conflict.run(fact, fig(2, 12, "exact", "2018", { sentence: "The board should have 12 members, she said." }))).toBeNull();
    expect(conflict.run(fact, fig(2, 12, "exact", "2018", { sentence: "The board has 12 members, she said." }))).not.toBeNull();
  });
  it("reads a figure of how things stand today as no total of its whole period", () => {
    const standing = fig(1, 14, "exact", "2018", { sentence: "The party is currently registered in 14 regions." });
    const later = fig(2, 30, "exact", "2018-10", { sentence: "The party is registered in 30 regions." });
    expect(conflict.run(standing, later)).toBeNull();
    expect(conflict.run(fig(1, 14, "exact", "2018", { sentence: "The party was registered in 14 regions." }), later)).not.toBeNull();
  });
  it("reads a total counted from an earlier start as no part and no whole of another period's figure", () => {
    const month = fig(1, 2100, "exact", "2018-11", { sentence: "Health officials have counted 2,100 cases since the outbreak began." });
    const day = fig(2, 3400, "exact", "2018-11-25", { sentence: "Officials reported a total of 3,400 cases during the outbreak." });
    expect(conflict.run(month, day)).toBeNull();
    const plain = fig(2, 3400, "exact", "2018-11-25", { sentence: "Officials reported 3,400 new cases on the day." });
    expect(conflict.run(fig(1, 2100, "exact", "2018-11", { sentence: "Officials counted 2,100 cases in the month." }), plain)).not.toBeNull();
  });
});

describe("series, no evidence, periods, reference tables", () => {
  it("lists a figure over time and says 'revised down' when the text says so", () => {
    const s = series.run([fig(2, 90, "exact", "2019", { sentence: "The figure was revised to 60." , value: 60, quantityText: "60" }), fig(1, 90, "exact", "2018")]) as { reason: string };
    expect(s.reason).toBe("the figure over time: 90 (2018) → 60 (2019) [revised down]");
  });
  it("keeps counts of a day far apart as other incidents, and wants the figure to move", () => {
    const day = (id: number, value: number, date: string) => fig(id, value, "exact", date);
    const s = series.run([day(1, 12, "2018-03-02"), day(2, 15, "2018-03-04"), day(3, 19, "2018-03-09"), day(4, 5, "2018-06-20"), day(5, 7, "2018-06-21")]) as { reason: string };
    expect(s.reason).toBe("the figure over time: 12 (2018-03-02) → 15 (2018-03-04) → 19 (2018-03-09)");
    expect(series.run([day(1, 12, "2018-03-02"), day(2, 5, "2018-06-20")])).toBeNull();
    // a state read on days far apart is one stock over time: fighters abroad
    expect((series.run([day(1, 700, "2015-12-31"), day(2, 1100, "2016-07-22")], { key: "fighter|in|number|abroad" }) as { reason: string }).reason)
      .toBe("the figure over time: 700 (2015-12-31) → 1100 (2016-07-22)");
    expect(series.run([fig(1, 2, "exact", "2018"), fig(2, 2, "exact", "2019")])).toBeNull();
    expect(series.run([fig(1, 9, "exact", "2018"), fig(2, 12, "exact", "2019", { sentence: "Will it reach 12 next year?" })])).toBeNull();
  });
  it("cuts a month's count from a day's count far from it: two incidents", () => {
    const s = series.run([fig(1, 30, "exact", "2018-02"), fig(2, 25, "exact", "2018-02-03"), fig(3, 4, "exact", "2018-09-12"), fig(4, 6, "exact", "2018-09-14"), fig(5, 7, "exact", "2018-09-15")]) as { reason: string };
    // (before, the month's 30 joined them: 25 → 30 → 4 [lower] → 6 → 7)
    expect(s.reason).toBe("the figure over time: 4 (2018-09-12) → 6 (2018-09-14) → 7 (2018-09-15)");
  });
  it("orders two figures of one sentence and period as the sentence gives them", () => {
    const sentence = "By Tuesday the count of stranded hikers had gone from nine to 23.";
    const at = (id: number, value: number, text: string) => fig(id, value, "exact", "2018-05-08", { documentId: 1, source: "hikers.txt", sentence, quantityText: text });
    const s = series.run([fig(3, 4, "exact", "2018-05-07"), at(1, 23, "23"), at(2, 9, "nine")]) as { reason: string };
    expect(s.reason).toBe("the figure over time: 4 (2018-05-07) → nine (2018-05-08) → 23 (2018-05-08)");
  });
  it("flags a figure whose speaker gave no evidence", () => {
    expect(noEvidence.run(fig(1, 5, "exact", "2018"), { status: "none-given", text: "offered no details" })).not.toBeNull();
    expect(noEvidence.run(fig(1, 5, "exact", "2018"), null)).toBeNull();
  });
  it("reads periods and how they relate", () => {
    expect(parsePeriod("2016-02")).toEqual({ start: "2016-02-01", end: "2016-02-29" });
    expect(relate(parsePeriod("2016-01-01/2016-06-30")!, parsePeriod("2016")!)).toBe("inside");
    expect(parsePeriod("spring")).toBeNull();
  });
  it("names the file, the line and the problem in a bad reference table", () => {
    expect(() => parseReference("date,figure,what\n2018,lots,people\n", "ref.csv")).toThrow(/ref\.csv: line 2: the figure "lots" is not a number/);
    expect(() => parseReference("date,what\n2018,people\n", "ref.csv")).toThrow(/ref\.csv: .*missing: figure/);
    expect(() => parseReference("date,figure,what,qualifier\n2018,5,people,roughly\n", "ref.csv")).toThrow(/line 2: the qualifier "roughly"/);
    expect(parseReference("date,figure,qualifier,what,period\n2018-07-01,5,at-least,people,2018-01-01/2018-06-30\n", "ref.csv")[0]).toMatchObject({ value: 5, qualifier: "at-least", period: { start: "2018-01-01", end: "2018-06-30" } });
  });
});

describe("whose figure, labels and parts", () => {
  // a figure in an invented sentence: where its quantity is, read by indexOf
  const said = (text: string, quantity: string, counted: string | null, predicate: string | null, places: string[] = ["Norway"]) =>
    words(counted, predicate, places, { text, quantityStart: text.indexOf(quantity), quantityEnd: text.indexOf(quantity) + quantity.length });

  it("keys votes by who received them, so one party's votes are no rival of another's", () => {
    const green = metricOf(said("In 2012, the Lime Party ticket of Ada Brook for president received 40,100 votes.", "40,100", "votes", "receive"))!;
    const blue = metricOf(said("The Blue Alliance, which received 7,300 votes, will run again.", "7,300", "votes", "receive"))!;
    const greenAgain = metricOf(said("Back then, the Lime Party, receiving 41,900 votes, came third.", "41,900", "votes", "receive"))!;
    expect(green.holder).toBe("Lime Party");
    expect(blue.holder).toBe("Blue Alliance");
    expect(metricKey(green)).not.toBe(metricKey(blue));
    expect(metricKey(greenAgain)).toBe(metricKey(green));
    expect(metricLabel(green)).toBe("votes received by Lime Party in Norway");
    expect(metricOf(said("Brook's 40,100 votes were counted twice.", "40,100", "votes", "count"))!.holder).toBe("Brook");
    expect(metricOf(said("Officials counted 900 votes for Ada Brook.", "900", "votes", "count"))!.holder).toBe("Ada Brook");
    // no name: no holder, and a place is no holder
    expect(metricOf(said("Voters in Norway cast 40,100 votes.", "40,100", "votes", "cast"))!.holder).toBeNull();
    expect(metricOf(said("Norway's 12 deaths were counted.", "12", "deaths", "count"))!.holder).toBeNull();
  });

  it("labels a figure of 'have' with its past tense", () => {
    expect(metricLabel(metricOf(said("The clinic has 40 beds in Norway.", "40", "beds", "have"))!)).toBe("beds had in Norway");
    // a plural no rule makes
    expect(metricLabel(metricOf(said("The family has three children in Norway.", "three", "children", "have"))!)).toBe("children had in Norway");
    // irregular participles and plurals, from the inflection tables
    expect(metricLabel(metricOf(said("Pupils speak 14 languages in Norway.", "14", "languages", "speak"))!)).toBe("languages spoken in Norway");
    expect(metricLabel(metricOf(said("Divers found 30 knives in Norway.", "30", "knives", "find"))!)).toBe("knives found in Norway");
    expect(metricLabel(metricOf(said("Police shot 2 wolves in Norway.", "2", "wolves", "shoot"))!)).toBe("wolves shot in Norway");
    expect(metricLabel(metricOf(said("The survey found 3 ratios in Norway.", "3", "ratios", "find"))!)).toBe("ratios found in Norway");
    // a predicate the event table knows keeps its sense ("wound", not the past of "wind")
    expect(metricLabel(metricOf(said("Raids wounded 12 people in Norway.", "12", "people", "wound"))!)).toBe("people injured in Norway");
  });

  it("reads a category or level before a figure as a label, and a rate per N, not as counts", () => {
    expect(metricOf(said("Storm Ilse became a Category 4 hurricane overnight.", "4", "hurricane", "become"))).toBeNull();
    expect(metricOf(said("The alert stood at level 3 for the valley.", "3", null, "stand"))).toBeNull();
    // nor is a rate or its denominator a count
    expect(metricOf(said("Norway saw 4.2 deaths per 100,000 people on its roads.", "4.2", "deaths", "see"))).toBeNull();
    expect(metricOf(said("Norway saw 4.2 deaths per 100,000 people on its roads.", "100,000", "people", "see"))).toBeNull();
    expect(metricOf(said("Norway saw 120 road deaths per year.", "120", "road deaths", "see"))).not.toBeNull();
    // time words before a figure are no label: "last week 12 died" counts people
    expect(metricOf(said("Last week 12 people were killed in the valley.", "12", "people", "kill"))).toMatchObject({ thing: "person", event: "die" });
  });

  it("counts no name and no unit as a thing: what a figure of them counts is not said", () => {
    expect(metricOf(said("Ola Berg predicts former Governor Lund wins with 310 votes to 290.", "310", "former Governor Lund", "win"))).toBeNull();
    expect(metricOf(said("The herd now grazes on 6.5 acres.", "6.5", "acres", null))).toBeNull();
    // a thing counted in lower case keeps its metric
    expect(metricOf(said("Officials said 300 acres of forest burned.", "300", "acres of forest", "burn"))).toMatchObject({ thing: "forest" });
  });
  it("reads 'N of them', 'N of the M' and 'N deaths were of children' as parts, no rivals of the whole", () => {
    const whole = metricOf(said("The landslide killed 41 people.", "41", "people", "kill"))!;
    const children = metricOf(said("The ministry said nine deaths were of children.", "nine", "deaths", "say"))!;
    expect(children).toMatchObject({ thing: "child", event: "die" });
    expect(metricKey(children)).not.toBe(metricKey(whole));
    expect(metricOf(said("Nine of them were women, the ministry said.", "Nine", null, "be"))).toMatchObject({ thing: "woman" });
    expect(metricOf(said("Rescuers said 14 of the 41 dead had been asleep.", "14", null, null))).toBeNull();
    expect(metricOf(said("The landslide killed 41 people, including eight children.", "eight", "children", "kill"))).toMatchObject({ thing: "child", event: "die" });
    // "of" that is no part: "14 tons of rice" stays a figure of its own
    expect(metricOf(said("The convoy delivered 14 tons of rice.", "14", "tons of rice", "deliver"))).toMatchObject({ thing: "rice", event: "deliver" });
  });
});
