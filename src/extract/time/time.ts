// Time expressions and the periods they denote, resolved against the publication date.
//
// Calendar dates ("January 20", "on Tuesday", "Sept. 11, 2016") go through chrono-node. Periods are our
// own rules: chrono resolves expressions to instants, so "last year" comes back as a single day a year
// before the reference, and it does not read bare years ("in 2016"), halves, quarters or "the same
// period" at all — and those are what quantitative claims are about.

import * as chrono from "chrono-node";
import type { AnalyzedDocument } from "../document.js";
import type { Span } from "../../types.js";
import { wordTable } from "../../language/word-table.js";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, YEAR_LABELLED_NOUNS } from "../../language/calendar.js";
import { countingWords } from "../../language/numbers.js";
import { estimateBefore } from "../quantities/quantities.js";
import { datelineLength } from "../../text/dateline.js";

export interface TimeExpression extends Span {
  text: string;
  /** the period it denotes, ISO dates inclusive; null when it could not be resolved (no reference date) */
  period: { start: string; end: string } | null;
  /** "date": a day or a point ("January 20"); "period": a span of time ("last year", "in 2016");
   *  "same-period": anaphoric ("over the same period"), resolved by the claims stage;
   *  "day-before": the day before the passage's day ("from 1.51 percent the day before"), resolved there too;
   *  "year-before": a year before the time its sentence names ("from 65 million a year earlier"), resolved there too */
  kind: "date" | "period" | "same-period" | "day-before" | "year-before";
  /** the time a figure is measured against, not the figure's own ("more than a year ago", "compared with
   *  the same period in 2014", "down 2 points from the 2017 vote", "the lowest since 1988") */
  base?: "than" | "from" | "since" | "event";
  /** a year that names a thing or a person rather than dates a figure ("the 1973 building", "a 2009
   *  graduate"), or a dateline's day: still a time, not a quantity, but the period of no figure */
  label?: true;
}

