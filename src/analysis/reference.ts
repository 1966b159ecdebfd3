// Reference tables: figures other sources gave for a metric (CSV: date, figure, qualifier, what,
// who_claimed, reported_by, url, and an optional period: an ISO prefix or start/end; without it the
// figure is about its date). Each row is read into the words a claim's metric is read from.

import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { QUALIFIERS, type Qualifier } from "../types.js";
import { placeName } from "../extract/entities/places.js";
import { parsePeriod, type DateRange } from "./period.js";
import type { FigureWords } from "./metric.js";

export interface ReferenceRow {
  /** the row's line in the file (the header is line 1) */
  line: number;
  date: string;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  what: string;
  who: string;
  reportedBy: string;
  url: string;
  period: DateRange;
  periodText: string;
}

const KNOWN = new Set<string>(QUALIFIERS);
const REQUIRED = ["date", "figure", "what"];

/** Parses a reference CSV; every problem names the file, the line and what is wrong. */
export function parseReference(csv: string, file: string): ReferenceRow[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, bom: true, trim: true });
  } catch (e) {
    throw new UserError(`not a valid CSV (${(e as Error).message})`, file);
  }
  if (!rows.length) throw new UserError("no reference figures (a header and one row at least)", file);
  const missing = REQUIRED.filter((c) => !(c in rows[0]));
  if (missing.length) throw new UserError(`a reference table needs the columns ${REQUIRED.join(", ")} (missing: ${missing.join(", ")})`, file);
  return rows.map((r, i) => {
    const line = i + 2;
    const value = Number((r.figure ?? "").replace(/,/g, ""));
    if (!r.figure || !Number.isFinite(value)) throw new UserError(`line ${line}: the figure "${r.figure ?? ""}" is not a number`, file);
    const qualifier = (r.qualifier || "exact").toLowerCase();
    if (!KNOWN.has(qualifier)) throw new UserError(`line ${line}: the qualifier "${r.qualifier}" is not one of ${QUALIFIERS.join(", ")}`, file);
    const periodText = r.period || r.date || "";
    const period = parsePeriod(periodText);
    if (!period) throw new UserError(`line ${line}: the ${r.period ? "period" : "date"} "${periodText}" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or start/end)`, file);
    if (!r.what) throw new UserError(`line ${line}: "what" is empty: say what the figure counts`, file);
    const upper = r.upper ? Number(r.upper.replace(/,/g, "")) : null;
    return { line, date: r.date ?? "", value, upper: Number.isFinite(upper) ? upper : null, qualifier: qualifier as Qualifier, what: r.what, who: r.who_claimed ?? "", reportedBy: r.reported_by ?? "", url: r.url ?? "", period, periodText };
  });
}

const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
/** words that say a place follows ("killed in the Dorvan Kesh market bombing") */
const AT_PLACE = new Set(["in", "at", "near"]);

/**
 * the places named in a text: capitalised words and runs of up to three the gazetteer knows, and a capitalised
 * run it does not know where "in", "at" or "near" (and "the") says a place follows, as written: the places a
 * claim's sentence gives it are read the same way, and a row of no place would meet no claim's metric
 */
export function placesIn(text: string): string[] {
  // a run of names ends at a comma ("in Tromsø, Norway": two places)
  return text.split(/[,;]/).flatMap((part) => {
    const words = part.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}.'-]/gu, "")).filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      let found = false;
      for (let n = 3; n >= 1 && !found; n--) {
        const name = placeName(words.slice(i, i + n).join(" "));
        if (name && capital(words[i])) { out.push(name); i += n - 1; found = true; }
      }
      const before = words[i - 1]?.toLowerCase() === "the" ? words[i - 2] : words[i - 1];
      if (found || !capital(words[i]) || !AT_PLACE.has(before?.toLowerCase() ?? "")) continue;
      let n = 1;
      while (n < 3 && capital(words[i + n])) n++;
      out.push(words.slice(i, i + n).join(" "));
      i += n - 1;
    }
    return out;
  });
}

/** "Tajik citizens who joined fighting in Syria and Iraq": counted, predicate and places, as for a claim */
export function referenceWords(row: Pick<ReferenceRow, "what" | "who">): FigureWords {
  const words = row.what.split(/\s+/).filter(Boolean);
  let predicate: string | null = null, at = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (["who", "that", "which"].includes(w)) { predicate = words[i + 1] ?? null; at = i; break; }
    if (/^\p{Ll}+(?:ing|ed)$/u.test(words[i]) && !["injured", "wounded"].includes(w)) { predicate = words[i]; at = i; break; }
    if (["in", "on", "at", "from", "to", "abroad"].includes(w)) { at = i; break; }
  }
  const counted = words.slice(0, at).join(" ");
  const rest = words.slice(at).join(" ");
  const places = placesIn(rest);
  return { counted, predicate: predicate ?? "be", text: row.what, quantityStart: 0, quantityEnd: 0, unit: null, kind: "number", places, speaker: row.who || null };
}
