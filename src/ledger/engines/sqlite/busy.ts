// SQLite's "busy": lock waits that ran out of the busy timeout (SQLITE_BUSY, SQLITE_LOCKED and their
// extended codes, such as SQLITE_BUSY_SNAPSHOT).

const CODES = /^SQLITE_(BUSY|LOCKED)(_|$)/;

export function isSqliteBusy(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  return (typeof code === "string" && CODES.test(code)) || (typeof message === "string" && /^database is locked/i.test(message));
}
