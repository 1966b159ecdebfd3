// `claimledger claims`: the ledger's claims, filtered and sorted, as a table or JSON/JSONL/CSV.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { FORMATS, render, type Column, type Format } from "../output.js";
import { claimColumns } from "../columns.js";
import { dateOption } from "./extract.js";
import { CLAIM_SORTS, type ClaimFilter, type StoredClaim } from "../../ledger/store.js";
import { MODES, QUALIFIERS } from "../../types.js";


const columns: Column<StoredClaim>[] = [
  { header: "id", get: (c) => c.id },
  { header: "published", get: (c) => c.published },
  ...(claimColumns as Column<StoredClaim>[]),
];

function oneOf(name: string, allowed: readonly string[]) {
  return (v: string) => {
    if (!allowed.includes(v)) throw new UserError(`${name} must be one of ${allowed.join(", ")}, not "${v}"`);
    return v;
  };
}
function positive(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UserError(`${name} wants a whole number, not "${v}"`);
    return n;
  };
}

export function register(program: Command): void {
  program
    .command("claims")
    .description("list the ledger's claims, filtered and sorted")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .option("--speaker <name>", "speaker name contains")
    .option("--place <name>", "a place the claim is about")
    .option("--from <date>", "period overlaps from this date (YYYY-MM-DD)", dateOption("--from"))
    .option("--to <date>", "period overlaps up to this date (YYYY-MM-DD)", dateOption("--to"))
    .option("--counted <words>", "words the counted thing or its verb contains")
    .option("--qualifier <q>", QUALIFIERS.join(" | "), oneOf("--qualifier", QUALIFIERS))
    .option("--mode <m>", MODES.join(" | "), oneOf("--mode", MODES))
    .option("--document <id>", "only claims of this document", positive("--document"))
    .option("--search <words>", "full-text search over the claim's sentence")
    .option("--all", "include attributed statements without a quantity")
    .option("--sort <key>", CLAIM_SORTS.join(" | "), oneOf("--sort", CLAIM_SORTS))
    .option("--order <o>", "asc | desc", oneOf("--order", ["asc", "desc"]))
    .option("--limit <n>", "at most this many (default 50)", positive("--limit"))
    .option("--offset <n>", "skip this many", positive("--offset"))
    .option("--format <format>", FORMATS.join(" | "), oneOf("--format", FORMATS), "table")
    .action(async (o) => {
      if (o.from && o.to && o.from > o.to) throw new UserError(`--from (${o.from}) is after --to (${o.to}): swap them for the claims between the two dates`);
      const filter: ClaimFilter = {
        speaker: o.speaker, place: o.place, periodFrom: o.from, periodTo: o.to, counted: o.counted, qualifier: o.qualifier,
        mode: o.mode, documentId: o.document, text: o.search, quantified: !o.all, sort: o.sort, order: o.order,
        limit: o.limit ?? 50, offset: o.offset,
      };
      const ledger = await openLedger(o.db);
      try {
        const rows = await ledger.findClaims(filter);
        process.stdout.write(render(rows, columns, o.format as Format));
        if (o.format === "table") {
          const total = await ledger.countClaims(filter);
          process.stdout.write(`${rows.length} of ${total} claims\n`);
        }
      } finally {
        await ledger.close();
      }
    });
}
