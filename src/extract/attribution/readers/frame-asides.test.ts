import { describe, expect, it } from "vitest";
import { claimRows, rowOf as of } from "../claim-rows.testing.js";

const claims = (text: string, published = "2021-03-10") => claimRows(text, published);

describe("asides between a frame and what it says", () => {
  it("reads 'according to X' left open before the sentence's verb as the source of the whole sentence", () => {
    const rows = claims("Divers, working in cold water, according to the coast guard recovered at least 12 sailors from the wreck.");
    expect(of(rows, "at least 12")).toMatchObject({ speaker: expect.stringMatching(/coast guard/i), cue: "according to", mode: "according-to" });
  });

  it("reads past a frame phrase between commas after the cue ('claimed, as of Friday, it …')", () => {
    const rows = claims("Vestria claimed, as of Friday, it was one of the few nations with 14 ports still open.");
    expect(of(rows, "14")).toMatchObject({ speaker: "Vestria", cue: "claimed", mode: "indirect" });
  });

  it("gives a participle after 'without' the sentence's subject for its speaker", () => {
    const rows = claims("The senator left the hall without saying how 40 jobs would be saved.");
    expect(of(rows, "40")).toMatchObject({ speaker: expect.stringMatching(/senator/), cue: "saying" });
  });
});

describe("names a source may have", () => {
  it("keeps a web address whole after 'according to' and before a cue ('Harbourwatch.net')", () => {
    const rows = claims("At least 300 homes were flooded, according to Harbourwatch.net. Harbourwatch.net said 40 roads were closed.");
    expect(of(rows, "At least 300")!.speaker).toBe("Harbourwatch.net");
    expect(of(rows, "40")!.speaker).toBe("Harbourwatch.net");
  });

  it("takes a country right before a verb of saying for its government speaking", () => {
    const rows = claims("North Korea said 12 soldiers were hurt in the blast.");
    expect(of(rows, "12")).toMatchObject({ speaker: "North Korea", cue: "said" });
    // (a place that only opens a phrase before the cue is still no speaker)
    expect(of(claims("In Ohio, 45 percent said the economy was their first worry."), "45 percent")!.speaker).not.toBe("Ohio");
  });
});

describe("sources named by what they wrote, and their history", () => {
  it("gives 'according to a 52-count complaint filed by X' to X, past the number inside the phrase", () => {
    const rows = claims("According to a 52-count complaint filed by the state auditor, the developers took $40 million from investors.");
    expect(of(rows, "$40 million")).toMatchObject({ speaker: expect.stringMatching(/auditor/), cue: "According to", mode: "according-to" });
  });

  it("reads an organisation whose name joins common words with 'and' as one name ('Food and Drug Administration')", () => {
    const rows = claims("The Food and Drug Administration said 12 plants were closed.");
    expect(of(rows, "12")!.speaker).toBe("Food and Drug Administration");
  });

  it("leaves to the writer a past event of an earlier year after a data set's figures ('Last year, the casinos earned …')", () => {
    const rows = claims("Revenue at the nine casinos rose 4 percent in October, according to the state gaming board. Slot revenue rose 6 percent.\n\nLast year, the casinos earned just $2.1 billion, the lowest take in decades.", "2015-11-13");
    expect(of(rows, "6 percent")!.speaker).toMatch(/gaming board/);
    expect(of(rows, "$2.1 billion")!.speaker).toBeNull();
  });
});
