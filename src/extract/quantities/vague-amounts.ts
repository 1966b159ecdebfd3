// Vague amounts: "dozens of", "numerous", "a number of", "most voters", "several years": an amount with no value,
// read where the words are, and only where they count something (a plural noun after, or "of").

import type { Quantity } from "../../types.js";
import { firstTag } from "../../language/lexicon.js";
import { UNIT_WORDS } from "../../language/numbers.js";

// (a vague amount of a time unit takes the unit: "for several years")
const VAGUE_TIME_UNIT = String.raw`(?:\s+(?:years|months|weeks|days|hours|decades|minutes))?`;
// "a majority of", "the vast majority of", "a substantial majority are": the size of a majority
const MAJORITY_SIZE = "(?:vast|large|clear|substantial|slim|narrow|overwhelming|solid|bare|simple|absolute)";
// ("hundreds of thousands" before "hundreds": the first alternative that fits is taken)
const VAGUE = new RegExp(String.raw`\b(?:(?:several|a\s+few)\s+(?:hundred|thousand|million|billion|dozen)|numerous|countless|dozens|scores|(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|hundreds|thousands|millions|billions|(?:several|(?:quite\s+)?a\s+few|few|(?:so\s+)?many)${VAGUE_TIME_UNIT}|a\s+handful|too\s+many|most|multiple|(?:a|the)\s+(?:${MAJORITY_SIZE}\s+)?majority(?=\s+of\b)|(?:a|the)\s+${MAJORITY_SIZE}\s+majority(?=\s+(?:are|were|have|had|say|said|support|back|favou?r|oppose|want|think|believe|agree)\b)|(?:a\s+)?(?:large|small|significant|sizable|substantial|huge|vast|considerable)\s+(?:amounts?|quantity|quantities)(?=\s+of\b)|a\s+(?:host|series|slew|raft)(?=\s+of\b)|plenty(?=\s+of\b)|the\s+bulk(?=\s+of\b)|(?:a|the)\s+(?:large|small|growing|significant|huge|record)\s+number(?=\s+of\b)|a\s+number(?=\s+of\b)|a\s+lot(?=\s+of\b)|lots(?=\s+of\b)|(?:large\s+|growing\s+|record\s+)?numbers(?=\s+of\b)|(?:a\s+)?(?:large|small|significant|sizable|substantial)\s+(?:portion|share|proportion|part)(?=\s+of\b)|a\s+fraction\s+of\s+(?:a|one)\s+(?:percent|percentage\s+point|cent|penny)|(?:(?:low|mid|high|the)\s+)?(?:single|double|triple)[-\s]digits)\b(?:\s+of\b)?`, "giu");
/** a noun of amount that is one only with its "of" ("a number of officials", "lots of shops") */
const AMOUNT_NOUN_OF = /\b(?:number|lot|lots|host|series|slew|raft|plenty|amounts?|quantity|quantities)\s+of$/i;
// words that make an amount only before a plural noun ("most voters", "few ideas", "multiple jobs"), not
// as an adverb or a superlative ("the most diverse", "hurt the most", "a few" is read with "a")
const NEEDS_PLURAL_NOUN = /^(?:most|few|multiple)$/i;

const NUMBER_WORD_BEFORE = new RegExp(`(?:\\d|\\b(?:${Object.keys(UNIT_WORDS).join("|")}|ten|twenty|dozen))\\s+$`, "i");

/** "most voters", "most visa applicants", "most of them", "the few countries": a plural noun within three words, or "of" */
function beforePluralNoun(slice: string, at: number, after: string, word: string): boolean {
  const lead = slice.slice(Math.max(0, at - 8), at);
  // ("the most skilled", "at most", "the five most recent polls", "the top three most important issues": superlatives)
  if (/most/i.test(word) && (/\b(?:the|at)\s+$/i.test(lead) || NUMBER_WORD_BEFORE.test(slice.slice(Math.max(0, at - 12), at)))) return false;
  if (/^few$/i.test(word) && /\b(?:a|very\s+a)\s+$/i.test(lead) && !/^\s+\p{L}/u.test(after)) return false;
  if (/^\s+of\b/i.test(after)) return /most/i.test(word);
  const words = /^\s+([\p{L}'-]+)(?:\s+([\p{L}'-]+))?(?:\s+([\p{L}'-]+))?/u.exec(after);
  if (!words) return false;
  for (const w of words.slice(1)) {
    if (!w) return false;
    const tag = firstTag(w.toLowerCase()) ?? (/^\p{Lu}/u.test(w) ? "NNP" : "NN");
    if (tag === "NNS" || tag === "NNPS" || (/^\p{Lu}/u.test(w) && /s$/.test(w))) return true;
    if (!/^(?:JJ|NN|VBN|VBG)/.test(tag) && !w.includes("-")) return false;
  }
  return false;
}

/** Vague amounts in `slice` (text[from, …)): "numerous", "dozens of", "hundreds of"; the first `limit`. */
export function vagueAmounts(slice: string, from: number, limit = Infinity): Quantity[] {
  const out: Quantity[] = [];
  VAGUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = VAGUE.exec(slice))) {
    const start = from + m.index;
    let t = m[0];
    // ("dozens of" is "dozens"; a noun of amount keeps its "of": "a number of", "a lot of", as writers quote it)
    if (/\s+of$/i.test(t) && !AMOUNT_NOUN_OF.test(t)) t = t.replace(/\s+of$/i, "");
    // "several" and "a handful" count only before a noun; plural scale words need "of" or a noun after
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!/^\s+[\p{L}]/u.test(after) && !/of$/i.test(m[0]) && !/\s(?:\p{L}+s|percent|cent|penny|point)$/iu.test(t)) continue; // ("for several years.", "a fraction of a percent.": the amount holds its noun)
    if (/^scores$/i.test(m[0]) && !/^\s+more\b/i.test(after)) continue; // "he scores", "test scores": only "scores of", "scores more" are amounts
    // ("a lot of voters" counts; "a lot of land", "lots of time" measure no count)
    // ("so many voters" too; "I have so many" names nothing counted)
    // (the words after the amount's own text, "of" included, and three whole words: 20 characters cut "officials")
    if ((NEEDS_PLURAL_NOUN.test(t) || /\b(?:lots?|plenty)\s+of$|^so\s+many$/i.test(t)) && !beforePluralNoun(slice, m.index, slice.slice(m.index + t.length, m.index + t.length + 60), t)) continue;
    // "numbers of" is an amount, "the numbers of" a count named ("the numbers of cases rose")
    if (/^numbers$/i.test(t) && /\b(?:the|these|those|their|its|our|his|her)\s+$/i.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "many" is an amount on its own ("many voters", "as many had hoped"), not in "how many" nor "as many as 40"
    // ("as many occupants slept": "as" there means "while"; "as many people as" compares)
    const lead = slice.slice(Math.max(0, m.index - 4), m.index);
    if (/many$/i.test(t) && ((/\b(?:how|so)\s+$/i.test(lead) && !/^\s+(?:had|have|has|were|are|did|do)\b/i.test(after)) ||
      (/\bas\s+$/i.test(lead) && /^(?:\s+[\p{L}'-]+){0,3}\s+as\b/iu.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 40))) ||
      /^\s+(?:more|as|times)\b/i.test(after))) continue;
    out.push({ text: t, start, end: start + t.length, value: null, upper: null, qualifier: "vague", unit: null, kind: "vague" });
  }
  return out;
}
