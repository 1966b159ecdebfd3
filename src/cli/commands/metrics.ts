// `claimledger metrics`: what the ledger's figures count, one metric a line with its claims (JSON Lines) or
// as a table; read up to the ledger's latest document first.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { keyedMetrics } from "../../ledger/metrics/rebuild.js";
import { rebuildProgress } from "../rebuild-progress.js";
import { type MetricSummary } from "../../ledger/metrics/store.js";
import { formatOption, renderTable, type Column } from "../output.js";
import { wholeNumber } from "../options.js";

const columns: Column<MetricSummary>[] = [
  { header: "figures", get: (m) => m.figures },
  { header: "metric", get: (m) => m.label, max: 60 },
  { header: "key", get: (m) => m.key, max: 60 },
];

export function register(program: Command): void {
  const command = program
    .command("metrics")
    .description("the metrics the ledger's figures are about: what is counted, what happened to it, where")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL");
  formatOption(command, ["jsonl", "table"])
    .option("--min <n>", "only metrics with at least this many figures (default 1)", wholeNumber("--min"))
    .option("--rebuild", "make the metrics and findings again from the ledger's claims and reference tables (after the keying rules changed; done by itself when the ledger says they did)")
    .option("--limit <n>", "at most this many metrics (default: all for jsonl, 50 for a table)", wholeNumber("--limit"))
    .action(async (o) => {
      const ledger = await openLedger(o.db);
      try {
        const m = await keyedMetrics(ledger, { rebuild: o.rebuild === true, onProgress: rebuildProgress() });
        const min = o.min ?? 1;
        if (o.format === "table") {
          const rows = await m.metrics({ minFigures: min, limit: o.limit ?? 50 });
          process.stdout.write(renderTable(rows, columns));
          process.stdout.write(`${rows.length} of ${await m.countMetrics(min)} metrics\n`);
          return;
        }
        const limit = o.limit ?? Infinity;
        for (let offset = 0, n = 0; n < limit; offset += 500) {
          const page = await m.metrics({ minFigures: min, limit: Math.min(500, limit - n), offset });
          for (const metric of page) process.stdout.write(JSON.stringify({ key: metric.key, label: metric.label, claims: await m.metricClaims(metric.id) }) + "\n");
          n += page.length;
          if (page.length < 500) break;
        }
      } finally {
        await ledger.close();
      }
    });
}
