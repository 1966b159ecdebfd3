// PostgreSQL's "busy": serialization failures, deadlocks, lock timeouts, full connection slots, and the
// pool's wait for a free connection that ran out.

// 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available, 53300 too_many_connections
const CODES = new Set(["40001", "40P01", "55P03", "53300"]);

export function isPostgresBusy(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === "string" && CODES.has(code)) return true;
  // pg's pool has no code for it
  return typeof message === "string" && /^timeout exceeded when trying to connect/i.test(message);
}
