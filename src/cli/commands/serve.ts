// `claimledger serve`: the review pages and the HTTP API over a ledger (the SQLite default unless --db).

import type { Command } from "commander";
import { openLedger, ledgerTarget } from "../../ledger/open.js";
import { buildApp } from "../../server/app.js";
import { UserError } from "../../errors.js";

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the review pages and the HTTP API over a ledger")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <n>", "port (0: any free one)", "8080")
    .option("--closed", "reading needs a signed-in reviewer or an API token too")
    .option("--public-url <url>", "the address readers use (for ClaimReview URLs and secure cookies)")
    .option("--publisher <name>", "the newsroom named as the reviews' author", process.env.CLAIMLEDGER_PUBLISHER ?? "claimledger")
    .option("--log", "log each request as JSON lines")
    .action(async (o: { db?: string; host: string; port: string; closed?: boolean; publicUrl?: string; publisher: string; log?: boolean }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port wants a port number, not "${o.port}"`);
      const ledger = await openLedger(o.db);
      const local = `http://${o.host.includes(":") ? `[${o.host}]` : o.host}:${port}`;
      const app = await buildApp({
        ledger, openRead: !o.closed, secureCookies: o.publicUrl?.startsWith("https:") ?? false, baseUrl: o.publicUrl, publisher: o.publisher, logger: !!o.log,
      });
      let address: string;
      try {
        address = await app.listen({ host: o.host, port });
      } catch (e) {
        await ledger.close();
        throw new UserError(`cannot listen on ${local} (${(e as Error).message})`);
      }
      if (!o.publicUrl) app.log.info(`ClaimReview URLs use ${address}`);
      process.stdout.write(`claimledger: serving ${ledgerTarget(o.db)} at ${address}/ (reading ${o.closed ? "closed" : "open"}; Ctrl-C stops)\n`);
      const stop = async () => {
        await app.close();
        await ledger.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