// month names and abbreviations → month (0-11)
const MONTH_ABBR: Record<string, number> = wordTable({});
MONTHS.forEach((m, i) => (MONTH_ABBR[m] = i));
for (const a of MONTH_ABBREVIATIONS) MONTH_ABBR[a] = MONTHS.findIndex((m) => m.startsWith(a));
/** the month (0-11) a matched name or abbreviation ("Sept.", "june") names */
const monthIndex = (word: string) => MONTH_ABBR[word.toLowerCase().replace(".", "")];
const MONTH_RE = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS.map((a) => `${a}\\.?`)].join("|")})`;
const YEAR_RE = "(?:1[89]\\d\\d|20\\d\\d)";
const YEAR_IN = new RegExp(YEAR_RE);
// a plural noun after a bare four-digit number makes it a count: "2000 people"
const COUNT_NOUN_AFTER = /^\s+(?:[a-z]+s|people|men|women|children|staff|police)\b/;
const ORD: Record<string, number> = wordTable({ first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 });
// counts of units of time: "the past three years", "two months ago"
const NUM: Record<string, number> = wordTable({ a: 1, ...Object.fromEntries(countingWords(12).map((w, i) => [w, i + 1])), few: 3, several: 3 });
const UP_TO_TWELVE = countingWords(12).join("|");
const UP_TO_TEN = countingWords(10).join("|");
// a year that names the noun after it, up to three words on ("the 1973 building", "a 2009 Hill College graduate")
const YEAR_LABEL = new RegExp(`^\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${YEAR_LABELLED_NOUNS.join("|")})(?:e?s)?\\b`, "iu");

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const yearPeriod = (y: number) => ({ start: iso(y, 0, 1), end: iso(y, 11, 31) });
const monthPeriod = (y: number, m: number) => ({ start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)) });
export function shift(date: string, days: number): string {
  const d = new Date(date + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function parts(date: string) {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) - 1, d: Number(date.slice(8, 10)) };
}
/** the most recent month `m` at or before the reference (news speaks of the past) */
function recentMonth(ref: string, m: number) {
  const r = parts(ref);
  return monthPeriod(m <= r.m ? r.y : r.y - 1, m);
}
function weekOf(ref: string, offsetWeeks: number) {
  const r = new Date(ref + "T00:00:00Z");
  const monday = shift(ref, -((r.getUTCDay() + 6) % 7) + offsetWeeks * 7);
  return { start: monday, end: shift(monday, 6) };
}

interface Rule {
  re: RegExp;
  kind: TimeExpression["kind"];
  /** the period, given the match and the reference date (null when the reference is needed and missing) */
  resolve: (m: RegExpExecArray, ref: string | null) => { start: string; end: string } | null;
  /** what the text must hold for `re` to match at all (a cheap test first: most sentences name no time) */
  needs?: RegExp;
  /** a match that only looks like a time, given the text after it */
  reject?: (m: RegExpExecArray, after: string, before: string) => boolean;
  /** a time that names the noun after it, given the text after it */
  label?: (m: RegExpExecArray, after: string) => boolean;
  /** resolved to the latest such span begun by the reference (a month or a quarter with no year): the next
   *  one in a clause that looks ahead */
  latest?: true;
}

const needRef = (f: (ref: string, m: RegExpExecArray) => { start: string; end: string } | null) => (m: RegExpExecArray, ref: string | null) =>
  ref ? f(ref, m) : null;

function halfOrQuarter(which: string, unit: string, y: number) {
  const n = ORD[which.toLowerCase()] ?? 1;
  if (/half/i.test(unit)) {
    const h = Math.min(n, 2);
    return { start: iso(y, (h - 1) * 6, 1), end: iso(y, h * 6 - 1, lastDay(y, h * 6 - 1)) };
  }
  return { start: iso(y, (n - 1) * 3, 1), end: iso(y, n * 3 - 1, lastDay(y, n * 3 - 1)) };
}
function relativeYear(word: string, ref: string) {
  const y = parts(ref).y;
  return /last|previous|past/i.test(word) ? y - 1 : /next|coming/i.test(word) ? y + 1 : y;
}

// Order matters: longer, more specific patterns first; overlapping later matches are dropped.
const RULES: Rule[] = [
  { re: /\b(?:(?:over|during|in|for|within)\s+)?the\s+same\s+(?:period|time(?:\s+period|\s*frame)?|year|months?)\b/gi, needs: /same/i, kind: "same-period", resolve: () => null },
  { re: /\b(?:the\s+(?:day|session)\s+before|the\s+previous\s+(?:day|session)|a\s+day\s+earlier)\b/gi, needs: /before|previous|earlier/i, kind: "day-before", resolve: () => null },
  // (not "a year before the vote", "a year earlier than planned", "the year before last": those name another time)
  { re: /\b(?:the\s+year\s+before|a\s+year\s+earlier)\b(?!\s+(?:than|last|the|a|an|his|her|its|their|this|that)\b)/gi, needs: /before|earlier/i, kind: "year-before", resolve: () => null },
  {
    re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+(half|quarter)\\s+of\\s+(${YEAR_RE}|this\\s+year|last\\s+year|the\\s+year)\\b`, "gi"),
    needs: /half|quarter/i,
    kind: "period",
    resolve: (m, ref) => {
      const y = /^\d/.test(m[3]) ? Number(m[3]) : ref ? relativeYear(m[3], ref) : null;
      return y === null ? null : halfOrQuarter(m[1], m[2], y);
    },
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?first\\s+(\\w+)\\s+months\\s+of\\s+(${YEAR_RE}|this\\s+year|last\\s+year|the\\s+year)\\b`, "gi"),
    needs: /months/i,
    kind: "period",
    resolve: (m, ref) => {
      const n = Number(m[1]) || NUM[m[1].toLowerCase()];
      const y = /^\d/.test(m[2]) ? Number(m[2]) : ref ? relativeYear(m[2], ref) : null;
      if (!n || y === null) return null;
      return { start: iso(y, 0, 1), end: iso(y, Math.min(n, 12) - 1, lastDay(y, Math.min(n, 12) - 1)) };
    },
  },
  {
    // a span of months: "between June and September", "from March to May 2024", "June-August"
    re: new RegExp(`\\b(?:(?:between|from)\\s+(?:(?:early|late|mid-?)\\s*)?(${MONTH_RE})(?:\\s+(${YEAR_RE}))?\\s+(?:and|to|through|until|till)\\s+|(${MONTH_RE})[-–])` +
      `(?:(?:early|late|mid-?)\\s*)?(${MONTH_RE})(?!\\s*\\d{1,2}\\b)(?:,?\\s+(${YEAR_RE}))?\\b`, "gi"),
    kind: "period",
    resolve: (m, ref) => {
      const m0 = monthIndex(m[1] ?? m[3]), m1 = monthIndex(m[4]);
      let y0 = m[2] ? Number(m[2]) : null, y1 = m[5] ? Number(m[5]) : null;
      if (y0 === null && y1 === null) {
        if (!ref) return null;
        // news speaks of the past: the latest such span begun by the reference (it may still be running)
        const r = parts(ref);
        y0 = m0 <= r.m ? r.y : r.y - 1;
      }
      y0 ??= m0 <= m1 ? y1! : y1! - 1;
      y1 ??= m0 <= m1 ? y0 : y0 + 1;
      return { start: iso(y0, m0, 1), end: iso(y1, m1, lastDay(y1, m1)) };
    },
  },
  {
    // a half or a quarter with no year: the latest begun by the reference ("in the first half", "second-quarter profit")
    re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(half|quarter)\b(?!\s+of\b)/gi,
    needs: /half|quarter/i,
    kind: "period",
    latest: true,
    resolve: needRef((ref, m) => {
      const r = parts(ref);
      const p = halfOrQuarter(m[1], m[2], r.y);
      return p.start > ref ? halfOrQuarter(m[1], m[2], r.y - 1) : p;
    }),
  },
  {
    // the months up to a month's end: "the three months to June", "the nine months ended September 30, 2025"
    re: new RegExp(`\\bthe\\s+(\\d+|${UP_TO_TWELVE})\\s+months\\s+(?:to|ended|ending|through)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_RE})(?:\\s+\\d{1,2})?(?:,?\\s+(${YEAR_RE}))?\\b`, "gi"),
    needs: /months/i,
    kind: "period",
    resolve: (m, ref) => {
      const n = Math.min(12, Number(m[1]) || NUM[m[1].toLowerCase()] || 1);
      const mo = monthIndex(m[2]);
      const y = m[3] ? Number(m[3]) : ref ? Number(recentMonth(ref, mo).start.slice(0, 4)) : null;
      if (y === null) return null;
      const start = new Date(Date.UTC(y, mo - n + 1, 1));
      return { start: iso(start.getUTCFullYear(), start.getUTCMonth(), 1), end: iso(y, mo, lastDay(y, mo)) };
    },
  },
  {
    // the latest Saturday and Sunday by the reference: "over the weekend", "at the weekend", "last weekend"
    re: /\b(?:(?:over|during|at)\s+the|this\s+past|last|this)\s+weekend\b/gi,
    needs: /weekend/i,
    kind: "period",
    resolve: needRef((ref) => {
      const back = (new Date(ref + "T00:00:00Z").getUTCDay() + 1) % 7;
      const saturday = shift(ref, -back);
      return { start: saturday, end: shift(saturday, 1) > ref ? ref : shift(saturday, 1) };
    }),
  },
  {
    re: new RegExp(`\\b(Q[1-4]|H[12])\\s+(${YEAR_RE})\\b`, "g"),
    needs: YEAR_IN,
    kind: "period",
    resolve: (m) => halfOrQuarter(["first", "second", "third", "fourth"][Number(m[1][1]) - 1], m[1][0] === "H" ? "half" : "quarter", Number(m[2])),
  },
  {
    re: new RegExp(`\\b(?:fiscal\\s+(?:year\\s+)?)?(${YEAR_RE})\\s*[-–/]\\s*(\\d{2}|${YEAR_RE})\\b(?!\\s*(?:%|percent|people|per\\b))`, "gi"),
    needs: YEAR_IN,
    kind: "period",
    resolve: (m) => {
      const y0 = Number(m[1]);
      const y1 = m[2].length === 2 ? Math.floor(y0 / 100) * 100 + Number(m[2]) : Number(m[2]);
      return y1 > y0 && y1 - y0 < 20 ? { start: iso(y0, 0, 1), end: iso(y1, 11, 31) } : null;
    },
  },
  {
    re: new RegExp(`\\bsince\\s+(?:(${MONTH_RE})\\s+)?(${YEAR_RE})\\b`, "gi"),
    needs: YEAR_IN,
    kind: "period",
    resolve: needRef((ref, m) => {
      const y = Number(m[2]);
      const mo = m[1] ? monthIndex(m[1]) : 0;
      return { start: iso(y, mo, 1), end: ref };
    }),
  },
  {
    re: new RegExp(`\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?(${MONTH_RE})(?!\\s*\\d)\\b`, "gi"),
    needs: /since/i,
    kind: "period",
    resolve: needRef((ref, m) => ({ start: recentMonth(ref, monthIndex(m[1])).start, end: ref })),
  },
  {
    re: new RegExp(`\\b(?:(?:early|late|mid-?)\\s*)?(${MONTH_RE})\\s+(?:of\\s+)?(${YEAR_RE})\\b`, "gi"),
    needs: YEAR_IN,
    kind: "period",
    resolve: (m) => monthPeriod(Number(m[2]), monthIndex(m[1])),
  },
  {
    // a month of a year told relative to the reference: "February of last year", "in early March this year"
    re: new RegExp(`\\b(?:(?:early|late|mid-?)\\s*)?(${MONTH_RE})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi"),
    needs: /year/i,
    kind: "period",
    resolve: needRef((ref, m) => monthPeriod(relativeYear(m[2], ref), monthIndex(m[1]))),
  },
  {
    // a season of a year: "by the spring of 2012", "in summer 2019", "last fall" is not read (the season's year is unclear)
    re: new RegExp(`\\b(?:(?:in|by|during|until|through|the)\\s+)+(?:(?:early|late|mid-?)\\s*)?(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(${YEAR_RE})\\b`, "gi"),
    needs: YEAR_IN,
    kind: "period",
    resolve: (m) => {
      const y = Number(m[2]), season = m[1].toLowerCase();
      const first = season === "spring" ? 2 : season === "summer" ? 5 : season === "winter" ? -1 : 8;
      // (winter runs across the turn of the year: the year's own months then)
      return first < 0 ? yearPeriod(y) : { start: iso(y, first, 1), end: iso(y, first + 2, lastDay(y, first + 2)) };
    },
  },
  {
    re: /\b(?:so\s+far\s+|earlier\s+|later\s+)?(this|last|next|past|previous|coming)\s+(year|quarter|month|week|decade)\b/gi,
    needs: /year|quarter|month|week|decade/i,
    kind: "period",
    resolve: needRef((ref, m) => {
      const w = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const dir = /last|previous|past/.test(w) ? -1 : /next|coming/.test(w) ? 1 : 0;
      const r = parts(ref);
      if (unit === "year") {
        const y = r.y + dir;
        return /so far|earlier/i.test(m[0]) && dir === 0 ? { start: iso(y, 0, 1), end: ref } : yearPeriod(y);
      }
      if (unit === "quarter") {
        const k = r.y * 4 + Math.floor(r.m / 3) + dir;
        return halfOrQuarter(["first", "second", "third", "fourth"][k % 4], "quarter", Math.floor(k / 4));
      }
      if (unit === "month") {
        const d = new Date(Date.UTC(r.y, r.m + dir, 1));
        return monthPeriod(d.getUTCFullYear(), d.getUTCMonth());
      }
      if (unit === "decade") return dir === 0 ? { start: iso(r.y - (r.y % 10), 0, 1), end: ref } : { start: iso(r.y - 10, r.m, r.d), end: ref };
      return weekOf(ref, dir);
    }),
  },
  {
    // the current one of a recurring event ("this election", "this season"): the reference's year
    re: /\b(?:(?:in|during|for)\s+)?this\s+(?:(?:presidential|general)\s+)?(?:election(?:\s+cycle)?|campaign|cycle|season)\b/gi,
    needs: /this/i,
    kind: "period",
    resolve: needRef((ref) => yearPeriod(parts(ref).y)),
  },
  {
    re: new RegExp(`\\b(?:(?:in|over|during)\\s+)?the\\s+(?:past|last|previous)\\s+(\\d+|a|${UP_TO_TWELVE}|few|several)\\s+(years?|months?|weeks?|days?|hours?)\\b`, "gi"),
    needs: /year|month|week|day|hour/i,
    kind: "period",
    resolve: needRef((ref, m) => {
      const n = Number(m[1]) || NUM[m[1].toLowerCase()] || 1;
      const unit = m[2].toLowerCase().replace(/s$/, "");
      // ("the past 24 hours": the reference and the day before)
      const days = unit === "year" ? 365 * n : unit === "month" ? 30 * n : unit === "week" ? 7 * n : unit === "hour" ? Math.ceil(n / 24) + 1 : n;
      return { start: shift(ref, -days + 1), end: ref };
    }),
  },
  {
    re: new RegExp(`\\b(\\d+|a|${UP_TO_TEN})\\s+(years?|months?)\\s+ago\\b`, "gi"),
    needs: /ago/i,
    kind: "period",
    resolve: needRef((ref, m) => {
      const n = Number(m[1]) || NUM[m[1].toLowerCase()] || 1;
      const r = parts(ref);
      if (/year/i.test(m[2])) return yearPeriod(r.y - n);
      const d = new Date(Date.UTC(r.y, r.m - n, 1));
      return monthPeriod(d.getUTCFullYear(), d.getUTCMonth());
    }),
  },
  {
    // a bare year where it reads as a time: "in 2016", "during 2015", "2016's", "the 2015 figure"
    re: new RegExp(`\\b(?:(in|during|for|throughout|of|by|until|through|before|after|from|between)\\s+(?:the\\s+(?:whole\\s+|entire\\s+)?(?:year\\s+|calendar\\s+year\\s+)?)?)?(${YEAR_RE})(?![\\d,.]\\d|\\s*(?:%|percent))\\b`, "gi"),
    needs: YEAR_IN,
    kind: "period",
    resolve: (m) => yearPeriod(Number(m[2])),
    // without a preposition, "2000 people" is a count, not a year
    // (nor after "of" with a plural noun next: "a poll of 2047 registered voters", "a total of 1999 votes")
    reject: (m, after, before) => (!m[1] && (COUNT_NOUN_AFTER.test(after) || estimateBefore(before))) ||
      (m[1]?.toLowerCase() === "of" && (COUNT_NOUN_AFTER.test(after) || /^\s+[a-z]+ed\s+[a-z]+s\b/.test(after))),
    // and "the 1973 building" names the building
    label: (m, after) => !m[1] && YEAR_LABEL.test(after),
  },
  {
    // "in June", "by the end of June", "in early March", "mid-May"
    re: new RegExp(`\\b(?:(?:in|during|last|this|since|by|until|through)\\s+(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?(?:(?:early|late|mid-?)\\s*)?|(?:early|late|mid-?)\\s*)(${MONTH_RE})(?!\\s*\\d)\\b`, "gi"),
    kind: "period",
    resolve: needRef((ref, m) => recentMonth(ref, monthIndex(m[1]))),
    latest: true,
  },
];

