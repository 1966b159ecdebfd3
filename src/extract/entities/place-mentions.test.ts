import { describe, expect, it } from "vitest";
import { analyze } from "../document.js";
import { findEntities } from "./entities.js";

const placesOf = (text: string, sentence = 0) => findEntities(analyze(text)).placesIn(sentence);
const frameOf = (text: string) => findEntities(analyze(text)).framePlaces;

describe("place mentions", () => {
  it("reads names that the words around them make places", () => {
    expect(placesOf("The storm flooded 300 homes in Lakemont City.")).toEqual(["Lakemont City"]);
    expect(placesOf("The blast hit a market in the Dorvan Kesh province.")).toEqual(["Dorvan Kesh"]);
    expect(placesOf("Floods closed 12 schools in Tarvoss, Ohio, on Monday.")).toEqual(["Tarvoss", "Ohio"]);
    expect(placesOf("A bridge fell in Ostrevo, a city in the north of Norway.")).toEqual(["Ostrevo", "Norway"]);
    expect(placesOf("Rescuers found 20 survivors in Belmara.")).toEqual(["Belmara"]);
  });

  it("reads no city from an adverb or a day that opens the sentence before a comma and a place", () => {
    expect(placesOf("Yesterday, Chile confirmed 40 new cases.")).toEqual(["Chile"]);
    expect(placesOf("Meanwhile, Peru closed 12 ports.")).toEqual(["Peru"]);
    expect(placesOf("Storms hit 30 towns. Tarvoss, Ohio, lost power.", 1)).toEqual(["Tarvoss", "Ohio"]);
  });

  it("reads a name after a point of the compass and 'of', or after 'the capital of', as a place", () => {
    expect(placesOf("The quake struck 9 km east of Varnholm.")).toEqual(["Varnholm"]);
    expect(placesOf("Tarvoss, the capital of Dorvan Kesh, lost 40 homes.")).toEqual(["Tarvoss", "Dorvan Kesh"]);
  });

  it("reads no place from a common word before a place noun, nor from the journal something was published in", () => {
    expect(placesOf("The city of Varnholm closed 12 schools.")).toEqual(["Varnholm"]);
    expect(placesOf("This region lost 300 jobs.")).toEqual([]);
    expect(placesOf("The study, published last week in Marine Ecology Letters, counted 40 reefs.")).toEqual([]);
    expect(placesOf("The team counted 40 reefs in Tarvoss Bay.")).toEqual(["Tarvoss Bay"]);
  });

  it("does not read a person after a locative preposition as a place", () => {
    const doc = "Marta Ellison said 40 people came. Voters put their trust in Marta Ellison last year.";
    expect(placesOf(doc, 1)).toEqual([]);
  });

  it("reads a nationality adjective before a thing as its country, not one before people", () => {
    expect(placesOf("Sales on the Polish market fell 4 percent.")).toEqual(["Poland"]);
    expect(placesOf("Around 300 Syrian refugees arrived.")).toEqual([]);
    expect(placesOf("The Afghan government said 12 died.")).toEqual(["Afghanistan"]);
  });

  it("names a place by a nationality adjective as the article names it elsewhere", () => {
    const { placesIn } = findEntities(analyze("Britain raised taxes. British exports fell 3 percent."));
    expect(placesIn(1)).toEqual(["Britain"]);
  });

  it("names a nationality adjective's country by its own short name when the article names it nowhere", () => {
    expect(placesOf("British exports fell 3 percent.")).toEqual(["Britain"]);
    expect(findEntities(analyze("The UK raised taxes. British exports fell 3 percent.")).placesIn(1)).toEqual(["United Kingdom"]);
  });

  it("writes abbreviations out but keeps names that are places of their own", () => {
    expect(placesOf("U.S. output grew 2 percent.")).toEqual(["United States"]);
    expect(placesOf("Scotland recorded 400 cases.")).toEqual(["Scotland"]);
  });

  it("takes no place from a legislator's title, whose state is the legislator's", () => {
    expect(placesOf("Ohio Sen. Dana Mirrow won 40 percent in Nevada.")).toEqual(["Nevada"]);
    expect(placesOf("Senator Dana Mirrow of Ohio won 40 percent.")).toEqual([]);
    expect(placesOf("Voters backed Rep. Lee Vance of Kansas by 9 points.")).toEqual([]);
    expect(placesOf("The senator from Ohio lost by 9 points in Nevada.")).toEqual(["Nevada"]);
    expect(placesOf("Ohio Gov. Dana Mirrow closed 12 parks.")).toEqual(["Ohio"]);
  });

  it("reads a state's nickname as the state, and the provinces of Canada", () => {
    expect(placesOf("Ads cost $12 million in the Granite State.")).toEqual(["New Hampshire"]);
    expect(placesOf("Deaths in B.C. rose 9 percent.")).toEqual(["British Columbia"]);
    expect(placesOf("Manitoba lost 3 seats.")).toEqual(["Manitoba"]);
  });

  it("takes no place from a currency's country prefix", () => {
    expect(placesOf("Palm oil sold for US$473 a ton in Malaysia.")).toEqual(["Malaysia"]);
  });

  it("takes no place from an organisation's or an outlet's name", () => {
    expect(placesOf("The Norway Geological Survey measured a 5.1 quake.")).toEqual([]);
    expect(placesOf("The Liberty Party of Northern Ireland won 2 seats.")).toEqual([]);
    expect(placesOf("The Lisbon Bulletin reported 30 arrests.")).toEqual([]);
  });
});

