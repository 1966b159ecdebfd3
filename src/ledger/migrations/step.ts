// What a migration's shared part is: a function of the database and its engine.

import type { Kysely } from "kysely";
import type { LedgerEngine } from "../engines/engine.js";

/** on Kysely<any>, as migrations are written against the tables of their time, not today's types */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationStep = (db: Kysely<any>, engine: LedgerEngine) => Promise<void>;
