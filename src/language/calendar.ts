// The calendar's words: month and weekday names and their abbreviations (as chrono-node keeps them in its
// locales/en/constants.ts). Lower case; the readers build their patterns from these lists.

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;
/** abbreviations of month names ("sept" before "sep": an alternation then takes the longer) */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"] as const;
/** a month's name or abbreviation, with the abbreviation's point or not, as a pattern's source (match it without case) */
export const MONTH_WORD = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join("|")})\\.?`;

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"] as const;

/** nouns of a part of the calendar that a determiner makes a time phrase ("that night", "last week", "the same day") */
export const PERIOD_NOUNS = ["night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year"] as const;

/** nouns a year before them names rather than dates: a thing built or made in it ("the 1973 building",
 *  "a 2012 model") or a person by the year of a milestone ("a 2009 graduate"). A figure told of such a
 *  noun is not about that year ("The 1973 building housed over 1,000 people"). */
export const YEAR_LABELLED_NOUNS = [
  "building", "house", "home", "tower", "bridge", "stadium", "church", "plant", "ship", "car", "vehicle", "model", "vintage", "edition",
  "graduate", "alumnus", "alumna", "alumni", "draftee", "recruit", "rookie", "laureate", "inductee",
] as const;

/** units a duration is counted in ("for 17 years", "a four-year term", "lasted 45 days"), abbreviations too */
export const DURATION_UNITS = ["secs", "sec", "seconds", "second", "mins", "min", "minutes", "minute", "hours", "hour", "hrs", "hr",
  "days", "day", "weeks", "week", "months", "month", "years", "year", "decades", "decade"] as const;
