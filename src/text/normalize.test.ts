import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.js";

describe("normalizeText", () => {
  const text = "A Title Line\n\nBody sentence one. Body 2 / 3 of it.\n\nA Title Line\n\n1 / 1\n> <\n";
  const n = normalizeText(text);
  it("keeps the length so offsets stay valid", () => {
    expect(n.masked.length).toBe(text.length);
  });
  it("finds the title", () => {
    expect(n.title && text.slice(n.title.start, n.title.end)).toBe("A Title Line");
  });
  it("blanks trailing page counters, arrows and the repeated title, not the body", () => {
    expect(n.masked).toContain("Body sentence one. Body 2 / 3 of it.");
    expect(n.masked.slice(n.masked.indexOf("it.") + 3)).toMatch(/^\s*$/);
  });
  it("does not take a sentence for a title", () => {
    expect(normalizeText("This is a sentence.\n\nMore.").title).toBeNull();
  });
});
