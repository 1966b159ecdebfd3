// Who is asking: a session cookie (the browser, with a CSRF token on every write) or an API token
// (`Authorization: Bearer …`, other newsroom tools). Reading may be open; writing never is.

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { LedgerStore, Session, User } from "../../ledger/store.js";
import { newToken, sameSecret, tokenHash } from "../passwords.js";
import { httpError } from "./errors.js";

export const SESSION_COOKIE = "claimledger_session";
const SESSION_DAYS = 14;

declare module "fastify" {
  interface FastifyRequest {
    user: User | null;
    session: Session | null;
  }
}

export interface AccessOptions {
  /** anyone may read (true), or only signed-in reviewers and token holders (false) */
  openRead: boolean;
  /** Secure cookies: on when the server is reached over https */
  secureCookies: boolean;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyContextConfig {
    /** readable on a closed ledger: signing in, health, the API's contract */
    public?: boolean;
  }
}

/** whether a matched route serves the ledger's data: every /api route unless marked `config: { public: true }` */
export const isDataRoute = (req: FastifyRequest) => !!req.routeOptions.url?.startsWith("/api/") && req.routeOptions.config?.public !== true;

export function registerAuth(app: FastifyInstance, ledger: LedgerStore, access: AccessOptions): void {
  app.decorateRequest("user", null);
  app.decorateRequest("session", null);

  // Access is decided on the route the router matched, never on the raw URL: the router decodes
  // "/%61pi/…" to "/api/…" after a string test on req.url would have let it through.
  app.addHook("onRequest", async (req: FastifyRequest) => {
    if (!req.routeOptions.url?.startsWith("/api/")) return;
    const auth = req.headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const user = m ? await ledger.apiTokenUser(tokenHash(m[1])) : null;
      if (!user) throw httpError(401, "the API token is not valid (unknown, expired or revoked)");
      req.user = user;
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      const session = cookie ? await ledger.getSession(tokenHash(cookie)) : null;
      if (session) {
        req.session = session;
        req.user = session.user;
      }
      // a cookie rides along on any request the browser makes, so a write must also show the token the
      // page was given: another site cannot read it (signing in has no session yet, nothing to forge)
      if (session && !READS.has(req.method)) {
        const sent = req.headers["x-csrf-token"];
        if (typeof sent !== "string" || !sameSecret(sent, session.csrf)) throw httpError(403, "missing or wrong CSRF token (send the x-csrf-token header from GET /api/session)");
      }
    }
    if (!req.user && !access.openRead && isDataRoute(req)) throw httpError(401, "this ledger is closed: sign in or give an API token to read it");
  });
}

/** a route's preHandler: writing needs a signed-in reviewer or an API token */
export async function requireWriter(req: FastifyRequest): Promise<void> {
  if (!req.user) throw httpError(401, "sign in or give an API token to write");
}

/** a route's preHandler: a signed-in reviewer or an API token (follows and alerts are a person's own) */
export async function requireUser(req: FastifyRequest): Promise<void> {
  if (!req.user) throw httpError(401, "sign in or give an API token: follows and alerts are a reviewer's own");
}

export async function startSession(ledger: LedgerStore, reply: FastifyReply, user: User, access: AccessOptions): Promise<string> {
  const token = newToken();
  const csrf = newToken(24);
  const expires = new Date(Date.now() + SESSION_DAYS * 864e5);
  await ledger.addSession({ tokenHash: tokenHash(token), userId: user.id, csrf, expiresAt: expires.toISOString() });
  reply.setCookie(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure: access.secureCookies, expires });
  return csrf;
}

export async function endSession(ledger: LedgerStore, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.session) await ledger.deleteSession(req.session.tokenHash);
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** a new API token for a user: shown once, stored as its hash; `expiresAt` an ISO time, or none */
export async function createApiToken(ledger: LedgerStore, user: User, label: string, expiresAt: string | null = null): Promise<string> {
  const token = `cl_${newToken()}`;
  await ledger.addApiToken({ tokenHash: tokenHash(token), userId: user.id, label, expiresAt });
  return token;
}
