import { describe, expect, it } from "vitest";
import { claimRows, rowOf as of } from "../claim-rows.testing.js";

const claims = (text: string, published = "2021-03-10") => claimRows(text, published);

const saying = (rows: ReturnType<typeof claims>, words: string) => rows.find((r) => r.content?.includes(words));

describe("contents widened past the model's end (widened-contents.ts)", () => {
  it("goes on past an aside between dashes to the reported clause's verb", () => {
    const rows = claims("Overall, the bank predicted that small economies - which include Chile, Peru and Norway - will grow 2.5 percent, down 0.3 percentage points.");
    expect(of(rows, "2.5 percent")).toMatchObject({ speaker: "bank", cue: "predicted", mode: "indirect" });
    expect(of(rows, "0.3 percentage points")!.cue).toBe("predicted");
  });

  it("goes on past a comma to a change of the figure before it", () => {
    const rows = claims("Globex reported it sold $12.5 billion in parts in the quarter, up 14 percent from a year earlier.");
    expect(of(rows, "14 percent")).toMatchObject({ speaker: "Globex", cue: "reported" });
  });

  it("goes on past 'and' opening an aside to the subject's next verb", () => {
    const rows = claims("With the deal Globex said it seeks to widen its reach and, over 18 months at a cost of $40 million, intends to merge the stores into its 386 strong chain.");
    expect(of(rows, "386")).toMatchObject({ speaker: "Globex", cue: "said" });
    expect(of(rows, "$40 million")!.speaker).toBe("Globex");
  });
});

describe("relative clauses of a source (relative-sources.ts)", () => {
  it("gives the figures of ', which counted …' after 'according to' to that source, with its verb for the cue", () => {
    const rows = claims("Forty villages were affected, according to the agency's report on Saturday, which counted 21 injured people in Davao and 36 in Cotabato.");
    expect(of(rows, "21")).toMatchObject({ speaker: expect.stringMatching(/report/), cue: "counted", mode: "indirect" });
    expect(of(rows, "36")!.cue).toBe("counted");
  });

  it("adds nothing for a relative clause whose verb reports no figure", () => {
    const rows = claims("Forty villages were affected, according to the agency's report, which angered 21 mayors in the north.");
    expect(of(rows, "21")!.cue).not.toBe("angered");
  });
});

describe("carried sources and the writer's history (carried-sources.ts, background.ts)", () => {
  const poll = "A new Harbor Institute poll finds Mayor Tilda Rask ahead by 9 points in the county. ";
  it("gives no poll the past-tense history of an earlier year", () => {
    const rows = claims(poll + "Her rival Olaf Brekke won 61 percent of the vote in 2012.", "2016-09-07");
    expect(of(rows, "61 percent")).toMatchObject({ speaker: null, cue: null });
  });

  it("still gives the poll a present figure, and one placed in the article's year", () => {
    const now = claims(poll + "Among women, she leads by 14 points.", "2016-09-07");
    expect(of(now, "14")!.speaker).toMatch(/Harbor Institute poll/);
    const thisYear = claims(poll + "In August, her lead was 7 points.", "2016-09-07");
    expect(of(thisYear, "7")!.speaker).toMatch(/Harbor Institute poll/);
  });

  it("carries no unnamed reports past their own sentence", () => {
    const rows = claims("Local reports said the storm hit the coast on Monday. Over 3,000 residents have been moved to shelters.");
    expect(of(rows, "Over 3,000")!.speaker).toBeNull();
  });
});

describe("names beside descriptions (appositive-names.ts)", () => {
  it("names the speaker by the name in the appositive after a role", () => {
    const rows = claims("The governor of Utah, Mike Dalton, announced the state had extended its order until May 1.");
    expect(saying(rows, "extended its order")).toMatchObject({ speaker: "Mike Dalton", cue: "announced" });
  });

  it("names the speaker by the name before a description with a relative clause", () => {
    const rows = claims("Acme Citizenship Services, the agency that oversees the visa program, said it was taking more steps.");
    expect(saying(rows, "taking more steps")!.speaker).toBe("Acme Citizenship Services");
  });
});

describe("group pronouns (group-pronouns.ts)", () => {
  it("ties 'they' to two people joined by 'and' before it", () => {
    const rows = claims("But Mr. Berger and Mr. Kessel say other changes are needed. The plan has grown well beyond its aim, they say.");
    expect(saying(rows, "grown well beyond")!.speaker).toMatch(/Berger and .*Kessel/);
  });

  it("ties 'they' to a plural speaker before it", () => {
    const rows = claims("Proponents have urged the council to keep the plan, although they say they support some of the changes.");
    expect(saying(rows, "support some of the changes")!.speaker).toBe("Proponents");
  });

  it("leaves 'they' open with no plural antecedent, and inside a quotation", () => {
    const rows = claims("The weather was fine on Monday. They said the road would reopen.");
    expect(saying(rows, "road would reopen")?.speaker ?? null).toBeNull();
  });
});

