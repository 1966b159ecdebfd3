// Our faster Brill smoothing must tag exactly as en-pos itself does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import enPos from "en-pos";
import { analyze } from "../src/extract/document.js";
import { brillTags } from "../src/language/pos.js";

const { Tag } = enPos as unknown as { Tag: new (words: string[]) => { initial(): { smooth(): { tags: string[] } } } };

describe("part-of-speech tags", () => {
  it("are en-pos's own on every sentence of the bundled Wikinews sample", () => {
    const rows = parse(readFileSync(new URL("../samples/wikinews.csv", import.meta.url), "utf8"), { columns: true }) as { text: string }[];
    let sentences = 0;
    for (const row of rows) {
      const doc = analyze(row.text);
      for (const tokens of doc.tokens) {
        const words = tokens.map((t) => t.text);
        expect(brillTags(words)).toEqual(new Tag(words).initial().smooth().tags);
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(1000);
  });
});
