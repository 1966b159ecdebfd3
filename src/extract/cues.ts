// The cue lexicon: verbs that attribute speech, writing or a stance to a source, by lemma. Chosen from
// PolNeAR train (how often each lemma is an annotated cue when it occurs)
// and kept by hand, so every entry can be explained. `answer`, `estimate` and the like also appear as
// nouns; callers reject a cue preceded by a determiner. Every proposal is then scored by the attribution
// model (attribution-model.ts), whose bar is lower for verbs of saying: their frame alone makes an attribution.

import { wordTable } from "../language/word-table.js";

/** Verbs of speech and writing. */
export const SPEECH_CUES = new Set([
  "say", "tell", "write", "add", "ask", "answer", "reply", "respond", "note", "report", "argue", "announce", "declare",
  "explain", "claim", "insist", "assert", "contend", "suggest", "warn", "caution", "predict",
  "estimate", "acknowledge", "admit", "concede", "confirm", "deny", "reveal", "disclose", "indicate", "mention",
  "recall", "recount", "stress", "emphasize", "emphasise", "underscore", "reiterate", "repeat", "boast", "brag", "tout",
  "lament", "complain", "tweet", "post", "quip", "joke", "testify", "allege", "accuse", "charge", "blame", "criticize",
  "criticise", "praise", "describe", "portray", "call", "urge", "promise", "pledge", "vow", "propose", "recommend",
  "conclude", "remark", "assure", "remind", "agree", "dispute", "reject", "dismiss", "question",
  "wonder", "decry", "denounce", "condemn", "slam", "blast", "mock", "cite", "speculate", "forecast", "calculate",
  "reckon", "hint", "imply", "clarify", "counter", "retort", "shout", "chant", "exclaim", "proclaim", "concur", "echo",
  "object", "protest", "confide", "explain", "point", "continue", "interject",
]);

export const CUE_LEMMAS = new Set([
  ...SPEECH_CUES,
  // stance and cognition
  "believe", "think", "know", "fear", "hope", "expect", "doubt", "feel", "worry", "want", "find", "show",
  // support and opposition, which PolNeAR annotates as attributions of a position
  // (measured on PolNeAR train: "support", "back", "oppose", "endorse", "like", "state", "maintain", "inform" and
  // "observe" were wrong more than three times in four, so they are left out)
  "defend", "refuse", "decline", "prefer", "favor", "favour", "thank", "congratulate", "discuss", "express",
  "highlight", "bemoan", "yell", "attack", "plan", "seek", "offer",
]);

/**
 * Lemmas PolNeAR annotates as cues about as often as not ("he would support her" against "federal
 * support"; "support" heads 196 of its 849 verb uses there): proposed like the others, kept when the
 * attribution model (attribution-model.ts) trusts them in context.
 */
export const CONTEXT_CUES = new Set([
  "support", "endorse", "back", "oppose", "see", "talk", "refer", "view", "consider", "focus", "push", "decide",
  "remember", "identify", "recognize", "name", "speak", "comment", "challenge", "rail", "advocate",
  // verbs PolNeAR train marks as cues six times or more: half the time or more ("assailed", "deemed",
  // "likened … to"), a third ("threatened to", "listed"), a quarter ("demanded", "welcomed"); each tier
  // added 0.001–0.003 cross-validated F1 once the model's thresholds favoured precision
  "deride", "rebut", "allude", "assail", "recite", "hail", "order", "liken", "envision", "reference", "deem",
  "applaud", "outline", "signal", "plead", "quote", "rebuke",
  "title", "threaten", "attribute", "invoke", "apologize", "articulate", "sound", "list", "persuade", "promote", "resist", "convince",
  "regard", "realize", "demand", "encourage", "boo", "voice", "request", "embrace", "welcome", "suspect", "ignore", "publish", "intend",
]);

/** Verbs that report a figure when their object is a toll or an estimate: "increases the death toll to 267" (readers/toll-update.ts). */
export const TOLL_VERBS = new Set(["raise", "increase", "put", "revise", "lower", "update", "lift", "bring", "set", "cut", "reduce"]);

