// Fetching a URL safely: HTTP(S) only, public addresses only (unless allowed), a time-out, a size limit,
// at most a few redirects. node:http rather than fetch(), because only it takes a `lookup` of our own for
// the connection (Node's fetch has no such hook without the undici package).

import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { UserError } from "../errors.js";
import { blockedRange, PrivateAddressError, publicLookup } from "./public-address.js";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** fetch from loopback, private, link-local … addresses too (off by default: SSRF) */
  allowPrivateAddresses?: boolean;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  url: string;
  contentType: string;
  body: Uint8Array;
  /** the answer's validators, for the next conditional request (watch) */
  etag?: string;
  lastModified?: string;
  /** a conditional request answered 304: nothing new, the body is empty */
  notModified?: boolean;
}

/** a conditional request (If-None-Match / If-Modified-Since) from what the last answer said */
export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

const USER_AGENT = "claimledger/0.1 (+https://github.com/claimledger)";

function get(u: URL, limits: FetchLimits, signal: AbortSignal, conditional?: Conditional): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = u.protocol === "https:" ? https.request : http.request;
    const req = request(u, {
      headers: {
        "user-agent": USER_AGENT, "accept-encoding": "gzip, deflate, br",
        ...(conditional?.etag && { "if-none-match": conditional.etag }),
        ...(conditional?.lastModified && { "if-modified-since": conditional.lastModified }),
      },
      signal,
      // a fresh connection each time: a pooled one may have been opened under another address policy
      agent: false,
      lookup: limits.allowPrivateAddresses ? undefined : publicLookup,
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

function header(res: http.IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return typeof v === "string" && v ? v : undefined;
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = (res.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(zlib.createGunzip());
  if (encoding === "deflate") return res.pipe(zlib.createInflate());
  if (encoding === "br") return res.pipe(zlib.createBrotliDecompress());
  return res;
}

async function readBody(res: http.IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decoded(res);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      // counted after decompression: a small gzip body cannot inflate past the limit
      if (size > maxBytes) throw new UserError(`larger than ${maxBytes} bytes`, url);
      chunks.push(chunk);
    }
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

export async function fetchUrl(url: string, limits: FetchLimits = DEFAULT_LIMITS, conditional?: Conditional): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new UserError(`${url}: not a valid URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new UserError(`${url}: only http and https URLs are fetched, not ${u.protocol}`);
    const host = u.hostname.replace(/^\[|\]$/g, "");
    // a literal address is connected to without a lookup: check it here
    if (!limits.allowPrivateAddresses && isIP(host)) {
      const range = blockedRange(host);
      if (range) throw new PrivateAddressError(host, range, hop ? `${url} (redirected to ${current})` : url);
    }
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const res = await get(u, limits, signal, conditional);
      const status = res.statusCode ?? 0;
      const validators = { etag: header(res, "etag"), lastModified: header(res, "last-modified") };
      if (status === 304 && conditional) {
        res.destroy();
        return { url: current, contentType: "", body: new Uint8Array(0), notModified: true, ...validators };
      }
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.destroy();
        if (hop >= limits.maxRedirects) throw new UserError(`${url}: more than ${limits.maxRedirects} redirects`);
        current = new URL(location, u).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new UserError(`${url}: the server answered ${status} ${res.statusMessage ?? ""}`.trimEnd());
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > limits.maxBytes) {
        res.destroy();
        throw new UserError(`${url}: larger than ${limits.maxBytes} bytes`);
      }
      const body = await readBody(res, url, limits.maxBytes);
      return { url: current, contentType: String(res.headers["content-type"] ?? ""), body, ...validators };
    } catch (e) {
      if (e instanceof PrivateAddressError && !e.subject) throw new PrivateAddressError(e.address, e.range, hop ? `${url} (redirected to ${current})` : url);
      if (e instanceof UserError) throw e;
      if (signal.aborted) throw new UserError(`${url}: no answer within ${limits.timeoutMs / 1000} s`);
      throw new UserError(`${url}: cannot fetch (${(e as Error).message})`);
    }
  }
}
