import { describe, expect, it } from "vitest";
import { SharePopulation } from "./population.js";
import type { Quantity } from "../../types.js";
import type { CountedInfo } from "./counted.js";

const share = (value: number): Quantity => ({ text: `${value} percent`, start: 0, end: 1, value, upper: null, qualifier: "exact", unit: "%", kind: "percent" });
const info = (counted: string | null, predicate: string | null): CountedInfo => ({ counted, countedSpan: null, predicate, tense: null });

describe("a poll's shares told one after another", () => {
  it("gives a later share that reports an answer the population of the share before it in the paragraph", () => {
    const p = new SharePopulation();
    p.carry(share(40), info("union members", "agree"), 3);
    const later = info(null, "say");
    p.carry(share(35), later, 3);
    expect(later.counted).toBe("union members");
  });
  it("gives it to a later share whose verb is an answer other than saying ('39 percent blame')", () => {
    const p = new SharePopulation();
    p.carry(share(40), info("union members", "agree"), 3);
    const later = info(null, "blame");
    p.carry(share(39), later, 3);
    expect(later.counted).toBe("union members");
  });
  it("does not carry it into another paragraph, nor to a share that is not an answer", () => {
    const p = new SharePopulation();
    p.carry(share(40), info("union members", "agree"), 3);
    const elsewhere = info(null, "say");
    p.carry(share(35), elsewhere, 4);
    expect(elsewhere.counted).toBeNull();
    const change = info(null, "rise");
    p.carry(share(5), change, 4);
    expect(change.counted).toBeNull();
  });
  it("gives a candidate standing at a share, in the next paragraphs, the respondents of the share before", () => {
    const p = new SharePopulation();
    p.carry(share(38), info("Democratic voters", "back"), 2);
    const second = info("Lee", "be"), third = info("Ann Park", "be"), party = info("Support for the Greens", "be");
    p.carry(share(14), second, 3);
    p.carry(share(9), third, 5);
    p.carry(share(20), party, 5);
    expect([second.counted, third.counted, party.counted]).toEqual(["Democratic voters", "Democratic voters", "Support for the Greens"]);
    const far = info("Kim", "be");
    p.carry(share(4), far, 9);
    expect(far.counted).toBe("Kim");
  });
  it("gives a poll's respondents to a bare share in the next two paragraphs, whatever its verb ('38 percent were sure')", () => {
    const p = new SharePopulation();
    p.carry(share(61), info("Irish Americans", "view"), 2);
    const next = info(null, "be"), later = info(null, "be"), far = info(null, "be");
    p.carry(share(38), next, 3);
    p.carry(share(22), later, 5);
    p.carry(share(12), far, 9);
    expect([next.counted, later.counted, far.counted]).toEqual(["Irish Americans", "Irish Americans", null]);
  });
  it("gives a head-to-head result's figures the respondents of the poll's sample ('a poll of 900 voters … A tops B 44-42')", () => {
    const p = new SharePopulation();
    const text = "A poll of 900 likely voters. Kane tops Brown 44-42.";
    const at = (s: string) => text.indexOf(s);
    const num = (s: string, value: number): Quantity => ({ text: s, start: at(s), end: at(s) + s.length, value, upper: null, qualifier: "exact", unit: null, kind: "number" });
    p.carry(num("900", 900), info("likely voters", "come"), 1, text);
    const first = info("Kane", "top"), second = info("Kane", "top");
    p.carry(num("44", 44), first, 2, text);
    p.carry({ ...num("42", 42), start: at("-42") + 1, end: at("-42") + 3 }, second, 2, text);
    expect([first.counted, second.counted]).toEqual(["likely voters", "likely voters"]);
  });
  it("does not take a count that is no poll's sample as respondents, nor give it to a figure that is no score", () => {
    const p = new SharePopulation();
    const text = "Some 900 voters came. Kane tops the list with 44 entries.";
    const at = (s: string) => text.indexOf(s);
    const num = (s: string, value: number): Quantity => ({ text: s, start: at(s), end: at(s) + s.length, value, upper: null, qualifier: "exact", unit: null, kind: "number" });
    p.carry(num("900", 900), info("voters", "come"), 1, text);
    const later = info("Kane", "top");
    p.carry(num("44", 44), later, 1, text);
    expect(later.counted).toBe("Kane");
  });
});
