// A verb's past participle and a noun's plural, for labels written from lemmas ("people killed", "languages
// spoken", "children"), from en-inflectors (the inflection tables en-pos already uses) rather than suffix rules
// of our own, which wrote "speaked" and "doed" in metric labels.
import { Inflectors } from "en-inflectors";
import { keptPerWord } from "./kept-per-word.js";

// a participle that does not read as a reduced relative clause in a label ("migrants came", not "migrants come")
const LABEL_PAST: Record<string, string> = { come: "came" };

/** "speak" → "spoken", "roll over" → "rolled over" (the particle kept) */
export const pastParticiple = keptPerWord((verb: string): string => {
  const [v, ...rest] = verb.split(" ");
  if (!v) return verb;
  return [LABEL_PAST[v] ?? new Inflectors(v).toPastParticiple(), ...rest].join(" ");
});

/** "child" → "children", "crisis" → "crises", "case" → "cases" */
export const plural = keptPerWord((noun: string): string => (noun ? new Inflectors(noun).toPlural() : noun));
