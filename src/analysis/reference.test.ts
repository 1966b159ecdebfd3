import { describe, expect, it } from "vitest";
import { compareWithReference, parseReference, referenceHead } from "./reference.js";
import type { CheckedClaim } from "./consistency.js";

const csv = `date,figure,qualifier,what,who_claimed,reported_by,url
2015-12-31,700,exact,Foreign citizens fighting in the region,Government,Report A,
2017-01-20,1100,approx,"Foreign citizens fighting in the region, all sides",Minister,Outlet B,https://example.org/b
2017,1300,approx,Foreign citizens who joined fighting,public sources,Report C,`;

const claim = (value: number, qualifier: "exact" | "approx" | "more-than", start: string, end: string): CheckedClaim => ({
  id: 1, text: "", counted: "foreign citizens", predicate: "be", places: [], speaker: null, evidence: null,
  quantity: { text: String(value), value, upper: null, qualifier, unit: null, kind: "number", start: 0, end: 1 },
  period: { text: "", start, end, source: "explicit" },
});

describe("reference series", () => {
  it("parses the CSV, quoted fields included", () => {
    const r = parseReference(csv);
    expect(r).toHaveLength(3);
    expect(r[1]).toMatchObject({ value: 1100, qualifier: "approx", what: "Foreign citizens fighting in the region, all sides", url: "https://example.org/b" });
  });
  it("takes the head of what is counted", () => {
    expect(referenceHead("Tajik citizens fighting in Syria and Iraq")).toBe("citizen");
    expect(referenceHead("Tajik foreign fighters")).toBe("fighter");
  });
  it("holds a claim against the figures dated in its period", () => {
    const figures = parseReference(csv);
    const agree = compareWithReference([claim(1000, "exact", "2017-01-01", "2017-01-31")], figures);
    expect(agree.map((c) => [c.figure.value, c.agrees])).toEqual([[1100, true], [1300, false]]);
    expect(compareWithReference([claim(2000, "more-than", "2015-01-01", "2015-12-31")], figures).map((c) => c.agrees)).toEqual([false]);
  });
});
