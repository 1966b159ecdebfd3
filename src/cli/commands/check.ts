// `claimledger check`: the findings across the ledger's claims (conflicts, series, reference figures,
// figures given with no evidence), one a line with its reason, as JSON Lines or a table.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { keyedMetrics } from "../../ledger/metrics/rebuild.js";
import { rebuildProgress } from "../rebuild-progress.js";
import { type StoredFinding } from "../../ledger/metrics/store.js";
import { formatOption, renderTable, type Column } from "../output.js";
import { oneOf, wholeNumber } from "../options.js";
import { FINDING_KINDS } from "../../analysis/checks/index.js";

const columns: Column<StoredFinding>[] = [
  { header: "kind", get: (f) => f.kind },
  { header: "metric", get: (f) => f.metric.label, max: 40 },
  { header: "reason", get: (f) => f.reason, max: 140 },
];

export function register(program: Command): void {
  const command = program
    .command("check")
    .description("findings across the ledger's claims: conflicts, series, reference figures, no evidence")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL");
  formatOption(command, ["jsonl", "table"])
    .option("--kind <kind>", FINDING_KINDS.join(" | "), oneOf("--kind", FINDING_KINDS))
    .option("--limit <n>", "at most this many findings (default: all for jsonl, 50 for a table)", wholeNumber("--limit"))
    .action(async (o) => {
      const ledger = await openLedger(o.db);
      try {
        const m = await keyedMetrics(ledger, { onProgress: rebuildProgress() });
        // every kind in the order a reviewer works through them, as the findings page lists them (conflicts first)
        const kinds: readonly string[] = o.kind ? [o.kind] : FINDING_KINDS;
        if (o.format === "table") {
          const limit: number = o.limit ?? 50;
          const rows: StoredFinding[] = [];
          for (const kind of kinds) if (rows.length < limit) rows.push(...await m.findings({ kind, limit: limit - rows.length }));
          process.stdout.write(renderTable(rows, columns));
          process.stdout.write(`${rows.length} of ${await m.countFindings({ kind: o.kind })} findings\n`);
          return;
        }
        const limit = o.limit ?? Infinity;
        let n = 0;
        for (const kind of kinds)
          for (let offset = 0; n < limit; offset += 500) {
            const page = await m.findings({ kind, limit: Math.min(500, limit - n), offset });
            for (const f of page) process.stdout.write(JSON.stringify({ kind: f.kind, metric: f.metric, claims: f.claims, reason: f.reason }) + "\n");
            n += page.length;
            if (page.length < 500) break;
          }
      } finally {
        await ledger.close();
      }
    });
}
