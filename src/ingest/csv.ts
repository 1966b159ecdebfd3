// A CSV of articles (url, date, title, text), as the Wikinews sample ships: one article per row. A bad
// row (a stray quote, no text) is named by its line and the other rows are still read.

import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { isoDate, type Article } from "./article.js";

// the names other exports give the same columns (a newsroom's CMS, a scraper, a feed reader): read as ours
const COLUMN_NAMES: Record<string, string> = {
  link: "url", address: "url", published: "date", published_at: "date", publication_date: "date", pubdate: "date",
  headline: "title", body: "text", content: "text", article: "text",
};
const columnName = (c: string) => {
  const name = c.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return COLUMN_NAMES[name] ?? name;
};

interface Row {
  record: Record<string, string>;
  info: { lines: number };
}

/** `onRowError` hears of each bad row; without it the first bad row fails the whole file. */
export function csvToArticles(csv: string, source: string, onRowError?: (e: UserError) => void): Article[] {
  const badLines = new Set<number>();
  const rowError = (e: UserError) => {
    if (!onRowError) throw e;
    onRowError(e);
  };
  let rows: Row[];
  try {
    rows = parse(csv, {
      // (a column of ours given under two names, "date" and "published", keeps the first)
      columns: (h: string[]) => h.map((c, i) => (h.slice(0, i).some((p) => columnName(p) === columnName(c)) ? false : columnName(c))),
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      info: true,
      skip_records_with_error: true,
      // not in csv-parse's types, but its documented hook for the rows skip_records_with_error drops
      on_skip: (err: Error & { lines?: number }) => {
        // csv-parse may report one broken row more than once
        if (err.lines === undefined || badLines.has(err.lines)) return;
        badLines.add(err.lines);
        rowError(new UserError(`the row ending on line ${err.lines} is not valid CSV (${err.message.split("\n")[0]}): skipped`, source));
      },
    } as Parameters<typeof parse>[1]) as unknown as Row[];
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${source}: not a valid CSV (${(e as Error).message})`);
  }
  if (!rows.length) return [];
  if (!("text" in rows[0].record)) throw new UserError(`${source}: a CSV of articles needs a "text" column (or body, content; and url, date, title)`);
  const out: Article[] = [];
  for (const { record: r, info } of rows) {
    if (!r.text?.trim()) {
      rowError(new UserError(`the row ending on line ${info.lines} has no text: skipped`, source));
      continue;
    }
    const title = r.title?.trim() || null;
    const body = r.text.trim();
    out.push({
      // numbered among the rows with text, as before, so a re-ingest finds the same sources
      source: r.url?.trim() || `${source}#${out.length + 1}`,
      text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
      title,
      published: isoDate(r.date),
    });
  }
  return out;
}
