// A filtered `claims` query over a ledger of 1,000,000 claims (generated straight into SQLite in bulk,
// shaped like real ones), with peak memory. The ledger is kept in bench/out/ between runs.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openLedger } from "../dist/ledger/open.js";
import { root, peakMiB } from "./lib.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const dir = path.join(root, "bench", "out");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `claims-${N}.db`);

if (!existsSync(file)) {
  const l = await openLedger(file); // creates the schema
  await l.close();
  const db = new Database(file);
  const speakers = ["Ramazon Rahimzoda", "Anna Kowalska", "Interior Ministry", "officials", "Dana Holt", "Oleg Klimov", "World Health Organization", "police"];
  const counted = ["people", "terrorist attacks", "homes", "deaths", "refugees", "fighters", "arrests", "cases"];
  const verbs = ["detain", "kill", "return", "be", "stop", "arrest", "displace", "report"];
  const places = ["Tajikistan", "Syria", "Iraq", "Afghanistan", "Poland", "Russia", "Turkey", "Chile"];
  const quals = ["exact", "approx", "more-than", "at-least", "range", "vague"];
  const insDoc = db.prepare("insert into documents (source, hash, version, title, published, text, ingested_at, claim_count) values (?, ?, 1, ?, ?, ?, ?, ?)");
  const insClaim = db.prepare(`insert into claims (document_id, ord, sentence_start, sentence_end, text, mode, speaker, speaker_kind, speaker_role, cue,
    quantity_text, value, upper, qualifier, unit, counted, predicate, period_start, period_end, places, data) values (?, ?, 0, 80, ?, 'indirect', ?, 'person', null, 'said', ?, ?, null, ?, null, ?, ?, ?, ?, ?, ?)`);
  const perDoc = 20;
  const t0 = Date.now();
  db.transaction(() => {
    for (let d = 0; d < N / perDoc; d++) {
      const year = 2000 + (d % 20);
      const { lastInsertRowid } = insDoc.run(`doc-${d}.txt`, `hash-${d}`, `Document ${d}`, `${year}-06-15`, "…", new Date().toISOString(), perDoc);
      for (let k = 0; k < perDoc; k++) {
        const i = d * perDoc + k;
        const sp = speakers[i % speakers.length], c = counted[(i >> 3) % counted.length], p = places[(i >> 6) % places.length];
        const value = (i * 7919) % 100000;
        const text = `${sp} said ${value} ${c} were affected in ${p} in ${year}.`;
        const claim = { sentence: { start: 0, end: 80 }, text, mode: "indirect", content: null, speaker: { name: sp, mention: sp, kind: "person", role: null, resolved: true, start: 0, end: 5 }, cue: { text: "said", lemma: "say", start: 6, end: 10 }, quantity: { text: String(value), value, upper: null, qualifier: quals[i % quals.length], unit: null, kind: "number", start: 11, end: 15 }, counted: c, predicate: verbs[i % verbs.length], period: { text: String(year), start: `${year}-01-01`, end: `${year}-12-31` }, places: [p], hedges: [], evidence: null };
        insClaim.run(lastInsertRowid, k, text, sp, String(value), value, quals[i % quals.length], c, verbs[i % verbs.length], `${year}-01-01`, `${year}-12-31`, `|${p}|`, JSON.stringify(claim));
      }
    }
  })();
  db.exec("ANALYZE");
  db.close();
  console.log(`generated ${N} claims in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const ledger = await openLedger(file);
const filters = {
  "speaker + period + counted, first page": { speaker: "rahimzoda", periodFrom: "2016-01-01", periodTo: "2016-12-31", counted: "people", limit: 50 },
  "place + qualifier, sorted by value": { place: "Syria", qualifier: "more-than", sort: "value", order: "desc", limit: 50 },
  "full-text search": { text: "refugees Iraq", limit: 50 },
};
for (const [name, f] of Object.entries(filters)) {
  await ledger.findClaims(f); // warm the page cache
  const times = [];
  let rows = 0, total = 0;
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    rows = (await ledger.findClaims(f)).length;
    total = await ledger.countClaims(f);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`query over ${N} claims, ${name}: median ${times[3].toFixed(1)} ms (page of ${rows} + count of ${total})`);
}
await ledger.close();
console.log(`peak RSS ${peakMiB()} MiB`);
