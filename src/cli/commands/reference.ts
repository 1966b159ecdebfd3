// `claimledger reference import FILE.csv`: reference figures other sources gave, kept in the ledger and
// held against its claims (the format of shared/reference/: date, figure, qualifier, what, who_claimed,
// reported_by, url, and an optional period).

import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { MetricsLedger } from "../../ledger/metrics/store.js";
import { UserError } from "../../errors.js";

export function register(program: Command): void {
  const reference = program.command("reference").description("reference figures to hold claims against");
  reference
    .command("import")
    .description("import a CSV of reference figures (importing a file again replaces its figures)")
    .argument("<files...>", "CSV files: date, figure, qualifier, what, who_claimed, reported_by, url[, period]")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (files: string[], o: { db?: string }) => {
      const texts: [string, string][] = [];
      for (const file of files) {
        try {
          texts.push([file, await readFile(file, "utf8")]);
        } catch (e) {
          throw new UserError(`cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
        }
      }
      const ledger = await openLedger(o.db);
      try {
        const m = new MetricsLedger(ledger);
        for (const [file, csv] of texts) {
          const n = await m.importReference(file, csv);
          process.stdout.write(`${file}: ${n} reference figure${n === 1 ? "" : "s"}\n`);
        }
      } finally {
        await ledger.close();
      }
    });
}
