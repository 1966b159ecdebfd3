// The web application over a ledger: the JSON API (schemas validated, OpenAPI served) and the review
// pages, one Fastify instance. `buildApp` is what `claimledger serve` and the tests start.

import { existsSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import { Ajv } from "ajv";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import fastifyStatic from "@fastify/static";
import type { LedgerStore } from "../ledger/store.js";
import { isUserError } from "../errors.js";
import { isBusy } from "../ledger/busy.js";
import { addFormats } from "./schemas.js";
import { validationMessage } from "./validation-message.js";
import { httpError, registerAuth, type AccessOptions } from "./auth.js";
import { ledgerRateLimitStore } from "./rate-limit-store.js";
import { claimRoutes } from "./routes/claims.js";
import { documentRoutes, type Extractor } from "./routes/documents.js";
import { speakerRoutes } from "./routes/speakers.js";
import { sessionRoutes } from "./routes/session.js";
import { exportRoutes } from "./routes/export.js";
import { metricRoutes } from "./routes/metrics.js";
import { findingRoutes, findingsOfClaims } from "./routes/findings.js";
import { metricsOf } from "./routes/metrics.js";
import { findingsWorthiness } from "./queue.js";
import { KyselyLedger } from "../ledger/kysely-store.js";
import { reviewRoutes } from "./routes/reviews.js";
import { followRoutes } from "./routes/follows.js";
import { eventRoutes } from "./routes/events.js";
import { pageShell } from "./pages.js";

export interface AppOptions extends Partial<AccessOptions> {
  ledger: LedgerStore;
  /** the public address (ClaimReview URLs; https here means Secure cookies and HSTS); by default, the listening address */
  baseUrl?: string;
  /** the newsroom named as the author of reviews */
  publisher?: string;
  logger?: boolean;
  /** the built pages (dist/ui); tests may run without them */
  uiDir?: string;
  /** what extracts a posted article (serve: a worker pool, extract/worker-pool.ts); in this thread by default */
  extract?: Extractor;
}

/** how many seconds a client is asked to wait when the ledger is busy */
const BUSY_RETRY_SECONDS = 1;

/** the address the server listens on, for URLs when no public one is configured (never the client's Host) */
export function listeningUrl(app: FastifyInstance): string {
  const a = app.addresses()[0];
  if (!a || typeof a === "string") return "http://localhost";
  const host = a.family === "IPv6" || a.address.includes(":") ? `[${a.address}]` : a.address;
  return `http://${host}:${a.port}`;
}

// from src/server (tests) and dist/server (built) alike, the bundle is built into dist/ui
export const DEFAULT_UI_DIR = fileURLToPath(new URL("../../dist/ui/", import.meta.url));

/** the JSON error every failure answers with: a status and one readable message */
const errorBody = (statusCode: number, error: string) => ({ statusCode, error });

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  // reached over https when the public address says so: Secure cookies and HSTS (never over plain http)
  const https = /^https:/i.test(o.baseUrl ?? "");
  const access: AccessOptions = { openRead: o.openRead ?? true, secureCookies: o.secureCookies ?? https };
  const app = Fastify({
    logger: o.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false,
    schemaErrorFormatter: (errors, part) => new Error(validationMessage(errors, part)),
    // the router's own refusals (bad percent-encoding, an over-long path part) in the API's format, and
    // without the URL: it is the client's text, not ours to echo
    frameworkErrors: (err, _req, reply: FastifyReply) => {
      const [status, message] =
        err.code === "FST_ERR_BAD_URL" ? [400, "the address is not valid (bad percent-encoding)"]
        : err.code === "FST_ERR_MAX_PARAM_LENGTH" ? [414, "a part of the address is too long"]
        : [500, "internal error"];
      return reply.code(status).type("application/json; charset=utf-8").send(errorBody(status, message));
    },
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (err.code === "ECONNRESET" || socket.destroyed) return;
      const [status, message] =
        err.code === "HPE_HEADER_OVERFLOW" ? [431, "the request's address or headers are too long"]
        : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? [408, "the request took too long to arrive"]
        : [400, "the request is not valid HTTP"];
      const body = JSON.stringify(errorBody(status, message));
      if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
      socket.destroy(err);
    },
  });
  // a query string is all text, so "limit=20" must become a number; a JSON body has types, and
  // { "text": 5 } is a client's mistake to report, not to turn into "5". (verbose: the error formatter
  // reads a field's bounds from its schema)
  const coercing = addFormats(new Ajv({ coerceTypes: "array", useDefaults: true, removeAdditional: true, allErrors: false, verbose: true }));
  const strict = addFormats(new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false, verbose: true }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? strict : coercing).compile(schema));
  // text/plain is a "simple" content type another site's form may post without asking: JSON only
  app.removeContentTypeParser("text/plain");

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isBusy(err)) {
      // a lock held by an ingest or another worker: worth asking again shortly, not a fault of ours
      reply.header("retry-after", String(BUSY_RETRY_SECONDS));
      return reply.code(503).type("application/json; charset=utf-8").send(errorBody(503, "the ledger is busy: try again in a moment"));
    }
    let status = err.statusCode ?? (isUserError(err) ? 400 : 500);
    if (err.validation) status = 400;
    if (status >= 500) req.log.error(err);
    const message =
      status >= 500 ? "internal error"
      : err.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? "the request body is too large"
      : err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ? `send the body as JSON (content-type: application/json), not ${req.headers["content-type"] ?? "without a content-type"}`
      : err.message;
    return reply.code(status).type("application/json; charset=utf-8").send(errorBody(status, message));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || req.method !== "GET") {
      const path = req.url.split("?")[0];
      return reply.code(404).send(errorBody(404, `no such endpoint: ${req.method} ${path.length > 100 ? `${path.slice(0, 100)}…` : path}`));
    }
    // every other path is a page of the single-page application, routed in the browser
    return reply.type("text/html; charset=utf-8").send(pageShell());
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      // nothing inline, nothing from elsewhere: an article's text can never become script
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"], upgradeInsecureRequests: null },
    },
    // Strict-Transport-Security over plain http would tell browsers to ask for an https that is not there
    strictTransportSecurity: access.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: ledgerRateLimitStore(o.ledger),
    errorResponseBuilder: (_req, ctx) => httpError(ctx.statusCode, `too many attempts: try again in ${ctx.after}`),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "claimledger API", version: "0.1.0", description: "Claims officials make in numbers: documents, claims, speakers, reviews and ClaimReview export." },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "claimledger_session" } } },
    },
  });
  registerAuth(app, o.ledger, access);

  const uiDir = o.uiDir ?? DEFAULT_UI_DIR;
  if (existsSync(uiDir)) await app.register(fastifyStatic, { root: uiDir, prefix: "/ui/", index: false, maxAge: "1h" });

  app.get("/api/health", { config: { public: true }, schema: { tags: ["meta"], summary: "the server is up" } }, async () => ({ ok: true }));
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  claimRoutes(app, o.ledger);
  documentRoutes(app, o.ledger, o.extract);
  speakerRoutes(app, o.ledger);
  sessionRoutes(app, o.ledger, access);
  // the queue puts claims in conflicts and with no evidence first, as the checks' findings say
  const worthiness = o.ledger instanceof KyselyLedger ? findingsWorthiness(async (ids) => findingsOfClaims(await metricsOf(o.ledger), ids, ["conflict", "no-evidence"])) : undefined;
  reviewRoutes(app, o.ledger, { worthiness });
  exportRoutes(app, o.ledger, { name: o.publisher ?? process.env.CLAIMLEDGER_PUBLISHER ?? "claimledger", baseUrl: () => o.baseUrl ?? listeningUrl(app) });
  metricRoutes(app, o.ledger);
  findingRoutes(app, o.ledger);
  followRoutes(app, o.ledger);
  eventRoutes(app, o.ledger);
  return app;
}
