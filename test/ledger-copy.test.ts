// `claimledger copy`: a small SQLite ledger (documents, claims, a review, a user and a token, a source with an
// item queued, a follow and its alert) copied into PostgreSQL, ids and all; the copy finds by words, takes new
// documents after the copied ones, and a second run adds nothing. A bad source or target is named.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { addSource, enqueueSqliteJob } from "../src/ledger/sources/store.js";
import { addFollow, raiseAlerts } from "../src/ledger/alerts/store.js";
import { COPIED, NOT_COPIED } from "../src/ledger/copy.js";
import { queueSchema } from "../src/watch/pg-queue.js";
import { PG_URL, pgQuery, pgSchemas } from "./helpers/pg.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "claimledger.js");
const schemas = pgSchemas("copy");
const schema = schemas();
const otherSchema = schemas("other");
const target = `${PG_URL}?options=-c%20search_path%3D${schema}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-copy-"));
const file = path.join(dir, "team.db");

const article = (n: number) => ({
  source: `https://example.org/bridge/${n}`,
  title: `Bridge works ${n}`,
  published: `2024-03-0${n}`,
  text: `The roads agency said that ${n * 12} lanes were closed in February. Mayor Hilda Brandt said about ${n * 300} drivers were delayed, according to the agency.`,
});
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
const count = async (l: Ledger, table: string) => Number((await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(l.db)).rows[0].n);

let source: Ledger;
let copy: Ledger | undefined;

beforeAll(async () => {
  // as a database made with createdb: the ledger's schema there, empty
  await pgQuery(`create schema ${schema}; create schema ${otherSchema}`);
  source = await openLedger(file);
  for (const n of [1, 2, 3]) await ingestArticle(source, article(n));
  const user = await source.accounts.addUser("ines", "x-hash");
  await source.accounts.addApiToken({ tokenHash: "t-hash", userId: user.id, label: "desk laptop" });
  const [claim] = await source.documents.findClaims({ text: "lanes", limit: 1 });
  await source.desk.addReview({ claimId: claim.id, verdict: "mostly true", reviewer: "ines" });
  const feed = await addSource(source, "https://example.org/feed.xml", { label: "Roads" });
  await source.db.transaction().execute((trx) => enqueueSqliteJob(trx as never, { sourceId: feed.id, key: "https://example.org/bridge/9", link: "https://example.org/bridge/9" }));
  await addFollow(source, user.id, "speaker", "Hilda Brandt");
  await ingestArticle(source, article(4));
  await raiseAlerts(source);
});

afterAll(async () => {
  await copy?.db.schema.dropSchema(queueSchema(target)).ifExists().cascade().execute();
  await copy?.close();
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("claimledger copy", () => {
  it("copies every table a ledger has, or says why not", async () => {
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' and name not like 'kysely_%'`.execute(source.db)).rows.map((r) => r.name);
    const known = new Set([...COPIED.map(([t]) => t), ...NOT_COPIED]);
    expect(tables.filter((t) => !known.has(t))).toEqual([]);
  });

  it("copies a SQLite ledger into PostgreSQL, ids and all, and a second run adds nothing", async () => {
    const r = run("copy", "--from", file, "--to", target);
    expect(r.stdout, r.stderr).toMatch(/^added: users 1, api_tokens 1, documents 4, claims \d+, reviews 1, sources 1, watch_jobs 1, /);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/claims: \d+ of \d+ read/);
    copy = await openLedger(PG_URL, { schema });
    for (const [table] of COPIED) expect(await count(copy, table), table).toBe(await count(source, table));
    // the same rows under the same ids
    const claims = (l: Ledger) => l.db.selectFrom("claims").select(["id", "document_id", "speaker", "value", "places"]).orderBy("id").execute();
    expect(await claims(copy)).toEqual(await claims(source));
    const review = await copy.db.selectFrom("reviews").select(["claim_id", "verdict"]).executeTakeFirstOrThrow();
    expect((await copy.documents.getClaim(review.claim_id))?.text).toMatch(/lanes were closed/);
    // search indexed by PostgreSQL's own engine; speakers counted
    expect((await copy.documents.findClaims({ text: "drivers" })).length).toBe((await source.documents.findClaims({ text: "drivers" })).length);
    expect(await copy.db.selectFrom("speaker_counts").selectAll().orderBy("speaker").orderBy("kind").execute())
      .toEqual(await source.db.selectFrom("speaker_counts").selectAll().orderBy("speaker").orderBy("kind").execute());
    // the item queued in SQLite waits in PostgreSQL's queue for a worker
    const jobs = await copy.db.selectFrom(`${queueSchema(target)}.jobs` as never).select("key" as never).execute();
    expect(jobs).toEqual([{ key: "https://example.org/bridge/9" }]);

    // a document stored after the copy takes the next id
    const before = Number((await copy.db.selectFrom("documents").select((eb) => eb.fn.max("id").as("m")).executeTakeFirstOrThrow()).m);
    const added = await ingestArticle(copy, article(5));
    expect(added.status).toBe("new");
    expect(Number((await copy.db.selectFrom("documents").select((eb) => eb.fn.max("id").as("m")).executeTakeFirstOrThrow()).m)).toBe(before + 1);

    // a worker has taken the queued item meanwhile
    await sql`delete from ${sql.table(`${queueSchema(target)}._private_jobs`)}`.execute(copy.db);
    const again = run("copy", "--from", file, "--to", target);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/added: nothing/);
    expect(await count(copy, "documents")).toBe(5);
    expect(await count(copy, "alerts")).toBe(await count(source, "alerts"));
    // and it is not queued again
    expect(await copy.db.selectFrom(`${queueSchema(target)}.jobs` as never).select("key" as never).execute()).toEqual([]);
  }, 60_000);

  it("refuses a target that holds other documents under the copied ids", async () => {
    const other = `${PG_URL}?options=-c%20search_path%3D${otherSchema}`;
    const theirs = await openLedger(other);
    await ingestArticle(theirs, { ...article(7), source: "https://example.org/elsewhere" });
    await theirs.close();
    const r = run("copy", "--from", file, "--to", other);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already holds another document under id 1: copy into a new, empty ledger/);
    // and made nothing there: no queue for items it did not copy
    const made = await sql<{ n: unknown }>`select count(*) as n from pg_namespace where nspname = ${queueSchema(other)}`.execute((copy as Ledger).db);
    expect(Number(made.rows[0].n)).toBe(0);
  }, 60_000);

  it("names a source that is not there and a target that cannot be opened", () => {
    const missing = run("copy", "--from", path.join(dir, "none.db"), "--to", target);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.db: no ledger there to copy from/);
    const refused = run("copy", "--from", file, "--to", "postgres://postgres@127.0.0.1:1/nowhere");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/127\.0\.0\.1:1\/nowhere: the target ledger cannot be opened|nowhere: not a claimledger ledger/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
