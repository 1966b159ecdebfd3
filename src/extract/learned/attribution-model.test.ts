import { describe, expect, it } from "vitest";
import { countWords } from "./attribution-model.js";

describe("countWords", () => {
  it("counts the runs of letters and digits a regular expression would match, astral letters and cut pairs included", () => {
    const texts = ["", "a", "it's 1.5 m² — “yes,” he said", "𝐀𝐁 x", "x𝐀-y", "日本語 テキスト", "\ud835 a", "é-é 3,4"];
    for (const t of texts)
      for (let a = 0; a <= t.length; a++)
        for (let b = a; b <= t.length; b++) expect(countWords(t, a, b), JSON.stringify(t.slice(a, b))).toBe((t.slice(a, b).match(/[\p{L}\d]+/gu) ?? []).length);
  });
});
