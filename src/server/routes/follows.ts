// A reviewer's follows: speakers (words of the name), metrics (their key) and places. Signed in only; the
// writes are checked for the CSRF token like every other write (auth.ts).

import type { FastifyInstance, FastifyRequest } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { KyselyLedger } from "../../ledger/kysely-store.js";
import { FOLLOW_KINDS } from "../../ledger/alerts-schema.js";
import { addFollow, listFollows, removeFollow } from "../../ledger/alerts-store.js";
import { httpError } from "../auth.js";

/** a route's preHandler: a signed-in reviewer or an API token (follows and alerts are a person's) */
export async function requireUser(req: FastifyRequest): Promise<void> {
  if (!req.user) throw httpError(401, "sign in or give an API token: follows and alerts are a reviewer's own");
}

const follow = {
  type: "object",
  properties: { id: { type: "integer" }, kind: { type: "string", enum: FOLLOW_KINDS }, value: { type: "string" }, createdAt: { type: "string" } },
} as const;

export function followRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  if (!(ledger instanceof KyselyLedger)) return;
  const view = (f: { id: number; kind: string; value: string; createdAt: string }) => ({ id: f.id, kind: f.kind, value: f.value, createdAt: f.createdAt });

  app.get("/api/follows", {
    preHandler: requireUser,
    schema: { tags: ["alerts"], summary: "the speakers, metrics and places you follow", response: { 200: { type: "object", properties: { items: { type: "array", items: follow } } } } },
  }, async (req) => ({ items: (await listFollows(ledger, req.user!.id)).map(view) }));

  app.post<{ Body: { kind: string; value: string } }>("/api/follows", {
    preHandler: requireUser,
    schema: {
      tags: ["alerts"], summary: "follow a speaker (words of the name), a metric (its key) or a place: their new claims and findings become alerts",
      body: { type: "object", required: ["kind", "value"], additionalProperties: false, properties: { kind: { type: "string", enum: FOLLOW_KINDS }, value: { type: "string", minLength: 1, maxLength: 200 } } },
      response: { 201: follow },
    },
  }, async (req, reply) => reply.code(201).send(view(await addFollow(ledger, req.user!.id, req.body.kind, req.body.value))));

  app.delete<{ Params: { id: number } }>("/api/follows/:id", {
    preHandler: requireUser,
    schema: { tags: ["alerts"], summary: "stop following", params: { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } } },
  }, async (req, reply) => {
    try {
      await removeFollow(ledger, req.user!.id, req.params.id);
    } catch {
      throw httpError(404, `no follow ${req.params.id} of yours`);
    }
    return reply.code(204).send();
  });
}
