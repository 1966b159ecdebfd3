// Every word list the metrics and checks use, in one place: which counted things and events are the same
// metric, which words are no metric at all, units and their conversions, and nationality adjectives.
// Tables looked up with words of the text have no prototype (wordTable), so "constructor" is no entry.

import { wordTable } from "../language/word-table.js";

/** counted things that are one thing (lemma → canonical thing) */
export const THING_SYNONYMS: Record<string, string> = wordTable({
  people: "person", person: "person", citizen: "person", national: "person", resident: "person", individual: "person",
  native: "person", civilian: "person", inhabitant: "person",
  fighter: "fighter", militant: "fighter", insurgent: "fighter", combatant: "fighter", jihadist: "fighter",
  attack: "attack", plot: "attack",
});

/** counted things that say the event themselves: "deaths" are people who died */
export const THING_EVENTS: Record<string, { thing: string; event: string }> = wordTable({
  death: { thing: "person", event: "die" }, fatality: { thing: "person", event: "die" }, dead: { thing: "person", event: "die" },
  "death toll": { thing: "person", event: "die" }, toll: { thing: "person", event: "die" },
  injury: { thing: "person", event: "injure" }, injured: { thing: "person", event: "injure" }, wounded: { thing: "person", event: "injure" },
  "foreign fighter": { thing: "person", event: "in" },
});

/** words by which a figure with no place of its own is the world's, not its document's place's */
export const WORLDWIDE_WORDS = /\b(?:worldwide|globally|world-wide|around the (?:world|globe)|across the (?:world|globe)|in the world|the world over)\b/i;

/** phrases that also say where: "foreign fighters" are citizens fighting abroad */
export const ABROAD_PHRASES = ["foreign fighter"];

/** events that are one event (verb lemma or adjective → canonical event) */
export const EVENT_SYNONYMS: Record<string, string> = wordTable({
  kill: "die", die: "die", dead: "die", death: "die",
  injure: "injure", wound: "injure", hurt: "injure", injured: "injure", wounded: "injure",
  detain: "detain", arrest: "detain",
  thwart: "thwart", foil: "thwart", prevent: "thwart",
  // being, fighting or having gone somewhere: a count of people present in a place, however they got there
  // saying is no event: "officials said 12" says nothing of what happened to the twelve
  say: "", report: "", tell: "", claim: "", state: "", announce: "", add: "",
  be: "in", remain: "in", stay: "in", fight: "in", go: "in", travel: "in", present: "in",
});

