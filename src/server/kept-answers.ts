// Answers that read much and change only with the ledger (a findings page resolves 50 findings' claims, a
// series page 500 claims, 350 KiB; a speaker's page up to 5,000 claims, 1.5 MB) are kept, as the bytes sent,
// until the ledger may have changed, on PostgreSQL: its change mark moves with every document, review and
// correction whichever process made it, the metrics' mark with every document they read. SQLite's mark does not
// move with this process's own writes (engine.marksOwnWrites), so there every answer is made again. Sent with an ETag: a client that
// has the answer already gets a 304.

import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { LedgerStore } from "../ledger/store.js";
import { Ledger } from "../ledger/ledger.js";
import { MetricsLedger } from "../ledger/metrics/store.js";
import { findingsGeneration } from "../ledger/metrics/counts.js";
import { metricsMark } from "../ledger/metrics/progress.js";

type Made = { bytes: Buffer; etag: string };
type Kept = { mark: string; made: Promise<Made>; size: number; backlog: boolean };

/**
 * What says a kept answer may be out of date (PostgreSQL; null elsewhere: nothing is kept): the ledger's change
 * mark, the metrics' mark (progress.ts metricsMark, as the findings' counts read it) and this process's own metric writes.
 * Requests asking while a reading is under way share it (as the findings' counts do, counts.ts).
 */
export function answersMark(ledger: LedgerStore): () => Promise<string | null> {
  if (!(ledger instanceof Ledger) || !ledger.engine.marksOwnWrites || !ledger.engine.changeMark) return async () => null;
  const db = new MetricsLedger(ledger).db, changeMark = ledger.engine.changeMark;
  let reading: Promise<string> | null = null;
  return () => {
    if (!reading) {
      const r = Promise.all([changeMark(), metricsMark(db)]).then((parts) => parts.join("|"));
      reading = r;
      const done = () => { if (reading === r) reading = null; };
      r.then(done, done);
    }
    // the generation after the reading: a write of this process meanwhile is never hidden under an older mark
    return reading.then((m) => `${m}|${findingsGeneration(ledger)}`);
  };
}

/**
 * Answers kept by key, each with the mark it was made under, at most `maxBytes` of them (the least recently
 * sent go first) and none bigger than a quarter of that.
 */
export class KeptAnswers {
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;

  constructor(private readonly mark: () => Promise<string | null>, private readonly maxBytes: number) {}

  /**
   * Sends the answer kept for `key` under the ledger's current mark, else the one `make` makes (kept for the next
   * asker unless the metrics were catching up with a backlog meanwhile: `make` calls its argument then).
   */
  async send(req: FastifyRequest, reply: FastifyReply, key: string, make: (onBacklog: () => void) => Promise<unknown>): Promise<FastifyReply> {
    // read before the answer is made, so a kept answer is never older than its mark
    const mark = await this.mark();
    if (mark === null) return reply.send(await make(markBacklog(reply)));
    let k = this.kept.get(key);
    if (k && k.mark === mark) {
      // the most recently sent last: the first to go when room is needed
      this.kept.delete(key);
      this.kept.set(key, k);
    } else {
      if (k) this.forget(key, k);
      k = this.make(key, mark, make);
    }
    const { bytes, etag } = await k.made;
    if (k.backlog) markBacklog(reply)();
    reply.header("etag", etag);
    if (req.headers["if-none-match"] === etag) return reply.code(304).send();
    return reply.type("application/json; charset=utf-8").send(bytes);
  }

  private make(key: string, mark: string, make: (onBacklog: () => void) => Promise<unknown>): Kept {
    const k: Kept = { mark, size: 0, backlog: false, made: Promise.resolve(null as never) };
    k.made = make(() => { k.backlog = true; }).then((answer) => {
      const bytes = Buffer.from(JSON.stringify(answer));
      return { bytes, etag: `"${createHash("sha1").update(bytes).digest("base64url")}"` };
    });
    this.kept.set(key, k);
    k.made.then(({ bytes }) => {
      if (this.kept.get(key) !== k) return;
      // an answer as far as a backlog was read is sent to those who asked for it, not kept
      if (k.backlog || bytes.length > this.maxBytes / 4) return void this.kept.delete(key);
      k.size = bytes.length;
      this.bytes += k.size;
      for (const [old, o] of this.kept) {
        if (this.bytes <= this.maxBytes) break;
        if (o !== k) this.forget(old, o);
      }
    }, () => { if (this.kept.get(key) === k) this.kept.delete(key); });
    return k;
  }

  private forget(key: string, k: Kept): void {
    this.kept.delete(key);
    this.bytes -= k.size;
  }
}

/** the response header that says the metrics are catching up with a backlog of documents (the answer is as far as they read) */
export const BACKLOG_HEADER = "x-metrics-catching-up";
/** sets BACKLOG_HEADER on `reply` */
export const markBacklog = (reply: FastifyReply) => () => void reply.header(BACKLOG_HEADER, "true");
