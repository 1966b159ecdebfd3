import { describe, expect, it } from "vitest";
import { extract } from "../../../index.js";

/** Each claim with a number: its quantity as written, its speaker's name and its cue. */
function speakers(text: string) {
  return extract(text, { published: "2021-03-10" }).claims.filter((c) => c.quantity).map((c) => ({
    quantity: text.slice(c.quantity!.start, c.quantity!.end),
    speaker: c.speaker?.name ?? null,
    cue: c.cue?.text ?? null,
  }));
}

const of = (rows: ReturnType<typeof speakers>, quantity: string) => rows.find((r) => r.quantity === quantity);

describe("figures no cue claims (unclaimed figures)", () => {
  it("leaves a figure under an act or a stance to the reporter, not to its subject", () => {
    expect(of(speakers("Petra Lind needed loans to finance her four years at the academy."), "four")).toMatchObject({ speaker: null, cue: null });
    expect(of(speakers("The town council voted to extend the curfew by 10 days."), "10")).toMatchObject({ speaker: null, cue: null });
    // the same figure said is the speaker's
    expect(of(speakers("Petra Lind said she took loans to finance her four years at the academy."), "four")!.speaker).toBe("Petra Lind");
  });

  it("takes a toll that 'claimed' lives for no claim of its subject's", () => {
    expect(of(speakers("The storm claimed 212 lives in the valley last winter."), "212")).toMatchObject({ speaker: null, cue: null });
    expect(of(speakers("Since 2015 the epidemic has claimed the lives of 4,300 people in Ruritania, according to the Health Registry."), "4,300")!.speaker).toBe("Health Registry");
    // the same verb saying a figure is a claim
    expect(of(speakers("The mayor claimed 212 people attended."), "212")!.speaker).toBe("mayor");
  });

  it("leaves a figure that is the object of an act a verb of saying names to the reporter ('admitted 14 counts')", () => {
    expect(of(speakers("Omar Vance, 52, of Leeds, admitted 14 counts of theft and two of fraud at an earlier hearing."), "14")).toMatchObject({ speaker: null, cue: null });
    expect(of(speakers("Judge Anna Lowe ordered Vance to repay 2.3 million pounds within six months."), "2.3 million pounds")).toMatchObject({ speaker: null, cue: null });
    expect(of(speakers("But after Mara Quist agreed to take part in a total of 8 debates, her rival kept attacking her."), "8")).toMatchObject({ speaker: null, cue: null });
    // what the verb says is the speaker's ("added" a clause, "admitted" one), and so is what one is charged with
    expect(of(speakers("Mayor Tom Hill added 40 people were hurt."), "40")!.speaker).toBe("Tom Hill");
    expect(of(speakers("Mayor Tom Hill admitted 30 percent of the roads were closed."), "30 percent")!.speaker).toBe("Tom Hill");
    expect(of(speakers("Prosecutors in May charged three bankers with defrauding investors from at least 40 countries."), "at least 40")!.speaker).toBe("Prosecutors");
  });

  it("takes no subject of a passive cue for the source of its figures", () => {
    expect(of(speakers("The winner's name was announced three times on the radio."), "three")).toMatchObject({ speaker: null, cue: null });
  });

  it("takes no noun read as a cue for a speaker ('the 30-year Harbor note')", () => {
    const rows = speakers("The 30-year Harbor note slipped to 2.8 percent from 2.9 percent the day before.");
    expect(of(rows, "2.8 percent")).toMatchObject({ speaker: null, cue: null });
    expect(of(rows, "2.9 percent")!.speaker).toBeNull();
  });

  it("carries a poll's passage over a sentence whose only cue claims no figure", () => {
    const rows = speakers(
      "A new Lakeshore University poll finds Governor Ada Brandt ahead of her challenger by 8 points.\n\n" +
        "Among renters, who back the governor by 20 points, her lead is widest.",
    );
    expect(of(rows, "20")!.speaker).toMatch(/Lakeshore University poll/);
  });

  it("names 'the data' after the organisation that gave them", () => {
    const rows = speakers(
      "The Coastal Migration Office said that 91 percent of the arrivals were adults.\n\n" +
        "According to the data, fewer than 2 percent came by air.",
    );
    expect(of(rows, "fewer than 2 percent")!.speaker).toBe("Coastal Migration Office");
  });
});
