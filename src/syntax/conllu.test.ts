import { describe, expect, it } from "vitest";
import { readConllu, isProjective } from "./conllu.js";

const row = (i: string, form: string, xpos: string, head: string, rel: string) =>
  [i, form, form.toLowerCase(), "_", xpos, "_", head, rel, "_", "_"].join("\t");

describe("readConllu", () => {
  it("reads words, Penn tags, heads and relations, skipping comments, ranges and empty nodes", () => {
    const text = [
      "# newdoc id = invented",
      "# sent_id = s1",
      "# text = Ducks don't fly.",
      row("1", "Ducks", "NNS", "4", "nsubj"),
      row("2-3", "don't", "_", "_", "_"),
      row("2", "do", "VBP", "4", "aux"),
      row("3", "n't", "RB", "4", "advmod"),
      row("3.1", "oops", "NN", "_", "_"),
      row("4", "fly", "VB", "0", "root"),
      row("5", ".", ".", "4", "punct"),
      "",
      "",
      row("1", "Hi", "UH", "0", "root"),
    ].join("\r\n");
    const [a, b, ...rest] = readConllu(text, "x.conllu");
    expect(rest).toEqual([]);
    expect(a).toEqual({
      id: "s1", words: ["Ducks", "do", "n't", "fly", "."], tags: ["NNS", "VBP", "RB", "VB", "."],
      heads: [4, 4, 4, 0, 4], deprels: ["nsubj", "aux", "advmod", "root", "punct"],
    });
    expect(b.words).toEqual(["Hi"]);
    expect(b.id).toBe("");
  });

  it("names the file and the line of a malformed row", () => {
    expect(() => readConllu(`${row("1", "a", "DT", "0", "root")}\n1\ttoo\tfew`, "bad.conllu"))
      .toThrow(/^bad\.conllu: line 2: expected 10 tab-separated columns, found 3$/);
    expect(() => readConllu(row("1", "a", "DT", "x", "root"), "bad.conllu")).toThrow(/line 1: bad head "x"/);
    expect(() => readConllu(row("2", "a", "DT", "0", "root"), "bad.conllu")).toThrow(/line 1: word index 2 out of order/);
    expect(() => readConllu(`${row("1", "a", "DT", "3", "det")}\n${row("2", "b", "NN", "0", "root")}\n`, "bad.conllu"))
      .toThrow(/line 2: word 1 has head 3 beyond the sentence's 2 words/);
  });

  it("tells projective trees from trees with crossing arcs", () => {
    expect(isProjective([2, 0, 2])).toBe(true);
    expect(isProjective([3, 4, 0, 3])).toBe(false);
  });
});
