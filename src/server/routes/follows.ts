// A reviewer's follows: speakers (words of the name), metrics (their key) and places. Signed in only; the
// writes are checked for the CSRF token like every other write (plugins/auth.ts).

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { Ledger } from "../../ledger/ledger.js";
import { addFollow, listFollows, removeFollow } from "../../ledger/alerts/store.js";
import { requireUser } from "../plugins/auth.js";
import { httpError } from "../plugins/errors.js";
import { ID_PARAM } from "../schemas/common.js";
import { FOLLOW, FOLLOWS, NEW_FOLLOW } from "../schemas/alerts.js";

export function followRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  if (!(ledger instanceof Ledger)) return;
  const view = (f: { id: number; kind: string; value: string; createdAt: string }) => ({ id: f.id, kind: f.kind, value: f.value, createdAt: f.createdAt });

  app.get("/api/follows", {
    preHandler: requireUser,
    schema: { tags: ["alerts"], summary: "the speakers, metrics and places you follow", response: { 200: FOLLOWS } },
  }, async (req) => ({ items: (await listFollows(ledger, req.user!.id)).map(view) }));

  app.post<{ Body: { kind: string; value: string } }>("/api/follows", {
    preHandler: requireUser,
    schema: {
      tags: ["alerts"], summary: "follow a speaker (words of the name), a metric (its key) or a place: their new claims and findings become alerts",
      body: NEW_FOLLOW,
      response: { 201: FOLLOW },
    },
  }, async (req, reply) => reply.code(201).send(view(await addFollow(ledger, req.user!.id, req.body.kind, req.body.value))));

  app.delete<{ Params: { id: number } }>("/api/follows/:id", {
    preHandler: requireUser,
    schema: { tags: ["alerts"], summary: "stop following", params: ID_PARAM },
  }, async (req, reply) => {
    try {
      await removeFollow(ledger, req.user!.id, req.params.id);
    } catch {
      throw httpError(404, `no follow ${req.params.id} of yours`);
    }
    return reply.code(204).send();
  });
}
