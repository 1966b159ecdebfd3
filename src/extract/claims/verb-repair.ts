// The tagger reads some present-tense verbs as nouns ("Trump trails the governor", "voters, who favor the
// plan"), and then a figure has no verb to govern it. Two readings fix the commonest cases, only for
// words the lexicon allows as verbs: a clause's only verb candidate after its subject, and the word after "who".

import type { Token } from "../../text/tokens.js";
import { allTags, firstTag, isAdjective, isNoun, tokenLemma, tokenTag } from "../../language/index.js";
import { BE as BE_FORMS, CLAUSE_BREAK, DEICTIC_DAYS, SAY_VERBS } from "./phrases.js";

// what may follow a verb read as a noun: an object or a figure ("trails Obama's mark", "averages 48 percent")
const OBJECT_TAGS = new Set(["DT", "CD", "NNP", "PRP$", "PRP"]);
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;
// what may follow a base verb after "to" but not a noun after "to" ("to finance her", "to fund 300")
const BASE_OBJECT_TAGS = new Set(["PRP$", "PRP", "CD"]);
// prepositions that open a subject's post-modifier ("those without a degree", "voters in the state")
const POST_MODIFIER_PREPS = new Set(["without", "with", "in", "among", "from", "under", "over"]);
// words before a figure in a subject ("about a quarter of students")
const APPROXIMATORS = new Set(["about", "around", "roughly", "nearly", "almost", "some", "only", "just"]);

/** The tags with those verbs retagged (a new array; "" tags, outside the tagged window, stay). */
export function repairVerbs(tokens: Token[], tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // "31 percent of likely caucusgoers supported": an English plural the lexicon does not know, read as an
    // adjective where no noun follows for it to modify (not a foreign word: "900 million złotys")
    // (or a people's name joined by a hyphen: "Cuban-Americans polled")
    if (out[i] === "JJ" && t.kind === "word" && /^(?:[a-z][a-z-]{2,}|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)[a-rt-z]s$/u.test(t.text) && !allTags(t.lower).length && !isNoun(out[i + 1]) && !isAdjective(out[i + 1])) {
      out[i] = t.text === t.lower ? "NNS" : "NNPS";
      continue;
    }
    if (t.kind === "word" && t.text === t.lower) {
      // "Clinton beat the senator", "the firm cut 500 jobs": a present form after a singular noun cannot agree
      // with it as its subject, so a word whose past is written the same is that past
      // (or a base form: no modal or "to" comes between, and the noun opens its clause, so no "made the firm cut")
      if ((out[i] === "VBP" || out[i] === "VB") && /^(?:NN|NNP)$/.test(out[i - 1]) && allTags(t.lower).includes("VBD") && subjectOpensClause(tokens, out, i - 1)) {
        out[i] = "VBD";
        continue;
      }
      // "kept to well below 2 meters": an adverb the tagger read as a verb after "to", before a comparison or a figure
      if (out[i] === "VB" && out[i - 1] === "TO" && firstTag(t.lower) === "RB" && (out[i + 1] === "IN" || tokens[i + 1].kind === "number")) {
        out[i] = "RB";
        continue;
      }
      // "barreled past the mark": a word the lexicon allows as a preposition, read as a participle right after a verb
      if (/^VB[DN]$/.test(out[i]) && /^VB[DNZP]?$/.test(out[i - 1]) && tokens[i - 1].kind === "word" && allTags(t.lower).includes("IN") && firstTag(t.lower) !== out[i] && (/^(?:DT|\$|CD|PRP\$)$/.test(out[i + 1]) || isNoun(out[i + 1]))) {
        out[i] = "IN";
        continue;
      }
      // "…: eliminating fees, cutting rates to 2 percent, requiring …": an item of a list of gerund clauses
      if (out[i] === "JJ" && t.lower.endsWith("ing") && tokens[i - 1].lower === "," && allTags(t.lower).includes("VBG") && gerundList(tokens, out, i)) {
        out[i] = "VBG";
        continue;
      }
    }
    if (t.kind !== "word" || !/^(?:NNS?|RB|JJ)$/.test(out[i]) || t.text !== t.lower) continue;
    const allowed = allTags(t.lower);
    // "is monitoring 265 women": after a form of "be", before its object, a progressive
    if (out[i] === "NN" && t.lower.endsWith("ing") && BE_FORMS.has(tokens[i - 1].lower) && allowed.includes("VBG") && (BASE_OBJECT_TAGS.has(out[i + 1]) || out[i + 1] === "DT" || tokens[i + 1].kind === "number")) {
      out[i] = "VBG";
      continue;
    }
    // "44 percent would back the plan": after a modal, a base verb
    if (/^(?:MD)$/.test(out[i - 1]) && allowed.includes("VB") && !/^(?:VB|MD|RB)/.test(out[i + 1] ?? "")) {
      out[i] = "VB";
      continue;
    }
    // "helped lift the index": after a form of "help", before an object, a bare infinitive
    if (/^VB[DZPG]?$/.test(out[i - 1]) && tokenLemma(tokens[i - 1]) === "help" && allowed.includes("VB") && OBJECT_TAGS.has(out[i + 1])) {
      out[i] = "VB";
      continue;
    }
    // "loans to finance her four years": after "to", before an object that cannot be a noun's, a base verb
    if (out[i - 1] === "TO" && (allowed.includes("VB") || allowed.includes("VBP")) && (BASE_OBJECT_TAGS.has(out[i + 1]) || tokens[i + 1].kind === "number")) {
      out[i] = "VB";
      continue;
    }
    const verbTag = allowed.includes("VBZ") && t.lower.endsWith("s") ? "VBZ" : allowed.includes("VBP") ? "VBP" : null;
    // "and 42 percent support Jones": a share that opens its clause, then a present verb before its object
    if (verbTag === "VBP" && shareOpensClause(tokens, out, i - 1) && (OBJECT_TAGS.has(out[i + 1]) || out[i + 1] === "JJ") && tokens[i + 1].kind === "word") {
      out[i] = verbTag;
      continue;
    }
    if (!verbTag) continue;
    // "voters, who favor Clinton": a subject relative's first word is its verb
    if (tokens[i - 1].lower === "who" && (OBJECT_TAGS.has(out[i + 1]) || out[i + 1] === "IN")) out[i] = verbTag;
    // "Obama averages 48 percent", "each year of schooling yields a rise": a plural noun right after a
    // subject, before an object, in a clause with no verb yet
    else if (out[i] === "NNS" && verbTag === "VBZ" && (out[i - 1] === "NNP" || out[i - 1] === "NN") && (OBJECT_TAGS.has(out[i + 1]) || tokens[i + 1].kind === "number") && subjectOpensClause(tokens, out, i - 1)) out[i] = "VBZ";
    // "graduates back the plan", "those without a degree support Smith", "a third of students graduate with
    // debt": a plural subject's present verb (or a singular noun's, before a name), in a clause with no verb yet
    else if (verbTag === "VBP" && out[i] !== "NNS" && subjectOpensClause(tokens, out, i - 1) &&
      // ("43 percent of city voters support former mayor Jones": before a modifier, after a share's population)
      ((out[i - 1] === "NNS" && (OBJECT_TAGS.has(out[i + 1]) || tokens[i + 1].kind === "number" || ((out[i + 1] === "IN" || out[i + 1] === "JJ") && partitive(tokens, out, i - 1)) ||
        // "residents fear to return": before an infinitive
        (out[i + 1] === "TO" && allTags(tokens[i + 2]?.lower ?? "").includes("VB")))) ||
        (out[i - 1] === "NN" && (out[i + 1] === "NNP" || out[i + 1] === "PRP") && tokens[i + 1].kind === "word"))) out[i] = "VBP";
    // "Smith also fares well", "calls today still roll over": a subject, an adverb, then its present verb
    else if (out[i - 1] === "RB" && tokens[i - 1].kind === "word" && /^(?:IN|RB|RP|TO)$/.test(out[i + 1] ?? "") && tokens[i + 1].kind === "word") {
      const s = DEICTIC_DAYS.has(tokens[i - 2]?.lower ?? "") ? i - 3 : i - 2;
      const agrees = (verbTag === "VBZ" && out[i] === "NNS" && out[s] === "NNP") || (verbTag === "VBP" && out[i] === "NN" && out[s] === "NNS");
      if (s >= 0 && agrees && tokens[s].kind === "word" && subjectOpensClause(tokens, out, s)) out[i] = verbTag;
    }
  }
  return out;
}

