// Whether a storage error means "busy, try again", whichever engine raised it. The server answers these
// 503 with Retry-After instead of 500.

import { isSqliteBusy } from "./engines/sqlite/busy.js";
import { isPostgresBusy } from "./engines/postgres/busy.js";

export function isBusy(e: unknown): boolean {
  return isSqliteBusy(e) || isPostgresBusy(e);
}
