// `claimledger speakers`: who claims most, with their roles.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";
import type { SpeakerSummary } from "../../ledger/store.js";

const columns: Column<SpeakerSummary>[] = [
  { header: "speaker", get: (s) => s.name, max: 36 },
  { header: "kind", get: (s) => s.kind },
  { header: "roles", get: (s) => s.roles, max: 36 },
  { header: "quantified", get: (s) => s.quantified },
  { header: "claims", get: (s) => s.claims },
  { header: "documents", get: (s) => s.documents },
];

export function register(program: Command): void {
  const command = program
    .command("speakers")
    .description("who claims most in the ledger, with their roles")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .option("--limit <n>", "at most this many", "50");
  formatOption(command).action(async (o: { db?: string; limit: string; format: Format }) => {
      const ledger = await openLedger(o.db);
      try {
        writeRows(await ledger.speakers({ limit: Number(o.limit) || 50 }), columns, o.format);
      } finally {
        await ledger.close();
      }
    });
}