/** Whether the noun phrase ending at k opens its clause: only nouns, modifiers and "of" (or a preposition of a
 *  post-modifier: "those without a degree") back to a comma, a clause break, the sentence start or a verb of
 *  saying ("said each year of schooling"). */
function subjectOpensClause(tokens: Token[], tags: string[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    // (a word before the tagged window has the lexicon's commonest tag: a long subject)
    // (and a possessive there, which the lexicon does not list, a noun's)
    const w = tokens[j].lower, tag = tags[j] || (tokenTag(tokens[j]) ?? (/\p{L}['’]s$/u.test(w) ? "NN" : ""));
    if (w === "," || w === "(" || CLAUSE_BREAK.has(w)) return true;
    if (isNoun(tag) || isAdjective(tag) || tag === "DT" || tag === "POS" || tag === "PRP$" || w === "of" || (POST_MODIFIER_PREPS.has(w) && j < k) ||
      tag === "CD" || tokens[j].kind === "number" || APPROXIMATORS.has(w) || w === "%") continue;
    // a participle modifying the noun after it ("affected residents"), an adverb its adjective ("too many calls")
    if (/^VB[NG]$/.test(tag) && j < k && isNoun(tags[j + 1])) continue;
    if (tag === "RB" && j < k && isAdjective(tags[j + 1])) continue;
    if (FINITE.test(tag)) return SAY_VERBS.has(tokenLemma(tokens[j]));
    return false;
  }
  return true;
}

/** Whether the plural noun at k is the head of a share's "of" phrase ("a quarter of students", "most of the voters"). */
function partitive(tokens: Token[], tags: string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tags[j] === "DT" || isAdjective(tags[j]) || tags[j] === "NNP")) j--;
  return tokens[j]?.lower === "of" && (tags[j - 1] === "CD" || tokens[j - 1]?.kind === "number" || /^(?:half|quarter|third|most|majority|many|some|all|percent|%)$/.test(tokens[j - 1]?.lower ?? ""));
}

/** Whether token k is a share that opens its clause: "42 percent" or "42%" after a conjunction, a comma, "that" or nothing. */
function shareOpensClause(tokens: Token[], tags: string[], k: number): boolean {
  if (!/^(?:percent|%)$/.test(tokens[k]?.lower ?? "") || !(tags[k - 1] === "CD" || tokens[k - 1]?.kind === "number")) return false;
  const before = tokens[k - 2]?.lower;
  return before === undefined || /^(?:and|but|while|whereas|that|,)$/.test(before);
}

/** Whether another item of the comma or colon list around token i opens with a gerund ("…, requiring fees"). */
function gerundList(tokens: Token[], tags: string[], i: number): boolean {
  for (let j = 1; j < tokens.length; j++) {
    if (j === i || tags[j] !== "VBG" || tokens[j].kind !== "word") continue;
    const before = tokens[j - 1].lower;
    if (before === "," || before === ":") return true;
  }
  return false;
}
