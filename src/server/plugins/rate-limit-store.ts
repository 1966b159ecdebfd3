// A store for @fastify/rate-limit that counts in the ledger, so `serve --workers N` processes share one
// sign-in limit (each process's own memory let 64 workers take 640 guesses a minute).

import type { LedgerStore } from "../../ledger/store.js";

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/** the store class the plugin instantiates, bound to a ledger; `scope` keeps each route's counts apart */
export function ledgerRateLimitStore(ledger: LedgerStore) {
  return class LedgerRateLimitStore {
    constructor(_globalOptions?: unknown, readonly scope = "") {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      ledger.hitRateLimit(`${this.scope}${key}`, timeWindow).then(
        (r) => cb(null, { current: r.hits, ttl: r.resetInMs }),
        (e: Error) => cb(e),
      );
    }

    // (the plugin passes its merged options with the route as `routeInfo`, not the route options its types say)
    child(options: unknown): LedgerRateLimitStore {
      const route = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      return new LedgerRateLimitStore(undefined, route?.url ? `${String(route.method)} ${route.url} ` : "");
    }
  };
}
