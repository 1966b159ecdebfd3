import { describe, expect, it } from "vitest";
import { normalize, shape } from "./word-forms.js";

describe("word forms", () => {
  it("collapses runs of letter and digit classes, ASCII or not (digits are ASCII digits only)", () => {
    expect(["McDonald", "1,250", "U.S.", "Éclair", "naïve", "٣٤"].map(shape)).toEqual(["XxXx", "d,d", "X.X.", "Xx", "x", "٣٤"]);
  });

  it("normalises case and digits", () => {
    expect(["Minister", "1,250", "COVID-19"].map(normalize)).toEqual(["minister", "0,000", "covid-00"]);
  });
});
