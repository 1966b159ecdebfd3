import { describe, expect, it } from "vitest";
import { checkClaims, type CheckedClaim } from "./consistency.js";
import { intervalOf, intervalsMeet } from "./interval.js";
import { metricKey } from "./metric.js";
import type { Qualifier } from "../types.js";

const claim = (id: number, value: number, qualifier: Qualifier, speaker: string, period = ["2016-01-01", "2016-12-31"], extra: Partial<CheckedClaim> = {}): CheckedClaim => ({
  id,
  text: "",
  quantity: { text: String(value), value, upper: null, qualifier, unit: null, kind: "number", start: 0, end: 1 },
  counted: "people",
  predicate: "join",
  period: { text: "", start: period[0], end: period[1], source: "explicit" },
  places: [],
  speaker: { name: speaker, mention: speaker, kind: "person", role: null, resolved: true, start: 0, end: 1 },
  evidence: null,
  ...extra,
});

describe("intervals of qualified figures", () => {
  it("lets 'more than 400' and 420 both hold, but not 'more than 400' and 400", () => {
    const more = intervalOf({ value: 400, upper: null, qualifier: "more-than" })!;
    expect(intervalsMeet(more, intervalOf({ value: 420, upper: null, qualifier: "exact" })!)).toBe(true);
    expect(intervalsMeet(more, intervalOf({ value: 400, upper: null, qualifier: "exact" })!)).toBe(false);
  });
  it("takes 'around' as ten per cent either way", () => {
    const around = intervalOf({ value: 1100, upper: null, qualifier: "approx" })!;
    expect(intervalsMeet(around, intervalOf({ value: 1000, upper: null, qualifier: "exact" })!)).toBe(true);
    expect(intervalsMeet(around, intervalOf({ value: 1300, upper: null, qualifier: "exact" })!)).toBe(false);
  });
});

describe("checkClaims", () => {
  it("flags the same metric claimed with figures that cannot both hold for the same period", () => {
    const f = checkClaims([claim(1, 40, "exact", "A"), claim(2, 41, "exact", "B")]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: "conflict", metric: "person|join", sameSpeaker: false });
  });
  it("does not compare figures for different periods or different things", () => {
    expect(checkClaims([claim(1, 40, "exact", "A"), claim(2, 41, "exact", "A", ["2015-01-01", "2015-12-31"])])).toEqual([]);
    expect(checkClaims([claim(1, 40, "exact", "A"), claim(2, 41, "exact", "A", undefined, { counted: "attacks" })])).toEqual([]);
  });
  it("flags figures given with no evidence", () => {
    const f = checkClaims([claim(1, 36, "exact", "A", undefined, { evidence: { status: "none-given", text: "provided no details" } })]);
    expect(f.map((x) => x.kind)).toEqual(["no-evidence"]);
  });
  it("keys metrics by singular head noun and predicate", () => {
    expect(metricKey({ counted: "natives of Central Asia", predicate: "comprise" })).toBe("native|comprise");
    expect(metricKey({ counted: "Tajik citizens", predicate: "be" })).toBe("citizen|be");
  });
});
