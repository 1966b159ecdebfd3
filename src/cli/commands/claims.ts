// `claimledger claims`: the ledger's claims, filtered and sorted, as a table or JSON/JSONL/CSV. The filter's
// options are the one claim filter's (domain/claim-filter.ts), as the API's query and the claims page's are.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";
import { claimColumns } from "../columns.js";
import { claimFilterOptions } from "../options.js";
import type { StoredClaim } from "../../ledger/store.js";
import { periodProblem, toClaimFilter, type ClaimParams } from "../../domain/claim-filter.js";

const columns: Column<StoredClaim>[] = [
  { header: "id", get: (c) => c.id },
  { header: "published", get: (c) => c.published },
  ...(claimColumns as Column<StoredClaim>[]),
];

export function register(program: Command): void {
  const command = program
    .command("claims")
    .description("list the ledger's claims, filtered and sorted")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL");
  // (a reviewed/unreviewed choice is the review desk's: the queue and the API's ?reviewed=)
  claimFilterOptions(command, ["reviewed"]);
  formatOption(command).action(async (o: ClaimParams & { db?: string; format: Format }) => {
    const problem = periodProblem(o, (field) => `--${field}`);
    if (problem) throw new UserError(problem);
    const filter = toClaimFilter(o);
    const ledger = await openLedger(o.db);
    try {
      const rows = await ledger.findClaims(filter);
      writeRows(rows, columns, o.format);
      if (o.format === "table") {
        const total = await ledger.countClaims(filter);
        process.stdout.write(`${rows.length} of ${total} claims\n`);
      }
    } finally {
      await ledger.close();
    }
  });
}
