import { describe, expect, it } from "vitest";
import { extract } from "../../../index.js";

const claims = (text: string) => extract(text, { published: "2021-03-10" }).claims;

describe("not speakers", () => {
  it("takes no opening word of a spoken sentence for part of a speaker ('So I said')", () => {
    const [c] = claims("So I said we needed 30 more beds.").filter((x) => x.quantity);
    expect(c.cue?.text).toBe("said");
    expect(c.speaker).toBeNull();
  });

  it("takes no imperative that opens a supposition for a speaker ('Let say')", () => {
    const [c] = claims("Let say the new tram carries 4 times as many riders.").filter((x) => x.quantity);
    expect(c.speaker).toBeNull();
  });

  it("takes no possessive phrase that is no document for a source ('according to their choice')", () => {
    const c = claims("Each worker is paid according to their choice of 8 or 10 hours.").find((x) => x.cue?.text === "according to");
    expect(c).toBeDefined();
    expect(c!.speaker).toBeNull();
  });
});
