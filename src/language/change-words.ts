// Verbs of change, as written: "rose from 14 to 31" gives a value before and a value after, not a range.
// Lower case.

// Nouns of change written as their verb: "a 51 percent plunge in the shares" (what changed follows "in" or "of").
export const CHANGE_NOUNS = new Set(["increase", "rise", "drop", "decline", "fall", "plunge", "jump", "gain", "cut", "decrease",
  "surge", "slide", "dip", "climb", "hike", "spike", "slump", "tumble"]);

export const CHANGE_VERB_FORMS = new Set([
  "increase", "increases", "increased", "increasing", "rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew",
  "grown", "growing", "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "jumping", "soar", "soared",
  "surge", "surged", "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping", "decline",
  "declines", "declined", "declining", "decrease", "decreases", "decreased", "decreasing", "slip", "slipped", "slide",
  "slid", "plunge", "plunged", "tumble", "tumbled", "raise", "raises", "raised", "raising", "lower", "lowered",
  "lowering", "cut", "cuts", "cutting", "reduce", "reduced", "reducing", "boost", "boosted", "edge", "edged", "shrink",
  "shrank", "shrunk", "swell", "swelled", "swollen", "revise", "revised", "change", "changed", "move", "moved", "went",
]);
