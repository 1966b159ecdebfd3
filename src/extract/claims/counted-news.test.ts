// What a figure counts, through the whole pipeline, in constructions seen on real news (issue 19), on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

/** the claims of the quantity written `q` in an article of `text` (the nth when it is written more than once) */
function claimOf(text: string, q: string, nth = 0) {
  const claim = extract(text, { published: "2021-05-04", path: "t.txt" }).claims.filter((c) => c.quantity?.text === q)[nth];
  if (!claim) throw new Error(`no claim for ${q}`);
  return claim;
}
const frame = (text: string, q: string, nth = 0) => { const c = claimOf(text, q, nth); return [c.counted, c.predicate]; };

describe("the object a verb moves to a figure", () => {
  it("reads a present verb the tagger took for a plural noun after a long subject, past the tagged window", () => {
    expect(frame("Storm Update\n\nThe island's regional emergency rescue agency increases the death toll from the storm to 212.", "212")).toEqual(["death toll", "increase"]);
  });
});

describe("a noun phrase after a figure", () => {
  it("leaves out a time after a bare figure ('up from 80 last year')", () => {
    expect(frame("Parade\n\nOrganisers added 120 guards along the route, up from 80 last year, the paper reported.", "80")[0]).toBe("guards");
  });
  it("ends a plural head before a name that opens a clause of its own", () => {
    expect(frame("Why\n\nThere are three simple reasons Norway rejects the plan.", "three")[0]).toBe("simple reasons");
  });
  it("reads a plural word the lexicon does not know as a noun, not an adjective", () => {
    expect(frame("Poll\n\nThe poll found that 31 percent of likely caucusgoers supported the mayor.", "31 percent")[0]).toBe("likely caucusgoers");
  });
  it("counts the noun past a possessive name and a total ('3,000 of Norway's 9,000 churches')", () => {
    expect(frame("Churches\n\nThe ministry watches 3,000 of Norway's 9,000 churches, the report says.", "3,000")[0]).toBe("churches");
  });
});

describe("the subject a level is of", () => {
  it("reads past a month before 'from … to' to the subject", () => {
    expect(frame("Poll\n\nSupport for the mayor among renters fell in June from 61 percent to 48 percent, the survey shows.", "61 percent")[0]).toBe("Support for the mayor among renters");
  });
  it("counts the X of 'the number of X' without the clause that follows it", () => {
    expect(frame("Quake\n\nThe number of wounded being treated at clinics stands at 120.", "120")[0]).toBe("wounded");
  });
});

describe("shares of a poll's population", () => {
  it("gives a share after 'and' before its verb the population of the share before", () => {
    expect(frame("Poll\n\nThe survey found that 51 percent of likely voters backed Jones and 40 percent favored Smith.", "40 percent")).toEqual(["likely voters", "favor"]);
  });
  it("reads a present verb the tagger took for a noun after a share or a share's population", () => {
    expect(frame("Poll\n\nThe poll found that 47% of Texas voters support former state senator Ann Lee, and 45% support Republican Rep. Tom Ford.", "47%")).toEqual(["Texas voters", "support"]);
    expect(frame("Poll\n\nThe poll found that 47% of Texas voters support former state senator Ann Lee, and 45% support Republican Rep. Tom Ford.", "45%")).toEqual(["Texas voters", "support"]);
  });
  it("counts the noun past a possessive common noun and a total ('two of the board's nine members')", () => {
    expect(frame("Board\n\nOn Monday two of the board's nine members resigned.", "two")[0]).toBe("members");
  });
});

describe("what happened to a figure", () => {
  it("reads the verb after 'be expected to' as the figure's", () => {
    expect(frame("Fair\n\nMore than 90,000 visitors are expected to attend the fair this week.", "More than 90,000")).toEqual(["visitors", "attend"]);
  });
  it("reads a participle the tagger took for a noun after 'has', before a pronoun object", () => {
    expect(frame("Bets\n\nThe fund's worst wager has cost it more than $2 billion in losses.", "more than $2 billion")[1]).toBe("cost");
  });
  it("reads a progressive the tagger took for a noun after 'is'", () => {
    expect(frame("Virus\n\nThe health agency is monitoring 310 infected travellers in the region.", "310")).toEqual(["infected travellers", "monitor"]);
  });
  it("reads a relative clause with 'it' as its subject", () => {
    expect(frame("Gifts\n\nThe bank gave $50,000, down from the $400,000 it donated in 2012.", "$400,000")[1]).toBe("donate");
  });
  it("leaves a participle after a share's population to the population ('of the voters surveyed')", () => {
    expect(frame("Poll\n\nJones won the backing of 38 percent of the farmers surveyed.", "38 percent")[1]).toBe("win");
    expect(frame("Poll\n\nSome 61 percent of the teachers polled said they would strike.", "Some 61 percent")).toEqual(["teachers", "say"]);
  });
  it("reads a change noun after a share as what happened to the noun after 'in'", () => {
    expect(frame("Shares\n\nAfter a 34 percent plunge in the company's stock price on Monday, the board met.", "34 percent")).toEqual(["company's stock price", "plunge"]);
  });
  it("gives figures in brackets that break down a margin the verb of the margin", () => {
    const text = "Vote\n\nLee beat the mayor by 12 points (52 percent to 40 percent) in the county.";
    expect(frame(text, "52 percent")[1]).toBe("beat");
    expect(frame(text, "40 percent")[1]).toBe("beat");
  });
  it("reads no verb in an adverb that qualifies a figure", () => {
    expect(frame("Seas\n\nThe aim is that the rise in sea levels is kept to well below 2 meters above old averages.", "below 2")[1]).not.toBe("well");
  });
});

