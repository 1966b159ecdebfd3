// A webhook delivery: a Slack-compatible JSON body ({ "text": … } and the alert's fields beside it), signed
// as GitHub signs its own (X-Claimledger-Signature-256: sha256=HMAC-SHA256(secret, raw body) in hex), sent
// to public addresses only unless the webhook was added with --allow-private-addresses (the ingest's SSRF
// rules, checked in the connection's own DNS lookup). A 2xx answer is delivered; anything else is retried.

import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { blockedRange, PrivateAddressError, publicLookup } from "../ingest/public-address.js";
import type { Alert } from "../ledger/alerts/store.js";

export const SIGNATURE_HEADER = "x-claimledger-signature-256";
const USER_AGENT = "claimledger-webhook/0.1";
/** the most of an answer read (its status is what counts) */
const MAX_ANSWER_BYTES = 64 * 1024;

export function webhookBody(alert: Alert, user: string): string {
  return JSON.stringify({
    text: alert.line,
    alert: { id: alert.id, kind: alert.kind, user, follow: alert.follow, createdAt: alert.createdAt, ...alert.data },
  });
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export interface PostOptions {
  secret: string;
  allowPrivate: boolean;
  timeoutMs: number;
  /** sent as X-Claimledger-Delivery: the receiver can tell a retry from a new alert */
  deliveryId: number;
}

/** null when delivered, else why not (one line) */
export async function postWebhook(url: string, body: string, o: PostOptions): Promise<string | null> {
  const u = new URL(url);
  // an address written as such never passes through the lookup: checked here
  const literal = u.hostname.replace(/^\[|\]$/g, "");
  if (!o.allowPrivate && isIP(literal) && blockedRange(literal) !== null) return new PrivateAddressError(literal, blockedRange(literal)!).message;
  return new Promise((resolve) => {
    const request = u.protocol === "https:" ? https.request : http.request;
    const req = request(u, {
      method: "POST",
      headers: {
        "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": USER_AGENT,
        [SIGNATURE_HEADER]: signature(o.secret, body), "x-claimledger-event": "alert", "x-claimledger-delivery": String(o.deliveryId),
      },
      agent: false,
      timeout: o.timeoutMs,
      lookup: o.allowPrivate ? undefined : publicLookup,
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${o.timeoutMs / 1000} s`)));
    req.on("error", (e) => resolve(e instanceof PrivateAddressError ? e.message : `could not be reached (${e.message})`));
    req.on("response", (res) => {
      let read = 0;
      res.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) res.destroy();
      });
      res.on("close", () => {
        const status = res.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? null : `answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`);
      });
      res.on("error", () => {});
    });
    req.end(body);
  });
}
