// The headers and limits that keep the pages and the API safe to serve: a Content-Security-Policy with
// nothing inline and nothing from elsewhere, HSTS only over https, cookies, and rate limits counted in the
// ledger (routes opt in with `config.rateLimit`).

import type { FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { LedgerStore } from "../../ledger/store.js";
import { httpError } from "./errors.js";
import { ledgerRateLimitStore } from "./rate-limit-store.js";

export async function registerSecurity(app: FastifyInstance, ledger: LedgerStore, o: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      // nothing inline, nothing from elsewhere: an article's text can never become script
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"], upgradeInsecureRequests: null },
    },
    // Strict-Transport-Security over plain http would tell browsers to ask for an https that is not there
    strictTransportSecurity: o.https,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: ledgerRateLimitStore(ledger),
    errorResponseBuilder: (_req, ctx) => httpError(ctx.statusCode, `too many attempts: try again in ${ctx.after}`),
  });
}
