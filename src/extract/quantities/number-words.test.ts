import { describe, expect, it } from "vitest";
import { articleAlone, readNumber, readOrdinal } from "./number-words.js";

// the value of the number that opens the text, and how much of it was read
const read = (text: string) => {
  const r = readNumber(text, 0, text.length);
  return r && { value: r.value, text: text.slice(r.start, r.end) };
};
const value = (text: string) => read(text)?.value;

describe("number words", () => {
  it("reads cardinals with and, hyphens and scales", () => {
    expect(value("one hundred and thirty five")).toBe(135);
    expect(value("two thousand and one")).toBe(2001);
    expect(value("fifty - two")).toBe(52);
    expect(value("twenty-one trillion and three hundred")).toBe(21e12 + 300);
    expect(value("two hundred and two thousand")).toBe(202000);
    expect(value("ninety-five hundred")).toBe(9500);
    expect(value("three lakh crore")).toBe(3e12);
    expect(value("a thousand")).toBe(1000);
  });

  it("mixes digits and words", () => {
    expect(value("3 hundred and 21")).toBe(321);
    expect(value("4 thousand 3 hundred and 21")).toBe(4321);
    expect(value("6 crore and two hundred")).toBe(60000200);
  });

  it("gives back an 'and' that begins a second number", () => {
    expect(read("one hundred and two hundred")).toEqual({ value: 100, text: "one hundred" });
    expect(read("3 hundred and 2.12 hundred")).toEqual({ value: 300, text: "3 hundred" });
    expect(read("4000 3 hundred")).toEqual({ value: 4000, text: "4000" });
    expect(read("three-nought-four")).toEqual({ value: 3, text: "three" });
    expect(read("eleven and twelve")).toEqual({ value: 11, text: "eleven" });
  });

  it("reads fractions, splitting numerator and denominator as English does", () => {
    expect(value("three fifths")).toBeCloseTo(0.6);
    expect(value("a half")).toBe(0.5);
    expect(value("one-eighth")).toBe(0.125);
    expect(value("twenty twenty fifths")).toBeCloseTo(20 / 25);
    expect(value("one hundred thirty fifths")).toBeCloseTo(100 / 35);
    expect(value("one hundred and thirty fifths")).toBeCloseTo(26);
    expect(value("one hundred thirty two fifths")).toBeCloseTo(26.4);
    expect(value("one one hundred and fifth")).toBeCloseTo(1 / 105);
    expect(value("ninety - five hundred fifths")).toBeCloseTo(1900);
    expect(value("a hundred thousand trillionths")).toBeCloseTo(1e-7, 12);
  });

  it("reads mixed numbers and fractions of scales", () => {
    expect(value("one and a half")).toBe(1.5);
    expect(value("one hundred and three quarters")).toBe(100.75);
    expect(value("twenty and three and three fifths")).toBeCloseTo(23.6);
    expect(value("five and a half million")).toBe(5.5e6);
    expect(value("3 million and a half")).toBe(3.5e6);
    expect(value("one billion and a quarter million")).toBe(1_000_250_000);
    expect(value("half a dozen")).toBe(6);
    expect(value("two thirds of a million")).toBeCloseTo(2e6 / 3);
    expect(value("three hundred and two dozens")).toBe(324);
  });

  it("reads decimals in words, signs and digit forms", () => {
    expect(value("two hundred point zero three")).toBeCloseTo(200.03);
    expect(value("nine point nought four")).toBeCloseTo(9.04);
    expect(value("minus five point five")).toBe(-5.5);
    expect(value("negative one")).toBe(-1);
    expect(value("-4/5")).toBe(-0.8);
    expect(value("- 1 4/5")).toBeCloseTo(-1.8);
    expect(value("2  1/4")).toBe(2.25);
    expect(value("1e10")).toBe(1e10);
    expect(value("-12e-1")).toBeCloseTo(-1.2);
    expect(value("2.5^-1")).toBeCloseTo(0.4);
    expect(value("6.23x10^-4")).toBeCloseTo(0.000623);
    expect(value("1 234 567")).toBe(1234567);
    expect(value("12,34,567.89")).toBeCloseTo(1234567.89);
    expect(value("5,00")).toBe(5);
    expect(value("⅔")).toBeCloseTo(2 / 3);
  });

  it("reads short scales, but not units or codes", () => {
    expect(value("10k")).toBe(1e4);
    expect(value("10 bln")).toBe(1e10);
    expect(value("2mil")).toBe(2e6);
    expect(value("10M")).toBe(1e7);
    expect(read("1m")).toEqual({ value: 1, text: "1" }); // a metre: the caller sees the glued letter
    expect(read("5G")).toEqual({ value: 5, text: "5" });
    expect(read("4.2 M☉")).toEqual({ value: 4.2, text: "4.2" });
    expect(readNumber("$3m", 1, 3, { money: true })?.value).toBe(3e6);
  });

  it("reads no number where there is none", () => {
    for (const text of ["a", "an", "the", "first", "twenty-first", "a second", "192.168.1.2", "and five", "point five"]) expect(read(text), text).toBeNull();
    // "twenty seconds" is time, "two millionth" a number and an ordinal
    expect(read("twenty seconds")).toEqual({ value: 20, text: "twenty" });
    expect(read("two millionth")).toEqual({ value: 2, text: "two" });
  });

  it("reads ordinals for comparisons", () => {
    expect(readOrdinal("tenth", 0, 5)).toEqual({ end: 5, value: 10 });
    expect(readOrdinal("twenty-fifth", 0, 12)?.value).toBe(25);
    expect(readOrdinal("fifths", 0, 6)).toBeNull();
  });
});

describe("articleAlone", () => {
  // what readNumber makes of an article at the start of the text
  const readsArticle = (text: string) => readNumber(text, 0, text.length) !== null;
  const alone = (text: string) => articleAlone(text, /^an?/i.exec(text)![0].length, text.length);

  it("says an article before a plain word, punctuation or the end is no number", () => {
    for (const t of ["a year ago", "An official said", "a, b", "a - c", "a", "an!", "A report"]) {
      expect(alone(t)).toBe(true);
      expect(readsArticle(t)).toBe(false);
    }
  });

  it("leaves to readNumber an article before a number word, digits or a letter beyond ASCII", () => {
    for (const t of ["a hundred people", "a dozen eggs", "A Million Men", "a-thousand", "a half", "a 5", "a .5", "a ½", "a naïve view", "a éclair"]) expect(alone(t)).toBe(false);
    // (and readNumber does read a number from some of them)
    expect(readsArticle("a hundred people")).toBe(true);
    expect(readsArticle("a dozen eggs")).toBe(true);
  });

  it("stops at the end it is given", () => {
    expect(articleAlone("a hundred", 1, 1)).toBe(true);
    expect(articleAlone("a hundred", 1, 9)).toBe(false);
  });
});
