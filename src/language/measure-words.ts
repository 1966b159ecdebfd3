// Words around a figure that say what it measures, lower case.

// the base a share is taken of when the share measures something else: "the deficit reached 3.2 percent of
// GDP" measures the deficit (unlike "60 percent of voters", a population); "domestic product", "national income"
// are read with the word before them
export const RATIO_BASES = new Set(["gdp", "gnp", "gni", "output"]);
export const RATIO_BASE_PAIRS = new Set(["domestic product", "national product", "national income", "economic output"]);

// verbs that set a figure on their object with "at": "estimate losses at $3 billion", "put the cost at 40 million"
// (the tagger reads "estimate" after a plural noun as a noun, so the forms are listed)
export const VALUING_VERB_FORMS = new Set([
  "estimate", "estimates", "estimated", "put", "puts", "value", "values", "valued", "peg", "pegs", "pegged",
  "place", "places", "placed", "assess", "assesses", "assessed",
]);
