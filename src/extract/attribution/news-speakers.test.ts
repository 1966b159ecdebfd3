import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

/** Each claim with a number: its quantity as written, its speaker's name, its cue and mode. */
function claims(text: string) {
  return extract(text, { published: "2021-03-10" }).claims.filter((c) => c.quantity).map((c) => ({
    quantity: text.slice(c.quantity!.start, c.quantity!.end),
    speaker: c.speaker?.name ?? null,
    cue: c.cue?.text ?? null,
    mode: c.mode,
  }));
}
const of = (rows: ReturnType<typeof claims>, quantity: string) => rows.find((r) => r.quantity === quantity);

describe("speakers of figures on real news (issue 19)", () => {
  it("gives a figure before a trailing 'in a new <pollster> poll' to the poll, and 'the same poll' after it too", () => {
    const rows = claims(
      "The mayor has promised to cut fares. As a result, only 31 percent of commuters have a good view of Mayor Dalton in a new Harbor Institute-Daily Star poll.\n\n" +
        "According to the same poll, support for the tram fell to 44 percent.",
    );
    expect(of(rows, "31 percent")).toMatchObject({ speaker: "Harbor Institute-Daily Star poll", mode: "according-to" });
    expect(of(rows, "44 percent")!.speaker).toBe("Harbor Institute-Daily Star poll");
  });

  it("does not name 'the survey' after a name the rules could not tie to anyone", () => {
    const rows = claims("Okafor has promised to build 300 homes.\n\nThe survey also found that support for Okafor rose to 19 percent.");
    expect(of(rows, "19 percent")!.speaker).not.toBe("Okafor");
  });

  it("reads the subject of a cue past a participle and its day ('A new poll released Friday found')", () => {
    const rows = claims("A new Harbor Institute poll released Friday found that 70 percent of riders back the plan.");
    expect(of(rows, "70 percent")).toMatchObject({ speaker: "Harbor Institute poll", cue: "found" });
  });
});

describe("nouns of saying owned by their speaker (readers/noun-cue.ts)", () => {
  it("gives the figure after '<name>'s claim that' to the name, even inside another's question about it", () => {
    const rows = claims(
      "Dalton's claim that 80 percent of buses run on time is wrong.\n\n" +
        "Several riders have asked questions about Dalton's assertion that 70 percent of the trams were new.",
    );
    expect(of(rows, "80 percent")).toMatchObject({ speaker: "Dalton", cue: "claim", mode: "indirect" });
    expect(of(rows, "70 percent")).toMatchObject({ speaker: "Dalton", cue: "assertion" });
  });
});

describe("according to a document from its maker", () => {
  it("names the maker of 'a recent report from X', not the report", () => {
    const rows = claims("Sales of electric ferries are growing 40 percent a year, according to a recent report from Harbor Energy Institute.");
    expect(of(rows, "40 percent")).toMatchObject({ speaker: "Harbor Energy Institute", cue: "according to" });
  });
});

describe("'it' as a speaker (refiners/thing-pronouns.ts)", () => {
  it("names the document that spoke just before ('the report notes …, and it says …')", () => {
    const rows = claims("For instance, the audit notes the city inspects 2,000 bridges, and it says road crews have patched nearly 40,000 potholes.");
    expect(of(rows, "nearly 40,000")).toMatchObject({ speaker: "the audit", cue: "says" });
    // (not a person: "it" is left open after one)
    const after = claims("Mayor Ruth Okafor spoke on Monday, and it says road crews have patched nearly 40,000 potholes.");
    expect(of(after, "nearly 40,000")!.speaker).toBeNull();
  });
});

describe("'add' with a figure for its object is an act", () => {
  it("leaves 'organizers added 160 guards' to the reporter clause after it", () => {
    const rows = claims("In Denver, organizers added 160 security guards along the route, up from 90 last year, the Daily Star reported.");
    expect(of(rows, "160")).toMatchObject({ speaker: "Daily Star", cue: "reported" });
    expect(of(rows, "90")!.speaker).toBe("Daily Star");
  });
});

describe("a toll raised or put (readers/toll-update.ts)", () => {
  it("gives the toll to who raises or puts it, and the figure after to the same source", () => {
    const rows = claims("The region's disaster agency increases the death toll from the storm to 120. The number of injured in hospitals stands at 300.\n\nOfficials put the number of missing at 45.");
    expect(of(rows, "120")).toMatchObject({ speaker: expect.stringMatching(/disaster agency/), cue: "increases" });
    expect(of(rows, "300")!.speaker).toMatch(/disaster agency/);
    expect(of(rows, "45")!.speaker).toBe("Officials");
  });
  it("does not take a change to the number of anything else for a report of it", () => {
    const rows = claims("The county cut the number of bus routes from 40 to 12, leading to long queues.");
    expect(of(rows, "12")?.speaker ?? null).toBeNull();
  });
});

describe("a poll named by its taker, and its respondents' shares", () => {
  it("names 'a poll of 400 voters released Friday by X' after X, and gives the shares answering after it to the poll", () => {
    const rows = claims(
      "Fares anger riders, according to a poll of 400 registered riders released on Friday by Harbor Research, a polling firm.\n\n" +
        "Eighty percent of riders in the city dislike the fare, the poll found. Two in three said they ride less. Some 56 percent of students polled said they walk.",
    );
    expect(of(rows, "Eighty percent")!.speaker).toBe("Harbor Research poll");
    expect(of(rows, "Two in three")!.speaker).toBe("Harbor Research poll");
    expect(of(rows, "Some 56 percent")!.speaker).toBe("Harbor Research poll");
  });
});

describe("a poll that 'has' its figures, and 'By X's tally,'", () => {
  it("gives the figures after '<poll> has Lee leading' to the poll and those after 'By X's tally,' to X", () => {
    const rows = claims("Wednesday's Harbor poll has Lee leading Okafor by just six points (46 percent to 40 percent).\n\nBy the Coastal Press's tally, he now has 739 delegates to Okafor's 465.");
    expect(of(rows, "46 percent")!.speaker).toBe("Harbor poll");
    expect(of(rows, "739")!.speaker).toBe("Coastal Press");
    expect(of(rows, "465")!.speaker).toBe("Coastal Press");
  });
});
