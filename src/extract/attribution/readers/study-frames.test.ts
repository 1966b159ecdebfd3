import { describe, expect, it } from "vitest";
import { extract } from "../../../index.js";

/** Each claim with a number: its quantity as written, its speaker's name, its cue and mode. */
function claims(text: string) {
  return extract(text, { published: "2021-03-10" }).claims.filter((c) => c.quantity).map((c) => ({
    quantity: text.slice(c.quantity!.start, c.quantity!.end),
    speaker: c.speaker?.name ?? null,
    cue: c.cue?.text ?? null,
    mode: c.mode,
  }));
}
const of = (rows: ReturnType<typeof claims>, quantity: string) => rows.find((r) => r.quantity === quantity);

describe("frames the readers take apart (subjects.ts studySubject, tokens.ts, cue-content.ts)", () => {
  it("reads a study's long phrase as the subject of a final cue ('…, a Herald analysis of newly filed tax reports shows')", () => {
    const rows = claims("Gifts to the charities reached nearly $2.1 billion through the end of May, a Daily Herald analysis of newly filed tax reports shows.");
    expect(of(rows, "nearly $2.1 billion")).toMatchObject({ speaker: expect.stringMatching(/Daily Herald/), cue: "shows", mode: "indirect" });
  });

  it("reads it as the subject of a cue after a relative clause and a date's comma", () => {
    const rows = claims("A Daily Herald analysis of charities that have raised $1 million or more since Jan. 1, 2015, shows large groups raising $40 million in May.");
    expect(of(rows, "$40 million")).toMatchObject({ speaker: expect.stringMatching(/Daily Herald/), cue: "shows" });
  });

  it("reads what was reported after an aside between commas ('reported, citing hospital data, there were …')", () => {
    const rows = claims("Radio Nine reported, citing hospital data, there were over 1,000 deaths on Wednesday.");
    expect(of(rows, "over 1,000")).toMatchObject({ speaker: "Radio Nine", cue: "reported" });
  });

  it("reads the clause before '…, officials told state media, adding that …' as what was told", () => {
    const rows = claims("A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work.");
    expect(of(rows, "39")).toMatchObject({ speaker: "officials", cue: "told" });
  });
});
