import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

const placesOf = async (text: string) =>
  Object.fromEntries((await extract(text, { published: "2020-03-02" })).claims.filter((c) => c.quantity).map((c) => [c.quantity!.text, c.places]));

describe("claim places", () => {
  it("reads 'national' before an institution ('the national disaster agency') as no wider scope than the frame", async () => {
    const p = await placesOf("Monday, March 2, 2020\n\nFloods killed 12 people in southern Peru over the weekend, the national disaster agency said.\n\nRescuers saved 40 people, the agency said.");
    expect(p["12"]).toEqual(["Peru"]);
    expect(p["40"]).toEqual(["Peru"]);
    const wide = await placesOf("Flood news from Peru.\n\nThe national turnout reached 61 percent.");
    expect(wide["61 percent"]).toEqual([]);
  });
  it("gives a figure said somewhere the frame's places too ('told reporters in Geneva that …')", async () => {
    const p = await placesOf("Floods hit Peru.\n\nRivers rose after days of rain, officials said on Sunday morning.\n\nThe minister told reporters in Lima that 40 bridges had collapsed.");
    expect(p["40"]).toEqual(["Lima", "Peru"]);
  });
  it("gives each figure of a list the place named in its own clause", async () => {
    const p = await placesOf("Floods hit Peru.\n\nOfficials counted 14 injured in Lima, 9 in Cusco and 3 in Arequipa on Sunday, the ministry said.");
    expect(p["14"]).toEqual(["Lima"]);
    expect(p["9"]).toEqual(["Cusco"]);
    expect(p["3"]).toEqual(["Arequipa"]);
  });

  it("takes no span of months for a place", async () => {
    expect((await placesOf("Exports rose 7 percent in June-August 2019, the ministry said."))["7 percent"]).toEqual([]);
  });

  it("keeps a list of places together, across its commas", async () => {
    const p = await placesOf("Turnout news.\n\nOhio, Iowa and Texas reported turnout of 60 percent, officials said on Monday.");
    expect(p["60 percent"]).toEqual(["Ohio", "Iowa", "Texas"]);
  });

  it("gives a figure whose sentence names no place the document's frame", async () => {
    const p = await placesOf("Measles outbreak ends in Fiji.\n\nThe health ministry said the outbreak had ended. It reported 812 cases in all.");
    expect(p["812"]).toEqual(["Fiji"]);
  });

  it("gives a worldwide figure no place of the frame", async () => {
    const p = await placesOf("Measles outbreak ends in Fiji.\n\nThe health ministry said so. There were 9 million cases worldwide last year.");
    expect(p["9 million"]).toEqual([]);
  });

  it("gives a sentence that points back to a state the state named before", async () => {
    const p = await placesOf("Poll news.\n\nThe survey of voters in all 50 states is new.\n\nNevada has leaned left for years.\n\nThe senator leads the state by 6 points.");
    expect(p["6"]).toEqual(["Nevada"]);
  });

  it("does not give a figure a place that follows another figure in its clause", async () => {
    const p = await placesOf("Quake news.\n\nA strong quake struck the coast early on Friday, the agency reported.\n\nThe quake destroyed 70 houses, and 12 people died in Dorvan Kesh province.");
    expect(p["70"]).toEqual([]);
    expect(p["12"]).toEqual(["Dorvan Kesh"]);
  });
});
