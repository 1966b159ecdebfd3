// A connection to the ledger's database lost or refused (PostgreSQL restarting, or away for a while), told
// from the ledger's other failures: work that runs for long waits and tries again rather than ending.

// node's socket errors, and PostgreSQL's: 08xxx connection exceptions, 57P01-03 the server shutting down or
// starting up
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

export function connectionLost(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (SOCKET.has(code) || /^08|^57P0[123]$/.test(code))) return true;
  // pg's own, which carry no code: a client whose connection ended under it
  return e instanceof Error && /^Connection terminated|not queryable/.test(e.message);
}
