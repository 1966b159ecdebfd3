// A connection to the ledger's database lost or refused (PostgreSQL restarting, or away for a while), told
// from the ledger's other failures: work that runs for long waits and tries again rather than ending.

// node's socket errors, and PostgreSQL's: 08xxx connection exceptions, 57P01-03 the server shutting down or
// starting up
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

export function connectionLost(e: unknown): boolean {
  // a failure named for people (the ledger that cannot be migrated) keeps the one it was, as its cause
  if (e instanceof Error && e.cause !== undefined && e.cause !== e && connectionLost(e.cause)) return true;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (SOCKET.has(code) || /^08|^57P0[123]$/.test(code))) return true;
  // pg's own, which carry no code: a client whose connection ended under it
  return e instanceof Error && /^Connection terminated|not queryable/.test(e.message);
}

/** the most a start-up waits between two tries while the database is away */
export const LONGEST_START_WAIT_MS = 30_000;

/**
 * `step`, tried again while the database cannot be reached (a restart under a process that is starting),
 * each failure named, with a doubling wait (1 s, 2 s, … at most 30 s); any other failure ends it. Undefined
 * when `signal` stops the waiting.
 */
export async function whileUnreachable<T>(what: string, step: () => Promise<T>, o: { onEvent?(message: string): void; signal?: AbortSignal; firstWaitMs?: number } = {}): Promise<T | undefined> {
  for (let wait = o.firstWaitMs ?? 1000; ; wait = Math.min(wait * 2, LONGEST_START_WAIT_MS)) {
    try {
      return await step();
    } catch (e) {
      if (!connectionLost(e) || o.signal?.aborted) throw e;
      o.onEvent?.(`${what}: the database cannot be reached (${(e instanceof Error ? e.message : String(e)).split("\n")[0]}): trying again in ${wait / 1000} s`);
      if (!(await pause(wait, o.signal))) return undefined;
    }
  }
}

/** false when the signal cut the pause short */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const t = setTimeout(() => resolve(true), ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), resolve(false)), { once: true });
  });
}
