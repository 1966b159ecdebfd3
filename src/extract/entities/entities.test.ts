import { describe, expect, it } from "vitest";
import { analyze } from "../document.js";
import { findEntities } from "./entities.js";

const entitiesOf = (text: string) => {
  const doc = analyze(text);
  return { doc, index: findEntities(doc) };
};

describe("entities", () => {
  it("splits a role from the name it precedes", () => {
    const { index } = entitiesOf("Finance Minister Karl Weber opened the session.");
    expect(index.entities).toContainEqual({ name: "Karl Weber", kind: "person", role: "Finance Minister" });
  });

  it("reads organisations by their head word, with a possessive country in front", () => {
    const { index } = entitiesOf("Norway’s Health Ministry published the list.");
    expect(index.entities).toContainEqual(expect.objectContaining({ name: "Norway’s Health Ministry", kind: "organization" }));
    expect(index.placesIn(0)).toEqual(["Norway"]);
  });

  it("finds places of several words and aliases", () => {
    const { index } = entitiesOf("Flights from New York to the U.S. capital and to Saudi Arabia resumed.");
    expect(index.placesIn(0)).toEqual(expect.arrayContaining(["New York", "United States", "Saudi Arabia"]));
  });

  it("finds a place of several words inside a longer capitalised sequence, but not one cut from an organisation's name", () => {
    expect(entitiesOf("Officials said New York Governor Andrew Cuomo met them.").index.placesIn(0)).toEqual(["New York"]);
    expect(entitiesOf("Officials at the United Arab Emirates Central Bank said so.").index.placesIn(0)).toEqual([]);
    expect(entitiesOf("Officials said former South Africa President Jacob Zuma met them.").index.placesIn(0)).toEqual(["South Africa"]);
  });

  it("reads a name described as an organisation ('airline Lark Jet') as one, even where a headline named it first", () => {
    const { index } = entitiesOf("Lark Jet profit rises\n\nBudget airline Lark Jet reported a rise in profit. Banker Tim Ross left.");
    expect(index.entities).toContainEqual(expect.objectContaining({ name: "Lark Jet", kind: "organization" }));
    expect(index.entities).toContainEqual(expect.objectContaining({ name: "Tim Ross", kind: "person" }));
    expect(index.entities.filter((e) => e.name === "Lark Jet")).toHaveLength(1);
  });

  it("does not take a capitalised common word at the start of a sentence, a day or a thing named after 'the' for a person", () => {
    const { index } = entitiesOf("Over the weekend the New Year parade drew crowds. On Monday it rained.");
    expect(index.entities.filter((e) => e.kind === "person")).toEqual([]);
  });

  it("keeps one person per last name, named by the fullest form met, later or earlier", () => {
    const { index } = entitiesOf("Mr. Warren spoke first. Then Elizabeth Warren said 5 people came. Judge Ann Lee and Ms. Lee left.");
    expect(index.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Elizabeth Warren", "Ann Lee"]);
    expect(index.mentions.filter((m) => m.kind === "person").map((m) => index.entities[m.entity!].name)).toEqual(["Elizabeth Warren", "Elizabeth Warren", "Ann Lee", "Ann Lee"]);
  });

  it("resolves a surname to the full name met before", () => {
    const { doc, index } = entitiesOf("Judge Maria Lindqvist ruled on Friday. Lindqvist said the case was closed.");
    const s = 1;
    const i = doc.tokens[s].findIndex((t) => t.text === "Lindqvist");
    expect(index.resolve(s, i, i)).toMatchObject({ name: "Maria Lindqvist", role: "Judge", resolved: true });
  });

  it("files a short name given in brackets as the organisation whose full name it follows, across 'and'", () => {
    const { doc, index } = entitiesOf("On Monday the Borland Institute of Geology and Mining (Bigeom) met. Later the Ruritania Statistics Office (RSO) met. Bigeom said so. The RSO agreed.");
    const at = (s: number, w: string) => doc.tokens[s].findIndex((t) => t.text === w);
    expect(index.resolve(2, at(2, "Bigeom"), at(2, "Bigeom"))).toMatchObject({ name: "Borland Institute of Geology and Mining (Bigeom)", kind: "organization" });
    expect(index.resolve(3, 0, 1)).toMatchObject({ name: "Ruritania Statistics Office (RSO)", kind: "organization" });
    const { index: other } = entitiesOf("The Ruritania Statistics Office (RSO) met. The office said so.");
    expect(other.resolve(1, 0, 1)).toMatchObject({ name: "Ruritania Statistics Office (RSO)" });
  });

  it("resolves 'the ministry' to the organisation named before, and 'the minister' to its holder", () => {
    const { doc, index } = entitiesOf("Chile’s Interior Ministry and Interior Minister Rosa Diaz spoke. The ministry said so. The minister agreed.");
    const t1 = doc.tokens[1];
    expect(index.resolve(1, 0, 1)).toMatchObject({ name: "Chile’s Interior Ministry", kind: "organization" });
    expect(t1[1].text).toBe("ministry");
    expect(index.resolve(2, 0, 1)).toMatchObject({ name: "Rosa Diaz", mention: "The minister" });
  });

  it("says a pronoun with no antecedent is unresolved", () => {
    const { index } = entitiesOf("She left early.");
    expect(index.resolve(0, 0, 0)).toMatchObject({ name: "She", resolved: false });
  });

  it("resolves a pronoun past a person named inside a quotation or used as a noun's modifier", () => {
    const quoted = entitiesOf("Nora Castell runs the fund. \"We tried what Hal Becker proposed,\" she said.");
    const s = quoted.doc.tokens[1], she = s.findIndex((t) => t.lower === "she");
    expect(quoted.index.resolve(1, she, she)).toMatchObject({ name: "Nora Castell", resolved: true });
    const modifier = entitiesOf("Nora Castell rents a room with Mick Jagger and Tom Waits posters. She said rent was high.");
    expect(modifier.index.resolve(1, 0, 0)).toMatchObject({ name: "Nora Castell", resolved: true });
    // a name the sentence's verb follows is a subject, an antecedent still
    const subject = entitiesOf("Nora Castell left. Tom Waits arrived. He said rent was high.");
    expect(subject.index.resolve(2, 0, 0)).toMatchObject({ name: "Tom Waits" });
  });

  it("gives a pronoun no natural feature, no place or time after 'in' or 'during', and no opening word of a quotation for a person", () => {
    const persons = (text: string) => entitiesOf(text).index.entities.filter((e) => e.kind === "person").map((e) => e.name);
    expect(persons("Nora Castell toured the drought-ravaged Aral Sea and Lake Chad. She said rent was high.")).toEqual(["Nora Castell"]);
    expect(persons("Officials in Lao Cai said so. During World War II he served. The army sent 300 soldiers to Yen Bai province.")).toEqual([]);
    expect(entitiesOf("Ships on the Natuna Sea carried 300 tons.").index.placesIn(0)).toEqual(["Natuna Sea"]);
    expect(persons('"If Rendell wins, we lose," Nora Castell said. (During Lent, she said, it rises.)')).toEqual(["Nora Castell"]);
    const feature = entitiesOf("Nora Castell toured the drought-ravaged Aral Sea. \"It was hard,\" she said.");
    const she = feature.doc.tokens[1].findIndex((t) => t.lower === "she");
    expect(feature.index.resolve(1, she, she)).toMatchObject({ name: "Nora Castell", resolved: true });
  });

  it("knows a person whose family name comes first by it, at a sentence's start too", () => {
    const { doc, index } = entitiesOf("Ban Ki-moon, the secretary general, spoke. Asked about Tom Waits, Ban demurred. Ban smiled. He left.");
    expect(index.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Ban Ki-moon", "Tom Waits"]);
    expect(index.mentions.filter((m) => m.text === "Ban").map((m) => m.sentence)).toEqual([1, 2]);
    expect(index.resolve(3, 0, 0)).toMatchObject({ name: "Ban Ki-moon" });
    expect(doc.tokens[3][0].lower).toBe("he");
  });

  // (its growth is measured by bench/linearity.bench.mjs: speed goals live in benchmarks, not in timed tests)
  it("finds each of thousands of distinct organisations once, by its full name", () => {
    const words = ["Alpha", "Bravo", "Cobalt", "Delta", "Ember", "Falcon", "Garnet", "Harbor", "Indigo", "Juniper"];
    const name = (i: number) => { let s = ""; do { s += words[i % 10]; i = Math.floor(i / 10); } while (i); return s; };
    const n = 4_000;
    const doc = analyze(Array.from({ length: n }, (_, i) => `The ${name(i)} Agency said the spokesman had left. `).join(""));
    const orgs = findEntities(doc).entities.filter((e) => e.kind === "organization");
    expect(orgs).toHaveLength(n);
    expect(new Set(orgs.map((e) => e.name)).size).toBe(n);
  });
});
