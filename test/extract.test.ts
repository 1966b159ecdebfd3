// The whole pipeline on invented articles shaped like the hard cases of the seed (none of its sentences).
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const article = [
  "Poland Reports Gains Against Smuggling",
  "",
  "Poland’s Border Guard has claimed that its officers stopped 48 smuggling attempts in 2018 and turned back around 300 people at the eastern crossings.",
  "",
  "Defence Minister Anna Kowalska provided no details of the alleged operations at her briefing on February 12.",
  "",
  "More than 250 people were arrested last year in Poland on suspicion of smuggling, Kowalska said. Over the same period, 35 officers resigned, she claimed.",
  "",
  "“We passed the names to our neighbours. But we never received a reply,” the minister said.",
  "",
  "Reporters asked how many armed volunteers are gathered along the eastern border.",
  "",
  "Somewhere between 2,000 and 3,000, she answered.",
  "",
  "One circulated on social media during the March 3 protests.",
  "",
  "2 / 2",
].join("\n");

const record = extract(article, { published: "2019-02-13", path: "poland.txt" });
const byQuantity = (text: string) => record.claims.find((c) => c.quantity?.text === text);

describe("extract on an article with the seed's hard cases", () => {
  it("takes the first line as the title and reports the path", () => {
    expect(record.document).toMatchObject({ path: "poland.txt", title: "Poland Reports Gains Against Smuggling", published: "2019-02-13" });
  });

  it("finds each quantity once, with its qualifier", () => {
    const qs = record.claims.filter((c) => c.quantity).map((c) => [c.quantity!.text, c.quantity!.qualifier]);
    expect(qs).toEqual([
      ["48", "exact"],
      ["around 300", "approx"],
      ["More than 250", "more-than"],
      ["35", "exact"],
      ["between 2,000 and 3,000", "range"],
    ]);
  });

  it("does not take dates, page numbers or 'one' as a pronoun for quantities", () => {
    const texts = record.claims.map((c) => c.quantity?.text ?? "");
    for (const no of ["February 12", "12", "March 3", "3", "2 / 2", "One"]) expect(texts).not.toContain(no);
  });

  it("reads the organisation's claim with its period and places", () => {
    const c = byQuantity("48")!;
    expect(c.speaker).toMatchObject({ kind: "organization" });
    expect(c.speaker!.name).toMatch(/Border Guard/);
    expect(c.cue?.lemma).toBe("claim");
    expect(c.mode).toBe("indirect");
    expect(c.counted).toBe("smuggling attempts");
    expect(c.predicate).toBe("stop");
    expect(c.period).toMatchObject({ start: "2018-01-01", end: "2018-12-31" });
    expect(byQuantity("around 300")!.period).toMatchObject({ start: "2018-01-01" });
  });

  it("reads 'last year' against the publication date and the speaker named by surname", () => {
    const c = byQuantity("More than 250")!;
    expect(c.speaker).toMatchObject({ name: "Anna Kowalska", kind: "person" });
    expect(c.counted).toBe("people");
    expect(c.predicate).toBe("arrest");
    expect(c.period).toMatchObject({ start: "2018-01-01", end: "2018-12-31" });
    expect(c.places).toContain("Poland");
  });

  it("inherits the period for 'over the same period' and resolves the pronoun", () => {
    const c = byQuantity("35")!;
    expect(c.speaker).toMatchObject({ name: "Anna Kowalska", mention: "she" });
    expect(c.period).toMatchObject({ start: "2018-01-01", end: "2018-12-31", source: "inherited" });
  });

  it("resolves a role noun to the named minister in a direct quote", () => {
    const quote = record.claims.find((c) => c.mode === "direct");
    expect(quote?.speaker).toMatchObject({ name: "Anna Kowalska", mention: "the minister" });
    expect(quote?.content && article.slice(quote.content.start, quote.content.end)).toContain("never received a reply");
  });

  it("takes what a bare answer counts from the question before it", () => {
    const c = byQuantity("between 2,000 and 3,000")!;
    expect(c.quantity).toMatchObject({ value: 2000, upper: 3000 });
    expect(c.counted).toBe("armed volunteers");
    expect(c.speaker).toMatchObject({ name: "Anna Kowalska", mention: "she" });
    expect(c.period).toMatchObject({ start: "2019-02-01", end: "2019-02-28", source: "publication" });
  });

  it("keeps offsets into the original text", () => {
    for (const c of record.claims) {
      expect(article.slice(c.sentence.start, c.sentence.end)).toBe(c.text);
      if (c.quantity) expect(article.slice(c.quantity.start, c.quantity.end)).toBe(c.quantity.text);
      if (c.speaker) expect(article.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.mention);
      if (c.cue) expect(article.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
    }
  });
});
