import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

/** Each claim with a number: its quantity as written, its speaker's name, and whether it carries a content. */
function speakers(text: string) {
  return extract(text, { published: "2021-03-10" }).claims.filter((c) => c.quantity).map((c) => ({
    quantity: text.slice(c.quantity!.start, c.quantity!.end),
    speaker: c.speaker?.name ?? null,
    content: c.content !== null,
  }));
}

const of = (rows: ReturnType<typeof speakers>, quantity: string) => rows.find((r) => r.quantity === quantity);

describe("speakers across sentences (carried sources)", () => {
  it("gives a poll's figures in the sentences after it to the poll, and 'the poll' its full name", () => {
    const rows = speakers(
      "A new Harbor Institute poll finds Mayor Ruth Okafor ahead of her rival, 52 percent to 41 percent.\n\n" +
        "Among renters, she leads by 18 points.\n\n" +
        "The poll also shows 60 percent of voters want more buses.",
    );
    expect(of(rows, "52 percent")!.speaker).toBe("Harbor Institute poll");
    expect(of(rows, "18")).toMatchObject({ speaker: expect.stringMatching(/Harbor Institute poll/), content: false });
    expect(of(rows, "60 percent")!.speaker).toMatch(/Harbor Institute poll/);
  });

  it("gives a poll's respondents' answers to the poll, figures outside what they said too", () => {
    const rows = speakers(
      "Turnout will be high, according to a new Riverside College survey.\n\n" +
        "Only 38 percent of residents agreed that the new stadium was worth its cost, while 55 percent said it was not.",
    );
    expect(of(rows, "38 percent")!.speaker).toBe("Riverside College survey");
    expect(of(rows, "55 percent")!.speaker).toBe("Riverside College survey");
  });

  it("goes on with an organisation's report through a wire story's one-sentence paragraphs, up to another voice", () => {
    const rows = speakers(
      "Budget airline Lark Jet reported a 12 percent rise in profit on Monday.\n\nRevenue rose 4 percent to 2.1 billion euros.\n\n" +
        "Fares climbed 3 percent.\n\n\"Demand is strong,\" Chief Executive Ann Bell said.\n\nThe carrier flies 90 jets.",
    );
    expect(of(rows, "4 percent")!.speaker).toBe("Lark Jet");
    expect(of(rows, "3 percent")!.speaker).toBe("Lark Jet");
    expect(of(rows, "90")!.speaker).toBeNull();
    // (a statement with no figure opens no passage of figures)
    const market = speakers("The central bank said it stood ready to act again.\n\nThe krona firmed 0.6 percent against the euro.");
    expect(of(market, "0.6 percent")!.speaker).toBeNull();
  });

  it("gives a data set's figures to the data's owner, in its sentence and the ones after", () => {
    const rows = speakers(
      "Ferry trips rose 12 percent last year, according to data from the Coastal Transport Agency.\n\n" +
        "Night crossings doubled to 4,000.",
    );
    expect(of(rows, "12 percent")!.speaker).toBe("Coastal Transport Agency");
    expect(of(rows, "4,000")!.speaker).toBe("Coastal Transport Agency");
  });

  it("gives an estimate's or a forecast's figures to its maker", () => {
    const rows = speakers("Bus fares rose 6 percent in May, according to a preliminary estimate from the statistics agency STATEC.");
    expect(of(rows, "6 percent")!.speaker).toBe("STATEC");
  });

  it("does not join a day ending one clause to the subject of the next", () => {
    const rows = speakers("Copper rose 2 percent on Monday and traders said 300 tonnes were sold.");
    expect(of(rows, "300")!.speaker).toBe("traders");
  });

  it("ends a data set's passage where a person speaks, and carries a person's statement one sentence only", () => {
    const rows = speakers(
      "According to a survey by the Lakeside Bureau, 30 percent of farms lost money.\n\n" +
        "Farmer Tom Ellery said his costs rose by $9,000. He sold 40 cows.\n\n" +
        "Grain prices fell 3 percent in March.",
    );
    expect(of(rows, "30 percent")!.speaker).toMatch(/survey/);
    expect(of(rows, "40")!.speaker).toBe("Tom Ellery");
    expect(of(rows, "3 percent")!.speaker).toBeNull();
  });
});

describe("expected figures", () => {
  it("gives a figure in a relative clause with its own cue to that clause's subject", () => {
    const rows = speakers("The bakery chain reported sales of $4.20 a share, above the $3.90 a share that analysts expected.");
    expect(of(rows, "$3.90")!.speaker).toBe("analysts");
    expect(of(rows, "$4.20")!.speaker).not.toBe("analysts");
  });
});

describe("not speakers", () => {
  it("never takes a month, a number or a lone article for the speaker", () => {
    const rows = speakers("Regulators in June fined the bank $3 million.\n\n5 percent said they would leave, and 9 percent said they would stay.");
    for (const r of rows) expect(r.speaker ?? "").not.toMatch(/^(?:June|5 percent|a)$/);
  });

  it("leaves the speaker open for a pronoun no name was found for", () => {
    const rows = speakers("They said 200 officials would move.");
    expect(of(rows, "200")!.speaker).toBeNull();
  });
});

describe("names written as web addresses", () => {
  it("reads a web address before the cue as one name, and a run-on sentence's period as no address", () => {
    expect(of(speakers("Harbourwatch.org said 40 barges sank in March."), "40")!.speaker).toBe("Harbourwatch.org");
    const rows = speakers("The vote ended late on Monday in the city.The mayor said 12 ballots were lost.");
    expect(of(rows, "12")!.speaker).not.toMatch(/city/);
  });
});

describe("a subject with a hyphenated modifier (subjects.ts)", () => {
  it("starts the speaker after an age or other compound before the noun", () => {
    const rows = speakers("A 61-year-old fisherman said 9 boats sank. The 20-strong crew said 3 nets were lost.");
    expect(of(rows, "9")!.speaker).toBe("fisherman");
    expect(of(rows, "3")!.speaker).toBe("crew");
  });
});

describe("an organisation named again by what it is ('the airline said')", () => {
  it("finds 'the airline', 'the utility', 'the cooperative', 'the hospital' as speakers and resolves them to the name before", () => {
    const rows = speakers(
      "Baltic Wings Airlines will cut 800 jobs next year, the airline said on Monday.\n\n" +
        "Norrland Power reported storm damage. The utility said 140 crews were out.\n\n" +
        "Dairy farmers formed the Vale Milk Cooperative in 2019. The cooperative said it had 300 members.\n\n" +
        "Lindholm Hospital treated the injured. The hospital said 12 patients were in intensive care.",
    );
    expect(of(rows, "800")!.speaker).toBe("Baltic Wings Airlines");
    expect(of(rows, "140")!.speaker).toBe("Norrland Power");
    expect(of(rows, "300")!.speaker).toBe("Vale Milk Cooperative");
    expect(of(rows, "12")!.speaker).toBe("Lindholm Hospital");
  });

  it("resolves 'the airline' to the name the article described so, however far back", () => {
    const rows = speakers(
      "Budget airline Lark Jet reported a 12 percent rise in profit on Monday.\n\nFuel costs fell.\n\nAnalysts had expected less.\n\n" +
        "Chief Executive Ann Bell spoke to reporters.\n\nThe airline said it had hired more than 900 pilots.",
    );
    expect(of(rows, "more than 900")!.speaker).toBe("Lark Jet");
  });
});
