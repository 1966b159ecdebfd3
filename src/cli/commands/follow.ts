// `claimledger follow add|list|remove --user NAME --speaker|--metric|--place X`: what a reviewer follows
// (their new claims and findings become alerts: the desk's pages, webhooks, e-mail), and
// `claimledger follow email --user NAME ADDRESS` (or --off): the reviewer's alerts by e-mail.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import type { Ledger } from "../../ledger/ledger.js";
import { UserError } from "../../errors.js";
import { addFollow, listFollows, removeFollow, type Follow } from "../../ledger/alerts/store.js";
import { addChannel, listChannels, removeChannel } from "../../ledger/alerts/delivery-store.js";
import type { FollowKind } from "../../ledger/alerts/schema.js";
import type { User } from "../../ledger/store.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";

interface Which {
  user: string;
  speaker?: string;
  metric?: string;
  place?: string;
  db?: string;
}

const printable = (s: string | null) => s?.replace(/[\p{Cc}]/gu, " ") ?? "";

function what(o: Which): { kind: FollowKind; value: string } {
  const given = (["speaker", "metric", "place"] as const).filter((k) => o[k] !== undefined);
  if (given.length !== 1) throw new UserError("say what to follow: one of --speaker WORDS, --metric KEY (`claimledger metrics` lists the keys), --place NAME");
  return { kind: given[0], value: o[given[0]]! };
}

async function withUser<T>(o: { user: string; db?: string }, run: (ledger: Ledger, user: User) => Promise<T>): Promise<T> {
  const ledger = await openLedger(o.db);
  try {
    const user = await ledger.getUser(o.user);
    if (!user) throw new UserError(`no reviewer "${o.user}" (\`claimledger user add\` adds one)`);
    return await run(ledger, user);
  } finally {
    await ledger.close();
  }
}

const COLUMNS: Column<Follow & { user: string }>[] = [
  { header: "id", get: (f) => f.id },
  { header: "user", get: (f) => f.user },
  { header: "follows", get: (f) => f.kind },
  { header: "what", get: (f) => printable(f.value), max: 60 },
  { header: "since", get: (f) => f.createdAt.slice(0, 16).replace("T", " ") },
];

const whichOptions = (c: Command) =>
  c.requiredOption("--user <name>", "the reviewer")
    .option("--speaker <words>", "a speaker: words of the name (\"rahimzoda\")")
    .option("--metric <key>", "a metric, by its key (`claimledger metrics` lists them)")
    .option("--place <name>", "a place")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL");

export function register(program: Command): void {
  const follow = program.command("follow").description("what reviewers follow: a followed speaker's, metric's or place's new claims and findings become alerts");
  whichOptions(follow.command("add").description("follow a speaker, a metric or a place (alerts start from now)"))
    .action(async (o: Which) => {
      const w = what(o);
      await withUser(o, async (ledger, user) => {
        const f = await addFollow(ledger, user.id, w.kind, w.value);
        process.stdout.write(`${user.name} follows ${f.kind} "${printable(f.value)}" (follow ${f.id})\n`);
      });
    });
  whichOptions(follow.command("remove").description("stop following"))
    .action(async (o: Which) => {
      const w = what(o);
      await withUser(o, async (ledger, user) => {
        await removeFollow(ledger, user.id, w);
        process.stdout.write(`${user.name} no longer follows ${w.kind} "${printable(w.value)}"\n`);
      });
    });
  formatOption(follow.command("list").description("the follows (a reviewer's, with --user), and where their alerts are e-mailed"))
    .option("--user <name>", "only this reviewer's")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (o: { user?: string; format: Format; db?: string }) => {
      const ledger = await openLedger(o.db);
      try {
        const user = o.user === undefined ? null : await ledger.getUser(o.user);
        if (o.user !== undefined && !user) throw new UserError(`no reviewer "${o.user}"`);
        const names = new Map<number, string>();
        const rows = [];
        for (const f of await listFollows(ledger, user?.id)) {
          if (!names.has(f.userId)) names.set(f.userId, (await ledger.getUserById(f.userId))?.name ?? String(f.userId));
          rows.push({ ...f, user: names.get(f.userId)! });
        }
        writeRows(rows, COLUMNS, o.format);
        if (o.format === "table")
          for (const c of await listChannels(ledger, "email"))
            if (!user || c.userId === user.id) process.stdout.write(`${c.user ?? "everyone"}'s alerts are e-mailed to ${printable(c.target)}${c.failed ? ` (${c.failed} failed: ${printable(c.lastError)})` : ""}\n`);
      } finally {
        await ledger.close();
      }
    });
  follow
    .command("email")
    .description("e-mail a reviewer's alerts to an address (sent where SMTP is configured: --smtp-url or CLAIMLEDGER_SMTP_URL)")
    .argument("[address]", "where to send them")
    .requiredOption("--user <name>", "the reviewer")
    .option("--off", "stop e-mailing this reviewer's alerts (to the address, or to every address)")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (address: string | undefined, o: { user: string; off?: boolean; db?: string }) => {
      await withUser(o, async (ledger, user) => {
        if (o.off) {
          const mine = (await listChannels(ledger, "email")).filter((c) => c.userId === user.id && (address === undefined || c.target === address.trim()));
          if (!mine.length) throw new UserError(`${user.name}'s alerts are not e-mailed${address ? ` to ${address}` : ""}`);
          for (const c of mine) await removeChannel(ledger, "email", c.id);
          process.stdout.write(`${user.name}'s alerts are no longer e-mailed${address ? ` to ${printable(address)}` : ""}\n`);
          return;
        }
        if (!address) throw new UserError("give the address to e-mail the alerts to (or --off)");
        const c = await addChannel(ledger, { kind: "email", target: address, userId: user.id });
        process.stdout.write(`${user.name}'s alerts are e-mailed to ${printable(c.target)} from now on (where SMTP is configured)\n`);
      });
    });
}
