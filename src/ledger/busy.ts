// Whether a storage error means "busy, try again": SQLite's lock waits that ran out of busy timeout, and
// PostgreSQL's serialization failures, deadlocks, lock timeouts and full connection slots. The server
// answers these 503 with Retry-After instead of 500.

// SQLITE_BUSY and SQLITE_LOCKED with their extended codes (SQLITE_BUSY_SNAPSHOT, …)
const SQLITE = /^SQLITE_(BUSY|LOCKED)(_|$)/;
// 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available, 53300 too_many_connections
const POSTGRES = new Set(["40001", "40P01", "55P03", "53300"]);

export function isBusy(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (SQLITE.test(code) || POSTGRES.has(code))) return true;
  // pg's pool has no code for a wait for a free connection that ran out
  return typeof message === "string" && /^(database is locked|timeout exceeded when trying to connect)/i.test(message);
}
