import { describe, expect, it } from "vitest";
import { Command } from "commander";
import { CLAIM_FILTER, CLAIM_FILTER_SCHEMA, FILTER_WORDS, periodProblem, toClaimFilter } from "./claim-filter.js";
import { register } from "../cli/commands/claims.js";
import { MODES, QUALIFIERS } from "../types.js";

describe("the one claim filter", () => {
  it("is the API's query schema, as GET /api/claims documented it before the filter was written once", () => {
    const DATE = { type: "string", format: "calendar-date" };
    expect(JSON.parse(JSON.stringify(CLAIM_FILTER_SCHEMA))).toEqual({
      type: "object", additionalProperties: false,
      properties: {
        speaker: { type: "string", maxLength: 200, description: "words of the speaker's name" },
        place: { type: "string", maxLength: 200 },
        from: { ...DATE, description: "period overlaps from this date" },
        to: { ...DATE, description: "period overlaps up to this date" },
        counted: { type: "string", maxLength: 200, description: "words of the counted thing or its verb" },
        qualifier: { type: "string", enum: [...QUALIFIERS] },
        mode: { type: "string", enum: [...MODES] },
        document: { type: "integer", minimum: 1 },
        search: { type: "string", maxLength: 500, description: "full-text search over the sentence" },
        all: { type: "boolean", description: "include attributed statements without a quantity" },
        reviewed: { type: "boolean" },
        sort: { type: "string", enum: ["id", "published", "value", "speaker"] },
        order: { type: "string", enum: ["asc", "desc"] },
        limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
        offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
        // added since: keyset paging
        after: { type: "integer", minimum: 1, description: CLAIM_FILTER.after.about },
      },
    });
  });

  it("gives `claimledger claims` an option for every field but the desk's `reviewed`, with the filter's values", async () => {
    const program = new Command().exitOverride();
    register(program);
    const claims = program.commands.find((c) => c.name() === "claims")!;
    const names = claims.options.map((o) => o.long!.slice(2));
    expect(names.filter((n) => n in CLAIM_FILTER)).toEqual(Object.keys(CLAIM_FILTER).filter((n) => n !== "reviewed"));
    expect(claims.options.find((o) => o.long === "--qualifier")!.description).toBe(QUALIFIERS.join(" | "));
    expect(() => claims.options.find((o) => o.long === "--qualifier")!.parseArg!("lots", undefined)).toThrow('--qualifier must be one of exact, approx, at-least, more-than, at-most, less-than, range, vague, not "lots"');
    expect(() => claims.options.find((o) => o.long === "--from")!.parseArg!("2021-02-30", undefined)).toThrow('--from wants a date as YYYY-MM-DD, not "2021-02-30"');
    expect(() => claims.options.find((o) => o.long === "--limit")!.parseArg!("0", undefined)).toThrow("--limit wants a whole number above 0");
    expect(claims.options.find((o) => o.long === "--offset")!.parseArg!("0", undefined)).toBe(0);
  });

  it("reads the names the command, the API and the page use into the ledger's filter", () => {
    expect(toClaimFilter({ speaker: "", from: "2019-01-01", to: "2019-12-31", search: "killed", document: 3, all: true, reviewed: false })).toEqual({
      speaker: undefined, place: undefined, periodFrom: "2019-01-01", periodTo: "2019-12-31", counted: undefined, qualifier: undefined, mode: undefined,
      documentId: 3, text: "killed", quantified: false, reviewed: false, sort: undefined, order: undefined, limit: 50, offset: undefined, after: undefined,
    });
    expect(toClaimFilter({ after: 120, order: "desc" })).toMatchObject({ after: 120, order: "desc" });
    expect(toClaimFilter({}).quantified).toBe(true);
    expect(FILTER_WORDS.every((f) => f in CLAIM_FILTER)).toBe(true);
  });

  it("says a reversed period in each surface's names", () => {
    expect(periodProblem({ from: "2021-01-01", to: "2020-01-01" }, (f) => `--${f}`)).toBe("--from (2021-01-01) is after --to (2020-01-01): swap them to see claims between the two dates");
    expect(periodProblem({ from: "2017-01-01", to: "2016-01-01" }, (f) => `"${f}"`)).toMatch(/^"from" \(2017-01-01\) is after "to" \(2016-01-01\)/);
    expect(periodProblem({ from: "2016-01-01", to: "2016-01-01" }, (f) => f)).toBeNull();
    expect(periodProblem({ from: "2016-01-01" }, (f) => f)).toBeNull();
  });
});
