// en-pos's Brill smoothing (en-pos 1.0.16, Copyright (c) Alex Corvi, MIT: see LICENSE), ported to work
// on arrays the caller fills once: the lower-cased words and each word's lexicon entry come from the
// tokens' word facts, where en-pos lower-cased every word and looked it up in a 100,000-key object again
// in each of its passes and built small arrays for every comparison. Tagging the quantity windows was 12%
// of extract() on PolNeAR train, most of it in these two passes and their garbage; with this port and
// each word's first tag kept (pos.ts), tagging the first 30 tokens of every sentence of 400 PolNeAR
// documents takes 341 ms instead of 671, with the same tags on all 34,032 sentences of train and dev.
// The rules, their order and their quirks are en-pos's own: test/pos-tags.test.ts checks the tags equal
// en-pos's on every sentence of the Wikinews sample.

import { createRequire } from "node:module";
import { keptPerWord } from "./kept-per-word.js";

/** require() as en-pos itself resolves: its own modules and the copies of its dependencies it uses. */
export const enPosRequire = createRequire(createRequire(import.meta.url).resolve("en-pos"));
const inflectors = enPosRequire("en-inflectors") as {
  Inflectors: new (word: string) => { isPlural(): boolean; conjugate(tense: string): string };
  infinitives: Record<string, unknown>;
};
const LEX = (enPosRequire("en-lexicon") as { lexicon: Record<string, string> }).lexicon;
const ING_EXCEPTIONS = (enPosRequire("./smoothing/ing_exceptions") as { default: string[] }).default;
const CAPITALISED = /^[A-Z][a-z]+/;
const NUMERIC = /^('?)\d+(-|\/|:)?(\d+)?$/;
const ILLIONS = /^(m|b|tri|quadr|quint|sext|sept|oct|non|dec|undec|duodec|tredec|quattuordec|quindec|sexdec|sedec|septendec)illions$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

// en-inflectors' plural test of an unknown word, kept per word (it builds an inflector object per call)
const isPlural = keptPerWord((word) => new inflectors.Inflectors(word).isPlural());

/** The state en-pos's passes read and change: tags, and which of them the rules may no longer change. */
export interface Smoothing {
  words: string[];
  lower: string[];
  /** each word's en-lexicon entry ("NN|VB"), or undefined */
  entries: (string | undefined)[];
  tags: string[];
  blocked: boolean[];
  confidence: number[];
}

/** en-pos's _PreBrill. */
export function preBrill({ lower, words, entries, tags, blocked, confidence }: Smoothing): void {
  for (let i = 0; i < tags.length; i++) {
    if (blocked[i])
      continue;
    const tag = tags[i];
    // (typed as a string for the compiler: lexicon.ts fnv)
    const token = `${lower[i]}`;
    const entry = entries[i];
    const prev1Tag = tags[i - 1] || "";
    const prev2Tag = tags[i - 2] || "";
    const prev3Tag = tags[i - 3] || "";
    const prev4Tag = tags[i - 4] || "";
    const next1Tag = tags[i + 1] || "";
    const prev1Token = (lower[i - 1] ?? "");
    // (the patterns asked only of what they can match: a digit first, after an apostrophe at most; "-illions")
    if ((isDigit(token.charCodeAt(0)) || (token.charCodeAt(0) === 39 && isDigit(token.charCodeAt(1)))) && NUMERIC.test(token)) {
      tags[i] = "CD";
      blocked[i] = true;
      confidence[i] = 1;
      continue;
    }
    if (token === "hundred" || token === "thousands" || (token.endsWith("illions") && ILLIONS.test(token))) {
      tags[i] = "NNS";
      blocked[i] = true;
      confidence[i] = 1;
      continue;
    }
    if ((!prev1Tag) && token === "that") {
      tags[i] = "DT";
      blocked[i] = true;
      confidence[i] = 1;
      continue;
    }
    if (prev1Tag === "TO" && (inflectors.infinitives[token])) {
      tags[i] = "VB";
      blocked[i] = true;
      confidence[i] = 1;
      continue;
    }
    if (tag === "NN" && (!entry) && isPlural(token)) {
      tags[i] = "NNS";
      continue;
    }
    if (tag === "JJ" && next1Tag === "DT" && ~(entry || "").indexOf("VB")) {
      tags[i] = entry!.split("|").find((x) => x.indexOf("V") === 0) as string;
      continue;
    }
    if (tag === "VBD" && ~["PRP", "WP", "IN", "JJR"].indexOf(prev1Tag) && ~(entry || "").indexOf("VBN")) {
      if ((prev1Tag === "PRP" && prev2Tag === "WP" && prev3Tag === "IN" && prev4Tag === "JJR") ||
        (prev1Tag === "WP" && prev2Tag === "IN" && prev3Tag === "JJR") ||
        (prev1Tag === "IN" && prev2Tag === "JJR") ||
        (prev1Tag === "JJR")) {
        tags[i] = "VBN";
        continue;
      }
    }
    if (token.length > 3 && (!entry) && prev1Tag && (!~token.indexOf("-")) && (!CAPITALISED.test(words[i])) && /[^e]ed$/.test(token)) {
      tags[i] = "VBN";
      continue;
    }
    if (token.length > 4 &&
      (!~["NNP", "NNPS", "VBG"].indexOf(tag)) &&
      (!~["VBG", "DT", "JJ", "NN"].indexOf(prev1Tag)) &&
      ((!prev1Tag) || !CAPITALISED.test(words[i])) &&
      (!~ING_EXCEPTIONS.indexOf(token)) && (!entry) &&
      ~(entry || "").indexOf("VBG")) {
      tags[i] = "VBG";
      continue;
    }
    if (token.length > 4 && token.endsWith('in') && tag === 'NN' &&
      ((!prev1Tag) || !CAPITALISED.test(token)) &&
      (prev1Tag !== 'NN' && prev1Tag !== 'JJ' && prev1Tag !== 'DT' && prev1Tag !== 'VBG') &&
      (~(LEX[token + "g"] || "").indexOf("VBG"))) {
      tags[i] = "VBG";
      continue;
    }
    if (~(entry || "").indexOf("PDT") && next1Tag === "DT") {
      tags[i] = "PDT";
      continue;
    }
    if (((!prev1Token) || prev1Token === "\"" || prev1Token === "said" || prev1Tag.startsWith("W")) && token === "that" && tag === "IN" && next1Tag === "MD") {
      tags[i] = "DT";
      continue;
    }
  }
}

/**
 * en-pos's _PostBrill: for each token not blocked, the first of its rules that fires gives the new tag.
 * The rules are split by the tags they read into four functions, each returning the new tag or null; the
 * hot path allocates nothing per token (each reads its neighbours from the arrays).
 */
export function postBrill(s: Smoothing): void {
  const { tags, blocked } = s;
  for (let i = 0; i < tags.length; i++) {
    if (blocked[i]) continue;
    // (the groups after the first read one class of tag each: only the token's own is asked)
    const tag = tags[i], c = tag.charCodeAt(0);
    const to = postWords(s, i) ?? (c === 82 || c === 74 ? postModifiers(s, i) : tag === "NN" ? postNouns(s, i) : c === 86 ? postVerbs(s, i) : null);
    if (to !== null) tags[i] = to;
  }
}

/** rules on particular words ("like", "that", "much", "a.m.") and after a pronoun */
function postWords({ lower, entries, tags }: Smoothing, i: number): string | null {
  const tag = tags[i];
  const token = lower[i];
  const entry = entries[i];
  const prev1Tag = tags[i - 1] || "";
  const prev2Tag = tags[i - 2] || "";
  const next1Tag = tags[i + 1] || "";
  const prev1Token = (lower[i - 1] ?? "");
  const next1Token = (lower[i + 1] ?? "");
  if (token === "like" && prev1Tag === "MD") {
    return "VB";
  }
  if (prev1Token === "was" && token.endsWith("ing")) {
    return "VBG";
  }
  if (prev1Tag === "PRP" && tag.startsWith("N")) {
    const alt = (entry || "").split("|").find(x => !x.startsWith("N"));
    if (alt) {
      return alt;
    }
  }
  if (~["only", "is", "that", "much", "while", "in"].indexOf(token)) {
    if (token === "only" && (next1Tag === "NN")) {
      return "JJ";
    }
    if (token === "is") {
      return "VBZ";
    }
    if (token === "that") {
      if (tag === "WDT" && (next1Tag.charAt(0) === "N" || next1Tag === "PRP" || next1Tag === "PRP$" || next1Tag === "WP" || next1Tag === "IN")) {
        return "IN";
      }
      if (prev1Tag === "TO") {
        return "DT";
      }
    }
    if (token === "much") {
      if (tag === "JJ" && next1Tag === "JJR" && prev1Tag !== "RB") {
        return "RB";
      }
      if (tag === "RB" && prev1Tag === "RB" && next1Token !== "as") {
        return "JJ";
      }
    }
    if (token === "in" && tag === "IN" && prev1Tag.charAt(0) === "V" && ~["walk", "throw", "move", "go", "cash", "come", "bring", "lock", "put", "take"].indexOf(new inflectors.Inflectors(prev1Token).conjugate("VBP"))) {
      return "RP";
    }
    if (token === "while" && (prev1Tag === "DT" || (prev2Tag === "DT" && prev1Tag === "JJ"))) {
      return "NN";
    }
  }
  if (tag === "WDT" && prev1Tag.startsWith("NN") && next1Tag === "JJ") {
    return "IN";
  }
  if (~["am", "a.m.", "a.m", "p.m", "pm", "p.m."].indexOf(token) && prev1Tag === "CD") {
    return "RB";
  }
  return null;
}

/** rules on adverbs and adjectives */
function postModifiers({ lower, entries, tags }: Smoothing, i: number): string | null {
  const tag = tags[i];
  const token = lower[i];
  const entry = entries[i];
  const prev1Tag = tags[i - 1] || "";
  const prev2Tag = tags[i - 2] || "";
  const next1Tag = tags[i + 1] || "";
  const prev1Token = (lower[i - 1] ?? "");
  const next1Token = (lower[i + 1] ?? "");
  const next2Token = (lower[i + 2] ?? "");
  if (tag.charAt(0) === "R") {
    if (tag === "RP" && (prev1Tag.charAt(0) !== "V" || ~["get", "be", "go"].indexOf(new inflectors.Inflectors(prev1Token).conjugate("VBP")))) {
      return "RB";
    }
    if (tag === "RB" && (token === "when" || token === "how")) {
      return "WRB";
    }
  }
  if (tag.charAt(0) === "J") {
    if (tag === "JJR" && (next1Tag === "RB" || ((next1Tag === "," || next1Tag === ".") && prev1Tag === "NN" && prev2Tag === "DT"))) {
      return "RBR";
    }
    if (tag === "JJS" && next1Tag === "RB") {
      return "RBS";
    }
    if (tag === "JJ") {
      if (((next1Tag === "." || (!next1Tag)) && prev1Tag === "DT" && prev2Tag === "IN") ||
        (prev1Tag === "DT" && next1Tag === "TO" && ~(entry || "").indexOf("NN")) ||
        (next1Tag.charAt(0) === "V" && ~(entry || "").indexOf("NN")) ||
        (next1Tag === "MD" && ~(entry || "").indexOf("NN")) || false) {
        return "NN";
      }
      if (next1Tag === "JJ" && ~(entry || "").indexOf("VBG")) {
        return "VBG";
      }
    }
    if (tag === 'JJ' && (~["VBZ", "VBD", "VBP", "VBG"].indexOf(prev1Tag)) && ~(entry || "").indexOf("VBN")) {
      if (~["TO", "RB", ".", ",", ""].indexOf(next1Tag) || (next2Token === "by" || next1Token === "by")) {
        return "VBN";
      }
    }
  }
  return null;
}

/** rules on singular nouns that are verbs */
function postNouns({ lower, entries, tags }: Smoothing, i: number): string | null {
  const tag = tags[i];
  const token = lower[i];
  const entry = entries[i];
  const prev1Tag = tags[i - 1] || "";
  const prev2Tag = tags[i - 2] || "";
  const prev3Tag = tags[i - 3] || "";
  const next1Tag = tags[i + 1] || "";
  const prev1Token = (lower[i - 1] ?? "");
  const prev2Token = (lower[i - 2] ?? "");
  if (tag === "NN") {
    if (inflectors.infinitives[token]) {
      if ((prev1Tag === "CC" && prev2Tag === "VB" && prev3Tag === "TO") ||
        ((prev1Token === "n't" || prev1Token === "not") && ~["does", "do", "did"].indexOf(prev2Token)) ||
        (~["does", "do", "did"].indexOf(prev1Token)) ||
        (prev1Tag === "'" && prev2Tag === "TO")) {
        return "VB";
      }
    }
    if (~(entry || "").indexOf("VBP")) {
      if ((prev1Tag.charAt(0) === "N" && next1Tag === "DT") ||
        (prev1Tag.charAt(0) === "N" && next1Tag === "PRP")) {
        return "VBP";
      }
    }
  }
  return null;
}

/** rules on verb forms (base, past, participle) */
function postVerbs({ lower, entries, tags }: Smoothing, i: number): string | null {
  const tag = tags[i];
  const token = lower[i];
  const entry = entries[i];
  const prev1Tag = tags[i - 1] || "";
  const prev2Tag = tags[i - 2] || "";
  const prev3Tag = tags[i - 3] || "";
  const next1Tag = tags[i + 1] || "";
  const next2Tag = tags[i + 2] || "";
  const prev1Token = (lower[i - 1] ?? "");
  const prev2Token = (lower[i - 2] ?? "");
  const next1Token = (lower[i + 1] ?? "");
  if (tag.charAt(0) === "V") {
    if (tag === "VBZ" && ~(entry || "").indexOf("NNS")) {
      if (next1Tag === "MD") {
        return "NNS";
      }
    }
    if (tag === "VBP") {
      if ((prev1Tag === "CC" && prev2Tag === "VB" && prev3Tag === "TO") ||
        ((prev1Token === "n't" || prev1Token === "not") && ~["does", "do", "did"].indexOf(prev2Token)) ||
        (~["does", "do", "did"].indexOf(prev1Token)) ||
        (prev1Tag === "\"" && prev2Tag === "TO") ||
        (prev1Tag === "TO" || prev1Tag === "MD" || (prev1Tag === "RB" && prev2Tag === "MD")) ||
        (prev1Tag === "RB" && prev2Tag === "VBP")) {
        return "VB";
      }
    }
    if (tag === "VBN" && ~(entry || "").indexOf("VBD")) {
      if ((prev1Tag === "EX") ||
        (prev1Tag === "PRP") ||
        (prev1Tag === "RB" && prev2Tag === "PRP") ||
        (prev1Tag === "WDT" || prev1Tag === "WP") ||
        (token === "had" && !~["has", "have", "'ve"].indexOf(prev1Token)) ||
        ((prev1Tag.charAt(0) === "N" || prev1Tag === "\"" || (prev1Tag === "CC" && prev2Tag.charAt(0) === "N") || (prev1Tag === "RB" && prev2Tag.charAt(0) === "N")) &&
          (next1Tag === "." || next1Tag.charAt(0) === "N" || next1Tag.charAt(0) === "J" || next1Tag === "DT" || next1Token === "with" || next1Tag === "RB"))) {
        return "VBD";
      }
    }
    if (tag === "VBD" && prev1Token === "than" && ~(entry || "").indexOf("VBN")) {
      return "VBN";
    }
    if (tag === "VBD" && ~(entry || "").indexOf("VBN")) {
      if (next1Tag.indexOf("N") === 0 && prev1Tag === "IN") {
        return "JJ";
      }
      if ((prev1Tag === "RB") && ((prev2Tag === "DT" && prev3Tag === "IN") ||
        (prev2Tag === "RB" && prev3Tag === "VBZ") ||
        ((prev3Tag.indexOf("N") === 0 || prev3Tag === "PRP") && ~["VBZ", "VBP", "VBD"].indexOf(prev2Tag)))) {
        return "VBN";
      }
      if ((prev1Token === "as" && ~(entry || "").indexOf("VBN")) ||
        (prev1Tag === "DT" && prev2Tag === "IN") ||
        (prev1Tag === "VBP" && prev2Tag.startsWith("N") && prev3Tag === "DT") ||
        ((prev2Tag === "MD" || prev2Tag === "TO") && prev1Tag === "VB") ||
        (prev1Tag === "VBD") ||
        (prev1Token === "has" || prev1Token === "have") ||
        (prev1Token === "being" || prev1Token === "be") ||
        (prev1Token === "been") ||
        (prev1Tag.startsWith("V") && next1Tag === "IN" && next2Tag.startsWith("N")) ||
        (next1Token === "by" && next2Tag !== "CD" && next2Tag !== "SYM")) {
        return "VBN";
      }
    }
  }
  return null;
}
