// `claimledger copy --from LEDGER --to LEDGER`: a ledger copied whole into another (the way from the embedded
// SQLite file to a team's PostgreSQL). Run again after an interruption, it goes on where it stopped.

import { existsSync } from "node:fs";
import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { isPostgresUrl } from "../../ledger/engines/postgres/index.js";
import type { Ledger } from "../../ledger/ledger.js";
import { isUserError, UserError } from "../../errors.js";

async function open(where: string, role: "source" | "target"): Promise<Ledger> {
  // a source that is not there would be made, empty, by opening it
  if (role === "source" && !isPostgresUrl(where) && !existsSync(where)) throw new UserError(`${where}: no ledger there to copy from`);
  try {
    return await openLedger(where);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError(`${where}: the ${role} ledger cannot be opened (${(e as Error).message.split("\n")[0]})`);
  }
}

export function register(program: Command): void {
  program
    .command("copy")
    .description("copy a ledger into another, ids and all (SQLite to PostgreSQL: documents, claims, reviews, users, tokens, sources, metrics, alerts); run again, it adds only what is missing")
    .requiredOption("--from <ledger>", "the ledger copied: a SQLite file or a postgres:// URL")
    .requiredOption("--to <ledger>", "the ledger copied into: a postgres:// URL (its database made with createdb) or a SQLite file")
    .action(async (o: { from: string; to: string }) => {
      if (o.from === o.to) throw new UserError("--from and --to are the same ledger");
      const { copyLedger } = await import("../../ledger/copy.js");
      const from = await open(o.from, "source");
      let to: Ledger | undefined;
      try {
        to = await open(o.to, "target");
        let enqueue: ((payload: unknown) => Promise<void>) | undefined;
        if (to.engine.jobQueue === "graphile-worker") {
          const { enqueuePg, migrateQueue, queueSchema } = await import("../../watch/pg-queue.js");
          const target = to;
          // the queue's schema made when an item is to go in it, not for a copy that has none (or is refused)
          let ready: Promise<void> | undefined;
          enqueue = async (payload) => {
            await (ready ??= migrateQueue(o.to));
            await enqueuePg(target.db as never, queueSchema(o.to), payload as never);
          };
        }
        let shown = 0;
        const summary = await copyLedger(from, to, {
          enqueue,
          onProgress: (table, copied, total) => {
            if (copied < total && Date.now() - shown < 1000) return;
            shown = Date.now();
            process.stderr.write(`claimledger: ${table}: ${copied} of ${total} read\n`);
          },
        });
        const added = Object.entries(summary.added).filter(([, n]) => n > 0);
        process.stdout.write(added.length ? `added: ${added.map(([t, n]) => `${t} ${n}`).join(", ")}\n` : "added: nothing (the target had every row already)\n");
      } finally {
        await to?.close();
        await from.close();
      }
    });
}
