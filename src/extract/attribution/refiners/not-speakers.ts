// Not speakers: a subject the rules took for a speaker that cannot be one: a month or a day ("in April
// charged"), an article or a determiner alone ("a"), a pronoun no name was found for ("We've", "it"),
// "There", a number ("5 percent said" in a list of shares), a place standing alone ("Japan") that no
// organisation of the article is named after. The reading stays; its speaker is left open (null) rather
// than a wrong name. So is what "according to" or an opening "In …," names when it is no source ("In other
// words", "according to their choice").

import type { Speaker } from "../../../types.js";
import { MONTHS, WEEKDAYS } from "../../../language/calendar.js";
import { placeName } from "../../entities/places.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";
import { SPEECH_CUES } from "../../cues.js";
import { SOURCE_NOUNS } from "../readers/poll-source.js";
import { SOURCE_WORDS } from "./carried-sources.js";

/** days and months: a time, never a speaker, even at the head of a phrase ("last Tuesday") */
const DAYS_AND_MONTHS = new Set<string>([...MONTHS, ...WEEKDAYS, "today", "yesterday", "tonight", "tomorrow"]);
/** words none of which makes a speaker: articles, determiners, pronouns and their contractions (and the days and months) */
const NOT_SPEAKER_WORDS = new Set([...DAYS_AND_MONTHS,
  "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "there", "here", "it", "its", "he", "she", "him", "her", "his", "they",
  "them", "their", "we", "us", "our", "i", "me", "my", "you", "your", "one", "it’s", "it's", "there’s", "there's", "we’ve", "we've", "we’re", "we're",
  "i’m", "i'm", "i’ve", "i've", "they’ve", "they've", "they’re", "they're", "you’re", "you're", "he’s", "he's", "she’s", "she's",
  // words that open a spoken sentence before its subject, and negated auxiliaries: "So I", "Also I", "I don't"
  "so", "also", "and", "but", "or", "just", "then", "now", "well", "oh", "yes", "of", "course", "actually", "really", "still",
  "do", "does", "did", "not", "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t",
  // an imperative that opens a supposition: "Let's say the plan costs 40 million"
  "let", "let's", "let’s",
]);
/** possessive determiners: "according to their choice" names no source, "in his memo" does (its head is one) */
const POSSESSIVE = new Set(["my", "our", "your", "his", "her", "its", "their"]);
/** what may stand before a day or a month in a time taken for a subject ("last Tuesday", "early March") */
const TIME_MODIFIERS = new Set(["last", "next", "this", "early", "late", "mid", "in", "on", "since", "by"]);
/** a head that makes the phrase a quantity, not a speaker ("5 percent", "two-thirds", "$3 million") */
const QUANTITY_HEAD = /(?:^|\s)(?:[$€£]?\d[\d.,]*%?|percent|per cent|points?|percentage points|thousands?|millions?|billions?|trillions?)$/i;

/** Whether the speaker read is no speaker at all (asked of the name it resolved to: "she" may be "Theresa May"). */
export function notASpeaker(sp: Speaker): boolean {
  const name = sp.name.trim(), words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length || words.every((w) => NOT_SPEAKER_WORDS.has(w))) return true;
  // (a quantity or a time at the head: "5 percent", "last Tuesday"; a name ending in a month's word has more words: "Theresa May")
  if (QUANTITY_HEAD.test(name) || DAYS_AND_MONTHS.has(words[words.length - 1]) && (words.length === 1 || words.length === 2 && TIME_MODIFIERS.has(words[0]))) return true;
  const bare = name.replace(/^the\s+/i, "").replace(/[’']s$/, "");
  return !sp.resolved && placeName(bare) !== null;
}

/**
 * What "according to" or an opening "In …," names that is no source: "In other words, …", "each according
 * to their choice" (a possessive before a head that is no document, statement or data).
 */
export function noSource(sp: Speaker): boolean {
  const mention = sp.mention.trim();
  if (/\p{Lu}/u.test(mention)) return false;
  const words = mention.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (words[0] === "other" && head === "words") return true;
  return POSSESSIVE.has(words[0]) && !SOURCE_NOUNS.has(head) && !SOURCE_WORDS.test(head);
}

/**
 * A country named right before a verb of saying is its government speaking ("Vestria claimed, as of Friday,
 * …", "North Korea said …"): the subject itself, not a place in a phrase the rules ran past ("in Ohio").
 */
function governmentSpeaks(ctx: AttributionContext, a: Attribution): boolean {
  const sp = a.speaker!;
  if (!a.cue || a.mode === "according-to" || !SPEECH_CUES.has(a.cue.lemma)) return false;
  if (placeName(sp.name.trim().replace(/^the\s+/i, "")) === null) return false;
  const between = ctx.text.slice(sp.end, a.cue.start);
  const opening = ctx.text.slice(Math.max(0, sp.start - 4), sp.start);
  return /^\s*$/.test(between) && !/\b(?:in|at|of|for|from|to|on)\s+$/i.test(opening);
}

export const notSpeakers: Refiner = {
  name: "not speakers",
  refine(ctx, found) {
    for (const a of found) if (a.speaker && (notASpeaker(a.speaker) && !governmentSpeaks(ctx, a) || (a.mode === "according-to" && noSource(a.speaker)))) a.speaker = null;
    return found;
  },
};