/** Verbs of saying the lexicon leaves to the cue detector (too often no cue in PolNeAR's sense). */
export const DETECTED_SPEECH = new Set(["state", "maintain", "inform", "observe", "brief"]);

/**
 * Cues under which a figure in the content is the speaker's claim of how many or how much: speaking and
 * writing, believing and expecting, and finding, showing or recording figures ("estimated", "shows",
 * "recorded", "puts the toll at"). A stance or an act ("supports", "needed", "voted", "allows", "plans")
 * is attributed to its subject, but a figure in what it governs is the reporter's ("she needed loans for
 * her four years", "who back her by 9 points" in a poll's passage: the poll's).
 */
export const FIGURE_CUES = new Set([
  ...SPEECH_CUES,
  ...DETECTED_SPEECH,
  "believe", "think", "know", "fear", "hope", "expect", "doubt", "feel", "worry", "suspect", "find", "show", "see", "project", "figure",
  // expecting a figure ("the $1.95 that analysts were looking for", expected-figures.ts)
  "anticipate", "want", "seek", "look", "aim", "brace", "assess", "determine", "compute",
  ...TOLL_VERBS,
  "record", "count", "tally", "put", "place", "list", "cite", "quote", "publish", "release", "identify", "name", "discover", "signal",
  "highlight", "reference", "outline", "provide", "detail", "measure", "talk", "speak", "comment", "refer", "allude", "recite",
  "deem", "liken", "attribute", "invoke", "voice", "demand", "request", "order", "threaten", "advocate", "encourage", "persuade", "convince",
]);

/**
 * Verbs of saying that are acts when a figure is their object, or is in what they order or agree to: "admitted
 * 28 counts", "charged two bankers", "added 900 beds", "ordered him to repay 2 million pounds", "agreed to take
 * part in 10 debates" (refiners/unclaimed-figures.ts).
 */
export const OBJECT_ACTS = new Set(["admit", "charge", "add", "order", "agree"]);

/**
 * Verbs whose subject has a message rather than sends it ("got two memos saying …", "there are letters
 * claiming …"): the message then speaks itself (readers/cue-frame.ts).
 */
export const RECEIVING = new Set(["be", "receive", "get", "obtain", "hear", "read", "see", "find", "uncover", "discover", "intercept", "review", "have"]);

/**
 * Nouns of saying that, owned by their speaker and followed by "that", frame what is said: "Clinton's claim
 * that …", "his estimate that …" (readers/noun-cue.ts).
 */
export const NOUN_CUES: Record<string, string> = {
  claim: "claim", claims: "claim", assertion: "assert", assertions: "assert", contention: "contend", insistence: "insist",
  statement: "state", estimate: "estimate", prediction: "predict", argument: "argue", suggestion: "suggest", warning: "warn",
  boast: "boast", promise: "promise", pledge: "pledge", allegation: "allege", allegations: "allege", charge: "charge",
  complaint: "complain", announcement: "announce", finding: "find", findings: "find", conclusion: "conclude", forecast: "forecast",
  projection: "project", calculation: "calculate", belief: "believe", remark: "remark", testimony: "testify", admission: "admit",
  explanation: "explain", insinuation: "imply", accusation: "accuse",
};

/** Lemmas that take an indirect object before what is said: "told reporters that …". */
export const OBJECT_FIRST = new Set(["tell", "inform", "assure", "remind", "warn", "ask", "urge", "promise", "caution", "brief"]);

/** Lemmas whose cue is itself a hedge: the writer keeps a distance from the claim. */
export const HEDGING_CUES = new Set(["claim", "boast", "brag", "allege", "insist", "tout", "purport"]);

/** "point out", "point to": cues only with their particle. */
export const NEEDS_PARTICLE: Record<string, string[]> = wordTable({ point: ["out", "to"], call: ["for", "on"], continue: [] });

/**
 * Prepositions that join a cue when they follow it, what is attributed being their object: "talked
 * about the deal", "referred to him", "railed against Wall Street". Pairs PolNeAR train annotates as one
 * cue at least ten times, and in at least a quarter of their uses ("talk about" 65 of 135, "refer to" 52
 * of 84, "focus on" 37 of 151).
 */
