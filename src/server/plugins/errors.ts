// Every failure answers in one JSON form, { statusCode, error } with a readable message: the API's own
// refusals (httpError), validation (schemas/validation-message.ts), the router's and the HTTP parser's
// refusals, a busy ledger (503 with Retry-After), and no route (a JSON 404 under /api, else the page shell:
// the browser routes the review pages).

import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyServerOptions } from "fastify";
import { isUserError } from "../../errors.js";
import { isBusy } from "../../ledger/busy.js";
import { pageShell } from "../pages.js";

class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}
export const httpError = (status: number, message: string) => new HttpError(status, message);

/** how many seconds a client is asked to wait when the ledger is busy */
const BUSY_RETRY_SECONDS = 1;

/** the JSON error every failure answers with: a status and one readable message */
const errorBody = (statusCode: number, error: string) => ({ statusCode, error });

/** Fastify's options for the refusals that come before a route: the router's and the HTTP parser's */
export const refusals: Pick<FastifyServerOptions, "frameworkErrors" | "clientErrorHandler"> = {
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
};

export function registerErrors(app: FastifyInstance): void {
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
}
