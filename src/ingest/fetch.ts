// Fetching a URL safely: HTTP(S) only, a time-out, a size limit, at most a few redirects.

import { UserError } from "../errors.js";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export async function fetchUrl(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new UserError(`${url}: not a valid URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new UserError(`${url}: only http and https URLs are fetched, not ${u.protocol}`);
    let res: Response;
    try {
      res = await fetch(u, { redirect: "manual", signal: AbortSignal.timeout(limits.timeoutMs), headers: { "user-agent": "claimledger/0.1 (+https://github.com/claimledger)" } });
    } catch (e) {
      const name = (e as Error).name;
      throw new UserError(`${url}: ${name === "TimeoutError" ? `no answer within ${limits.timeoutMs / 1000} s` : `cannot fetch (${(e as Error).message})`}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      if (hop >= limits.maxRedirects) throw new UserError(`${url}: more than ${limits.maxRedirects} redirects`);
      current = new URL(res.headers.get("location")!, u).toString();
      continue;
    }
    if (!res.ok) throw new UserError(`${url}: the server answered ${res.status} ${res.statusText}`);
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > limits.maxBytes) throw new UserError(`${url}: larger than ${limits.maxBytes} bytes`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    if (reader)
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limits.maxBytes) {
          await reader.cancel();
          throw new UserError(`${url}: larger than ${limits.maxBytes} bytes`);
        }
        chunks.push(value);
      }
    const body = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.byteLength;
    }
    return { url: current, contentType: res.headers.get("content-type") ?? "", body };
  }
}
