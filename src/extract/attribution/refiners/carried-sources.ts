// Carried sources: a figure in a sentence with no cue, continuing a reported passage, belongs to that
// passage's speaker; a poll's or a data set's figures belong to it ("A new poll finds X ahead by 6 points.
// Among women, she leads by 12." — the 12 is the poll's). Each cue-less sentence with a figure gets a
// reading of its own (marked `carried`) under the last source before it: a voice's (a person's, an organisation's)
// reported passage within its paragraph, right after it; a poll, data set or document until another source
// speaks.
// A later "the poll" / "the data" names the same source as the last one read ("According to the data, …"
// after "data from the ministry": the ministry). Run after the model's choice: a carried reading has no
// confidence of its own (0).

import type { Speaker } from "../../../types.js";
import { GROUP_WORDS } from "../../../language/name-words.js";
import { PRONOUNS_GROUP } from "../../../language/function-words.js";
import type { Attribution, AttributionContext, Refiner } from "../context.js";
import { FIGURE_CUES, SPEECH_CUES } from "../../cues.js";
import { hasFigure } from "./model-score.js";
import { backgroundReference, isBackground, type Reference } from "./background.js";

/** words that make a speaker a source of figures (a poll, a data set, a document) rather than a voice */
export const SOURCE_WORDS = /\b(?:polls?|polling|surveys?|data|figures|statistics|records|report|study|studies|analysis|census|estimates?|tally|count|findings|index|average)\b/i;
/** a description of such a source: "the poll", "The survey", "the data", "the new study" */
const SOURCE_DESCRIPTION = /^(?:the|this|that|its|their)\s+(?:\S+\s+)?(?:poll|survey|data|figures|statistics|records|report|study|analysis|count|tally|findings)$/i;
/** a sentence's closing punctuation, left out of its content */
const CLOSING = /[.!?]+["”’)]*\s*$/;
/** cues of reporting figures rather than speaking: a subject reporting them does not end a data set's passage */
const REPORTING_CUES = new Set(["report", "show", "find", "estimate", "record", "count", "announce", "indicate", "reveal", "confirm", "release", "publish", "post", "list"]);
/** a poll's respondents, or a share of them: what they say is the poll's finding ("63 percent said", "most voters expect") */
const RESPONDENTS = /\b(?:voters|respondents|adults|americans|residents|people|democrats|republicans|independents|men|women|parents|workers|members|majority|plurality|minority|percent|half|third|thirds|quarter|most|many)$/i;
/** a source that asked people: their answers are its figures */
const ASKED = /\b(?:polls?|surveys?|polling)\b/i;
/** sources in the plural with no determiner and no name: "reports", "early reports", "formal studies" */
const UNNAMED_SOURCES = /^(?!(?:the|a|an|this|that|these|those|its|their|his|her|our)\s)(?:[a-z-]+\s+){0,2}(?:reports|studies|polls|surveys|accounts|sources|estimates)$/i;
/** a relative pronoun standing for the subject */
const RELATIVE = /^(?:who|that|which)$/i;
/** a share of those asked right before the cue: "about two-thirds, 67 percent, say", "a majority said" */
const SHARE_BEFORE = /(?:\d\s*(?:percent|per cent|%)|\b(?:half|thirds?|quarters?|majority|plurality|most))[\s,]*$/i;

/** a share in a sentence: "41 percent", "30%" */
const SHARE_FIGURE = /\d\s*(?:percent|per cent|%)|\b[a-z]+(?:[\s-][a-z]+)?\s+percent\b/i;

/** a sentence opening on a share of those asked, its subject, a few words before the cue: "Two in three said", "Some 56 percent of renters polled said" */
const SHARE_OPENING = /^\W*(?:(?:some|about|nearly|almost|only|just|roughly|another|more than|fewer than|less than|over|under)\s+)*(?:\d[\d.,]*\s*(?:percent|per cent|%)|[a-z]+(?:[\s-][a-z]+)?\s+percent|half|a (?:majority|plurality|third|quarter)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s+(?:\d+|three|four|five|six|seven|eight|nine|ten))\b[^.;:,"“”]{0,60}$/i;

/** Whether a share of those asked is what says, right before the cue (whatever subject the rules took). */
function shareSays(ctx: AttributionContext, a: Attribution): boolean {
  // ("above 50 percent in national polls": a source named after the figure, no one saying it)
  if (a.mode === "according-to") return false;
  const s = ctx.doc.sentences[ctx.sentenceOf(a.cue!.start)];
  return SHARE_BEFORE.test(ctx.text.slice(Math.max(s.start, a.cue!.start - 40), a.cue!.start));
}

/** Whether the sentence opens on a share of those asked that is the cue's subject (whoever the rules took it for: "Some 56 percent of Cuban-Americans polled said"). */
function shareOpens(ctx: AttributionContext, a: Attribution): boolean {
  if (a.mode === "according-to") return false;
  const s = ctx.doc.sentences[ctx.sentenceOf(a.cue!.start)];
  return SHARE_OPENING.test(ctx.text.slice(s.start, a.cue!.start));
}

/** Things a data set counts, named by a plural common noun only ("the remaining plants", "Four plants"): no name, no pronoun, no people who speak ("officials"). */
function countedReporters(sp: Speaker): boolean {
  const words = sp.mention.trim().split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  return sp.kind === "group" && head.endsWith("s") && !SOURCE_WORDS.test(head) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w)) && !PRONOUNS_GROUP.has(head) && !GROUP_WORDS.has(head);
}