export const PARTICLES: Record<string, string[]> = wordTable({
  talk: ["about"], refer: ["to"], focus: ["on"], respond: ["to"], ask: ["about", "for"], worry: ["about"],
  comment: ["on"], rail: ["against"], push: ["for"], speak: ["about", "of"], advocate: ["for"],
  joke: ["about"], boast: ["of", "about"], say: ["of", "about"], think: ["about"], agree: ["with"],
});

// a hedging adjective hedges only the noun it stands before, after a determiner or a possessive ("the alleged
// smugglers", "the group's apparent rise"): "the media reported it", "readily apparent" and "heir apparent"
// hedge nothing (as a verb, "alleged" or "claimed" is a hedging cue: HEDGING_CUES); after a number too ("two
// alleged smugglers"), but not "reported" ("40 reported cases" are those on record)
// (each hedging adjective is matched first and its left context checked after, by a lookbehind over the
// context and the word: a lookbehind opening the pattern was tried at every position of every sentence,
// 2.3 times as slow over PolNeAR train's sentences, same matches; no word of HEDGE_WORDS ends another, so
// the lookbehind reads the word the match read)
const HEDGE_WORDS = "(?:alleged|purported|reported|supposed|apparent)";
const HEDGE_WORDS_AFTER_COUNT = "(?:alleged|purported|supposed|apparent)";
export const HEDGES = new RegExp(String.raw`${HEDGE_WORDS}\b(?<=(?:\b(?:the|a|an|his|her|their|its|this|that|these|those)\s+|[’']s\s+)${HEDGE_WORDS})|${HEDGE_WORDS_AFTER_COUNT}\b(?<=\b(?:\d[\d,.]*|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|of)\s+${HEDGE_WORDS_AFTER_COUNT})|\b(?:allegedly|purportedly|reportedly|supposedly|apparently|presumabl[ey]|unconfirmed|unverified|by (?:his|her|their|its|the ministry[’']s|the government[’']s) (?:own )?(?:reckoning|account|estimate|count)|according to (?:him|her|them)|so-called)\b`, "gi");

/** Whether a text holds a hedge (hedgesIn(text).length > 0), without listing them: one test, no array. */
const ANY_HEDGE = new RegExp(HEDGES.source, "i");
export const hasHedge = (text: string) => ANY_HEDGE.test(text);

/** The hedges in a span of text, in order ("reportedly", "by his own count"). */
export function hedgesIn(text: string): string[] {
  // (asked first by the quicker test: most spans hold no hedge)
  if (!hasHedge(text)) return [];
  return [...text.matchAll(HEDGES)].map((m) => m[0]);
}

export const EVIDENCE_NONE = /\b(?:provided|provide|providing|gave|give|giving|offered|offer|offering|presented|present|cited|cite|citing|showed|show|produced|produce)\s+no\s+(?:details|evidence|proof|information|specifics|data|figures|sources?)\b|\b(?:did|does|do)\s+not\s+(?:provide|give|offer|present|cite|produce|show)\s+(?:any\s+)?(?:details|evidence|proof|specifics|data|sources?)\b|\bwithout\s+(?:providing\s+|offering\s+|giving\s+|citing\s+)?(?:any\s+)?(?:evidence|details|proof|specifics)\b|\bno\s+(?:evidence|details|proof)\s+(?:was|were)\s+(?:provided|given|offered)\b/i;

export const EVIDENCE_DECLINED = /\b(?:declined|refused|declining|refusing|would not|wouldn[’']t|did not|didn[’']t)\s+(?:to\s+)?(?:speculate|elaborate|comment|specify|say|give|disclose|reveal|provide|name|identify|detail|discuss|explain)\b(?:\s+(?:on|how|what|which|who|details|further|any)\b[^.;]*)?/i;

export const EVIDENCE_CITED = /\b(?:citing|cited|based on|according to (?:data|figures|statistics|a report|a study|records|documents)|data from|figures from|statistics from)\b[^.;,]*/i;
