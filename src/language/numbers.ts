// English number words and number notation: cardinals, ordinals, scales, dozens, vulgar fractions and the
// short scales written after digits ("10k", "2bn"). The grammar that reads them is extract/quantities/.

import { wordTable } from "./word-table.js";

export const UNIT_WORDS: Record<string, number> = wordTable({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
export const TEEN_WORDS: Record<string, number> = wordTable({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS_WORDS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
export const SCALE_WORDS: Record<string, number> = wordTable({ thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12 });
export const DOZEN_WORDS = new Set(["dozen", "dozens", "dz", "dzs", "doz", "dozs"]);
export const ORD_UNITS: Record<string, number> = wordTable({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 });
export const ORD_TEENS: Record<string, number> = wordTable({
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
export const ORD_TENS: Record<string, number> = wordTable({ twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 });
export const ORD_SCALES: Record<string, number> = wordTable({ thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 });

/** the cardinal words from one up to `max` (at most twelve here), in order: "one", "two", … */
export function countingWords(max: number): string[] {
  return Object.entries({ ...UNIT_WORDS, ...TEEN_WORDS }).filter(([, v]) => v >= 1 && v <= max).map(([w]) => w);
}

export const VULGAR_FRACTIONS: Record<string, number> = wordTable({
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
  "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
});

/** letters after digits that scale them ("10k", "2.5bn", "$3m") */
export const SHORT_SCALES: Record<string, number> = wordTable({ k: 1e3, K: 1e3, G: 1e9, M: 1e6, MM: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12 });

/** emergency telephone numbers, which name a service ("911 calls", "a 999 operator"), not an amount */
export const EMERGENCY_NUMBERS = new Set(["911", "999", "112"]);

/** words after which digits name a thing rather than count one ("case number 55231", "No. 12", "badge 3391") */
export const IDENTIFIER_WORDS = ["number", "no.", "nos.", "#", "id", "code", "serial", "badge", "docket", "ticket", "account", "flight", "route", "bus", "room", "unit", "apartment", "suite", "bill", "resolution", "article", "chapter", "page", "section", "paragraph", "item", "line"];

/**
 * nouns that name a thing by number too, but may stand before a count ("in one case 3 children died",
 * "to file 30 suits"): digits after them are an identifier unless a plural noun follows ("case 44219
 * involved", "file 8812 was lost", "patient 31 died")
 */
export const IDENTIFIER_NOUNS = ["case", "file", "exhibit", "gate", "platform", "terminal", "pier", "ward", "cell", "block", "lot", "batch", "model", "version", "form", "reference", "ref.", "patient", "prisoner", "inmate", "shelter", "camp", "district", "precinct", "zone", "sector", "lane", "track", "highway", "interstate", "channel", "squad", "division", "regiment", "battalion", "brigade", "corps"];

/** the last word of a street address ("221 Baker Street", "10 Downing St.") */
export const STREET_WORDS = ["street", "st.", "road", "rd.", "avenue", "ave.", "boulevard", "blvd.", "lane", "drive", "way", "place", "court", "square", "highway", "parkway", "terrace"];

/** nouns for people that a bare number after "under", "over" or "between" bounds by age ("those under 19", "women between 20 and 35") */
export const AGE_BOUNDED_NOUNS = new Set([
  "those", "people", "persons", "anyone", "children", "kids", "youths", "teens", "teenagers", "adults", "women", "men",
  "girls", "boys", "voters", "patients", "students", "residents", "everyone", "individuals",
]);

/** nouns a length of time before them names a kind of ("10-year bonds", "a 30-year mortgage", "four-year colleges"): the term of
 * a loan or a course, not a span anyone claims */
export const TERM_KIND_NOUNS = [
  "bond", "bonds", "note", "notes", "bill", "bills", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds", "yield", "yields",
  "mortgage", "mortgages", "loan", "loans", "paper", "debt", "maturity", "maturities", "swap", "swaps",
  "college", "colleges", "university", "universities", "degree", "degrees", "tuition", "institution", "institutions", "school", "schools",
];
