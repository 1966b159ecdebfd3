// `claimledger watch` (poll the sources, queue their new items; on SQLite also ingest them) and
// `claimledger worker` (PostgreSQL: ingest the queued items; run as many as wanted, on any machines).

import type { Command } from "commander";
import { openLedger, ledgerTarget } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { DEFAULT_LIMITS } from "../../ingest/fetch.js";
import { SMTP_FROM, SMTP_URL } from "./webhook.js";

const PRIVATE = "fetch from loopback, private and link-local addresses too (refused by default: a feed could reach services on this machine or network)";
const printable = (s: string) => s.replace(/[\p{Cc}]/gu, " ");

function whole(name: string, min: number, max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name} wants a whole number from ${min} to ${max}, not "${v}"`);
    return n;
  };
}

/** stops on the first SIGINT/SIGTERM, after the work in hand */
function stopSignal(): AbortSignal {
  const c = new AbortController();
  for (const s of ["SIGINT", "SIGTERM"] as const) process.once(s, () => c.abort());
  return c.signal;
}

export function register(program: Command): void {
  program
    .command("watch")
    .description("poll the watched sources (`claimledger source add`) and ingest their new items; on PostgreSQL the items are queued for `claimledger worker`")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL")
    .option("--once", "one round: poll what is due, run the jobs (SQLite), and exit")
    .option("--host-interval <seconds>", "the least time between two requests to one host", whole("--host-interval", 0, 3600), 1)
    .option("--timeout <seconds>", "how long one request may take", whole("--timeout", 1, 600), DEFAULT_LIMITS.timeoutMs / 1000)
    .option("--allow-private-addresses", PRIVATE)
    .option(...SMTP_URL).option(...SMTP_FROM)
    .action(async (o: { db?: string; once?: boolean; hostInterval: number; timeout: number; allowPrivateAddresses?: boolean; smtpUrl?: string; smtpFrom?: string }) => {
      const { watch } = await import("../../watch/watch.js");
      const ledger = await openLedger(o.db);
      const alerts = await (await import("../../alerts/deliver.js")).startCommandDelivery(ledger, { ...o, onEvent: (m) => process.stderr.write(`claimledger: ${printable(m)}\n`) });
      try {
        const summary = await watch(ledger, {
          target: ledgerTarget(o.db),
          once: o.once,
          hostIntervalMs: o.hostInterval * 1000,
          limits: { ...DEFAULT_LIMITS, timeoutMs: o.timeout * 1000, allowPrivateAddresses: o.allowPrivateAddresses === true },
          signal: stopSignal(),
          onPoll: (url, r) => process.stderr.write(`claimledger: ${printable(url)}: ${r.status}${r.newItems ? `, ${r.newItems} new items` : ""}${r.error ? `: ${printable(r.error)}` : ""}\n`),
          onJob: (label, message) => process.stderr.write(`claimledger: ${printable(label)}: ${printable(message)}\n`),
          onTrouble: (message) => process.stderr.write(`claimledger: ${printable(message)}\n`),
        });
        process.stdout.write(`polls: ${summary.polls}, new items: ${summary.newItems}` + (ledger.engine.jobQueue === "ledger" ? `, ingested: ${summary.jobs.done}, failed: ${summary.jobs.failed}` : ", queued for `claimledger worker`") + "\n");
      } finally {
        await alerts.stop();
        await ledger.close();
      }
    });
  program
    .command("worker")
    .description("PostgreSQL: ingest the items `claimledger watch` queued; run any number, on any machines, against the same database")
    .option("--db <url>", "ledger: a postgres:// URL")
    .option("--concurrency <n>", "jobs at once in this process", whole("--concurrency", 1, 64), 2)
    .option("--host-interval <seconds>", "the least time between two requests to one host (per worker process)", whole("--host-interval", 0, 3600), 1)
    .option("--timeout <seconds>", "how long one request may take", whole("--timeout", 1, 600), DEFAULT_LIMITS.timeoutMs / 1000)
    .option("--allow-private-addresses", PRIVATE)
    .option(...SMTP_URL).option(...SMTP_FROM)
    .action(async (o: { db?: string; concurrency: number; hostInterval: number; timeout: number; allowPrivateAddresses?: boolean; smtpUrl?: string; smtpFrom?: string }) => {
      const target = ledgerTarget(o.db);
      if (!/^postgres(?:ql)?:\/\//i.test(target)) throw new UserError("`claimledger worker` runs against PostgreSQL (--db postgres://…); on SQLite, `claimledger watch` ingests the items itself");
      // graphile-worker prints a worker's end (a connection lost) with console.trace, a stack: said in one line
      console.trace = (e?: unknown) => process.stderr.write(`claimledger: a job runner ended: ${printable((e instanceof Error ? e.message : String(e)).split("\n")[0])}\n`);
      const { startWorker } = await import("../../watch/pg-queue.js");
      const { Politeness } = await import("../../watch/politeness.js");
      const { whileUnreachable } = await import("../../watch/connection.js");
      const onEvent = (message: string) => process.stderr.write(`claimledger: ${printable(message)}\n`);
      // a database away while the worker starts (a restart) is waited for, as once it runs; a stop ends the wait
      const stop = stopSignal();
      const ledger = await whileUnreachable("worker start-up", () => openLedger(target), { onEvent, signal: stop });
      if (!ledger) return;
      const alerts = await (await import("../../alerts/deliver.js")).startCommandDelivery(ledger, { ...o, onEvent });
      const limits = { ...DEFAULT_LIMITS, timeoutMs: o.timeout * 1000, allowPrivateAddresses: o.allowPrivateAddresses === true };
      const politeness = new Politeness(limits, o.hostInterval * 1000);
      const staleMs = Number(process.env.CLAIMLEDGER_WORKER_STALE_MS) || 60_000;
      try {
        const worker = await whileUnreachable("worker start-up", () => startWorker(ledger, target, { limits, politeness }, { concurrency: o.concurrency, staleMs, onEvent }), { onEvent, signal: stop });
        if (!worker) return;
        process.stderr.write(`claimledger: worker ready (${o.concurrency} at once)\n`);
        if (stop.aborted) void worker.stop();
        else stop.addEventListener("abort", () => void worker.stop());
        await worker.done;
      } finally {
        await alerts.stop();
        await ledger.close();
      }
    });
}
