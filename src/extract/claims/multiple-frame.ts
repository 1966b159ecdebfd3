// What a multiple or a half counts, where the noun is not written after the figure as after a count: "twice as
// much support" (past "as much"), "up to twice their capacity" (past an owner), "halving its staff" (the object
// of the factor's verb), "cut the loss by half", "cut rates in half" (the object of the verb the half qualifies).

import type { Token } from "../../text/tokens.js";
import { allTags, isAdjective, isNoun, isVerb, tokenLemma } from "../../language/index.js";
import { PERIOD_NOUNS } from "../../language/calendar.js";
import { nounPhraseAfter, TIME_ADJECTIVES, type Tense } from "./phrases.js";
import { subjectBefore } from "./clause.js";
import { factorVerb } from "../quantities/multiples.js";

export interface MultipleFrame {
  np: [number, number];
  verb: { lemma: string; tense: Tense } | null;
}

const MULTIPLE_WORDS = /^(?:twice|thrice|half)$/;
// the words that open a noun phrase with its owner or pointer: "their capacity", "that loss", "the rate"
const OPENERS = /^(?:DT|PRP\$)$/;

/** The frame of a multiple or a half at tokens qFrom..qTo, or null. */
export function multipleFrame(tokens: Token[], tags: string[], qFrom: number, qTo: number): MultipleFrame | null {
  const w = tokens[qTo]?.lower ?? "";
  // (the quantity's last word, a factor's verb, "halving": one word, so the stems' test is the whole word's)
  if (factorVerb(w) !== null) {
    // "halving its staff", "tripled its output" (not "has doubled in a decade": no object)
    const verb = { lemma: tokenLemma(tokens[qTo]), tense: null };
    const np = ownedPhrase(tokens, tags, qTo + 1);
    if (np) return { np, verb };
    // "Rents doubled last year", "the number of cases more than doubled": the subject right before it
    const subject = subjectBefore(tokens, tags, qFrom);
    return subject ? { np: subject, verb } : null;
  }
  if (!MULTIPLE_WORDS.test(w)) return null;
  // "cut the loss by half", "cutting interest rates in half"
  if (w === "half" && /^(?:by|in)$/.test(tokens[qFrom - 1]?.lower ?? "") && qTo === qFrom) return halvedObject(tokens, tags, qFrom - 1);
  // "twice as much support", "twice as many seats"
  if (tokens[qTo + 1]?.lower === "as" && /^(?:much|many)$/.test(tokens[qTo + 2]?.lower ?? "") && isNoun(tags[qTo + 3] ?? "") && tokens[qTo + 3].kind === "word") {
    const np = nounPhraseAfter(tokens, tags, qTo + 3);
    return np ? { np, verb: null } : null;
  }
  // "twice their capacity", "half that amount" ("half the money" is read as a count's noun already)
  if (w !== "half" && OPENERS.test(tags[qTo + 1] ?? "")) {
    const np = ownedPhrase(tokens, tags, qTo + 1);
    return np ? { np, verb: null } : null;
  }
  return null;
}

/** the noun phrase after a determiner or an owner at k ("its staff", "their capacity"), or null (not a time:
 *  "doubled this year") */
function ownedPhrase(tokens: Token[], tags: string[], k: number): [number, number] | null {
  if (!OPENERS.test(tags[k] ?? "") || tokens[k + 1]?.kind !== "word" || TIME_ADJECTIVES.has(tokens[k].lower)) return null;
  const np = nounPhraseAfter(tokens, tags, k + 1);
  return np && isNoun(tags[np[1]]) && !(PERIOD_NOUNS as readonly string[]).includes(tokens[np[1]].lower.replace(/s$/, "")) ? np : null;
}

/** "cut the loss by half": the noun phrase between a verb and the preposition at p, and that verb */
function halvedObject(tokens: Token[], tags: string[], p: number): MultipleFrame | null {
  let s = p - 1;
  if (s < 0 || !isNoun(tags[s]) || tokens[s].kind !== "word") return null;
  // (not past a verb after a modal the tagger read as a noun: "would cut fees in half")
  // (nor past a gerund: "cutting fees in half")
  const afterModal = (k: number) => (/^(?:MD|TO)$/.test(tags[k - 1] ?? "") && allTags(tokens[k].lower).some((t) => t.startsWith("VB"))) || (/ing$/.test(tokens[k].lower) && allTags(tokens[k].lower).includes("VBG"));
  while (s > 0 && p - s < 6 && tokens[s - 1].kind === "word" && (isNoun(tags[s - 1]) || isAdjective(tags[s - 1])) && !afterModal(s - 1)) s--;
  // "cut interest rates in half": a noun the tagger read as a verb, right after the verb
  if (s > 1 && isVerb(tags[s - 1]) && isVerb(tags[s - 2]) && !afterModal(s - 1) && tokens[s - 2].kind === "word" && allTags(tokens[s - 1].lower).includes("NN")) s--;
  const v = OPENERS.test(tags[s - 1] ?? "") ? s - 2 : s - 1;
  if (v < 0 || !(isVerb(tags[v]) || afterModal(v)) || tokens[v].kind !== "word") return null;
  return { np: [s, p - 1], verb: { lemma: tokenLemma(tokens[v]), tense: null } };
}
