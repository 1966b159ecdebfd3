// The web application over a ledger: the JSON API (schemas validated, OpenAPI served) and the review
// pages, one Fastify instance. `buildApp` is what `claimledger serve` and the tests start.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import { Ajv } from "ajv";
import swagger from "@fastify/swagger";
import fastifyStatic from "@fastify/static";
import type { LedgerStore } from "../ledger/store.js";
import { addFormats } from "./schemas/common.js";
import { validationMessage } from "./schemas/validation-message.js";
import { registerAuth, type AccessOptions } from "./plugins/auth.js";
import { refusals, registerErrors } from "./plugins/errors.js";
import { registerSecurity } from "./plugins/security.js";
import { claimRoutes } from "./routes/claims.js";
import { documentRoutes, type Extractor } from "./routes/documents.js";
import { speakerRoutes } from "./routes/speakers.js";
import { sessionRoutes } from "./routes/session.js";
import { exportRoutes } from "./routes/export.js";
import { metricRoutes } from "./routes/metrics.js";
import { findingRoutes, findingsOfClaims } from "./routes/findings.js";
import { metricsOf } from "./routes/metrics.js";
import { findingsWorthiness } from "./queue.js";
import { Ledger } from "../ledger/ledger.js";
import { reviewRoutes } from "./routes/reviews.js";
import { followRoutes } from "./routes/follows.js";
import { eventRoutes } from "./routes/events.js";

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

/** the address the server listens on, for URLs when no public one is configured (never the client's Host) */
export function listeningUrl(app: FastifyInstance): string {
  const a = app.addresses()[0];
  if (!a || typeof a === "string") return "http://localhost";
  const host = a.family === "IPv6" || a.address.includes(":") ? `[${a.address}]` : a.address;
  return `http://${host}:${a.port}`;
}

// from src/server (tests) and dist/server (built) alike, the bundle is built into dist/ui
export const DEFAULT_UI_DIR = fileURLToPath(new URL("../../dist/ui/", import.meta.url));

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  // reached over https when the public address says so: Secure cookies and HSTS (never over plain http)
  const https = /^https:/i.test(o.baseUrl ?? "");
  const access: AccessOptions = { openRead: o.openRead ?? true, secureCookies: o.secureCookies ?? https };
  const app = Fastify({
    logger: o.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false,
    schemaErrorFormatter: (errors, part) => new Error(validationMessage(errors, part)),
    ...refusals,
  });
  // a query string is all text, so "limit=20" must become a number; a JSON body has types, and
  // { "text": 5 } is a client's mistake to report, not to turn into "5". (verbose: the error formatter
  // reads a field's bounds from its schema)
  const coercing = addFormats(new Ajv({ coerceTypes: "array", useDefaults: true, removeAdditional: true, allErrors: false, verbose: true }));
  const strict = addFormats(new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false, verbose: true }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? strict : coercing).compile(schema));
  // text/plain is a "simple" content type another site's form may post without asking: JSON only
  app.removeContentTypeParser("text/plain");

  registerErrors(app);
  await registerSecurity(app, o.ledger, { https: access.secureCookies });
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
  const worthiness = o.ledger instanceof Ledger ? findingsWorthiness(async (ids) => findingsOfClaims(await metricsOf(o.ledger), ids, ["conflict", "no-evidence"])) : undefined;
  reviewRoutes(app, o.ledger, { worthiness });
  exportRoutes(app, o.ledger, { name: o.publisher ?? process.env.CLAIMLEDGER_PUBLISHER ?? "claimledger", baseUrl: () => o.baseUrl ?? listeningUrl(app) });
  metricRoutes(app, o.ledger);
  findingRoutes(app, o.ledger);
  followRoutes(app, o.ledger);
  eventRoutes(app, o.ledger);
  return app;
}
