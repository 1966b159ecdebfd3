// Ingest of the PolNeAR train texts into a fresh SQLite ledger, against extract() alone on the same
// texts in the same process: documents per second, the ratio (the goal: ingest within 2× of extract),
// and peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extract } from "../dist/index.js";
import { openLedger } from "../dist/ledger/open.js";
import { ingestArticle } from "../dist/ingest/ingest.js";
import { polnearTexts, peakMiB, time } from "./lib.mjs";

const docs = polnearTexts("train");
for (const d of docs.slice(0, 100)) extract(d.text, { published: "2016-09-20" }); // warm-up
const { seconds: extractSeconds } = time(() => docs.forEach((d) => extract(d.text, { published: "2016-09-20" })));

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-bench-"));
const ledger = await openLedger(path.join(dir, "ledger.db"));
const t0 = process.hrtime.bigint();
let claims = 0;
for (const d of docs) claims += (await ingestArticle(ledger, { source: d.name, text: d.text }, "2016-09-20")).claims;
const ingestSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
await ledger.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `ingest: ${docs.length} docs, ${claims} claims into a fresh SQLite ledger in ${ingestSeconds.toFixed(2)} s = ${Math.round(docs.length / ingestSeconds)} docs/s; ` +
    `extract alone ${extractSeconds.toFixed(2)} s = ${Math.round(docs.length / extractSeconds)} docs/s; ingest/extract ${(ingestSeconds / extractSeconds).toFixed(2)}×; peak RSS ${peakMiB()} MiB`,
);
