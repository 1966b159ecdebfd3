// Unclaimed figures: a reading the model kept may frame its content under a cue that does not claim the
// figures in it. Its subject is no source of those figures when
// - the cue is a stance or an act, not saying, believing or finding ("she needed loans for her four
//   years", "voters who back her by 9 points", "the program allows investors …": FIGURE_CUES), or a verb
//   of saying used for an act ("the epidemic claimed 4,300 lives");
// - the cue is a verb of saying that is also an act, and the figure is its object or in the act it orders
//   ("admitted 28 counts of fraud", "charged two bankers", "added 900 beds", "ordered him to repay 2 million
//   pounds", "agreed to a total of 10 debates"): nothing is said, something is done;
// - the cue is in the passive with its subject before it ("the name was announced several times",
//   "when third-party candidates are mentioned", "the forum, viewed by 14.7 million people"): the subject
//   is what was said or done, not who said it;
// - the "cue" is the head noun of a compound whose modifier was taken for its subject ("the 10-year
//   Treasury note fell", "mailers and phone calls"), as the tagger reads it in context.
// The reading stays (a statement of its own, for what it attributes); it is marked, and its figures are
// left to the reporter or to the source a passage carries (carried-sources.ts). A noun taken for a cue
// is marked in a reading without figures too ("The abuse of power charge stemmed from …"): it is no
// source of a passage. Run after the model.

import { allTags } from "../../../language/lexicon.js";
import { recogniseQuantities } from "../../quantities/quantities.js";
import { BE_FORMS, HAVE_FORMS } from "../../../language/function-words.js";
import { tagAt } from "../../../syntax/index.js";
import { FIGURE_CUES, OBJECT_ACTS } from "../../cues.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";
import { hasFigure } from "./model-score.js";

const BE = new Set<string>(BE_FORMS);
const HAVE = new Set<string>(HAVE_FORMS);
/** a participle's ending, for words the lexicon does not list ("-ed", "-en", "-wn") */
const PARTICIPLE = /(?:ed|en|wn)$/;

/** what "claimed" takes as a toll, right after it: "the lives", "4,300 lives", "more than 200 lives" */
const LIVES_TAKEN = /^\s+(?:the\s+lives\b|(?:(?:more than|at least|nearly|almost|about|over|some|an estimated)\s+)?[\w,.]+(?:\s+(?:hundred|thousand|million))?\s+(?:more\s+)?lives\b)/i;

/** what may stand between an act's verb and its figure: a total ("a total of", "another"), or the one ordered and the infinitive of the act ("Harker to repay", "to take part in") */
const BEFORE_OBJECT = /^(?:(?:\p{Lu}[\p{L}'’-]*|him|her|them|it)\s+)?(?:to\s+[a-z]+(?:\s+[a-z]+){0,3}\s+)?(?:(?:a total of|another|an additional|a further)\s+)?$/u;
/** what one is charged with is a claim: "charged two men with defrauding investors from 74 countries" */
const CHARGE = /\bwith\b/i;
const RELATIVE = /^(?:that|which|who|whom|whose)$/;
/** tags of a finite verb, in context */
const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);

/**
 * Whether the first figure of the reading's content is the object of its cue, an act ("admitted 28 counts"),
 * or in what it orders or agrees to: right after the cue, or after an infinitive, with no clause of its own
 * after it ("added 40 people were hurt" says something) and no charge ("with fraud …") holding a figure.
 */
function figureIsObject(ctx: AttributionContext, a: Attribution): boolean {
  const cue = a.cue!;
  if (!OBJECT_ACTS.has(cue.lemma) || !/^\s*$/.test(ctx.text.slice(cue.end, a.content.start))) return false;
  const [q, ...rest] = recogniseQuantities(ctx.text, a.content.start, a.content.end);
  if (!q || !BEFORE_OBJECT.test(ctx.text.slice(a.content.start, q.start))) return false;
  if (rest.some((r) => CHARGE.test(ctx.text.slice(q.end, r.start)))) return false;
  const tokens = ctx.doc.tokens[a.first];
  const words = tokens.map((t) => t.text);
  // (the words after the figure up to a comma, a relative pronoun or the end: a finite verb there makes the figure a clause's subject)
  for (let i = tokens.findIndex((t) => t.start >= q.end); i >= 0 && i < tokens.length && tokens[i].kind === "word" && !RELATIVE.test(tokens[i].lower); i++) if (FINITE.has(tagAt(words, i))) return false;
  return true;
}

const isParticiple = (lower: string) => allTags(lower).includes("VBN") || PARTICIPLE.test(lower);
const mayBeNoun = (lower: string) => allTags(lower).some((t) => t === "NN" || t === "NNS");

/**
 * Why the reading's cue claims no figure of its content (see above), or null when it does. `hasFigures`:
 * whether its content has one (without, only a noun taken for a cue is asked: it is no source of the passage
 * after); asked only where it decides, since recognising quantities is not cheap.
 */
export function unclaimedFigures(ctx: AttributionContext, a: Attribution, hasFigures: () => boolean = () => true): Attribution["unclaimed"] | null {
  const { cue, speaker } = a;
  if (!cue || a.first < 0 || a.mode === "according-to" || a.carried) return null;
  // (a lemma of two words, "call for", is judged by its verb)
  if (!FIGURE_CUES.has(cue.lemma.split(" ")[0]) && hasFigures()) return "act";
  // "the epidemic claimed 4,300 lives", "claimed the lives of": a toll taken, no claim made
  if (cue.lemma === "claim" && LIVES_TAKEN.test(ctx.text.slice(cue.end, cue.end + 40)) && hasFigures()) return "act";
  if (figureIsObject(ctx, a) && hasFigures()) return "act";
  // only a subject before its cue can be the patient of a passive or a compound's modifier
  if (!speaker || speaker.end > cue.start) return null;
  const si = ctx.sentenceOf(cue.start);
  const tokens = ctx.doc.tokens[si];
  const c = tokens.findIndex((t) => t.start === cue.start);
  if (c < 0) return null;
  const t = tokens[c];
  const subjectEnd = tokens.findIndex((x) => x.end >= speaker.end);
  if (isParticiple(t.lower) && hasFigures()) {
    // "was announced", "are being mentioned" between the subject and the cue
    for (let j = Math.max(subjectEnd + 1, 0); j < c; j++) if (BE.has(tokens[j].lower)) return "passive";
    // a participle with its agent and no auxiliary of its own: "the forum, viewed by millions"
    if (tokens[c + 1]?.lower === "by" && !HAVE.has(tokens[c - 1]?.lower ?? "") && !BE.has(tokens[c - 1]?.lower ?? "")) return "passive";
  }
  // the subject's last word right before the cue: "Treasury note", "phone calls" (the tagger decides in context;
  // a noun a rule read as one, "Dalton's claim that …", is a cue as a noun: readers/noun-cue.ts)
  if (subjectEnd === c - 1 && mayBeNoun(t.lower) && !a.ruled) {
    const cueTag = tagAt(tokens.map((x) => x.text), c);
    if (cueTag === "NN" || cueTag === "NNS") return "noun";
  }
  return null;
}

export const unclaimed: Refiner = {
  name: "unclaimed figures",
  refine(ctx, found) {
    for (const a of found) {
      if (!a.cue || a.carried) continue;
      const why = unclaimedFigures(ctx, a, () => hasFigure(ctx, a));
      if (why) a.unclaimed = why;
    }
    return found;
  },
};
