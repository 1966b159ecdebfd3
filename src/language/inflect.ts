// A verb's past participle and a noun's plural, for labels written from lemmas ("people killed", "languages
// spoken", "children"), from libraries rather than suffix rules of our own (which labelled metrics "languages
// speaked" and "candidates doed"): participles from en-inflectors (the tables en-pos already uses), plurals
// from pluralize, since en-inflectors makes "ratioes", "scenarioes", "stafves" and "personnels" where
// pluralize gives "ratios", "scenarios", "staff" and "personnel" (52 count nouns tried, 2 wrong against 12).
import { Inflectors } from "en-inflectors";
import pluralize from "pluralize";
import { keptPerWord } from "./kept-per-word.js";

// a participle that does not read right in a label: "migrants came" (not "come")
const LABEL_PAST: Record<string, string> = { come: "came" };

/** "speak" → "spoken", "roll over" → "rolled over" (the particle kept) */
export const pastParticiple = keptPerWord((verb: string): string => {
  const [v, ...rest] = verb.split(" ");
  if (!v) return verb;
  return [Object.hasOwn(LABEL_PAST, v) ? LABEL_PAST[v] : new Inflectors(v).toPastParticiple(), ...rest].join(" ");
});

/** "child" → "children", "crisis" → "crises", "ratio" → "ratios", "staff" → "staff" */
export const plural = keptPerWord((noun: string): string => (noun ? pluralize.plural(noun) : noun));
