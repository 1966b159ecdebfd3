// `claimledger source add|list|remove`: the feeds and pages `claimledger watch` polls, kept in the ledger.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { addSource, listSources, parseEvery, removeSource, type Source } from "../../ledger/sources/store.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";

const when = (iso: string | null) => iso?.slice(0, 16).replace("T", " ") ?? "";
// a server's words (an error's status text, a label) shown in a terminal: no control characters (escape sequences)
const printable = (s: string | null) => s?.replace(/[\p{Cc}]/gu, " ") ?? "";

const COLUMNS: Column<Source>[] = [
  { header: "id", get: (s) => s.id },
  { header: "url", get: (s) => printable(s.url), max: 50 },
  { header: "label", get: (s) => printable(s.label), max: 20 },
  { header: "every", get: (s) => (s.everySeconds % 3600 === 0 ? `${s.everySeconds / 3600}h` : `${Math.round(s.everySeconds / 60)}m`) },
  { header: "last polled", get: (s) => when(s.lastPolledAt) || "never" },
  { header: "status", get: (s) => s.lastStatus ?? "" },
  { header: "next poll", get: (s) => when(s.nextPollAt) },
  { header: "failures", get: (s) => s.failures || "" },
  { header: "error", get: (s) => printable([s.lastError, s.itemError && `an item: ${s.itemError}`].filter(Boolean).join("; ")), max: 120 },
];

function sourceId(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`a source's id is a whole number (see \`claimledger source list\`), not "${text}"`);
  return n;
}

export function register(program: Command): void {
  const source = program.command("source").description("the feeds and pages `claimledger watch` polls");
  source
    .command("add")
    .description("watch an RSS/Atom feed or a page: its new items are ingested")
    .argument("<url>", "an http(s) URL")
    .option("--every <interval>", "time between polls: 90s, 15m, 1h, 1d (at least 1m)", "15m")
    .option("--label <label>", "a name for people")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (url: string, o: { every: string; label?: string; db?: string }) => {
      const everySeconds = parseEvery(o.every);
      const ledger = await openLedger(o.db);
      try {
        const s = await addSource(ledger, url, { everySeconds, label: o.label ?? null });
        process.stdout.write(`source ${s.id}: ${printable(s.url)}, polled every ${o.every}\n`);
      } finally {
        await ledger.close();
      }
    });
  formatOption(source.command("list").description("the watched sources: last polled, its status and failure named, next poll"))
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (o: { db?: string; format: Format }) => {
      const ledger = await openLedger(o.db);
      try {
        writeRows(await listSources(ledger), COLUMNS, o.format);
      } finally {
        await ledger.close();
      }
    });
  source
    .command("remove")
    .description("stop watching a source (what it brought stays in the ledger)")
    .argument("<id>", "the source's id (see `claimledger source list`)")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (id: string, o: { db?: string }) => {
      const n = sourceId(id);
      const ledger = await openLedger(o.db);
      try {
        await removeSource(ledger, n);
        process.stdout.write(`source ${n} removed\n`);
      } finally {
        await ledger.close();
      }
    });
}
