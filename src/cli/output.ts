// Output formats shared by every command: a readable table for people, JSON / JSONL / CSV for programs; the
// --format option that picks one, and the writing of rows in it.

import type { Command } from "commander";
import { oneOf } from "./options.js";

export type Format = "table" | "json" | "jsonl" | "csv";
export const FORMATS: Format[] = ["table", "json", "jsonl", "csv"];

/** adds `--format` to a command: one of `formats` (all four by default), `byDefault` when not given */
export function formatOption(command: Command, formats: readonly Format[] = FORMATS, byDefault: Format = "table"): Command {
  return command.option("--format <format>", formats.join(" | "), oneOf("--format", formats), byDefault);
}

export interface Column<T> {
  header: string;
  get: (row: T) => unknown;
  /** widest a table cell may be before it is cut with an ellipsis */
  max?: number;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(cell).join("; ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > max ? one.slice(0, Math.max(1, max - 1)) + "…" : one;
}

export function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(cell(c.get(r)), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

export function csvField(v: unknown): string {
  const s = cell(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv<T>(rows: T[], columns: Column<T>[]): string {
  return [columns.map((c) => csvField(c.header)).join(","), ...rows.map((r) => columns.map((c) => csvField(c.get(r))).join(","))].join("\n") + "\n";
}

/** Renders rows in the asked format; `json`/`jsonl` write the objects themselves, not the columns. */
export function render<T>(rows: T[], columns: Column<T>[], format: Format): string {
  switch (format) {
    case "json":
      return JSON.stringify(rows, null, 2) + "\n";
    case "jsonl":
      return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
    case "csv":
      return renderCsv(rows, columns);
    default:
      return renderTable(rows, columns);
  }
}

/** writes rows to standard output in the asked format */
export function writeRows<T>(rows: T[], columns: Column<T>[], format: Format): void {
  process.stdout.write(render(rows, columns, format));
}