/** words that count time, not a metric ("three years", "24 hours"): never a metric */
export const NOT_METRICS = new Set(["year", "month", "week", "day", "hour", "minute", "second", "time", "decade", "century", "light year", "age", "percent", "per cent",
  // units and scales: "18 kilometres", "Category 3" say how much or how strong, not of what
  "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "inch", "mph", "mg", "kg", "gram", "degree", "point", "magnitude", "category", "level"]);

/** event nouns: "the attack killed twelve" counts people, not attacks */
export const EVENT_NOUNS = new Set(["attack", "bombing", "bomb", "blast", "explosion", "earthquake", "quake", "tremor", "storm", "crash", "fire", "shooting", "collision", "flood", "hurricane", "typhoon", "cyclone", "landslide", "disaster"]);

/** verbs by which an event noun counts people ("the blast killed 12", "left five dead") */
export const HARM_VERBS = new Set(["kill", "injure", "wound", "hurt", "leave", "claim"]);

/** what follows a bare figure and says what it counts: "39 are confirmed dead", "190 were killed" */
export const AFTER_FIGURE = /^\s*(?:people\s+|persons\s+)?(?:(?:were|are|was|is|have been|had been|has been)\s+)?(?:(?:confirmed|reported|now|believed|feared)\s+)?(?:[a-z]+ly\s+)?(dead|killed|died|injured|wounded|hurt)\b/i;
/** a verb after a bare figure that says what befell it ("33 were reported hospitalised"): then a toll named
 * before it ("in addition to the deaths, 33 …") is not what it counts */
export const OTHER_AFTER = /^\s*(?:people\s+|persons\s+)?(?:were|are|was|is|have been|had been|has been)\s+(?:(?:confirmed|reported|now|believed|feared|said)\s+(?:to\s+(?:be|have been)\s+)?)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b/i;
/** what precedes a bare figure within its clause and says what it counts: "death tolls … exceeded 100" */
export const BEFORE_FIGURE = /\b(death tolls?|deaths|dead|killed)\b[^.;]{0,80}$/i;

/** a toll named before an event noun's figure in its clause: "the death toll from the blast rose to 11" */
export const TOLL_BEFORE = /\b((?:death|injury)\s+tolls?)\b[^.;]{0,80}\b(?:to|at|of|reached|hit|exceeded|passed)\s*$/i;

/** measure units: src/language/units.ts */
export { UNITS } from "../language/units.js";

/** words that mark an evidence status of no evidence */
export const NO_EVIDENCE_STATUSES = new Set(["none-given", "declined"]);

/** words in a claim's sentence that make a lower later figure a correction */
export const REVISION_WORDS = /\b(revis\w*|correct\w*|lowered|downgrad\w*|adjusted)\b/i;

/** counted words that are not the head of what is counted ("Tajik citizens who joined …": stop at "who") */
export const WHAT_STOPS = new Set(["who", "that", "which", "in", "on", "at", "from", "to", "of", "for", "with", "by", "during", "since", "over", "abroad", "and"]);

/** words that make a figure a running total that moved ("the death toll rose to 17"): a series, not a conflict */
export const RUNNING_TOTAL_WORDS = /\b(ros[e]|risen|increas\w*|climb\w*|extended|updated|now stands|jump\w*|grew|grown|reach\w*)\b/i;

/** events that are a state, not an incident: "in" is being, staying or fighting somewhere (EVENT_SYNONYMS), so
 * its figures are one stock read over time however far apart they stand */
export const STOCK_EVENTS = new Set(["in"]);

/** words that make a figure a forecast, a wish or a supposition ("predicts 319 to 219", "should be set at 13",
 * "would cost $2 billion"): no fact that another figure can contradict */
export const NOT_ASSERTED_WORDS = /\b(?:predict\w*|forecast\w*|projected|projections?|should|would|could|might)\b/i;

/** words that make a figure how things stand at the time of writing ("is currently on the ballot in 14 states",
 * "so far"): a stock read on one day, not a total over its period, so a part of the period may hold more */
export const STANDING_WORDS = /\b(?:currently|so far|to date|as of|at present|now)\b/i;

/** words that make a figure a total counted from an earlier start ("3,728 cases since the outbreak began", "a total
 * of 5,667 during the outbreak"): its period says when it was read, not what it counts, so it is no part of a
 * longer period's figure and no whole of a shorter one's */
export const CUMULATIVE_WORDS = /\b(?:since|a total of|in total|cumulative(?:ly)?|all told|overall)\b/i;

/** verbs whose subject receives the counted thing ("the party received 5,617 votes"): whose figure it is */
export const RECEIVE_VERBS = new Set(["receive", "win", "get", "earn", "gain", "garner", "secure", "collect", "obtain", "poll", "raise", "award"]);

/** words right before a figure that make it a label, not a count: "Category 3", "level 4", "Flight 17" ("last
 * week 12 died" counts: no time words here) */
export const LABEL_WORDS = /\b(?:category|level|grade|class|phase|stage|type|tier|number|no\.|article|section|chapter|page|room|flight|route|highway|platform|gate|terminal|seat|episode|ward|zone)\s*#?\s*$/i;

/** a rate or its denominator counts nothing itself: "18 deaths per 100,000 people" */
export const RATE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}per\s+(?:\d|one\b|a\s+(?:hundred|thousand|million)\b)/iu;
export const RATE_BEFORE = /\bper\s*$/i;

/** what makes a figure a part of a whole said beside it: "six of them", "six of the 39", "including six" */
export const PART_AFTER = /^\s*(?:[\p{L}-]+\s+)?of\s+(?:them|those|whom|which|these|us|the\s+(?:\d|dead|killed|injured|wounded|victims|casualties|deaths|fatalities|people|total)\b)/iu;
export const PART_BEFORE = /\b(?:including|among them|among whom|among those|of whom|of which|of these|of them)\s*$/i;
/** "six deaths were of children", "six of them were women": the group a part is (a lemma), read after it */
export const PART_GROUP = /^[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?([\p{Ll}-]+)/u;
/** groups of people a part may be: "were children" says who, "were killed" does not */
export const PERSON_GROUPS = new Set(["child", "woman", "man", "minor", "foreigner", "tourist", "student", "soldier", "officer", "civilian", "worker", "teenager",
  "girl", "boy", "baby", "infant", "pupil", "passenger", "firefighter", "policeman", "migrant", "refugee", "journalist", "doctor", "nurse", "elderly", "adult", "member"]);

/** things that are always somebody's ("the estimated cost", "the budget"): a figure of one compares only with
 * figures of the same holder, so with no holder named it is of no metric (holder.ts) */
export const OWNED_THINGS = new Set(["cost", "price", "budget", "value", "worth", "valuation", "length", "height", "width", "depth", "capacity",
  "salary", "revenue", "profit", "debt", "fee"]);

/** places counted as where something holds ("on the ballot in 18 states", "sold in 30 countries"): whose they are
 * is the holder the sentence names before them */
export const COUNTED_PLACES = new Set(["state", "country", "nation", "city", "town", "province", "county", "district", "region", "territory", "jurisdiction", "market"]);
