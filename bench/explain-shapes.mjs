#!/usr/bin/env node
// What each query shape of scale.bench.mjs reads in PostgreSQL, which does not depend on the machine's
// load: every statement the API runs for the shape's request, explained (ANALYZE, BUFFERS), with the pages it
// touched (shared hit + read) and its rows. The shape asked once first (its counts kept, as under load), then
// the statements of a second asking explained. Run after a build, on a ledger scale.bench.mjs made:
//   node bench/explain-shapes.mjs postgres://…/claimledger_bench_10000000 [words of shape names…] [--plans] [--cold|--grown]
// --plans: each statement's plan too; --cold: the counts kept in the ledger dropped before each shape;
// --grown: the counts kept as if read 10 documents ago (what a count costs once a few documents came since;
// moves the ledger's review counter, which nothing but the kept counts read).
import pg from "pg";
import { openLedger } from "../dist/ledger/open.js";
import { buildApp } from "../dist/server/app.js";
import { deepShapes, metricShapes, scaleShapes } from "./scale-shapes.mjs";

const [url, ...rest] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const plans = process.argv.includes("--plans"), cold = process.argv.includes("--cold"), grown = process.argv.includes("--grown");
if (!url) throw new Error("usage: explain-shapes.mjs <postgres url> [shape words…] [--plans] [--cold]");

// every statement a pool client runs, caught on its way
let caught = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (text, values, cb) {
  if (caught && typeof text === "string") caught.push({ text, values: Array.isArray(values) ? values : [] });
  return query.call(this, text, values, cb);
};

const ledger = await openLedger(url);
const app = await buildApp({ ledger });
const get = async (path) => JSON.parse((await app.inject({ url: path })).body);
const n = Number((await ledger.db.selectFrom("claims").select((eb) => eb.fn.max("id").as("n")).executeTakeFirst()).n);
const shapes = { ...scaleShapes(n), ...(await deepShapes(get)), ...(await metricShapes(get, n)) };
const explainer = new pg.Client({ connectionString: url, options: "-c jit=off" });
await explainer.connect();

/** pages touched by a plan node and those under it (EXPLAIN's buffers already include the children's) */
const pages = (p) => (p["Shared Hit Blocks"] ?? 0) + (p["Shared Read Blocks"] ?? 0);

for (const [name, path] of Object.entries(shapes)) {
  if (rest.length && !rest.some((w) => name.includes(w))) continue;
  if (cold) await explainer.query("delete from claim_counts");
  else await app.inject({ url: path });
  if (grown) {
    await explainer.query("update claim_counts set mark = (split_part(mark, ':', 1)::bigint - 10) || substr(mark, strpos(mark, ':'))");
    await explainer.query("update ledger_changes set reviews = reviews + 1");
  }
  caught = [];
  const t = process.hrtime.bigint();
  const r = await app.inject({ url: path });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const statements = caught;
  caught = null;
  let total = 0;
  const lines = [];
  for (const s of statements) {
    if (!/^\s*(select|with)\b/i.test(s.text) || /pg_advisory|explain/i.test(s.text)) continue;
    const e = (await explainer.query(`explain (analyze, buffers, format json) ${s.text}`, s.values)).rows[0]["QUERY PLAN"][0];
    total += pages(e.Plan);
    lines.push(`    ${String(pages(e.Plan)).padStart(8)} pages ${String(e.Plan["Actual Rows"]).padStart(6)} rows ${e["Execution Time"].toFixed(1).padStart(8)} ms  ${s.text.replace(/\s+/g, " ").slice(0, 150)}`);
    if (plans) lines.push((await explainer.query(`explain (analyze, buffers) ${s.text}`, s.values)).rows.map((x) => "      " + x["QUERY PLAN"]).join("\n"));
  }
  console.log(`${name}: ${r.statusCode}, ${total} pages in ${lines.length} statements (${ms.toFixed(0)} ms answered here)`);
  for (const l of lines) console.log(l);
}
await explainer.end();
await app.close();
await ledger.close();
