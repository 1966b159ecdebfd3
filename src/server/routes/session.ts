// /api/session: sign in (a session cookie and the CSRF token the page sends back on writes), who am I,
// sign out.

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import { verifyPassword } from "../passwords.js";
import { endSession, startSession, type AccessOptions } from "../plugins/auth.js";
import { httpError } from "../plugins/errors.js";
import { SIGN_IN } from "../schemas/session.js";

// checked against when the name is unknown, so a wrong name takes as long as a wrong password
const DECOY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";

export function sessionRoutes(app: FastifyInstance, ledger: LedgerStore, access: AccessOptions): void {
  app.get("/api/session", { config: { public: true }, schema: { tags: ["session"], summary: "the signed-in reviewer (or null), the CSRF token and whether reading is open" } }, async (req) => ({
    user: req.user ? { name: req.user.name } : null,
    csrf: req.session?.csrf ?? null,
    openRead: access.openRead,
  }));

  app.post<{ Body: { name: string; password: string } }>("/api/session", {
    // scrypt slows each guess; this caps how many a client may make
    config: { public: true, rateLimit: { max: 10, timeWindow: "1 minute" } },
    schema: {
      tags: ["session"],
      summary: "sign in",
      body: SIGN_IN,
    },
  }, async (req, reply) => {
    const user = await ledger.getUser(req.body.name);
    const ok = await verifyPassword(req.body.password, user?.passwordHash ?? DECOY);
    if (!user || !ok) throw httpError(401, "wrong name or password");
    const csrf = await startSession(ledger, reply, user, access);
    return { user: { name: user.name }, csrf };
  });

  app.delete("/api/session", { config: { public: true }, schema: { tags: ["session"], summary: "sign out" } }, async (req, reply) => {
    await endSession(ledger, req, reply);
    return reply.code(204).send();
  });
}
