// A CSV of articles (url, date, title, text), as the Wikinews sample ships: one article per row.

import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import { isoDate, type Article } from "./article.js";

export function csvToArticles(csv: string, source: string): Article[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (e) {
    throw new UserError(`${source}: not a valid CSV (${(e as Error).message})`);
  }
  if (!rows.length) return [];
  if (!("text" in rows[0])) throw new UserError(`${source}: a CSV of articles needs a "text" column (and url, date, title)`);
  return rows
    .filter((r) => r.text?.trim())
    .map((r, i) => {
      const title = r.title?.trim() || null;
      const body = r.text.trim();
      return {
        source: r.url?.trim() || `${source}#${i + 1}`,
        text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
        title,
        published: isoDate(r.date),
      };
    });
}
