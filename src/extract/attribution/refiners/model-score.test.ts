// Which readings are kept whatever the model says (model-score.ts). Invented sentences only.
import { describe, expect, it } from "vitest";
import { claimRows, rowOf as of } from "../claim-rows.testing.js";

describe("'add' with a qualified figure for its object is an act (model-score.ts)", () => {
  it("keeps 'the levy adds between 80 and 120 euros' inside the analysts' estimate, and gives 'have added about 1,500 beds' no speaker", () => {
    const rows = claimRows("Analysts at Marlow Bank estimated that the levy adds between 80 and 120 euros to a typical monthly bill in Tarnow. Clinics in Tarnow have added about 1,500 beds for flu patients, but doctors said wards were full.", "2021-12-01");
    expect(of(rows, "between 80 and 120 euros")).toMatchObject({ speaker: "Analysts", cue: "estimated" });
    expect(of(rows, "about 1,500")!.speaker).toBeNull();
  });

  it("still reads 'added that …' as saying", () => {
    const rows = claimRows("Fares will stay the same. The mayor added that about 40 routes would change.", "2021-12-01");
    expect(of(rows, "about 40")).toMatchObject({ speaker: "mayor", cue: "added" });
  });
});