describe("descriptions tied to the name before them (described-names.ts)", () => {
  it("ties 'the company' to the name opening the sentence before", () => {
    const rows = claims("Globex, the parent of Initech, jumped 3.3 percent. The company reported earnings of $8.42 a share.");
    expect(of(rows, "$8.42")!.speaker).toBe("Globex");
    expect(of(claims("Acmezon rose 1 percent. The online retail giant reported a profit of $1.78 per share."), "$1.78")!.speaker).toBe("Acmezon");
  });

  it("ties no description to a sentence opening with a description of its own", () => {
    const rows = claims("The index was held back by a drop in the oil producer Exxon Mobil. The company reported its smallest profit in 17 years.");
    expect(of(rows, "17")!.speaker).not.toBe("index");
  });

  it("ties no description to a pronoun or a plural common noun opening the sentence before", () => {
    const rows = claims("Inspectors said the storm flooded 30 farms. The utility said 4,000 homes lost power. She said 12 barns burned. The hospital said 9 patients were hurt.");
    expect(of(rows, "4,000")!.speaker).toMatch(/utility/);
    expect(of(rows, "9")!.speaker).toMatch(/hospital/);
  });
});

describe("a clause 'according to' interrupts (widened-contents.ts)", () => {
  it("goes on after the source between commas", () => {
    const rows = claims("Rescuers, according to the emergencies ministry, recovered at least ten survivors from the debris on Monday.");
    expect(of(rows, "at least ten")).toMatchObject({ speaker: expect.stringMatching(/ministry/i), mode: "according-to" });
  });
});

describe("stances start no passage (carried-sources.ts)", () => {
  it("carries a poll's figures past a sentence whose only cue is a stance", () => {
    const rows = claims("A new Harbor Institute poll finds Mayor Tilda Rask ahead by 9 points in the county. Home state favoritism also appears to play a role in the county. Among women, she leads by 14 points.", "2016-09-07");
    expect(of(rows, "14")!.speaker).toMatch(/Harbor Institute poll/);
  });
});

describe("cues joined by 'and' or 'but' (coordinated-cues.ts)", () => {
  it("gives the second cue the first cue's subject, not a noun inside the first content", () => {
    const rows = claims("Regional governor Ivan Petrov said police officers were present where the minibus exploded outside the town hall, but said this too was unrelated to the other blast.");
    expect(saying(rows, "this too was unrelated")!.speaker).toBe("Ivan Petrov");
  });
});

describe("a poll's respondents (carried-sources.ts)", () => {
  const poll = "A new Harbor Institute poll finds Mayor Tilda Rask ahead by 9 points in the county.\n\n";
  it("keeps the poll's passage past respondents described in a relative clause", () => {
    const rows = claims(poll + "There is little gap between renters, who favor Rask by a 6-point margin, and Hispanics, who back her by 8 points.\n\nAmong men, she leads by 5 points.", "2016-09-07");
    expect(of(rows, "5")!.speaker).toMatch(/Harbor Institute poll/);
  });

  it("gives a share's answers to the poll whatever subject the rules took before it", () => {
    const rows = claims(poll + "Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Rask.", "2016-09-07");
    expect(of(rows, "67 percent")!.speaker).toMatch(/Harbor Institute poll/);
  });
});

describe("group pronouns after a quotation (group-pronouns.ts)", () => {
  it("ties 'they wrote' to the people joined by 'and', not to the nearest name", () => {
    const rows = claims("Critics of the plan, like Senators Ann Berger, Republican of Ohio, and Tom Kessel, Democrat of Maine, see the vote as a chance. They sent a letter on Monday to Senate leaders opposing the plan without an overhaul.\n\n\"The plan has failed and, if not reformed, it should end,\" they wrote.");
    expect(saying(rows, "The plan has failed")!.speaker).toMatch(/Berger and .*Kessel/);
  });
});

describe("shares of those asked inside a finding (share-findings.ts)", () => {
  it("gives 'N percent said' inside what a poll showed to the poll, with its verb for the cue", () => {
    const rows = claims("The Harbor Institute poll of 900 residents was released on Monday. The poll also showed that 61 percent of those asked oppose the toll, and 68 percent said the bridge is too old.");
    expect(of(rows, "61 percent")).toMatchObject({ cue: "showed", mode: "indirect" });
    expect(of(rows, "68 percent")).toMatchObject({ speaker: of(rows, "61 percent")!.speaker, cue: "showed", mode: "indirect" });
  });

  it("gives each share after 'finds that, while …' to the finding, not to another share's verb", () => {
    const rows = claims("The Harbor Institute poll of 900 residents was released on Monday. The poll also finds that, while 33 percent of residents say the mayor is responsible, 41 percent blame the council and 19 percent say nobody is.");
    for (const q of ["33 percent", "41 percent", "19 percent"]) expect(of(rows, q)).toMatchObject({ cue: "finds", mode: "indirect" });
  });
});
