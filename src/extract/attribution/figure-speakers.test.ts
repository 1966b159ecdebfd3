// Who speaks a figure (issue 19): participles that describe a figure's noun, subjects whose head is a common
// noun before a place or a list of names, things a data set counts, sources named by "in" or "by", a poll's
// history, and an aside opening right after a reported clause's subject. Invented sentences only.
import { describe, expect, it } from "vitest";
import { claimRows, rowOf as of } from "./claim-rows.testing.js";

const claims = (text: string, published = "2021-12-01") => claimRows(text, published);

describe("a participle between a figure and its noun is no cue (tokens.ts)", () => {
  it("keeps 'confirmed cases' inside the agency's report and its passage going on", () => {
    const rows = claims("By Friday, the agency reported 2,051,600 confirmed cases, including 81,200 cases in the past day. In Brazil, over 144 thousand cases were recorded.");
    expect(of(rows, "81,200")).toMatchObject({ speaker: "agency", cue: "reported" });
    expect(of(rows, "over 144 thousand")!.speaker).toBe("agency");
  });
});

describe("subjects headed by a common noun (subjects.ts)", () => {
  it("takes the noun before 'in' and a place as the subject, not the place", () => {
    const rows = claims("Police in Tarnow said 12 people were hurt.");
    expect(of(rows, "12")!.speaker).toBe("Police");
  });

  it("takes the noun before a list of names between dashes as the subject, not the last name", () => {
    const rows = claims("Three mills — Able, Baker and Dune — reported 40 layoffs.");
    expect(of(rows, "40")!.speaker).not.toBe("Dune");
  });
});

describe("a candidate's share in a poll's passage (carried-sources.ts)", () => {
  it("leaves the figures to the poll when a named person 'drew' a share, not when they act otherwise", () => {
    const rows = claims("A new Gallup poll shows Walsh far ahead. Walsh drew the support of 41 percent of the voters surveyed. Carson was second at 12 percent.");
    expect(of(rows, "41 percent")!.speaker).toBe("A new Gallup poll");
    expect(of(rows, "12 percent")!.speaker).toBe("A new Gallup poll");
    const acted = claims("A new Gallup poll shows Walsh far ahead. Walsh visited Ohio on Monday with 300 aides.");
    expect(of(acted, "300")!.speaker).toBeNull();
  });
});

describe("things a data set counts report its figures (carried-sources.ts)", () => {
  const text = "Lottery sales at the state's nine outlets rose 3.5 percent this year, according to the state Lottery Commission. " +
    "Four outlets — Able, Baker, Carver and Dune — reported declines. Overall, the remaining outlets in Tarnow reported $2.17 billion in sales, " +
    "about $74 million more than a year ago.";
  it("gives the figures of plural things that 'reported' to the data set's source", () => {
    const rows = claims(text);
    expect(of(rows, "Four")!.speaker).toBe("Lottery Commission");
    expect(of(rows, "$2.17 billion")!.speaker).toBe("Lottery Commission");
    expect(of(rows, "about $74 million")!.speaker).toBe("Lottery Commission");
  });

  it("leaves people who speak, and a named source, their own figures", () => {
    const rows = claims("Sales rose 3.5 percent this year, according to the state Lottery Commission. Officials reported 12 closures. The chain's press release reported 22 sold units.");
    expect(of(rows, "12")!.speaker).toBe("Officials");
    expect(of(rows, "22")!.speaker).toMatch(/press release/);
  });
});

describe("sources named by 'in' or 'by' inside a sentence (poll-source.ts)", () => {
  it("gives a figure before 'in national polls' to those polls (not to a poll before, nor as a share that says), and one after ', by early reports,' to the reports", () => {
    const rows = claims("The new poll of voters in all 50 states revealed a variety of dynamics. The mayor's approval rating has been above 50 percent in national polls, a rare level. The storm left five dead and, by early reports, at least 30 injured.");
    expect(of(rows, "above 50 percent")).toMatchObject({ speaker: "national polls", mode: "according-to" });
    expect(of(rows, "at least 30")).toMatchObject({ speaker: "early reports", mode: "according-to" });
    expect(of(rows, "five")!.speaker).toBeNull();
  });

  it("names 'the new poll' by the poll named before it (past a person speaking), and makes no source of a passage with no figure", () => {
    const rows = claims("A new Harbor Institute poll finds Smith ahead. Smith said he was pleased. Jones averages 5 percent across all states in the new poll. He was named in news reports.");
    expect(of(rows, "5 percent")!.speaker).toBe("Harbor Institute poll");
    expect(claims("He was named in news reports last week.").some((r) => r.speaker === "news reports")).toBe(false);
  });
});

describe("a poll speaks of its month (background.ts)", () => {
  it("gives no poll a past event earlier in the article's year, and keeps its present figures", () => {
    const rows = claims("A new Harbor Institute poll finds Smith supported by 13 percent of voters. But Smith came third in the state's caucuses this March, earning only 14 percent of the vote. Smith leads Jones by 46 percent to 35 percent.", "2016-09-07");
    expect(of(rows, "14 percent")!.speaker).toBeNull();
    expect(of(rows, "46 percent")!.speaker).toBe("Harbor Institute poll");
  });
});

