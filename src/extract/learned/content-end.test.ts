import { describe, expect, it } from "vitest";
import { tokenize } from "../../text/tokens.js";
import { contentEnd } from "./content-end.js";

// the content starts after the cue; the model decides where the speaker's words stop
function content(sentence: string, after: string, lemma = "say"): string {
  const tokens = tokenize(sentence);
  const start = tokens.findIndex((t) => t.start >= sentence.indexOf(after) + after.length);
  const end = contentEnd(tokens, start, lemma);
  return sentence.slice(tokens[start].start, tokens[end].end);
}

describe("content end (trained on PolNeAR)", () => {
  it("runs a plain reported clause to the end of the sentence", () => {
    expect(content("The senator said that the bill would pass the House next week.", "said")).toBe("that the bill would pass the House next week.");
  });

  it("ends the object of a cue of stance at the noun phrase, before the when and where", () => {
    expect(content("Trump criticized Clinton during a rally in Ohio.", "criticized", "criticize")).toBe("Clinton");
  });

  it("stops before a participle that adds the speaker's next point", () => {
    expect(content("She said the numbers were wrong, adding that the ministry had miscounted.", "said")).toBe("the numbers were wrong");
  });
});

describe("content end: where it may not stop", () => {
  it("does not stop inside a quotation that closes later in the sentence", () => {
    expect(content('He called Burma a "good news story in an era when so often we see countries going the other way."', "called", "call"))
      .toBe('Burma a "good news story in an era when so often we see countries going the other way."');
  });

  it("stops before a frame that ends the sentence, which reports another statement", () => {
    expect(content("The attack on a nightclub could have been prevented if the police had listened, he explained.", "attack", "attack"))
      .toBe("on a nightclub could have been prevented if the police had listened");
  });
});
