// The parsers of the commands' option values, each refusal naming the option and what it wants; and the
// claim filter's options (domain/claim-filter.ts), read from the one filter as the API's schema is.

import type { Command } from "commander";
import { isCalendarDate } from "../calendar-date.js";
import { UserError } from "../errors.js";
import { CLAIM_FILTER, type ClaimFilterName, type FilterField } from "../domain/claim-filter.js";

export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (v: string): T => {
    if (!allowed.includes(v as T)) throw new UserError(`${name} must be one of ${allowed.join(", ")}, not "${v}"`);
    return v as T;
  };
}

/** a whole number of at least `minimum` (1 by default) */
export function wholeNumber(name: string, minimum = 1) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < minimum) throw new UserError(`${name} wants a whole number${minimum === 1 ? " above 0" : minimum ? ` of at least ${minimum}` : ""}, not "${v}"`);
    return n;
  };
}

/** a date option's parser: the error names the option it is for, and the date must be on the calendar */
export function dateOption(option: string): (value: string) => string {
  return (value) => {
    if (!isCalendarDate(value)) throw new UserError(`${option} wants a date as YYYY-MM-DD, not "${value}"`);
    return value;
  };
}

/** one filter field as a command-line option: its flags, help and parser */
function filterOption(name: string, f: FilterField): [string, string, ((v: string) => unknown)?] {
  const flag = `--${name}`;
  switch (f.kind) {
    case "words": return [`${flag} <words>`, f.help ?? f.about ?? ""];
    case "date": return [`${flag} <date>`, `${f.about} (YYYY-MM-DD)`, dateOption(flag)];
    case "choice": return [`${flag} <value>`, f.help ?? f.values.join(" | "), oneOf(flag, f.values)];
    case "id": return [`${flag} <id>`, f.help ?? f.about ?? "", wholeNumber(flag)];
    case "flag": return [flag, f.help ?? f.about ?? ""];
    case "count": return [`${flag} <n>`, f.help ?? f.about ?? "", wholeNumber(flag, f.minimum)];
  }
}

/** adds the claim filter's options (all but `except`) to a command */
export function claimFilterOptions(command: Command, except: readonly ClaimFilterName[] = []): Command {
  for (const [name, field] of Object.entries(CLAIM_FILTER) as [ClaimFilterName, FilterField][]) {
    if (except.includes(name)) continue;
    const [flags, help, parse] = filterOption(name, field);
    if (parse) command.option(flags, help, parse);
    else command.option(flags, help);
  }
  return command;
}