describe("partitives and phrases of real news", () => {
  it("counts the noun after 'of them', the antecedent of 'of whom', and 'those' with their participle", () => {
    expect(frame("Vote\n\nAlmost 9,000 Texans have already voted, roughly 5,000 of them Democrats.", "roughly 5,000")[0]).toBe("Democrats");
    expect(frame("Poll\n\nThe state's dairy farmers, 64 percent of whom back the plan, met today.", "64 percent")[0]).toBe("state's dairy farmers");
    expect(frame("Poll\n\nThe survey showed that 52 percent of those polled oppose the tax.", "52 percent")).toEqual(["those polled", "oppose"]);
  });
  it("reads a people's name joined by a hyphen, that the lexicon does not know, as a plural noun", () => {
    expect(frame("Poll\n\nSome 48 percent of Haitian-Americans polled said they would vote.", "Some 48 percent")).toEqual(["Haitian-Americans", "say"]);
  });
  it("leaves 'overall' out of a population and keeps an adverb on a modifier", () => {
    expect(frame("Poll\n\nBut 61 percent of rural voters overall said they would vote.", "61 percent")[0]).toBe("rural voters");
    expect(frame("War\n\nThe war left more than 2 million internally displaced persons.", "more than 2 million")[0]).toBe("internally displaced persons");
  });
  it("counts the noun after a fraction written with a hyphen, and a margin past 'only'", () => {
    expect(frame("Vote\n\nShe predicted about one-third of the county vote will be cast early.", "about one-third")[0]).toBe("county vote");
    expect(frame("Poll\n\nThe survey has a margin of error of only plus or minus three percent.", "three percent")[0]).toBe("margin of error");
  });
});

describe("measures with units", () => {
  it("counts each unit of a distance and its conversion in brackets", () => {
    const text = "Ferry\n\nThe ferry sank about 30 miles (48 km) west of the port.";
    expect(frame(text, "about 30")[0]).toBe("miles");
    expect(frame(text, "48")[0]).toBe("km");
  });
  it("counts the unit of a dimension ('a depth of 900 metres'), not the dimension", () => {
    expect(frame("Wreck\n\nThe probe found the wreck at a depth of 900 metres off the coast.", "900")[0]).toBe("metres");
  });
});

describe("the clause's verb past a relative or participle clause on its subject", () => {
  it("reads the verb after a participle clause on the figure's noun", () => {
    expect(frame("Search\n\nSome 25 fishing boats escorted by a coastguard cutter are searching the bay.", "Some 25")[1]).toBe("search");
  });
  it("reads the verb after a relative clause with two verbs of its own", () => {
    expect(frame("Rescue\n\nThe 14 hikers who left the camp and crossed the ridge were found alive.", "14")[1]).toBe("find");
  });
  it("reads the verb after a participle the tagger took for a past verb", () => {
    expect(frame("Court\n\nAll nine of the appeals lodged have been rejected.", "nine")[1]).toBe("reject");
    // (not a past verb followed by a second clause)
    expect(frame("Crash\n\nAt least 40 people died in the crash and 12 were hurt.", "At least 40")[1]).toBe("die");
  });
  it("reaches the verb past a post-modifier with a possessive ('of the nurses in our survey')", () => {
    expect(frame("Survey\n\nMore than 60% of the nurses in our survey reported burnout.", "More than 60%")[1]).toBe("report");
  });
});

describe("the verb of a figure's noun past a gerund phrase set on it", () => {
  it("reads the finite verb after the phrase set off by commas, not the gerund", () => {
    expect(frame("Pact\n\nThe treaty will come into force when at least 30 nations, representing 70 percent of global shipping, formally adopt the text through their own parliaments.", "at least 30")).toEqual(["nations", "adopt"]);
  });
  it("keeps the gerund where no finite verb follows it", () => {
    expect(frame("Border\n\nGuards found 40 migrants sleeping in a truck.", "40")[1]).not.toBe("approve");
  });
});

describe("the noun a sum is in", () => {
  it("counts nouns joined by 'and' to the first ('$4 million in TV and radio spending')", () => {
    expect(frame("Ads\n\nThe group booked $4 million in TV and radio spending planned for May.", "$4 million")[0]).toBe("TV and radio spending");
  });
});

describe("a vote's tally", () => {
  it("counts votes in both figures of a tally ('voted 5 to 4', 'a 6-3 vote', 'by a vote of 52 to 48'), not the voters", () => {
    const text = "Ruling\n\nThe appeals court voted 5 to 4 to block the rule. In a 6-3 vote, the justices agreed. The bill passed by a vote of 52 to 48.";
    expect(["5", "4", "6", "3", "52", "48"].map((q) => claimOf(text, q).counted)).toEqual(["votes", "votes", "votes", "votes", "votes", "votes"]);
  });
  it("leaves figures near a vote that are no tally ('voted 12 times', 'won 52 percent of the vote')", () => {
    const text = "Vote\n\nShe voted 12 times against the bill. He won 52 percent of the vote.";
    expect([claimOf(text, "12").counted, claimOf(text, "52 percent").counted]).toEqual(["times", "vote"]);
  });
});
