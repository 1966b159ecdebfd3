import { describe, expect, it } from "vitest";
import { metricKey, metricLabel, metricOf, type FigureWords } from "./metric.js";

// a figure in an invented sentence: where its quantity is, read by indexOf
const said = (text: string, quantity: string, counted: string | null, predicate: string | null, extra: Partial<FigureWords> = {}): FigureWords => ({
  counted, predicate, unit: "EUR", kind: "money", places: ["Norway"], text, quantityStart: text.indexOf(quantity), quantityEnd: text.indexOf(quantity) + quantity.length, ...extra,
});

describe("whose cost, budget or length it is", () => {
  it("reads the holder of a thing that is always somebody's, by possessive, 'of' or the verb's subject", () => {
    const own = metricOf(said("The Fjordline pipeline's estimated cost is four billion euros.", "four billion euros", "estimated cost", "be"))!;
    const of = metricOf(said("The cost of the Fjordline pipeline is 4.5 billion euros.", "4.5 billion euros", "cost of the Fjordline pipeline", "be"))!;
    const verb = metricOf(said("The Fjordline pipeline will cost 4.2 billion euros, the ministry said.", "4.2 billion euros", "Fjordline pipeline", "cost"))!;
    expect(own.holder).toBe("Fjordline pipeline");
    expect(of.holder).toBe("Fjordline pipeline");
    expect(verb.holder).toBe("Fjordline pipeline");
    // the pipeline that costs is the pipeline whose cost it is: one metric
    expect(metricKey(verb)).toBe(metricKey(own));
    expect(metricKey(of)).toBe(metricKey(own));
    // a noun before the owned word owns it: "the Fjordline pipeline costs …", but "estimated" owns nothing
    expect(metricOf(said("The Fjordline pipeline costs four billion euros.", "four billion euros", "Fjordline pipeline costs", null))!.holder).toBe("Fjordline pipeline");
    const bridge = metricOf(said("The cost of the new bridge rose to 300 million euros.", "300 million euros", "cost", "rise"))!;
    expect(bridge.holder).toBe("bridge");
    expect(metricKey(bridge)).not.toBe(metricKey(own));
    // a speaker's "our budget" is the speaker's
    const ours = metricOf(said('"Our budget is 20 million euros," said Ada Brook.', "20 million euros", "budget", "be", { speaker: "Ada Brook" }))!;
    expect(ours.holder).toBe("Ada Brook");
  });
  it("gives no metric to a cost whose holder the sentence does not name", () => {
    expect(metricOf(said("The estimated cost is two billion euros.", "two billion euros", "estimated cost", "be"))).toBeNull();
    expect(metricOf(said("Its cost is two billion euros.", "two billion euros", "cost", "be"))).toBeNull();
    // an indefinite one is its clause's own: no holder named, but a metric as any other figure
    const depth = "The quake struck at a depth of 10 km, the agency said.";
    expect(metricOf(said(depth, "10", "depth", "strike", { unit: "km", kind: "measure", quantityEnd: depth.indexOf("10") + 2 }))).toMatchObject({ thing: "depth", holder: null });
  });
  it("keys places counted as where something holds by whose they are", () => {
    const num = { unit: null, kind: "number" } as const;
    const ticket = metricOf(said("The Brook-Lund ticket is on the ballot in 21 states with write-in access in others.", "21", "states", "be", num))!;
    const mine = metricOf(said('Ola Berg wrote: "It is official — my campaign is on the ballot in all 44 states!"', "44", "states", "be", { ...num, speaker: "Ola Berg" }))!;
    expect(ticket.holder).toBe("Brook-Lund");
    const party = metricOf(said("The Lime Party's ticket is on the ballot in 30 states.", "30", "states", "be", num))!;
    expect(party.holder).toBe("Lime Party");
    expect(mine.holder).toBe("Ola Berg");
    expect(metricKey(ticket)).not.toBe(metricKey(mine));
    // the speaker who says it is not its holder
    expect(metricOf(said("Governor Ada Brook said measles spread in 30 districts.", "30", "districts", "spread", { ...num, speaker: "Ada Brook" }))!.holder).toBeNull();
    // a count of places that is the subject itself has no holder
    expect(metricOf(said("Nine states reported new cases.", "Nine", "states", "report", num))!.holder).toBeNull();
  });
  it("reads what a subject has as the subject's, and a pronoun's as nobody's it names", () => {
    const num = { unit: null, kind: "number" } as const;
    // two "this has a … of N" in one interview are two things said before: no metric, so no rivals
    expect(metricOf(said("Say the Lund team has a speed factor of 3 when it works alone.", "3", "speed factor", "have", num))!.holder).toBe("Lund team");
    expect(metricOf(said("Suppose this has a speed factor of 3 on its own.", "3", "speed factor", "have", num))).toBeNull();
    expect(metricOf(said("It has the speed factor of 12.", "12", "speed factor", "have", num))).toBeNull();
    // named subjects: one holder's figure is no rival of another's
    const lund = metricOf(said("Mara Lund has 310 delegates after the vote.", "310", "delegates", "have", num))!;
    const berg = metricOf(said("By Monday, Ola Berg had 290 delegates.", "290", "delegates", "have", num))!;
    expect(lund.holder).toBe("Mara Lund");
    expect(berg.holder).toBe("Ola Berg");
    expect(metricKey(lund)).not.toBe(metricKey(berg));
    expect(metricLabel(lund)).toBe("delegates of Mara Lund in Norway");
    // a common noun names no one in particular: no holder
    expect(metricOf(said("The clinic has 40 beds.", "40", "beds", "have", num))!.holder).toBeNull();
    // what the subject has must be the figure's thing
    expect(metricOf(said("Ola Berg had a licence for the five rifles he used.", "five", "rifles", "have", num))!.holder).toBeNull();
    expect(metricOf(said("Mara Lund now has more than 300 delegates.", "more than 300", "delegates", "have", num))!.holder).toBe("Mara Lund");
    // a place as the subject is where, not whose: the figure keeps its metric with no holder
    expect(metricOf(said("Norway has 19 counties.", "19", "counties", "have", num))!.holder).toBeNull();
  });
});
