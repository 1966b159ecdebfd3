// The tagger reads some present-tense verbs as nouns ("Trump trails the governor", "voters, who favor the
// plan"), and then a figure has no verb to govern it. Two readings fix the commonest cases, only for
// words the lexicon allows as verbs: a clause's only verb candidate after its subject, and the word after "who".

import type { Token } from "../../text/tokens.js";
import { allTags, isAdjective, isNoun, tokenLemma } from "../../language/index.js";
import { CLAUSE_BREAK, SAY_VERBS } from "./phrases.js";

// what may follow a verb read as a noun: an object or a figure ("trails Obama's mark", "averages 48 percent")
const OBJECT_TAGS = new Set(["DT", "CD", "NNP", "PRP$", "PRP"]);
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;

/** The tags with those verbs retagged (a new array; "" tags, outside the tagged window, stay). */
export function repairVerbs(tokens: Token[], tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || !/^(?:NNS?|RB|JJ)$/.test(out[i]) || t.text !== t.lower) continue;
    const allowed = allTags(t.lower);
    // "44 percent would back the plan": after a modal, a base verb
    if (/^(?:MD)$/.test(out[i - 1]) && allowed.includes("VB") && !/^(?:VB|MD|RB)/.test(out[i + 1] ?? "")) {
      out[i] = "VB";
      continue;
    }
    const verbTag = allowed.includes("VBZ") && t.lower.endsWith("s") ? "VBZ" : allowed.includes("VBP") ? "VBP" : null;
    if (!verbTag) continue;
    // "voters, who favor Clinton": a subject relative's first word is its verb
    if (tokens[i - 1].lower === "who" && (OBJECT_TAGS.has(out[i + 1]) || out[i + 1] === "IN")) out[i] = verbTag;
    // "Obama averages 48 percent", "each year of schooling yields a rise": a plural noun right after a
    // subject, before an object, in a clause with no verb yet
    else if (out[i] === "NNS" && verbTag === "VBZ" && (out[i - 1] === "NNP" || out[i - 1] === "NN") && (OBJECT_TAGS.has(out[i + 1]) || tokens[i + 1].kind === "number") && subjectOpensClause(tokens, out, i - 1)) out[i] = "VBZ";
  }
  return out;
}

/** Whether the noun phrase ending at k opens its clause: only nouns, modifiers and "of" back to a comma, a
 *  clause break, the sentence start or a verb of saying ("said each year of schooling"). */
function subjectOpensClause(tokens: Token[], tags: string[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    const w = tokens[j].lower, tag = tags[j];
    if (w === "," || CLAUSE_BREAK.has(w)) return true;
    if (isNoun(tag) || isAdjective(tag) || tag === "DT" || tag === "POS" || tag === "PRP$" || w === "of") continue;
    if (FINITE.test(tag)) return SAY_VERBS.has(tokenLemma(tokens[j]));
    return false;
  }
  return true;
}
