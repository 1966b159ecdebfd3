import { describe, expect, it } from "vitest";
import { countedFor, questionCounted } from "./counted.js";
import { tokenize } from "../../text/tokens.js";
import { tagTokens } from "../../language/pos.js";
import type { Quantity } from "../../types.js";

/** counted/predicate/tense for the quantity written `q` in `text` */
function read(text: string, q: string, kind: Quantity["kind"] = "number") {
  const start = text.indexOf(q);
  const tokens = tokenize(text);
  const tags = tagTokens(tokens);
  const qFrom = tokens.findIndex((t) => t.end > start);
  let qTo = qFrom;
  while (qTo + 1 < tokens.length && tokens[qTo + 1].start < start + q.length) qTo++;
  const quantity: Quantity = { text: q, start, end: start + q.length, value: 1, upper: null, qualifier: "exact", unit: null, kind };
  const r = countedFor(text, tokens, tags, qFrom, qTo, quantity);
  return [r.counted, r.predicate, r.tense];
}

describe("what a quantity counts and what happened to it", () => {
  it("reads a subject noun phrase and a passive verb", () => {
    expect(read("More than 300 protesters were arrested in the capital, police said.", "More than 300")).toEqual(["protesters", "arrest", "past"]);
  });
  it("reads an object of the verb before the number", () => {
    expect(read("The army managed to destroy 12 armoured vehicles in March.", "12")).toEqual(["armoured vehicles", "destroy", "past"]);
    expect(read("The ministry sent the foreign governments 30 formal requests about the case.", "30")).toEqual(["formal requests", "send", "past"]);
  });
  it("keeps a particle with its verb", () => {
    expect(read("Another 15 families came back after the war.", "15")).toEqual(["families", "come back", "past"]);
  });
  it("keeps a short of-phrase of names", () => {
    expect(read("a cell comprising 9 citizens of Western Europe was found", "9")[0]).toBe("citizens of Western Europe");
  });
  it("reads 'there are' as a present-tense be", () => {
    expect(read("There are still around 2,000 foreign fighters in the region.", "around 2,000")).toEqual(["foreign fighters", "be", "present"]);
  });
  it("reads a subject with a present-tense be", () => {
    expect(read("He said that numerous local residents are in hiding.", "numerous", "vague")).toEqual(["local residents", "be", "present"]);
  });
  it("finds the counted thing before the number when none follows", () => {
    expect(read("The number of refugees rose to 3,000.", "3,000")[0]).toBe("refugees");
    expect(read("The death toll climbed to 50 on Monday.", "50")[0]).toBe("death toll");
  });
  it("reads the of-phrase of a percentage", () => {
    expect(read("Some 40% of voters backed the plan.", "40%", "percent")[0]).toBe("voters");
  });
  it("finds nothing counted when there is nothing", () => {
    expect(read("Somewhere between 10 and 15, she replied.", "between 10 and 15")[0]).toBeNull();
  });
});

describe("questions that announce what a bare number counts", () => {
  it("reads 'how many X are Y'", () => {
    const text = "Reporters asked how many armed guards are stationed at the border.";
    const tokens = tokenize(text);
    const r = questionCounted(text, tokens, tagTokens(tokens));
    expect([r?.counted, r?.tense]).toEqual(["armed guards", "present"]);
  });
});
