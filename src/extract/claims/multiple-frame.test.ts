// What a multiple, a factor or a half counts, and a quake's magnitude, through the whole pipeline, on invented sentences.
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

function frame(text: string, q: string): [string | null, string | null] {
  const claim = extract(text, { published: "2021-05-04", path: "t.txt" }).claims.find((c) => c.quantity?.text === q);
  if (!claim) throw new Error(`no claim for ${q}`);
  return [claim.counted, claim.predicate];
}

describe("a multiple or a half", () => {
  it("counts the noun past 'as much' ('twice as much funding')", () => {
    expect(frame("Race\n\nThe mayor has twice as much funding this spring, aides said.", "twice")[0]).toBe("funding");
  });
  it("counts the noun past an owner ('three times' aside: 'twice their budget')", () => {
    expect(frame("Schools\n\nTeachers said classes were running at up to twice their size.", "up to twice")[0]).toBe("size");
  });
  it("counts the object of a factor's verb ('halving its fleet'), not a time after it", () => {
    expect(frame("Airline\n\nThe carrier is halving its fleet of jets, the chief said.", "halving")).toEqual(["fleet of jets", "halve"]);
    expect(frame("Trade\n\nExports have tripled this year.", "tripled")[0]).not.toBe("year");
  });
  it("takes the factor's own verb for what happened, not the auxiliary before it ('have doubled')", () => {
    expect(frame("Trade\n\nExports have tripled since 2019.", "tripled")).toEqual(["Exports", "triple"]);
    expect(frame("Rents\n\nRents in the city more than doubled last year.", "more than doubled")).toEqual(["Rents in the city", "double"]);
    expect(frame("Fares\n\nFares nearly tripled in May.", "nearly tripled")[0]).toBe("Fares");
  });
  it("counts the object of the verb a half qualifies ('cut the deficit by half', 'cut fees in half')", () => {
    expect(frame("Budget\n\nThe minister said she would cut the deficit by half.", "half")).toEqual(["deficit", "cut"]);
    expect(frame("Banks\n\nThe law would cut overdraft fees in half.", "half")[0]).toBe("overdraft fees");
  });
});

describe("a quake's magnitude", () => {
  it("reads a bare one-decimal figure in a sentence about a quake as its magnitude", () => {
    expect(frame("Quake\n\nThe survey put the quake at 6.2; the Geological Institute reported 6.4.", "6.4")[0]).toBe("magnitude");
    expect(frame("Quake\n\nThree houses fell in the 4.9 tremor on Sunday.", "4.9")[0]).toBe("magnitude");
  });
  it("leaves a figure with a noun of its own", () => {
    expect(frame("Quake\n\nThe quake cut power to 1.2 million homes.", "1.2 million")[0]).toBe("homes");
  });
});
