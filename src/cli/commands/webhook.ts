// `claimledger webhook add|list|remove URL`: where alerts are POSTed (a Slack-compatible body, signed with
// HMAC-SHA256 in X-Claimledger-Signature-256), and the --smtp-url/--smtp-from options of the commands that
// deliver them (serve, watch, worker).

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { addChannel, listChannels, removeChannel, type ChannelStatus } from "../../ledger/alerts/delivery-store.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";

const printable = (s: string | null) => s?.replace(/[\p{Cc}]/gu, " ") ?? "";
const when = (iso: string | null) => iso?.slice(0, 16).replace("T", " ") ?? "";

const COLUMNS: Column<ChannelStatus>[] = [
  { header: "id", get: (c) => c.id },
  { header: "url", get: (c) => printable(c.target), max: 50 },
  { header: "alerts of", get: (c) => c.user ?? "everyone" },
  { header: "private", get: (c) => (c.allowPrivate ? "allowed" : "") },
  { header: "delivered", get: (c) => c.delivered },
  { header: "pending", get: (c) => c.pending || "" },
  { header: "failed", get: (c) => c.failed || "" },
  { header: "last delivered", get: (c) => when(c.lastDeliveredAt) },
  { header: "last error", get: (c) => printable(c.lastError), max: 80 },
];

/** the options of the commands that deliver alerts (serve, watch, worker): `.option(...SMTP_URL)` */
export const SMTP_URL = ["--smtp-url <url>", "e-mail alerts through this SMTP server, smtp://user:pass@host:587 (or CLAIMLEDGER_SMTP_URL)"] as const;
export const SMTP_FROM = ["--smtp-from <address>", "the e-mailed alerts' from-address (or CLAIMLEDGER_SMTP_FROM)"] as const;

export function register(program: Command): void {
  const webhook = program.command("webhook").description("where alerts are POSTed: Slack-compatible JSON, signed with HMAC-SHA256 (X-Claimledger-Signature-256: sha256=…)");
  webhook
    .command("add")
    .description("POST alerts (every reviewer's, or one's with --user) to a URL from now on")
    .argument("<url>", "an http(s) URL")
    .option("--secret <secret>", "the key the body is signed with (a new one is made and shown when not given)")
    .option("--user <name>", "only this reviewer's alerts")
    .option("--allow-private-addresses", "the URL may be on a loopback or private address (refused by default: SSRF)")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (url: string, o: { secret?: string; user?: string; allowPrivateAddresses?: boolean; db?: string }) => {
      if (o.secret !== undefined && o.secret.length < 8) throw new UserError("--secret wants at least 8 characters");
      const ledger = await openLedger(o.db);
      try {
        const user = o.user === undefined ? null : await ledger.getUser(o.user);
        if (o.user !== undefined && !user) throw new UserError(`no reviewer "${o.user}" (\`claimledger user add\` adds one)`);
        const c = await addChannel(ledger, { kind: "webhook", target: url, secret: o.secret, userId: user?.id ?? null, allowPrivate: o.allowPrivateAddresses === true });
        process.stdout.write(`webhook ${c.id}: ${printable(c.target)} receives ${user ? `${user.name}'s` : "every reviewer's"} alerts from now on\n`);
        if (!o.secret) process.stdout.write(`secret (shown once; check X-Claimledger-Signature-256 with it): ${c.secret}\n`);
      } finally {
        await ledger.close();
      }
    });
  formatOption(webhook.command("list").description("the webhooks: deliveries done, pending and failed, and the last error"))
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (o: { format: Format; db?: string }) => {
      const ledger = await openLedger(o.db);
      try {
        // never the secrets
        const rows = (await listChannels(ledger, "webhook")).map((c) => ({ ...c, secret: null }));
        writeRows(rows, COLUMNS, o.format);
      } finally {
        await ledger.close();
      }
    });
  webhook
    .command("remove")
    .description("stop POSTing alerts to a webhook (by its id or URL)")
    .argument("<id-or-url>")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (which: string, o: { db?: string }) => {
      const ledger = await openLedger(o.db);
      try {
        await removeChannel(ledger, "webhook", /^\d+$/.test(which) ? Number(which) : { target: which });
        process.stdout.write(`webhook ${printable(which)} removed\n`);
      } finally {
        await ledger.close();
      }
    });
}
