import { describe, expect, it } from "vitest";
import { checkStages, extract, STAGES } from "./pipeline.js";

describe("pipeline", () => {
  it("declares its stages in an order where each reads only what is written before it", () => {
    expect(STAGES.map((s) => s.name)).toEqual(["document", "time", "entities", "attribution", "claims", "carried evidence"]);
    expect(() => checkStages(STAGES)).not.toThrow();
  });

  it("refuses a stage that reads what no earlier stage writes", () => {
    const swapped = [STAGES[0], STAGES[3], STAGES[2], STAGES[1], STAGES[4]];
    expect(() => checkStages(swapped)).toThrow(/stage attribution reads entities/);
    expect(() => checkStages(STAGES.slice(1))).toThrow(/stage time reads doc/);
  });

  it("runs the stages into a document record", () => {
    const record = extract("The minister said 40 people were hurt on Tuesday.", { published: "2020-03-05", title: "T" });
    expect(record.document.title).toBe("T");
    expect(record.claims).toHaveLength(1);
    expect(record.claims[0].quantity?.value).toBe(40);
    expect(record.warnings).toBeUndefined();
  });
});