/** a thing someone has, not someone: "the president's approval rating" */
const POSSESSED = /[’']s\s+\S/;
/** how many sentences on a person's reported passage goes on without a cue */
const PERSON_REACH = 1;

interface Source {
  a: Attribution;
  paragraph: number;
  last: number;
}

/** A source of figures: a poll, data set or document, or what "according to" names (a person or an organisation speaking is a voice). */
function isFigureSource(a: Attribution): boolean {
  const sp = a.speaker!;
  // ("according to people familiar with the deal", "according to officials": voices, whose passage ends)
  return (a.mode === "according-to" && sp.kind !== "group") || SOURCE_WORDS.test(sp.mention) || SOURCE_WORDS.test(sp.name);
}

/** what opens a source's phrase and is no part of its name ("a new", "the latest") */
const SOURCE_OPENING = /^(?:(?:a|an|the|this|that|its|their)\s+)?(?:(?:new|latest|recent|newest|last|previous|other|national|statewide)\s+)*/i;
/** a phrase whose head is the source itself ("Harbor Institute poll"), not the organisation inside it */
const SOURCE_HEAD = /\b(?:poll|survey|study|report|analysis|census|average|index)$/i;

/** A poll is named by its whole phrase ("A new Harbor Institute poll" is the "Harbor Institute poll"), not by the organisation named inside it. */
function sourceNamed(sp: Speaker): Speaker {
  const mention = sp.mention.trim();
  if (!SOURCE_HEAD.test(mention) || SOURCE_HEAD.test(sp.name.trim())) return sp;
  const name = mention.replace(SOURCE_OPENING, "");
  // ("The survey": no name of its own)
  return /^\p{Lu}/u.test(name) ? { ...sp, name } : sp;
}

/** "the poll" after a named poll is that poll: the speaker under the earlier source's name. */
function named(sp: Speaker, earlier: Source | null): Speaker {
  if (!earlier || !SOURCE_DESCRIPTION.test(sp.mention.trim()) || earlier.a.speaker === sp) return sp;
  const name = earlier.a.speaker!.name;
  if (SOURCE_DESCRIPTION.test(name.trim())) return sp;
  return { ...sp, name, kind: earlier.a.speaker!.kind, resolved: true };
}

/**
 * Whether sentence si, opening a paragraph, stands between two of the same voice's statements: the last
 * sentence of the paragraph before, and the next one of its own paragraph, which names the voice again
 * ("…, he said. ¶ Nationally, a quarter of students owe too much. As a rule, …, he said.").
 */
function between(ctx: AttributionContext, covered: Map<number, Attribution[]>, person: Source, si: number): boolean {
  const { sentences } = ctx.doc;
  const next = sentences[si + 1];
  if (!next || next.paragraph !== sentences[si].paragraph || person.last !== si - 1) return false;
  // (a voice that speaks, not analysts who "expected" a figure in a relative clause)
  const speaks = (a: Attribution) => !!a.cue && SPEECH_CUES.has(a.cue.lemma) && (a.speaker?.kind === "person" || a.speaker?.kind === "organization");
  if (!speaks(person.a)) return false;
  const name = person.a.speaker!.name;
  return (covered.get(si + 1) ?? []).some((a) => speaks(a) && a.speaker!.name === name && ctx.sentenceOf(a.cue!.start) === si + 1);
}

/**
 * Whether sentence si goes on with an organisation's report in the one-sentence paragraphs of a wire story:
 * the paragraph before it is the report's last sentence alone, holding figures of its own, and si is alone in
 * its paragraph ("Harbor Air reported a 23 percent rise in profit. ¶ Revenue rose 11 percent to 3.9 billion euros.").
 */
function wireReport(ctx: AttributionContext, voice: Source, si: number): boolean {
  const { sentences } = ctx.doc;
  const alone = (k: number) => sentences[k - 1]?.paragraph !== sentences[k].paragraph && sentences[k + 1]?.paragraph !== sentences[k].paragraph;
  // (a statement with no figure, "The bank said it stood ready to act", opens no passage of figures: the
  // market's moves after it are the writer's)
  return voice.a.speaker?.kind === "organization" && voice.last === si - 1 && alone(si) && alone(si - 1) && hasFigure(ctx, voice.a);
}

/**
 * Whether the paragraph opening at sentence si has neither a figure nor a cue: the writer's own turn, which
 * ends a data set's passage (a poll's goes on past a subhead: "Utah is the state to watch." before its figures).
 */
function quietParagraph(ctx: AttributionContext, covered: Map<number, Attribution[]>, si: number): boolean {
  const { sentences } = ctx.doc;
  for (let k = si; k < sentences.length && sentences[k].paragraph === sentences[si].paragraph; k++) {
    if ((covered.get(k) ?? []).some((a) => a.cue && ctx.sentenceOf(a.cue.start) === k)) return false;
    if (hasFigure(ctx, { content: { start: sentences[k].start, end: sentences[k].end } } as Attribution)) return false;
  }
  return true;
}

function carry(ctx: AttributionContext, found: Attribution[]): Attribution[] {
  const { doc } = ctx;
  // the readings by the sentences they cover, and the sentences holding a cue
  const covered = new Map<number, Attribution[]>();
  for (const a of found) {
    if (a.first < 0) continue;
    for (let si = a.first; si <= a.last; si++) {
      const list = covered.get(si);
      if (list) list.push(a); else covered.set(si, [a]);
    }
  }
  let data: Source | null = null, person: Source | null = null;
  // the last figure source read, whatever ended its passage since: what a later "the new poll" names
  let lastSource: Source | null = null;
  let reference: Reference | null | undefined;
  const added: Attribution[] = [];
  for (const s of doc.sentences) {
    const si = s.index;
    const here = covered.get(si);
    // ("More is on the way." between an analysis's figures and the donors' news: the writer moves on)
    if (data && (si === 0 || doc.sentences[si - 1].paragraph !== s.paragraph) && !ASKED.test(data.a.speaker!.name) && quietParagraph(ctx, covered, si)) data = null;
    // (a sentence whose only cues are a poll's respondents' is the poll's throughout: "Only 52 percent of
    // voters agreed that …" — the 52 is outside what they agreed to)
    let answers = false;
    if (here) {
      // the readings whose cue is in this sentence name its sources (a reading carried into it from a
      // sentence before changes nothing)
      let voices = 0, claiming = 0;
      for (const a of here) {
        // (a reading whose cue claims none of its figures, "she needed loans for four years", "voters who
        // back her by 9 points", is no source of them and leaves them to be carried; someone else, a
        // person or an organisation, acting ends a voice's passage, and a person acting a data set's)
        if (a.unclaimed) {
          if (a.unclaimed === "act" && a.cue && a.cue.start >= s.start && a.cue.start < s.end && a.speaker && a.speaker.kind !== "group" && !POSSESSED.test(a.speaker.mention)) {
            if (person && person.a.speaker?.name !== a.speaker.name) person = null;
            // (not one in a relative clause, "Hispanics, who back her by 9 points": a description of the
            // respondents in the writer's sentence, no one acting on their own)
            // (nor a candidate's share in a poll's passage, "Walsh drew 41 percent", "Lee won 30 percent": the poll's finding)
            if (a.speaker.kind === "person" && !RELATIVE.test(a.speaker.mention.trim()) && !(data && ASKED.test(data.a.speaker!.name) && SHARE_FIGURE.test(ctx.text.slice(s.start, s.end)))) data = null;
          }
          continue;
        }
        // (nor does a stance whose content holds no figure, "retirees, who prefer Lopez by 5 points":
        // the figures are outside what it says, and go on under the source)
        if (a.mode !== "according-to" && a.cue && !FIGURE_CUES.has(a.cue.lemma.split(" ")[0]) && !hasFigure(ctx, a)) continue;
        claiming++;
        if (!a.cue || a.cue.start < s.start || a.cue.start >= s.end) continue;
        // ("A majority of voters expect …", "63 percent said …" in a poll's passage: the poll's finding)
        if (data && ASKED.test(data.a.speaker!.name) && (!a.speaker || a.speaker.kind === "group" && RESPONDENTS.test(a.speaker.mention.trim()) || a.speaker.kind !== "person" && shareSays(ctx, a) || shareOpens(ctx, a))) {
          a.speaker = data.a.speaker;
          answers = true;
          continue;
        }
        // ("Four plants reported declines", "the plants in Ohio reported $2 billion" in a data set's passage:
        // those it counts, reporting to it, give its figures)
        if (data && !ASKED.test(data.a.speaker!.name) && REPORTING_CUES.has(a.cue.lemma) && a.speaker && countedReporters(a.speaker)) {
          a.speaker = data.a.speaker;
          answers = true;
          continue;
        }
        // ("Home state favoritism appears to play a role": a stance or an act is no reported passage whose
        // figures go on; it neither opens one nor ends one)
        if (a.mode !== "according-to" && !FIGURE_CUES.has(a.cue.lemma.split(" ")[0])) continue;
        voices++;
        if (!a.speaker) { person = null; continue; }
        // (any source so named, a figure source or a voice: "reports said …")
        if (UNNAMED_SOURCES.test(a.speaker.mention.trim())) {
          // ("Reports say …", "formal studies indicated …": a source no one could tell from the next; its
          // own sentence is its, not the passage after it)
          data = null;
          person = null;
        } else if (isFigureSource(a)) {
          // ("The bureau said … According to the data, …": the data are the organisation's that spoke last)
          a.speaker = named(sourceNamed(a.speaker), data ?? (person?.a.speaker?.kind === "organization" && person.a.speaker.resolved ? person : null) ?? lastSource);
          data = { a, paragraph: s.paragraph, last: a.last };
          lastSource = data;
          person = null;
        } else {
          // (a person speaking ends the poll's or data set's passage; one reporting figures may be a
          // name the rules took for a person's, "Harbor Casino reported")
          person = { a, paragraph: s.paragraph, last: a.last };
          if (a.speaker.kind === "person" && !REPORTING_CUES.has(a.cue.lemma)) data = null;
        }
      }
      if (claiming && (!answers || voices)) continue;
    }
    // (the source first: with none to carry, the sentence's figures are not looked for, which was most of
    // this refiner's time)
    // (a quoted passage ends where its quotation closes: an unquoted sentence after '"…," she said.' is the
    // writer's, "The firm cut 300 jobs", a quotation that goes on being the continuation's)
    const from = answers ? data : person && person.a.mode !== "direct" && (person.paragraph === s.paragraph || between(ctx, covered, person, si) || wireReport(ctx, person, si)) && si - person.last <= PERSON_REACH ? person : data;
    if (!from) continue;
    const content = { start: s.start, end: s.start + doc.text.slice(s.start, s.end).replace(CLOSING, "").length };
    if (content.end - content.start < 3 || !hasFigure(ctx, { content } as Attribution)) continue;
    // (the writer's history between a source's figures is no part of its passage, which goes on after it)
    if (reference === undefined) reference = backgroundReference(ctx);
    const poll = from !== person && ASKED.test(from.a.speaker!.name);
    if (isBackground(ctx, si, reference, poll, from !== person && !poll)) continue;
    const a = from.a;
    const c: Attribution = { first: si, last: si, content, mode: a.mode, cue: a.cue, speaker: a.speaker, hedges: [], evidence: null, confidence: 0, carried: true };
    added.push(c);
    ctx.file(c);
    if (from === person) person.last = si;
  }
  return added.length ? [...found, ...added] : found;
}

export const carriedSources: Refiner = {
  name: "carried sources",
  refine: carry,
};