describe("document frame", () => {
  it("is the headline's places, else the lead's most named", () => {
    expect(frameOf("Floods hit Portugal.\n\nRivers rose after days of rain, officials said on Tuesday morning.")).toEqual(["Portugal"]);
    expect(frameOf("Storm news.\n\nOfficials in Chile said rivers rose, and Chile's army and Peru's navy were sent out.")).toEqual(["Chile"]);
  });

  it("is none when the lead sets a wider scope than its places", () => {
    expect(frameOf("Poll news.\n\nThe new survey of voters in all 50 states shows how Ohio may be the state to watch.")).toEqual([]);
  });
});

describe("passage places", () => {
  const text = "Poll news.\n\nVoters went to the polls on a cold and windy Tuesday across the region.\n\nTurnout in Ohio rose to 60 percent. In Texas it fell. " +
    "Officials in the state said 12 precincts closed early.\n\nOfficials said the state counted 40 ballots late. Another 12 were lost.";
  it("are the places a sentence or its paragraph's opening points back to, asked of any sentence in any order", () => {
    const entities = findEntities(analyze(text));
    expect(entities.passagePlaces(6)).toEqual(["Texas", "Ohio"]);
    expect(entities.passagePlaces(4)).toEqual(["Texas"]);
    expect(entities.passagePlaces(2)).toEqual([]);
    expect(entities.passagePlaces(3)).toEqual([]);
  });
});

describe("passage places of a state named in the paragraph", () => {
  it("are the latest state its paragraph names before the frame's", () => {
    const text = "Ohio votes on a new plan.\n\nTurnout in Ohio was high, officials said on Tuesday evening after the polls closed.\n\n" +
      "In Nevada, Dana Mirrow won 40 percent of the vote. That gave her all 30 of the state's delegates.";
    expect(findEntities(analyze(text)).passagePlaces(3)).toEqual(["Nevada"]);
  });
});

describe("nationality words and names written out", () => {
  it("reads no place from a language ('in English and Spanish'), but one from coordinated adjectives before a thing", () => {
    expect(placesOf("The survey of 900 adults was run in English and Spanish and had a margin of 4 points.")).toEqual([]);
    expect(placesOf("The chain sold its 300 Thai and 40 Malaysian shops.")).toContain("Thailand");
  });
  it("keeps a country's full former name as the article writes it", () => {
    expect(placesOf("Burma's parliament has 440 seats.")).toEqual(["Burma"]);
    expect(placesOf("The U.S. sent 40 doctors.")).toEqual(["United States"]);
  });
});

describe("names set in capitals and names of late", () => {
  it("reads a heading set in capitals by its words' own case", () => {
    expect(placesOf("NINE HURT AS STORM HITS PORTUGAL’S COAST.")).toEqual(["Portugal"]);
    expect(placesOf("TWELVE KILLED IN TURKEY BLAST.")).toEqual(["Turkey"]);
  });
  it("reads a country by the English name news writes, not only the list's own ('Turkey', 'Türkiye')", () => {
    expect(placesOf("Exports from Turkey rose 4 percent.")).toEqual(["Turkey"]);
  });
  it("reads no 'In' opening a quoted sentence as part of a name", () => {
    expect(placesOf("“In Dravo district alone, we found 14 bodies,” he said.")).toEqual(["Dravo"]);
  });
});

describe("the people of a state or a city", () => {
  it("name that state or city", () => {
    expect(placesOf("About 30,000 Ohioans signed the petition.")).toEqual(["Ohio"]);
    expect(placesOf("Texans Dana Mirrow and Lee Vance raised $4 million.")).toEqual(["Texas"]);
    expect(placesOf("Most New Yorkers back the plan, 60 percent to 30.")).toEqual(["New York"]);
  });
});

describe("document frame of datelines and subtitles", () => {
  it("takes a wire dateline's place with the headline's or the lead's", () => {
    expect(frameOf("OSLO, May 3 (Reuters) - Norway's central bank raised its main rate by 25 basis points on Thursday.")).toEqual(["Oslo", "Norway"]);
    expect(frameOf("TARVOSS, Ohio (AP) — Floods closed 12 schools and 40 roads on Monday, officials said.")).toEqual(["Tarvoss", "Ohio"]);
  });
  it("reads the next paragraph when the first, a title and its subtitle, names no place", () => {
    const text = "Mirrow bets on her old plan; Question is whether it will work this time around for her in the race.\n\n" +
      "Four years ago, Dana Mirrow won a seat as an outsider with a plan that upset Nevada politics.";
    expect(frameOf(text)).toEqual(["Nevada"]);
  });
});

describe("passage places of a sentence that names none", () => {
  it("are those its paragraph, or the heading over it, named last, with the frame's", () => {
    const text = "Floods hit Portugal.\n\nRivers rose after days of rain across the north, officials said on Tuesday.\n\n" +
      "Hospitals in Porto added 300 beds. Fines ranged from 50 to 500 euros.\n\nSTORM REACHES SPAIN.\n\nAbout 40 roads closed.";
    const entities = findEntities(analyze(text));
    expect(entities.passagePlaces(3)).toEqual(["Porto", "Portugal"]);
    expect(entities.passagePlaces(5)).toEqual(["Spain", "Portugal"]);
  });
});