describe("an aside opening right after the reported subject (widened-contents.ts)", () => {
  it("goes on past '- which include …' to the clause's verb", () => {
    const rows = claims("Overall, the fund predicted that advanced economies - which include Chile, Peru, Japan and Canada - will grow 1.6 percent, down 0.2 percentage points from the GLF's last estimate.");
    expect(of(rows, "1.6 percent")).toMatchObject({ speaker: "fund", cue: "predicted" });
    expect(of(rows, "0.2 percentage points")!.speaker).toBe("fund");
  });
});

describe("a figure between two statements of one voice (carried-sources.ts)", () => {
  it("gives a cue-less sentence opening a paragraph the voice that ends the paragraph before and speaks next", () => {
    const rows = claims("The debt an average student has is affordable, Jane Smith said.\n\nNationally, about a quarter of students graduate with heavy debt. As a rule, they can pay it back in 10 years or less, she said.\n\nNationally, about a third of parents save nothing. Most families save, officials said.");
    expect(of(rows, "about a quarter")!.speaker).toBe("Jane Smith");
    expect(of(rows, "about a third")!.speaker).toBeNull();
  });

  it("leaves a price change between two sentences where analysts 'expected' a figure to no one", () => {
    const rows = claims("The company reported earnings of $8.42 a share, above the $8.04 that analysts were looking for.\n\nGlobex rose $6.20, or 1 percent, to $758.81. The retailer reported a profit of $1.78 per share, above the $1.11 a share that analysts expected.");
    expect(of(rows, "$6.20")!.speaker).toBeNull();
  });
});

describe("an office after a possessive (entities/resolve.ts)", () => {
  it("resolves 'Tarnow's governor' to the governor the article names", () => {
    const rows = claims("Rescue work ended on Wednesday. Tarnow's governor has promised each victim will be paid one million rubles. Regional governor Jan Kowal said officers were present.");
    expect(of(rows, "one million rubles")!.speaker).toBe("Jan Kowal");
  });
});

describe("a paragraph with neither figure nor cue ends a data set's passage (carried-sources.ts)", () => {
  const analysis = "Donations hit nearly $1.1 billion through August, a Herald analysis of campaign reports shows. Nearly half the money, $500.8 million, came from 62 donors.";
  it("gives the figures after it no speaker", () => {
    const rows = claims(`${analysis}\n\nMore is on the way.\n\nThe top donors, Jane Roe and her husband, have begun to spend, directing $20 million to a PAC.`);
    expect(of(rows, "62")!.speaker).toBe("Herald analysis");
    expect(of(rows, "$20 million")!.speaker).toBeNull();
  });

  it("keeps a poll's passage past such a paragraph (a subhead)", () => {
    const rows = claims("A new Harbor Institute poll finds Smith ahead by 6 points.\n\nThe state to watch.\n\nAmong women, Smith leads by 12 points.");
    expect(of(rows, "12")!.speaker).toBe("Harbor Institute poll");
  });
});

describe("a quoted passage ends with its quotation (carried-sources.ts)", () => {
  it("gives a figure in the writer's sentence after a closed quotation no speaker", () => {
    const rows = claims('Mill owner Anna Berg spoke in Tarnow. "Our mills lost 4 million dollars," she said. The firm cut 300 jobs in its spring review.');
    expect(of(rows, "4 million dollars")!.speaker).toBe("Anna Berg");
    expect(of(rows, "300")!.speaker).toBeNull();
  });
  it("still carries a reported passage into the next sentence with no cue", () => {
    const rows = claims("Mayor Anna Berg said the city hired 40 nurses. Another 25 start next month.");
    expect(of(rows, "25")!.speaker).toBe("Anna Berg");
  });
});

describe("'according to' people is a voice, not a data set (carried-sources.ts)", () => {
  it("does not carry people familiar with a deal into the next paragraph", () => {
    const rows = claims("The club will pay 20 million euros, according to people familiar with the talks.\n\nThe champions have signed five players this summer.");
    expect(of(rows, "five")!.speaker).toBeNull();
  });
  it("still carries a data set named by 'according to' into the next paragraph", () => {
    const rows = claims("Sales rose 4 percent, according to the retail index.\n\nOnline sales rose 9 percent.");
    expect(of(rows, "9 percent")!.speaker).toMatch(/index/);
  });
});

describe("'about' before a number is the figure's, not the cue's (cue-frame.ts)", () => {
  it("reads 'said about 1.2 million homes' as 'said' and the approximate figure inside what was said", () => {
    const rows = claims("Norrland Power said about 1.2 million homes were without power.");
    expect(of(rows, "about 1.2 million")).toMatchObject({ speaker: "Norrland Power", cue: "said" });
  });
  it("keeps 'talked about' a cue with its particle", () => {
    const rows = claims("The mayor talked about the 40 new buses on Monday.");
    expect(rows.some((r) => r.cue === "talked about")).toBe(true);
  });
});

describe("an unnamed report names its author with 'by' (according-to.ts)", () => {
  it("names 'according to a report by the Harbor Crime Lab' after the lab, not 'a report'", () => {
    const rows = claims("Police counted 212 burglaries last year, according to a report by the Harbor Crime Lab.");
    expect(of(rows, "212")!.speaker).toMatch(/Harbor Crime Lab/);
  });
  it("keeps a named report's own name", () => {
    const rows = claims("Sales rose 4 percent, according to the Harbor Retail Index.");
    expect(of(rows, "4 percent")!.speaker).toMatch(/Harbor Retail Index/);
  });
});
