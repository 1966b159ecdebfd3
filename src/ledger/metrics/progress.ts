// The marks in metrics_progress: how far the metrics have read the ledger's documents ("document"), which
// keying rules made their keys ("keys", METRIC_KEYS_VERSION), and, while the metrics are made again, the
// document the rebuild reads up to ("rebuild") and, once it is done, the last finding it made
// ("rebuilt-findings": alerts take the findings up to it as already known, not as news).

import { sql, type Kysely, type Transaction } from "kysely";
import type { MetricsDatabase, MetricsTables } from "./schema.js";

/** the metrics' tables, alone or with others (the alerts read these marks too) */
type Db<T extends MetricsTables = MetricsTables> = Kysely<T> | Transaction<T>;
const own = <T extends MetricsTables>(db: Db<T>) => db as unknown as Kysely<MetricsTables>;

export type ProgressMark = "document" | "keys" | "rebuild" | "rebuilt-findings";

export async function readMark<T extends MetricsTables>(db: Db<T>, name: ProgressMark): Promise<number | null> {
  const r = await own(db).selectFrom("metrics_progress").select("value").where("name", "=", name).executeTakeFirst();
  return r ? Number(r.value) : null;
}

export async function writeMark<T extends MetricsTables>(db: Db<T>, name: ProgressMark, value: number): Promise<void> {
  const r = await own(db).updateTable("metrics_progress").set({ value }).where("name", "=", name).executeTakeFirst();
  if (!Number(r.numUpdatedRows)) await own(db).insertInto("metrics_progress").values({ name, value }).execute();
}

export async function dropMark<T extends MetricsTables>(db: Db<T>, name: ProgressMark): Promise<void> {
  await own(db).deleteFrom("metrics_progress").where("name", "=", name).execute();
}

/** the rebuild has read up to its mark: the findings made so far are its own */
export async function finishRebuild<T extends MetricsTables>(trx: Db<T>): Promise<void> {
  const r = await own(trx).selectFrom("findings").select((eb) => eb.fn.max("id").as("n")).executeTakeFirst();
  await writeMark(trx, "rebuilt-findings", Number(r?.n ?? 0));
  await dropMark(trx, "rebuild");
}

/**
 * How many documents the metrics have yet to read, counted up to `most` (a rebuild under way: at least
 * `most`, its documents are read again): enough to tell a few from a backlog without counting one.
 */
export async function unreadDocuments(db: Kysely<MetricsDatabase>, most: number): Promise<number> {
  if ((await readMark(db, "rebuild")) !== null) return most;
  const done = (await readMark(db, "document")) ?? 0;
  return (await db.selectFrom("documents").select("id").where("id", ">", done).limit(most).execute()).length;
}

/**
 * What says the metrics' answers (findings, their counts, metric pages) may have changed, in one statement: how
 * far the metrics have read, the rebuild under way, and the latest reference figure. The ledger's change mark and
 * this process's own writes are the callers' other parts (findings counts, counts.ts; kept pages, server/kept-answers.ts).
 */
export async function metricsMark<T extends MetricsTables>(db: Db<T>): Promise<string> {
  const r = await sql<{ m: string }>`select coalesce((select cast(value as text) from metrics_progress where name = 'document'), '')
    || '|' || coalesce((select cast(value as text) from metrics_progress where name = 'rebuild'), '')
    || '|' || coalesce((select cast(max(id) as text) from reference_figures), '') as m`.execute(own(db));
  return r.rows[0]?.m ?? "";
}
