// A real calendar date: YYYY-MM-DD with a month that exists and a day that month has (2021-02-30 is not,
// 2020-02-29 is). The API's schemas and the command line's date options both ask here.

import { fullFormats } from "ajv-formats/dist/formats.js";

const date = fullFormats.date as { validate: (s: string) => boolean };
const dateTime = fullFormats["date-time"] as { validate: (s: string) => boolean };

/** YYYY-MM-DD, a day that exists */
export const isCalendarDate = (s: string): boolean => date.validate(s);

/** a calendar date, or an RFC 3339 time on one ("2020-02-01T10:00:00Z") */
export const isCalendarDateOrTime = (s: string): boolean => isCalendarDate(s) || (isCalendarDate(s.slice(0, 10)) && dateTime.validate(s));
