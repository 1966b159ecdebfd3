import { describe, expect, it } from "vitest";
import { datelineLength, datelineTokens } from "./dateline.js";
import { tokenize } from "./tokens.js";

const dateline = (s: string) => s.slice(0, datelineLength(s));

describe("a dateline opening a story", () => {
  it("is the place in capitals, the day and the agency up to the dash", () => {
    expect(dateline("OSLO, April 9 (Reuters) - The fund sold 40 buildings.")).toBe("OSLO, April 9 (Reuters) - ");
    expect(dateline("LIMA, Peru, Sept. 2, 2026 (AP) — Rescuers found 12 miners.")).toBe("LIMA, Peru, Sept. 2, 2026 (AP) — ");
    expect(dateline("KUALA LUMPUR, 3 June 2026 -- Exports rose.")).toBe("KUALA LUMPUR, 3 June 2026 -- ");
    expect(dateline("ST. PAUL — The council voted 7-2.")).toBe("ST. PAUL — ");
  });
  it("is not a sentence's opening words that only look alike", () => {
    expect(dateline("UN - the body said 30 staff left.")).toBe("");
    expect(dateline("The EU — a bloc of 27 — agreed.")).toBe("");
    expect(dateline("JUNE 4 - a date, not a place")).toBe("");
  });
  it("is counted in tokens too", () => {
    const tokens = tokenize("OSLO, April 9 (Reuters) - The fund sold 40 buildings.");
    expect(tokens[datelineTokens(tokens)].text).toBe("The");
  });
});
