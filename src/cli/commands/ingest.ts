// `claimledger ingest PATH|URL|- ...`: read articles into the ledger, with a progress bar on a terminal
// and a summary at the end (JSON with --json).

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { progress } from "../progress.js";
import { cliExtractor, parseBudget, parseDate } from "./extract.js";
import { DEFAULT_EXTRACT_SECONDS } from "../../extract/worker-pool.js";
import { FOLDER_EXTENSIONS, folderExtensions } from "../../ingest/sources.js";

export function register(program: Command): void {
  program
    .command("ingest")
    .description("read articles (text, HTML, PDF, RSS/Atom, CSV of articles, folders, URLs, - for stdin) into the ledger")
    .argument("<inputs...>", "files, folders, http(s) URLs, or - for standard input")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL (default: $CLAIMLEDGER_DB or ./claimledger.db)")
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none", parseDate)
    .option("--ext <list>", `the kinds of file read from folders, by extension (default: ${FOLDER_EXTENSIONS.join(",")}); LICENSE, README and the like are skipped`, folderExtensions)
    .option("--json", "print the summary as JSON, no progress bar")
    .option("--extract-timeout <seconds>", "time budget of one document's extraction (over it: a named error, the next input goes on)", parseBudget, DEFAULT_EXTRACT_SECONDS)
    .option("--allow-private-addresses", "fetch from loopback, private and link-local addresses too (refused by default: a feed could reach services on this machine or network)")
    .action(async (inputs: string[], opts: { db?: string; published?: string; json?: boolean; allowPrivateAddresses?: boolean; ext?: Set<string>; extractTimeout: number }) => {
      const { ingest } = await import("../../ingest/ingest.js");
      const ledger = await openLedger(opts.db);
      let bar = progress(0, false);
      const extractor = cliExtractor(opts.extractTimeout);
      try {
        const summary = await ingest(ledger, inputs, {
          published: opts.published ?? null,
          extensions: opts.ext,
          extract: extractor.run,
          allowPrivateAddresses: opts.allowPrivateAddresses === true,
          onStart: (total) => (bar = progress(total, !opts.json && process.stderr.isTTY === true)),
          onItem: (label) => bar.tick(label),
          onFailure: (_input, message) => {
            if (!opts.json) process.stderr.write(`\nclaimledger: ${message}\n`);
          },
          // stored, but not whole: said even with --json (stdout stays the summary alone)
          onWarning: (input, message) => process.stderr.write(`${opts.json ? "" : "\n"}claimledger: warning: ${input}: ${message}\n`),
          onSkipped: (_input, message) => {
            if (!opts.json) process.stderr.write(`\nclaimledger: skipped: ${message}\n`);
          },
        });
        bar.stop();
        const d = summary.documents;
        if (opts.json) process.stdout.write(JSON.stringify(summary) + "\n");
        else
          process.stdout.write(
            `documents: ${d.new} new, ${d.versions} new versions, ${d.unchanged} unchanged, ${d.failed} failed; ` +
              `claims added: ${summary.claims} (attributed statements included; \`claimledger claims\` lists those with a number, --all every one)\n`,
          );
        if (d.failed) process.exitCode = 1;
      } finally {
        bar.stop();
        await extractor.close();
        await ledger.close();
      }
    });
}
