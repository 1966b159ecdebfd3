// Of two readings sharing most of the shorter content, the extractor keeps the likelier: on real news,
// no kept attribution may be outscored by another that covers most of it (statements with a figure
// excepted: they give way only to a reading with the same speaker).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { analyze } from "../src/extract/document.js";
import { findEntities } from "../src/extract/entities.js";
import { findAttributions } from "../src/extract/attribution/index.js";
import { carriesFigure, proposeAttributions } from "../src/extract/attribution/training.js";

const shared = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0.5 * Math.min(a.end - a.start, b.end - b.start);

describe("overlapping attributions", () => {
  it("keep only the likelier of two readings of one content on the bundled Wikinews sample", () => {
    const rows = parse(readFileSync(new URL("../samples/wikinews.csv", import.meta.url), "utf8"), { columns: true }) as { text: string }[];
    let dropped = 0;
    for (const row of rows.slice(0, 120)) {
      const doc = analyze(row.text);
      const entities = findEntities(doc);
      const kept = findAttributions(doc, entities);
      const every = proposeAttributions(doc, entities);
      dropped += every.filter((a) => a.confidence > 0).length - kept.filter((a) => a.first >= 0 && a.confidence > 0).length;
      // (a content read by several cues scores as its likeliest reading)
      const best = (x: (typeof kept)[number]) => Math.max(...kept.filter((y) => y.content.start === x.content.start && y.content.end === x.content.end).map((y) => y.confidence));
      for (const a of kept) {
        if (a.first < 0 || carriesFigure(doc.text, a)) continue;
        const rival = kept.find((b) => b.first >= 0 && (b.content.start !== a.content.start || b.content.end !== a.content.end) && best(b) > best(a) && shared(a.content, b.content));
        expect(rival, `${doc.text.slice(a.content.start, a.content.end)}`).toBeUndefined();
      }
    }
    // the rule does something on real text
    expect(dropped).toBeGreaterThan(0);
  });
});
