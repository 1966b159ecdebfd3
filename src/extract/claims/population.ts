// A poll's shares told one after another share their population: "Only 52 percent of registered voters
// agreed …, while 73 percent said the same of Trump. However, 63 percent said …": the later shares, which
// report what the respondents said (or favour, blame, …), count the registered voters too. And they measure
// the same thing: "Support for the Social Democrats stood at 29 percent, while the Greens were on 20 percent.
// The Left party fell two points to 11 percent": the Greens' and the Left's figures are support too, not the parties.

import type { Quantity } from "../../types.js";
import type { CountedInfo } from "./counted.js";
import { SAY_VERBS } from "./phrases.js";
import { pairedFigure } from "./vote-tally.js";
import { MATCHUP_VERBS, OPINION_VERBS, PARTY_NOUNS, RESPONDENT_NOUNS, SAMPLING_VERBS, SUPPORT_NOUNS } from "../../language/name-words.js";

const isShare = (q: Quantity) => q.kind === "percent" || (q.kind === "number" && q.value !== null && q.value > 0 && q.value < 1);
// "fell two points": a change in a share
const POINTS_AFTER = /^\s*(?:percentage\s+)?points?\b/;
// "a poll of 2,047 registered voters"
const POLL_OF_BEFORE = /\b(?:poll|survey|sample)\s+of\s+$/i;
// the head of a counted phrase: its words before a preposition
const headWords = (counted: string) => counted.split(/\s+(?:for|of|in|from|at|on|among)\s+/)[0].split(/\s+/);

/** Whether a counted phrase names a poll's respondents: "Cuban Americans", "likely voters" */
function isRespondents(counted: string): boolean {
  const words = headWords(counted);
  return RESPONDENT_NOUNS.has(words[words.length - 1].toLowerCase());
}

/** Whether a counted phrase names a party or a candidate: "Greens", "SPD", "the Left party", "Alternative for Germany". */
function namesParty(counted: string): boolean {
  const words = headWords(counted);
  const last = words[words.length - 1];
  return /^\p{Lu}/u.test(last) || (PARTY_NOUNS.has(last.toLowerCase()) && words.some((w) => /^\p{Lu}/u.test(w)));
}

/** The population of the last share in the paragraph, given to a later share that reports an answer and counts nothing. */
export class SharePopulation {
  private counted: string | null = null;
  private paragraph = -1;
  /** the support a named party's last share measured, and its paragraph */
  private support: string | null = null;
  private supportParagraph = -1;
  /** the last share's respondents ("Republican voters"), and their paragraph */
  private respondents: string | null = null;
  private respondentsParagraph = -1;

  /** Reads or fills `info` (in place) for the share `q` in `paragraph` (`text`: the document's, around `q`). */
  carry(q: Quantity, info: CountedInfo, paragraph: number, text = ""): void {
    const points = q.kind === "number" && POINTS_AFTER.test(text.slice(q.end, q.end + 20));
    // a head-to-head result's bare figures: "tops B 41-40", "beating B 45 to 40 percent"
    const score = q.kind === "number" && info.predicate !== null && MATCHUP_VERBS.has(info.predicate) && pairedFigure(text, q);
    if (!isShare(q) && !points && !score) {
      this.sample(info, paragraph, POLL_OF_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)));
      return;
    }
    this.carrySupport(info, paragraph);
    if (points) return;
    this.carryRespondents(info, paragraph);
    if (info.counted) {
      this.counted = info.counted;
      this.paragraph = paragraph;
    } else if (this.counted && paragraph === this.paragraph && info.predicate && (SAY_VERBS.has(info.predicate) || OPINION_VERBS.has(info.predicate))) {
      info.counted = this.counted;
    } else if (this.counted && paragraph - this.paragraph <= 2 && isRespondents(this.counted)) {
      info.counted = this.counted;
      this.paragraph = paragraph;
    }
  }

  /**
   * "41 percent of Republican voters backed A. B was second at 12 percent.": a candidate standing at a share, in
   * this paragraph or the next two after a share of a poll's respondents, stands at a share of those respondents.
   */
  private carryRespondents(info: CountedInfo, paragraph: number): void {
    if (!info.counted) return;
    const words = headWords(info.counted), head = words[words.length - 1].toLowerCase();
    if (SUPPORT_NOUNS.has(head)) return;
    if (RESPONDENT_NOUNS.has(head)) {
      this.respondents = info.counted;
      this.respondentsParagraph = paragraph;
    } else if (this.respondents && paragraph - this.respondentsParagraph <= 2 && info.predicate !== null &&
      (info.predicate === "be" || info.predicate === "poll" || MATCHUP_VERBS.has(info.predicate)) && namesParty(info.counted)) {
      // (a matchup's figures too: "A tops B 41-40" counts the respondents, not A)
      info.counted = this.respondents;
      info.countedSpan = null;
      this.respondentsParagraph = paragraph;
    }
  }

  /** "a poll of 2,047 registered voters", "surveyed 1,000 adults": the sample a poll asked is its respondents. */
  private sample(info: CountedInfo, paragraph: number, pollOf: boolean): void {
    if (!info.counted || (!pollOf && (info.predicate === null || !SAMPLING_VERBS.has(info.predicate)))) return;
    const words = headWords(info.counted);
    if (!RESPONDENT_NOUNS.has(words[words.length - 1].toLowerCase())) return;
    this.respondents = info.counted;
    this.respondentsParagraph = paragraph;
  }

  /** A share whose clause names a party, after one that measured a party's support in this paragraph or the one before, is support too. */
  private carrySupport(info: CountedInfo, paragraph: number): void {
    if (!info.counted) return;
    const words = headWords(info.counted), head = words[words.length - 1].toLowerCase();
    // "Support for the Greens", "Labour's support"
    if (SUPPORT_NOUNS.has(head) && (words.length > 1 ? /^\p{Lu}/u.test(words[0]) : /\s(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(info.counted))) {
      this.support = head;
    } else if (this.support && paragraph - this.supportParagraph <= 1 && namesParty(info.counted)) {
      info.counted = this.support;
      info.countedSpan = null;
    } else return;
    this.supportParagraph = paragraph;
  }
}
