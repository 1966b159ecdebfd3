import { describe, expect, it } from "vitest";
import { repairVerbs } from "./verb-repair.js";
import { tokenize } from "../../text/tokens.js";
import { tagTokens } from "../../language/pos.js";

/** the repaired tag of `word` in `text` */
function tagOf(text: string, word: string): string {
  const tokens = tokenize(text);
  return repairVerbs(tokens, tagTokens(tokens))[tokens.findIndex((t) => t.text === word)];
}

describe("verbs the tagger read as nouns", () => {
  it("reads a plural noun after a subject, before an object, as a present-tense verb", () => {
    expect(tagOf("In the north, Jones trails the mayor by six points.", "trails")).toBe("VBZ");
    expect(tagOf("Smith averages 31 points a game.", "averages")).toBe("VBZ");
  });
  it("reads a plural subject's present verb before an infinitive", () => {
    expect(tagOf("Dozens of stranded farmers fear to go back to the valley.", "fear")).toBe("VBP");
    expect(tagOf("The farmers' fear of floods grew.", "fear")).not.toBe("VBP");
  });
  it("reads a present verb after a subject and an adverb", () => {
    expect(tagOf("Garcia also fares badly in two coastal counties.", "fares")).toBe("VBZ");
    expect(tagOf("Too many parcels today still roll over to the next depot.", "roll")).toBe("VBP");
    expect(tagOf("Garcia also owns farms.", "owns")).toMatch(/^VB/);
  });
  it("reads a bare infinitive after 'help' as a verb, before an object", () => {
    expect(tagOf("Strong sales helped lift the index on Friday.", "lift")).toBe("VB");
    expect(tagOf("The grant helped lift programs for adults.", "lift")).not.toBe("VB");
  });
  it("reads the word after 'who' as a verb when the lexicon allows it", () => {
    expect(tagOf("Farmers, who favor the plan by a wide margin, met today.", "favor")).toMatch(/^VB/);
  });
  it("reads a word after a modal as a base verb when the lexicon allows it", () => {
    expect(tagOf("Most members would back the bill.", "back")).toBe("VB");
    expect(tagOf("The total could well be higher.", "well")).not.toBe("VB");
  });
  it("reads a plural subject's present verb before a name, a figure or a share's preposition", () => {
    expect(tagOf("In the poll, young farmers back the mayor by 9 points.", "back")).toBe("VBP");
    expect(tagOf("Voters without a car support Jones by 5 points.", "support")).toBe("VBP");
    expect(tagOf("About a third of pupils graduate with honours.", "graduate")).toBe("VBP");
  });
  it("reads a word after 'to' before a possessive or a figure as a base verb", () => {
    expect(tagOf("She took a job to finance her three years abroad.", "finance")).toBe("VB");
  });
  it("leaves a compound noun before a preposition alone", () => {
    expect(tagOf("The new students center in the town opened.", "center")).not.toBe("VBP");
  });
  it("leaves a plural noun in a noun phrase after a preposition or verb alone", () => {
    expect(tagOf("The report on state parks the size of towns was late.", "parks")).not.toBe("VBZ");
    expect(tagOf("He saw the city averages a year ago.", "averages")).not.toBe("VBZ");
  });
});

describe("a past written like the present", () => {
  it("reads it as the past after a singular subject that opens the clause", () => {
    expect(tagOf("Mayor Smith beat the sheriff by 12 points.", "beat")).toBe("VBD");
    expect(tagOf("The company put the loss at 40 million dollars.", "put")).toBe("VBD");
    // (not after a plural subject, nor where another verb governs the noun)
    expect(tagOf("The mills cut 300 jobs a year.", "cut")).not.toBe("VBD");
    expect(tagOf("The board made the senator beat the record by 12 points.", "beat")).not.toBe("VBD");
  });
});
