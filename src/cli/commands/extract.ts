// `claimledger extract FILE...`: the document record of each plain-text file.

import type { Command } from "commander";
import { readTextFile } from "../../ingest/text-file.js";
import { csvToArticles } from "../../ingest/csv.js";
import { UserError, isUserError } from "../../errors.js";
import { formatOption, renderTable, type Format } from "../output.js";
import { dateOption } from "../options.js";
import { claimColumns } from "../columns.js";
import type { DocumentRecord, ExtractOptions } from "../../types.js";
import { DEFAULT_EXTRACT_SECONDS, ExtractPool } from "../../extract/worker-pool.js";

export const parseDate = dateOption("--published");

/** --extract-timeout: a document's extraction budget in seconds (over it: one named error, the next input goes on) */
export function parseBudget(value: string): number {
  const seconds = Number(value);
  if (!(seconds > 0 && seconds <= 86_400)) throw new UserError(`--extract-timeout wants seconds (more than 0, at most 86400), not "${value}"`);
  return seconds;
}

/**
 * Text this short per second of budget is extracted in-process, with no worker: the slowest text measured
 * (no sentence end) runs at ~90,000 characters a second on a loaded 2-core machine, so it ends within a
 * fifth of its budget, and a CLI run on small files keeps its start-up time (a worker loading the models
 * again costs ~0.6 s).
 */
export const IN_PROCESS_CHARS_PER_SECOND = 20_000;

/**
 * Extraction for a CLI run: a document long enough to run past its budget goes to a worker thread,
 * started at the first such document, so that it can be stopped; `close()` ends it.
 */
export function cliExtractor(budgetSeconds: number) {
  const pool = new ExtractPool(1, budgetSeconds, "");
  return {
    async run(text: string, options: ExtractOptions): Promise<DocumentRecord> {
      if (text.length > budgetSeconds * IN_PROCESS_CHARS_PER_SECOND) return pool.extract(text, options, options.path);
      // loaded here, not at start-up: the tagger's lexicon takes a second to load, and other commands do not need it
      const { extract } = await import("../../extract/pipeline.js");
      return extract(text, options);
    },
    close: () => pool.close(),
  };
}

export function register(program: Command): void {
  const command = program
    .command("extract")
    .description("extract the quantitative claims and attributed statements of plain-text articles")
    .argument("<files...>", "UTF-8 text files; a .csv file is a CSV of articles (url, date, title, text), one record each")
    .option("--published <date>", "publication date (YYYY-MM-DD), for relative periods such as 'last year'", parseDate);
  formatOption(command, ["json", "jsonl", "table"])
    .option("--extract-timeout <seconds>", "time budget of one document's extraction (over it: a named error, the next input goes on)", parseBudget, DEFAULT_EXTRACT_SECONDS)
    .action(async (files: string[], opts: { published?: string; format: Format; extractTimeout: number }) => {
      const extractor = cliExtractor(opts.extractTimeout);
      try {
        const records: DocumentRecord[] = [];
        let failed = 0;
        let csv = false;
        for (const file of files) {
          let found: DocumentRecord[];
          try {
            const text = await readTextFile(file);
            if (/\.csv$/i.test(file)) {
              // a CSV of articles, as `ingest` reads it: each row its own record, with its own date and title
              csv = true;
              found = [];
              for (const a of csvToArticles(text, file)) found.push(await extractor.run(a.text, { published: a.published ?? opts.published ?? null, path: a.source, title: a.title ?? null }));
            } else found = [await extractor.run(text, { published: opts.published ?? null, path: file })];
          } catch (e) {
            if (!isUserError(e)) throw e;
            process.stderr.write(`claimledger: ${e.message}\n`);
            failed++;
            continue;
          }
          for (const record of found) {
            if (opts.format === "jsonl") process.stdout.write(JSON.stringify(record) + "\n");
            else records.push(record);
          }
        }
        if (opts.format === "json") process.stdout.write(JSON.stringify(files.length === 1 && !csv ? records[0] ?? null : records, null, 2) + "\n");
        if (opts.format === "table")
          for (const r of records) {
            process.stdout.write(`\n${r.document.path}${r.document.title ? ` — ${r.document.title}` : ""} (${r.claims.length} claims)\n`);
            process.stdout.write(renderTable(r.claims, claimColumns));
          }
        if (failed) process.exitCode = 1;
      } finally {
        await extractor.close();
      }
    });
}
