import { describe, expect, it } from "vitest";
import { analyze } from "../../document.js";
import { findEntities } from "../../entities/entities.js";
import { findAttributions } from "../index.js";

/** The attributions the model keeps: content, cue, speaker and mode. */
function attributions(text: string) {
  const doc = analyze(text);
  return findAttributions(doc, findEntities(doc)).map((a) => ({
    content: text.slice(a.content.start, a.content.end), cue: a.cue?.text ?? null, speaker: a.speaker?.name ?? null, mode: a.mode,
  }));
}

describe("frames opened by 'As' (cue-content.ts asFrame)", () => {
  it("reads the main clause after 'As X reported, …' as what was reported, past a fronted phrase", () => {
    const rows = attributions("The audit came out on Monday.\n\nAs the Daily Courier reported, even on Tuesday evening, the county board was declining to publish the audit.");
    expect(rows).toContainEqual(expect.objectContaining({ speaker: "Daily Courier", cue: "reported", content: expect.stringContaining("the county board was declining to publish the audit") }));
  });

  it("reads a quotation after the colon closing an 'As' frame as the speaker's words, also one left open at its paragraph's end", () => {
    const closed = attributions("The audit came out on Monday.\n\nAs Ann Holloway wrote after the hearing:\n\n\u201cThe board has still not explained where the money went.\u201d\n\nThe hearing ended early.");
    expect(closed).toContainEqual(expect.objectContaining({ speaker: "Ann Holloway", mode: "direct", content: "\u201cThe board has still not explained where the money went.\u201d" }));
    const open = attributions("The audit came out on Monday.\n\nAs Ann Holloway wrote after the hearing:\n\n\"The board has still not explained where the money went.\n\n\u201cWe asked twice,\u201d a member said.\"\n\nThe hearing ended early.");
    expect(open).toContainEqual(expect.objectContaining({ speaker: "Ann Holloway", mode: "direct", content: "\"The board has still not explained where the money went." }));
  });
});
