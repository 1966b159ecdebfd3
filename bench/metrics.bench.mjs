// What keeping metrics and findings current costs per ingested document with a big ledger (see
// claims-ledger.mjs): the metrics first read the whole generated ledger once (timed, kept in bench/out),
// then each new document of 20 claims is stored and its figures checked. Target: under 50 ms a document.
//   npm run bench -- metrics        (CLAIMS=100000 for a smaller ledger)
import { copyFileSync, existsSync } from "node:fs";
import { openLedger } from "../dist/ledger/open.js";
import { MetricsLedger } from "../dist/ledger/metrics-store.js";
import { peakMiB } from "./lib.mjs";
import { claimsLedger } from "./claims-ledger.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const base = await claimsLedger(N);
const file = base.replace(/\.db$/, "-metrics.db");
if (!existsSync(file)) {
  copyFileSync(base, file);
  const l = await openLedger(file);
  const t = Date.now();
  await new MetricsLedger(l).catchUp();
  console.log(`metrics read ${N} generated claims once in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await l.close();
}
const backup = file.replace(/\.db$/, "-run.db");
copyFileSync(file, backup); // each run starts from the same ledger
const ledger = await openLedger(backup);
const metrics = new MetricsLedger(ledger);
const counted = ["people", "terrorist attacks", "homes", "deaths", "refugees", "fighters", "arrests", "cases"];
const verbs = ["detain", "kill", "return", "be", "stop", "arrest", "displace", "report"];
const places = ["Tajikistan", "Syria", "Iraq", "Afghanistan", "Poland", "Russia", "Turkey", "Chile"];
const doc = (d) => {
  const claims = Array.from({ length: 20 }, (_, k) => {
    const i = d * 20 + k, value = (i * 7919) % 100000, year = 2000 + (d % 20);
    const text = `Officials said ${value} ${counted[k % 8]} were affected in ${places[(i >> 3) % 8]} in ${year}.`;
    return { sentence: { start: 0, end: text.length }, text, mode: "indirect", content: null, speaker: { name: "officials", mention: "officials", kind: "group", role: null, resolved: true, start: 0, end: 9 }, cue: null,
      quantity: { text: String(value), value, upper: null, qualifier: "exact", unit: null, kind: "number", start: 15, end: 15 + String(value).length },
      counted: counted[k % 8], predicate: verbs[(i >> 2) % 8], period: { text: String(year), start: `${year}-01-01`, end: `${year}-12-31`, source: "explicit" }, places: [places[(i >> 3) % 8]], hedges: [], evidence: null };
  });
  return { source: `bench-${d}.txt`, text: `bench document ${d} ${Date.now()}`, record: { document: { path: `bench-${d}.txt`, title: null, published: "2019-06-15" }, claims } };
};
const times = [];
for (let d = 0; d < 30; d++) {
  await ledger.addDocument(doc(d));
  const t = process.hrtime.bigint();
  await metrics.catchUp();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
await ledger.close();
times.sort((a, b) => a - b);
console.log(`metrics and findings kept current over ${N} claims: median ${times[15].toFixed(1)} ms, worst ${times[29].toFixed(1)} ms per document of 20 claims (30 documents); peak ${peakMiB()} MiB`);
