// The API's one formatter of validation errors: Ajv's `querystring/from must match pattern "^\d{4}…"`
// becomes `from: give a real date as YYYY-MM-DD`, `body/links/1 …` becomes `links, item 2: …`.

import type { ErrorObject } from "ajv";
import { FORMAT_HINTS, PATTERN_HINTS } from "./common.js";

type Schema = { type?: string | string[]; minimum?: number; maximum?: number };

const PARTS: Record<string, string> = { body: "the body", querystring: "the query", params: "the address", headers: "the headers" };

/** "/links/1/url" → "links, item 2, url": list items counted from 1 */
export function fieldName(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? `item ${Number(p) + 1}` : p))
    .join(", ");
}

function numberWanted(s: Schema | undefined, integer: boolean): string {
  const what = integer ? "a whole number" : "a number";
  const { minimum: lo, maximum: hi } = s ?? {};
  if (lo !== undefined && hi !== undefined) return `give ${what} from ${lo} to ${hi}`;
  if (lo !== undefined) return `give ${what} of at least ${lo}`;
  if (hi !== undefined) return `give ${what} of at most ${hi}`;
  return `give ${what}`;
}

const TYPES: Record<string, string> = { string: "give text", boolean: "give true or false", array: "give a list", object: "give an object", null: "give null" };

/** what is wanted, in words, for one Ajv error (which must come from a validator compiled with `verbose`) */
function wanted(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const parent = e.parentSchema as Schema | undefined;
  const plural = (n: unknown, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  switch (e.keyword) {
    case "type": {
      const t = String(p.type).split(",")[0];
      return t === "integer" || t === "number" ? numberWanted(parent, t === "integer") : (TYPES[t] ?? `give a value of type ${t}`);
    }
    case "minimum": case "maximum": case "exclusiveMinimum": case "exclusiveMaximum":
      return numberWanted(parent, [parent?.type].flat().includes("integer"));
    case "minLength": return p.limit === 1 ? "give some text" : `give at least ${plural(p.limit, "character")}`;
    case "maxLength": return `give at most ${plural(p.limit, "character")}`;
    case "minItems": return `give at least ${plural(p.limit, "item")}`;
    case "maxItems": return `give at most ${plural(p.limit, "item")}`;
    case "enum": return `give one of: ${(p.allowedValues as unknown[]).join(", ")}`;
    case "format": return FORMAT_HINTS[String(p.format)] ?? `give a value in the ${String(p.format)} format`;
    case "pattern": return PATTERN_HINTS[String(p.pattern)] ?? "this value does not have the expected form";
    default: return e.message ?? "this value is not valid";
  }
}

/** one sentence for the first error: the field, then what to give */
export function validationMessage(errors: ErrorObject[], part: string): string {
  const e = errors[0];
  if (!e) return `${PARTS[part] ?? part} is not valid`;
  const at = fieldName(e.instancePath);
  const p = e.params as Record<string, unknown>;
  if (e.keyword === "required") return `${at ? `${at}, ` : ""}${String(p.missingProperty)}: missing`;
  if (e.keyword === "additionalProperties") return `${at ? `${at}: ` : ""}unknown field: ${String(p.additionalProperty)}`;
  return `${at || PARTS[part] || part}: ${wanted(e)}`;
}
