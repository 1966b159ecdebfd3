// The web application over a ledger: the JSON API (schemas validated, OpenAPI served) and the review
// pages, one Fastify instance. `buildApp` is what `claimledger serve` and the tests start.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { Ajv } from "ajv";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import fastifyStatic from "@fastify/static";
import type { LedgerStore } from "../ledger/store.js";
import { isUserError } from "../errors.js";
import { registerAuth, type AccessOptions } from "./auth.js";
import { claimRoutes } from "./routes/claims.js";
import { documentRoutes } from "./routes/documents.js";
import { speakerRoutes } from "./routes/speakers.js";
import { sessionRoutes } from "./routes/session.js";
import { exportRoutes } from "./routes/export.js";
import { metricRoutes } from "./routes/metrics.js";
import { findingRoutes } from "./routes/findings.js";
import { pageShell } from "./pages.js";

export interface AppOptions extends Partial<AccessOptions> {
  ledger: LedgerStore;
  /** the public address (ClaimReview URLs); by default, the address each request came to */
  baseUrl?: string;
  /** the newsroom named as the author of reviews */
  publisher?: string;
  logger?: boolean;
  /** the built pages (dist/ui); tests may run without them */
  uiDir?: string;
}

// from src/server (tests) and dist/server (built) alike, the bundle is built into dist/ui
export const DEFAULT_UI_DIR = fileURLToPath(new URL("../../dist/ui/", import.meta.url));

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const access: AccessOptions = { openRead: o.openRead ?? true, secureCookies: o.secureCookies ?? false };
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false });
  // a query string is all text, so "limit=20" must become a number; a JSON body has types, and
  // { "text": 5 } is a client's mistake to report, not to turn into "5"
  const coercing = new Ajv({ coerceTypes: "array", useDefaults: true, removeAdditional: true, allErrors: false });
  const strict = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? strict : coercing).compile(schema));
  // text/plain is a "simple" content type another site's form may post without asking: JSON only
  app.removeContentTypeParser("text/plain");

  app.setErrorHandler((err: FastifyError, req, reply) => {
    let status = err.statusCode ?? (isUserError(err) ? 400 : 500);
    if (err.validation) status = 400;
    if (status >= 500) req.log.error(err);
    const message =
      status >= 500 ? "internal error"
      : err.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? "the request body is too large"
      : err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ? `send the body as JSON (content-type: application/json), not ${req.headers["content-type"] ?? "without a content-type"}`
      : err.message;
    return reply.code(status).type("application/json; charset=utf-8").send({ statusCode: status, error: message });
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || req.method !== "GET") return reply.code(404).send({ statusCode: 404, error: `no such endpoint: ${req.method} ${req.url.split("?")[0]}` });
    // every other path is a page of the single-page application, routed in the browser
    return reply.type("text/html; charset=utf-8").send(pageShell());
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      // nothing inline, nothing from elsewhere: an article's text can never become script
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"], upgradeInsecureRequests: null },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: "claimledger API", version: "0.1.0", description: "Claims officials make in numbers: documents, claims, speakers, reviews and ClaimReview export." },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "claimledger_session" } } },
    },
  });
  registerAuth(app, o.ledger, access);

  const uiDir = o.uiDir ?? DEFAULT_UI_DIR;
  if (existsSync(uiDir)) await app.register(fastifyStatic, { root: uiDir, prefix: "/ui/", index: false, maxAge: "1h" });

  app.get("/api/health", { schema: { tags: ["meta"], summary: "the server is up" } }, async () => ({ ok: true }));
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  claimRoutes(app, o.ledger);
  documentRoutes(app, o.ledger);
  speakerRoutes(app, o.ledger);
  sessionRoutes(app, o.ledger, access);
  exportRoutes(app, o.ledger, { name: o.publisher ?? process.env.CLAIMLEDGER_PUBLISHER ?? "claimledger", baseUrl: o.baseUrl });
  metricRoutes(app, o.ledger);
  findingRoutes(app, o.ledger);
  return app;
}
