import { describe, expect, it } from "vitest";
import { analyze } from "../document.js";
import { findEntities } from "../entities/entities.js";
import { CUE_MODEL } from "../learned/index.js";
import { findAttributions } from "./index.js";
import { proposeAttributions } from "./training.js";
import { READERS, REFINERS } from "./configuration.js";
import { AttributionContext } from "./context.js";
import { readSentences } from "./readers/sentences.js";
import { accordingTo } from "./readers/according-to.js";
import { cueFrame } from "./readers/cue-frame.js";

const TEXT = "Inflation rose to 5% last year, according to the central bank. Finance Minister Ana Ruiz said that prices would fall in May. “We are confident,” she added.";

describe("the attribution configuration", () => {
  it("declares its readers and refiners in the order they run", () => {
    expect(READERS.map((r) => r.name)).toEqual(["sentences", "headlines and transcript turns", "signatures"]);
    expect(REFINERS.map((r) => r.name)).toEqual([
      "text order", "continuation", "nested clauses", "reports inside quotations", "model scoring", "framed statements",
      "confident readings", "rival readings", "widened contents", "share findings", "hedges and evidence", "learned cues", "expected figures",
      "relative sources", "appositive names", "described names", "data owners", "coordinated cues",
      "group pronouns", "thing pronouns", "not speakers",
      "unclaimed figures",
      "carried sources", "text order",
    ]);
  });

  it("asks users for the document and its entities only; training gets every proposal from its own entry", () => {
    expect(findAttributions.length).toBe(2);
    const doc = analyze(TEXT);
    const entities = findEntities(doc);
    const kept = findAttributions(doc, entities);
    const proposed = proposeAttributions(doc, entities);
    expect(kept.length).toBeGreaterThan(0);
    // (every kept reading is one of the proposals, with the same confidence)
    for (const a of kept) expect(proposed.find((b) => b.content.start === a.content.start && b.content.end === a.content.end && b.cue?.start === a.cue?.start)?.confidence).toBe(a.confidence);
  });

  it("lets one token reader read a sentence alone, and the first reader in the list take its token", () => {
    const doc = analyze(TEXT);
    const alone = new AttributionContext(doc, findEntities(doc), { cueModel: CUE_MODEL });
    readSentences([accordingTo]).read(alone);
    expect(alone.found.map((a) => a.cue?.lemma)).toEqual(["according to"]);
    expect(doc.text.slice(alone.found[0].content.start, alone.found[0].content.end)).toBe("Inflation rose to 5% last year");
    const both = new AttributionContext(doc, findEntities(doc), { cueModel: CUE_MODEL });
    readSentences([accordingTo, cueFrame]).read(both);
    expect(both.found.map((a) => a.cue?.lemma)).toEqual(["according to", "say", "add"]);
  });

  it("proposes a reading once, however many readers find it, and no content under three characters", () => {
    const doc = analyze(TEXT);
    const ctx = new AttributionContext(doc, findEntities(doc), { cueModel: CUE_MODEL });
    const s = doc.sentences[1], at = doc.text.indexOf("said");
    const cue = { text: "said", lemma: "say", start: at, end: at + 4 };
    ctx.add({ start: at + 5, end: s.end - 1 }, "indirect", cue, null, 1);
    ctx.add({ start: at + 5, end: s.end - 1 }, "indirect", cue, null, 1);
    ctx.add({ start: at + 5, end: at + 7 }, "indirect", cue, null, 1);
    expect(ctx.found).toHaveLength(1);
    expect(ctx.byLast.get(1)).toEqual(ctx.found);
  });
});
