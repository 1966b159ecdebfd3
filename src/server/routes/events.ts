// GET /api/events: the signed-in reviewer's new alerts as server-sent events, as the outbox receives them.
// One reader per server polls the outbox (every second, while anyone listens) and hands each stream its
// user's alerts; a stream that comes back with Last-Event-ID is first sent what it missed.

import type { FastifyInstance } from "fastify";
import type { ServerResponse } from "node:http";
import type { LedgerStore } from "../../ledger/store.js";
import { Ledger } from "../../ledger/ledger.js";
import { alertsAfter, lastAlertId, type Alert } from "../../ledger/alerts/store.js";
import { requireUser } from "../plugins/auth.js";
import { EVENTS_QUERY } from "../schemas/alerts.js";

export interface EventsOptions {
  /** how often the outbox is read */
  pollMs?: number;
  /** a comment line this often keeps proxies from closing a quiet stream */
  keepAliveMs?: number;
}

/** what a stream missed is sent up to this many alerts at once */
const CATCH_UP = 500;

interface Stream {
  userId: number;
  last: number;
  res: ServerResponse;
}

const frame = (a: Alert) =>
  `id: ${a.id}\nevent: alert\ndata: ${JSON.stringify({ id: a.id, kind: a.kind, line: a.line, claimId: a.claimId, findingId: a.findingId, follow: a.follow, createdAt: a.createdAt })}\n\n`;

export function eventRoutes(app: FastifyInstance, ledger: LedgerStore, options: EventsOptions = {}): void {
  if (!(ledger instanceof Ledger)) return;
  const streams = new Set<Stream>();
  let cursor: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let reading = false;
  let sinceKeepAlive = 0;

  const send = (s: Stream, alerts: Alert[]) => {
    for (const a of alerts) {
      if (a.userId !== s.userId || a.id <= s.last) continue;
      s.res.write(frame(a));
      s.last = a.id;
    }
  };
  const read = async () => {
    if (reading || !streams.size) return;
    reading = true;
    try {
      if (cursor === null) return;
      for (let more = true; more; ) {
        const alerts = await alertsAfter(ledger, cursor, { limit: CATCH_UP });
        for (const s of streams) send(s, alerts);
        if (alerts.length) cursor = alerts[alerts.length - 1].id;
        more = alerts.length === CATCH_UP;
      }
      sinceKeepAlive += options.pollMs ?? 1000;
      if (sinceKeepAlive >= (options.keepAliveMs ?? 15_000)) {
        sinceKeepAlive = 0;
        for (const s of streams) s.res.write(": still here\n\n");
      }
    } catch (e) {
      app.log.error(e);
    } finally {
      reading = false;
    }
  };
  const stop = (s: Stream) => {
    streams.delete(s);
    if (!streams.size && timer) {
      clearInterval(timer);
      timer = undefined;
      cursor = null;
    }
  };

  app.get<{ Querystring: { after?: number } }>("/api/events", {
    preHandler: requireUser,
    schema: {
      tags: ["alerts"],
      summary: "your new alerts as server-sent events (text/event-stream, event \"alert\", the alert's id as the event id); Last-Event-ID (or ?after=) resumes",
      querystring: EVENTS_QUERY,
    },
  }, async (req, reply) => {
    const header = req.headers["last-event-id"];
    const resume = typeof header === "string" && /^\d{1,15}$/.test(header.trim()) ? Number(header) : req.query.after;
    const start = resume ?? (await lastAlertId(ledger));
    const missed = resume !== undefined ? await alertsAfter(ledger, resume, { userId: req.user!.id, limit: CATCH_UP }) : [];
    reply.hijack();
    const res = reply.raw;
    // the headers Fastify's hooks set (security headers) go out with the stream's own
    for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) res.setHeader(k, v as string);
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
    res.write("retry: 3000\n\n");
    const s: Stream = { userId: req.user!.id, last: start, res };
    send(s, missed);
    // the reader goes back as far as the newest stream needs (the others skip what they have had)
    cursor = Math.min(cursor ?? s.last, s.last);
    streams.add(s);
    timer ??= setInterval(() => void read(), options.pollMs ?? 1000);
    req.raw.on("close", () => stop(s));
  });

  // a stream never ends by itself: closing the server ends them
  app.addHook("preClose", async () => {
    for (const s of [...streams]) {
      s.res.end();
      stop(s);
    }
  });
}
