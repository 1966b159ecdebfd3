import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

const figures = (text: string) =>
  extract(text, { published: "2019-04-02" }).claims.filter((c) => c.quantity).map((c) => [c.quantity!.value, c.evidence?.status ?? null]);

describe("carried evidence", () => {
  it("marks the figures a speaker gave before saying they gave no details", () => {
    const text = "Police Chief Maria Lindqvist said officers had seized 75 kilograms of cocaine and arrested 12 people.\n\n" +
      "Lindqvist provided no details of the operation.";
    expect(figures(text)).toEqual([[75, "none-given"], [12, "none-given"]]);
  });

  it("marks the speaker's later figures too, and leaves another speaker's unmarked", () => {
    const text = "The mayor, Tomas Berg, said 300 homes were flooded.\n\n" +
      "Fire Chief Anna Holm said 40 people were rescued. Holm provided no details.\n\n" +
      "Holm said 15 boats were used.";
    expect(figures(text)).toEqual([[300, null], [40, "none-given"], [15, "none-given"]]);
  });

  it("carries a minister's marker to the figures of the ministry the role names, not another ministry's", () => {
    const text = "Freedonia's Finance Ministry said tax revenue grew by 12 percent, and Freedonia's Health Ministry said " +
      "it vaccinated 9,000 children.\n\nFinance Minister Olaf Brandt provided no details at a news conference.";
    expect(figures(text)).toEqual([[12, "none-given"], [9000, null]]);
  });

  it("finds whose figures by the sentence's subject, a pronoun too", () => {
    const text = "Coach Peter Lund said his club had sold 4,000 season tickets. The league said 30 clubs took part.\n\n" +
      "He offered no evidence at a news conference on Monday.";
    expect(figures(text)).toEqual([[4000, "none-given"], [30, null]]);
  });

  it("keeps a figure's own marker", () => {
    const text = "The governor, Ruth Okafor, said 20 bridges needed repair, citing an engineering report. " +
      "She said 8 schools had closed.\n\nOkafor gave no evidence at the briefing.";
    expect(figures(text)).toEqual([[20, "cited"], [8, "none-given"]]);
  });

  it("carries the marker of a role no name was found for to that role's figures", () => {
    const text = "The port authority said 60 containers were seized.\n\nThe regional governor said 14 crew members were held. " +
      "The governor provided no details.";
    expect(figures(text)).toEqual([[60, null], [14, "none-given"]]);
  });
});

describe("hedges on claims", () => {
  it("hedges a figure no one is said to give by the words of its own sentence", () => {
    const [c] = extract("The agency reportedly counted 40 new cases in the capital.", { published: "2019-04-02" }).claims;
    expect(c).toMatchObject({ mode: "unattributed", hedges: ["reportedly"] });
  });
});
