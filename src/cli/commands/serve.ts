// `claimledger serve`: the review pages and the HTTP API over a ledger (the SQLite default unless --db).

import cluster from "node:cluster";
import type { Command } from "commander";
import { openLedger, ledgerTarget } from "../../ledger/open.js";
import { ratingScale } from "../../ledger/desk/ratings.js";
import { UserError } from "../../errors.js";
import { DEFAULT_EXTRACT_SECONDS, ExtractPool, defaultPoolSize } from "../../extract/worker-pool.js";
import { SMTP_FROM, SMTP_URL } from "./webhook.js";

/** how long a stopping server may take before it exits anyway */
const STOP_SECONDS = 4;

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
    .option("--workers <n>", "processes answering in parallel on one port (each a reader of the same ledger)", "1")
    .option("--extract-workers <n>", "threads extracting posted articles, per process (default: one per core)")
    .option("--extract-timeout <seconds>", "time budget of one posted article's extraction (over it: 422, nothing stored)", String(DEFAULT_EXTRACT_SECONDS))
    .option(...SMTP_URL).option(...SMTP_FROM)
    .action(async (o: { db?: string; host: string; port: string; closed?: boolean; publicUrl?: string; publisher: string; log?: boolean; workers: string; extractWorkers?: string; extractTimeout: string; smtpUrl?: string; smtpFrom?: string }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port wants a port number, not "${o.port}"`);
      const workers = Number(o.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UserError(`--workers wants a number from 1 to 64, not "${o.workers}"`);
      const extractWorkers = o.extractWorkers === undefined ? defaultPoolSize() : Number(o.extractWorkers);
      if (!Number.isInteger(extractWorkers) || extractWorkers < 1 || extractWorkers > 64) throw new UserError(`--extract-workers wants a number from 1 to 64, not "${o.extractWorkers}"`);
      const budget = Number(o.extractTimeout);
      if (!(budget > 0 && budget <= 86_400)) throw new UserError(`--extract-timeout wants seconds (more than 0, at most 86400), not "${o.extractTimeout}"`);
      if (workers > 1 && cluster.isPrimary) return primary(o.db, workers, Boolean(o.closed));
      // the verdict scale is the newsroom's configuration, read here and handed to the ledger
      const ledger = await openLedger(o.db, { ratings: ratingScale(process.env.CLAIMLEDGER_RATINGS) });
      // extraction runs in worker threads, so that this thread answers while an article is read
      const pool = new ExtractPool(extractWorkers, budget);
      const local = `http://${o.host.includes(":") ? `[${o.host}]` : o.host}:${port}`;
      // (loaded here: the server brings the whole extraction pipeline and its models, 2 s of start-up that
      // every other command, even --version, paid when it was imported with the command list)
      const { buildApp } = await import("../../server/app.js");
      const app = await buildApp({
        ledger, openRead: !o.closed, secureCookies: o.publicUrl?.startsWith("https:") ?? false, baseUrl: o.publicUrl, publisher: o.publisher, logger: !!o.log,
        extract: (text, options) => pool.extract(text, options, options.path),
      });
      let address: string;
      try {
        address = await app.listen({ host: o.host, port });
      } catch (e) {
        await pool.close();
        await ledger.close();
        throw new UserError(`cannot listen on ${local} (${(e as Error).message})`);
      }
      const alerts = await (await import("../../alerts/deliver.js")).startCommandDelivery(ledger, { ...o, onEvent: (m) => process.stderr.write(`claimledger: ${m.replace(/[\p{Cc}]/gu, " ")}\n`) });
      if (cluster.isWorker) process.send?.({ listening: address });
      else process.stdout.write(`claimledger: serving ${ledgerTarget(o.db)} at ${address}/ (reading ${o.closed ? "closed" : "open"}; Ctrl-C stops)\n`);
      // SIGTERM and SIGINT stop within seconds even while articles are extracted: the workers are ended
      // first (their requests answer 503), then the server closes and the ledger after it
      const stop = async () => {
        // (whatever hangs, the process is gone within STOP_SECONDS)
        setTimeout(() => process.exit(1), STOP_SECONDS * 1000).unref();
        await pool.close();
        await alerts.stop();
        await app.close();
        await ledger.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

// Several processes on one port: a query on SQLite holds its process's only thread, so more processes
// answer more requests at once (WAL lets them all read while an ingest writes).
async function primary(db: string | undefined, workers: number, closed: boolean): Promise<void> {
  // migrate once, before any worker opens the ledger
  await (await openLedger(db)).close();
  let stopping = false;
  let announced = false;
  cluster.on("message", (_w, msg: { listening?: string }) => {
    if (msg?.listening && !announced) {
      announced = true;
      process.stdout.write(`claimledger: serving ${ledgerTarget(db)} at ${msg.listening}/ with ${workers} workers (reading ${closed ? "closed" : "open"}; Ctrl-C stops)\n`);
    }
  });
  cluster.on("exit", (w, code) => {
    if (stopping) return;
    if (!announced) {
      // it could not start (a port in use): the others would fail the same way
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill();
      process.exitCode = code || 1;
      return;
    }
    process.stderr.write(`claimledger: worker ${w.process.pid} stopped (${code}); starting another\n`);
    cluster.fork();
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