// Words that may start a calendar date chrono can read; sentences without any of them skip chrono,
// which is by far the slowest step here.
/** a bare number at the start of chrono's reading, and the marks that make a number a time of day */
const HOUR_READ = /^\d{1,2}\s+(?=\S)/;
const TIME_OF_DAY = /\d[:.]\d|\b(?:[ap]\.?m\b|o['’]clock|hours?\b|hrs\b|noon|midnight)/i;
const CHRONO_HINT = new RegExp(`\\b(?:${MONTH_RE}\\s*\\d|\\d{1,2}\\s+${MONTH_RE}|${WEEKDAYS.join("|")}|yesterday|today|tonight|tomorrow|\\d{1,2}/\\d{1,2}/\\d{2,4})`, "i");

/** Time expressions in a sentence, in text order, with their periods resolved against `reference`. */
export function findTimeExpressions(doc: AnalyzedDocument, sentence: number, reference: string | null): TimeExpression[] {
  const s = doc.sentences[sentence];
  return findTimes(doc.text.slice(s.start, s.end), reference, s.start);
}

// a month name that is also a common word, in lower case with nothing else: chrono reads "march", "may" as a month
const LOWER_MONTH_WORD = /^(?:march|may)$/;
/** How far after the reference a yearless day is still read as coming, not as last year's */
const UPCOMING_DAYS = 45;

// (true if a rule above ever reads a date: then every sentence must be read for them)
const RULES_DATE = RULES.some((r) => r.kind === "date");

/**
 * The calendar days and dates of a sentence (kind "date"), as findTimeExpressions finds them. Only chrono
 * reads those, so a sentence with none of its hints has none: the sentences without a number ask only
 * this (reading every time expression of each was 15% of extract()).
 */
export function findDateExpressions(doc: AnalyzedDocument, sentence: number, reference: string | null): TimeExpression[] {
  const s = doc.sentences[sentence];
  const text = doc.text.slice(s.start, s.end);
  if (!RULES_DATE && !CHRONO_HINT.test(text)) return [];
  return findTimes(text, reference, s.start).filter((t) => t.kind === "date");
}

// The base of a comparison: a time right after "than" (past a pronoun and its verb: "than they did in
// 2014"), "compared with", "versus"; one right after "from" that opens no range ("from 2010 to 2015"); one
// after "since" that follows a superlative ("the lowest since 1988"); and a time right after a base ("than
// the same month last year").
const BASE_BEFORE = /\b(?:than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:(?:it|they|he|she|we|you|there)\s+(?:[\p{L}']+\s+)?)?(?:(?:in|during|at|for|over|on)\s+)?$/iu;
const SUPERLATIVE_BEFORE = /\b(?:\p{L}{2,}est|most|least|first|best|worst)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RANGE_AFTER = /^\s*(?:to|through|until|till|and|[-–])\s/i;
// the day of an event the figure's is placed after or before ("declared a state of calamity following
// Wednesday's quake", "ahead of Sunday's vote"): the time of that event, not the figure's
const EVENT_BEFORE = /\b(?:after|following|before|prior\s+to|ahead\s+of|since)\s+(?:the\s+)?$/i;
const POSSESSIVE_AFTER = /^['’]s\s/;
const RANGE_IN = /\s(?:to|through|until|till)\s|\d\s*[-–]\s*\d/i;
function baseOf(match: string, before: string, after: string): TimeExpression["base"] {
  if (EVENT_BEFORE.test(before) && POSSESSIVE_AFTER.test(after)) return "event";
  if (/^since\b/i.test(match)) return SUPERLATIVE_BEFORE.test(before) ? "since" : undefined;
  if (/^from\s/i.test(match) || /\bfrom\s+(?:the\s+)?$/i.test(before)) return RANGE_AFTER.test(after) || RANGE_IN.test(match) ? undefined : "from";
  return BASE_BEFORE.test(before) ? "than" : undefined;
}

/** a span counted from an event, not from the reference */
const EVENT_OFFSET = /\b(?:days?|weeks?|months?|years?)\s+(?:before|after|later|earlier)$/i;
// a clause that looks ahead, up to the time with no break between: a future auxiliary, or a word of expectation
// before "to" ("is likely to", "are expected to"); not "would", which may be a future seen from the past
const AHEAD_BEFORE = /(?:\b(?:will|shall)|\bwon['’]t|['’]ll|\b(?:likely|expected|set|due|going|scheduled|poised)\s+to)\b[^,;:()—.!?]{0,60}$/i;
/** the same span a year on */
function nextYear(p: { start: string; end: string }): { start: string; end: string } {
  const on = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4) === "-02-29" ? "-02-28" : d.slice(4)}`;
  const end = on(p.end);
  // (a February's last day in a leap year)
  return { start: on(p.start), end: end.endsWith("-02-28") ? iso(Number(end.slice(0, 4)), 1, lastDay(Number(end.slice(0, 4)), 1)) : end };
}

// Several rules need the same word (a year): each distinct prefilter is tested once per text, its answer
// kept in NEEDED (0 not asked, 1 there, 2 not there; findTimes calls nothing that calls it back).
const NEEDS = [...new Set(RULES.flatMap((r) => (r.needs ? [r.needs] : [])))];
const NEEDS_OF = RULES.map((r) => (r.needs ? NEEDS.indexOf(r.needs) : -1));
const NEEDED = new Int8Array(NEEDS.length);

/** Time expressions in `text` (offsets shifted by `offset`). */
export function findTimes(text: string, reference: string | null, offset = 0): TimeExpression[] {
  const out: TimeExpression[] = [];
  const taken = (a: number, b: number) => out.some((x) => a < x.end - offset && b > x.start - offset);
  NEEDED.fill(0);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r], n = NEEDS_OF[r];
    if (n >= 0) {
      if (NEEDED[n] === 0) NEEDED[n] = NEEDS[n].test(text) ? 1 : 2;
      if (NEEDED[n] === 2) continue;
    }
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (taken(m.index, m.index + m[0].length)) continue;
      if (rule.reject?.(m, text.slice(m.index + m[0].length, m.index + m[0].length + 24), text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const t: TimeExpression = { text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, kind: rule.kind, period: rule.resolve(m, reference) };
      const base = baseOf(m[0], text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (base) t.base = base;
      if (rule.label?.(m, text.slice(m.index + m[0].length, m.index + m[0].length + 48))) t.label = true;
      // ("likely to peak in the second quarter", "will vote in November": the coming one, not the last)
      if (rule.latest && t.period && reference && t.period.end < reference && AHEAD_BEFORE.test(text.slice(Math.max(0, m.index - 64), m.index))) t.period = nextYear(t.period);
      out.push(t);
    }
  }
  if (CHRONO_HINT.test(text)) {
    const refDate = reference ? new Date(reference + "T12:00:00Z") : new Date(Date.UTC(2000, 0, 1));
    for (const r of chrono.casual.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false })) {
      // chrono reads a bare number before a day as its hour ("the toll climbed to 23 on Sunday"): with no mark
      // of a time of day, the number is a figure of its own and the date is the rest
      const hour = HOUR_READ.exec(r.text);
      if (hour && r.start.isCertain("hour") && !TIME_OF_DAY.test(r.text)) Object.assign(r, { index: r.index + hour[0].length, text: r.text.slice(hour[0].length) });
      if (taken(r.index, r.index + r.text.length)) continue;
      // "will march on Saturday", "may extend": a month name in lower case standing alone is a verb or a noun
      if (LOWER_MONTH_WORD.test(r.text)) continue;
      const c = r.start;
      if (!c.isCertain("day") && !c.isCertain("weekday") && !c.isCertain("month")) continue;
      const yearKnown = c.isCertain("year");
      let y = c.get("year")!;
      const mo = c.get("month")! - 1;
      // chrono picks the nearest such day; news speaks of the past, so a yearless day after the reference is last
      // year's, unless it is within the weeks ahead a story announces ("the emergency lasts until April 30")
      if (!yearKnown && reference && iso(y, mo, c.get("day") ?? 1) > shift(reference, UPCOMING_DAYS)) y -= 1;
      let period: TimeExpression["period"] = null;
      if (c.isCertain("weekday") && !c.isCertain("day") && reference) {
        // a bare weekday ("on Friday") is the latest such day on or before the reference: chrono may pick
        // the next one, and the year rule above would then move it back a whole year
        const back = (new Date(reference + "T00:00:00Z").getUTCDay() - c.get("weekday")! + 7) % 7;
        // ("next Tuesday", "the coming Friday": the first such day after the reference)
        const day = /\b(?:next|coming)\s/i.test(r.text) || /\b(?:next|coming)\s+$/i.test(text.slice(Math.max(0, r.index - 8), r.index)) ? shift(reference, 7 - back) : shift(reference, -back);
        period = { start: day, end: day };
      } else if (yearKnown || reference) {
        period = c.isCertain("day") || c.isCertain("weekday") ? { start: iso(y, mo, c.get("day")!), end: iso(y, mo, c.get("day")!) } : monthPeriod(y, mo);
        if (r.end && yearKnown) period.end = iso(r.end.get("year")!, r.end.get("month")! - 1, r.end.get("day")!);
      }
      const t: TimeExpression = { text: r.text, start: offset + r.index, end: offset + r.index + r.text.length, kind: "date", period };
      // "four months before the election", "two days later": counted from an event told, which chrono counts from
      // the reference; still a time (its number is no figure), but the period of no figure
      if (EVENT_OFFSET.test(r.text)) t.label = true;
      const base = baseOf(r.text, text.slice(Math.max(0, r.index - 40), r.index), text.slice(r.index + r.text.length, r.index + r.text.length + 12));
      if (base) t.base = base;
      out.push(t);
    }
  }
  out.sort((a, b) => a.start - b.start);
  // a dateline's day ("WARSAW, March 6 (Reuters) -") is when the story was filed: the period of no figure
  const dateline = out.length ? datelineLength(text) : 0;
  for (const t of out) if (t.start - offset < dateline) t.label = true;
  for (let i = 1; i < out.length; i++) if (out[i - 1].base && !out[i].base && /^\s*$/.test(text.slice(out[i - 1].end - offset, out[i].start - offset))) out[i].base = out[i - 1].base;
  return out;
}

/** The date relative expressions are resolved against: the publication date, or else one inferred from
 *  the text (the latest full date it mentions, or the end of the latest year it mentions). */
export function referenceDate(doc: AnalyzedDocument): { date: string; inferred: boolean } | null {
  if (doc.published) return { date: doc.published, inferred: false };
  let best: string | null = null;
  const fullDate = new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2},?\\s+${YEAR_RE}\\b|\\b\\d{1,2}\\s+${MONTH_RE}\\s+${YEAR_RE}\\b|\\b${YEAR_RE}-\\d{2}-\\d{2}\\b`, "gi");
  for (const m of doc.text.matchAll(fullDate)) {
    const r = chrono.casual.parseDate(m[0], new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
    if (!r) continue;
    const d = r.toISOString().slice(0, 10);
    if (!best || d > best) best = d;
  }
  if (!best) {
    const years = [...doc.text.matchAll(new RegExp(`\\b${YEAR_RE}\\b`, "g"))].map((m) => Number(m[0]));
    if (years.length) best = `${Math.max(...years)}-12-31`;
  }
  return best ? { date: best, inferred: true } : null;
}
