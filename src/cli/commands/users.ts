// `claimledger user add|password NAME` and `claimledger token create NAME`: the reviewers who may write,
// and API tokens for other newsroom tools. Passwords come from standard input, never the command line.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { hashPassword, passwordProblem } from "../../server/passwords.js";
import { createApiToken } from "../../server/auth.js";

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
    .description("set a reviewer's password (read from standard input); signs out their sessions")
    .argument("<name>")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string }) => {
      const hash = await checkedHash();
      const ledger = await openLedger(o.db);
      try {
        const u = await ledger.getUser(name);
        if (!u) throw new UserError(`no reviewer "${name}"`);
        await ledger.setPassword(u.id, hash);
        process.stdout.write(`password changed for ${name}\n`);
      } finally {
        await ledger.close();
      }
    });

  program
    .command("token")
    .description("API tokens")
    .command("create")
    .description("create an API token acting for a reviewer; it is printed once")
    .argument("<name>", "the reviewer the token acts for")
    .option("--label <text>", "what the token is for", "api")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .action(async (name: string, o: { db?: string; label: string }) => {
      const ledger = await openLedger(o.db);
      try {
        const u = await ledger.getUser(name);
        if (!u) throw new UserError(`no reviewer "${name}" (add one with \`claimledger user add\`)`);
        process.stdout.write(`${await createApiToken(ledger, u, o.label)}\n`);
      } finally {
        await ledger.close();
      }
    });
}
