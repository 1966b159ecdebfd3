// Schema pieces the API's routes share, and the words a validation error uses for each: a date, a URL,
// paging, an id in the path. The formats are registered on the server's validators by `addFormats`.

import type { Ajv } from "ajv";
import { isCalendarDate, isCalendarDateOrTime } from "../../calendar-date.js";
import { MAX_OFFSET } from "../../domain/claim-filter.js";

export const DATE = { type: "string", format: "calendar-date" } as const;
export const DATE_OR_TIME = { type: "string", format: "calendar-date-or-time" } as const;
export const HTTP_URL = { type: "string", maxLength: 2000, pattern: "^https?://\\S+$" } as const;
// offsets past MAX_OFFSET are refused (a 400, not a database error on offset=1e20)
export { MAX_OFFSET };
export const OFFSET = { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0 } as const;
/** a path's id: /api/claims/:id */
export const ID_PARAM = { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } } as const;
/** (the same, as the routes that did not mark it required say it) */
export const ID_PATH = { type: "object", properties: { id: { type: "integer", minimum: 1 } } } as const;

/** what to ask of a value that fails a format or a pattern */
export const FORMAT_HINTS: Record<string, string> = {
  "calendar-date": "give a real date as YYYY-MM-DD",
  "calendar-date-or-time": "give a real date as YYYY-MM-DD (a time may follow, as 2020-02-01T10:00:00Z)",
};
export const PATTERN_HINTS: Record<string, string> = {
  [HTTP_URL.pattern]: "give an http(s) URL",
};

export function addFormats(ajv: Ajv): Ajv {
  ajv.addFormat("calendar-date", { type: "string", validate: isCalendarDate });
  ajv.addFormat("calendar-date-or-time", { type: "string", validate: isCalendarDateOrTime });
  return ajv;
}
