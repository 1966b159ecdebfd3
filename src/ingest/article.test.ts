import { describe, expect, it } from "vitest";
import { isoDate } from "./article.js";

describe("isoDate", () => {
  it("reads common date forms as YYYY-MM-DD", () => {
    expect(isoDate("2020-03-04T10:00:00Z")).toBe("2020-03-04");
    expect(isoDate("Wed, 04 Mar 2020 10:00:00 GMT")).toBe("2020-03-04");
    expect(isoDate("2020-02-29")).toBe("2020-02-29");
  });

  it("leaves out what only looks like a date", () => {
    expect(isoDate("2020-99-99junk")).toBeNull();
    expect(isoDate("2021-02-30")).toBeNull();
    expect(isoDate("")).toBeNull();
    expect(isoDate(42)).toBeNull();
  });
});
