// Data named by their owner speak for the owner (data-owners.ts, and the frame's start in cue-frame.ts).
// Invented sentences only.
import { describe, expect, it } from "vitest";
import { claimRows, rowOf as of } from "../claim-rows.testing.js";

describe("data named by their owner (data-owners.ts)", () => {
  it("gives 'the bureau's figures show' and 'according to the company's own figures' to the owner", () => {
    const rows = claimRows("The Harbor Statistics Bureau released its survey on Monday. The bureau's figures show that 212 people died in the floods.", "2021-12-01");
    expect(of(rows, "212")!.speaker).toBe("Harbor Statistics Bureau");
    const company = claimRows("The 2019 strike cost Velora Rail Group about 2 million euros, according to the company's own figures.", "2021-12-01");
    expect(of(company, "about 2 million euros")!.speaker).toBe("Velora Rail Group");
  });

  it("leaves the nouns between a possessive and the data to name the owner ('Tarnia's health ministry figures')", () => {
    const rows = claimRows("Tarnia's health ministry figures show that 212 people died.", "2021-12-01");
    expect(of(rows, "212")!.speaker).not.toBe("Tarnia");
  });
});

describe("data from an owner framing the clause before it (cue-frame.ts)", () => {
  it("reads '…, data from the Tarnian Health Service (THS) showed on Monday' as the service's, and 'the data showed' after it too", () => {
    const rows = claimRows("Malaria has killed 212 people in Tarnia this year, data from the Tarnian Health Service (THS) showed on Monday.\n\nMore than 6,000 people have been treated since June, the data showed.", "2021-12-01");
    expect(of(rows, "212")).toMatchObject({ speaker: "Tarnian Health Service (THS)", cue: "showed" });
    expect(of(rows, "More than 6,000")!.speaker).toBe("Tarnian Health Service (THS)");
  });
});
