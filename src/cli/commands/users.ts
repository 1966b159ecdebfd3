// `claimledger user add|password NAME` and `claimledger token create|list|revoke`: the reviewers who may
// write, and API tokens for other newsroom tools. Passwords come from standard input, never the command line.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { hashPassword, passwordProblem } from "../../server/passwords.js";
import { createApiToken } from "../../server/plugins/auth.js";
import type { ApiToken } from "../../ledger/store.js";
import { formatOption, writeRows, type Column, type Format } from "../output.js";
import { dateOption } from "../options.js";

async function readPassword(): Promise<string> {
  if (process.env.CLAIMLEDGER_PASSWORD) return process.env.CLAIMLEDGER_PASSWORD;
  if (process.stdin.isTTY) {
    // typed, not echoed
    process.stderr.write("password: ");
    process.stdin.setRawMode(true);
    const chars: string[] = [];
    for await (const chunk of process.stdin) {
      for (const ch of String(chunk)) {
        if (ch === "\r" || ch === "\n") {
          process.stdin.setRawMode(false);
          process.stderr.write("\n");
          process.stdin.pause();
          return chars.join("");
        }
        if (ch === "\u0003") process.exit(130);
        if (ch === "\u007f") chars.pop();
        else chars.push(ch);
      }
    }
  }
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  return input.replace(/\r?\n$/, "");
}

async function checkedHash(): Promise<string> {
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new UserError(problem);
  return hashPassword(password);
}

export function register(program: Command): void {
  const user = program.command("user").description("reviewer accounts (they may sign in and record verdicts)");
  user
    .command("add")
    .description("add a reviewer; the password is read from standard input (or $CLAIMLEDGER_PASSWORD)")
    .argument("<name>")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string }) => {
      if (!/^[\p{L}\p{N}._@-]{1,100}$/u.test(name)) throw new UserError(`a reviewer's name is letters, digits and . _ @ - (not "${name}")`);
      const hash = await checkedHash();
      const ledger = await openLedger(o.db);
      try {
        if (await ledger.getUser(name)) throw new UserError(`reviewer "${name}" exists already (change the password with \`claimledger user password\`)`);
        await ledger.addUser(name, hash);
        process.stdout.write(`added reviewer ${name}\n`);
      } finally {
        await ledger.close();
      }
    });
  user
    .command("password")
    .description("set a reviewer's password (read from standard input); signs out their sessions and revokes their API tokens")
    .argument("<name>")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string }) => {
      const hash = await checkedHash();
      const ledger = await openLedger(o.db);
      try {
        const u = await ledger.getUser(name);
        if (!u) throw new UserError(`no reviewer "${name}"`);
        await ledger.setPassword(u.id, hash);
        process.stdout.write(`password changed for ${name}; their sessions are ended and API tokens revoked\n`);
      } finally {
        await ledger.close();
      }
    });

  const token = program.command("token").description("API tokens: create, list, revoke");
  token
    .command("create")
    .description("create an API token acting for a reviewer; it is printed once")
    .argument("<name>", "the reviewer the token acts for")
    .option("--label <text>", "what the token is for", "api")
    .option("--expires-days <n>", "the token stops working after this many days")
    .option("--expires <date>", "the token stops working at the start of this day (YYYY-MM-DD, UTC)", dateOption("--expires"))
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string; label: string; expiresDays?: string; expires?: string }) => {
      const expiresAt = expiry(o);
      const ledger = await openLedger(o.db);
      try {
        const u = await ledger.getUser(name);
        if (!u) throw new UserError(`no reviewer "${name}" (add one with \`claimledger user add\`)`);
        process.stdout.write(`${await createApiToken(ledger, u, o.label, expiresAt)}\n`);
        if (expiresAt) process.stderr.write(`(expires ${expiresAt})\n`);
      } finally {
        await ledger.close();
      }
    });
  formatOption(token.command("list").description("a reviewer's API tokens: id, label, created, expires, last used, revoked (never the token)").argument("<name>", "the reviewer"))
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string; format: Format }) => {
      const ledger = await openLedger(o.db);
      try {
        const u = await ledger.getUser(name);
        if (!u) throw new UserError(`no reviewer "${name}"`);
        writeRows(await ledger.listApiTokens(u.id), TOKEN_COLUMNS, o.format);
      } finally {
        await ledger.close();
      }
    });
  token
    .command("revoke")
    .description("revoke an API token by its id (see `claimledger token list`); it stops working at once")
    .argument("<id>", "the token's id")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (id: string, o: { db?: string }) => {
      const n = Number(id);
      if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`a token's id is a whole number (see \`claimledger token list NAME\`), not "${id}"`);
      const ledger = await openLedger(o.db);
      try {
        if (!(await ledger.revokeApiToken(n))) throw new UserError(`no API token ${n}`);
        process.stdout.write(`revoked API token ${n}\n`);
      } finally {
        await ledger.close();
      }
    });
}

const day = (iso: string | null) => iso?.slice(0, 16).replace("T", " ") ?? "";
const TOKEN_COLUMNS: Column<ApiToken>[] = [
  { header: "id", get: (t) => t.id },
  { header: "label", get: (t) => t.label, max: 30 },
  { header: "created", get: (t) => day(t.createdAt) },
  { header: "expires", get: (t) => (t.expiresAt ? day(t.expiresAt) : "never") },
  { header: "last used", get: (t) => day(t.lastUsedAt) || "never" },
  { header: "revoked", get: (t) => day(t.revokedAt) },
];

// a token lives at most ten years: a longer --expires-days is a typo, not a wish
const MAX_EXPIRY_DAYS = 3650;

/** the ISO time a new token expires, from --expires-days or --expires; null: never */
function expiry(o: { expiresDays?: string; expires?: string }): string | null {
  if (o.expiresDays !== undefined && o.expires !== undefined) throw new UserError("give --expires-days or --expires, not both");
  if (o.expires !== undefined) {
    const at = new Date(`${o.expires}T00:00:00Z`);
    if (at.getTime() <= Date.now()) throw new UserError(`--expires: ${o.expires} has passed; give a day in the future`);
    return at.toISOString();
  }
  if (o.expiresDays === undefined) return null;
  const days = Number(o.expiresDays);
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) throw new UserError(`--expires-days wants a whole number of days from 1 to ${MAX_EXPIRY_DAYS}, not "${o.expiresDays}"`);
  return new Date(Date.now() + days * 864e5).toISOString();
}
