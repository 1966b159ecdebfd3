// The verb a figure hangs from in the dependency tree, where the tag rules found none (invented sentences).
import { describe, expect, it } from "vitest";
import { extract } from "../../index.js";

function predicateOf(text: string, q: string): string | null | undefined {
  const claim = extract(text, { published: "2021-05-04", path: "t.txt" }).claims.find((c) => c.quantity?.text === q);
  if (!claim) throw new Error(`no claim for ${q}`);
  return claim.predicate;
}

describe("the verb of a figure from the parse", () => {
  it("reads a present verb the tagger took for a plural noun before an approximated figure", () => {
    expect(predicateOf("Gas\n\nPortugal imports roughly 30 percent of its gas from Algeria.", "roughly 30 percent")).toBe("import");
  });
  it("reads a gerund the tagger took for a noun before a bound", () => {
    expect(predicateOf("Race\n\nThe union was the largest donor, spending more than $2.1 million on the mayoral race.", "more than $2.1 million")).toBe("spend");
  });
  it("reads the verb of a long subject past a relative clause set off by commas", () => {
    expect(predicateOf("Vote\n\nMore than a dozen senior members of the governing coalition, which is led by the Labour Party, were defeated in the vote.", "More than a dozen")).toBe("defeat");
  });
});

describe("the verb of a figure's noun over a clause set on it", () => {
  it("reads the verb a subject with a participle clause goes with", () => {
    expect(predicateOf("Treaty\n\nThe treaty will not take effect until 40 nations representing 60 percent of trade have done so.", "40")).toBe("do");
  });
  it("reads the verb of an object with an active participle after it", () => {
    expect(predicateOf("Quake\n\nLast year the island suffered a 6.1 magnitude earthquake causing nine deaths.", "6.1")).toBe("suffer");
  });
  it("reads the verb of an indefinite object with a participle the tagger took for an adjective", () => {
    expect(predicateOf("Files\n\nThe agency is expected to release in the coming days 31 pages related to the inquiry.", "31")).toBe("release");
  });
  it("keeps the participle on a definite object ('the 326 seats needed')", () => {
    expect(predicateOf("Seats\n\nThe party won the 326 seats needed for a majority.", "326")).toBe("need");
  });
});
