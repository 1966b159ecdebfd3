// A filtered `claims` query over a ledger of 1,000,000 claims (see claims-ledger.mjs), with peak memory.
import { openLedger } from "../dist/ledger/open.js";
import { peakMiB } from "./lib.mjs";
import { claimsLedger } from "./claims-ledger.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const file = await claimsLedger(N);

const ledger = await openLedger(file);
const filters = {
  "everything with a number, first page (the table's opening view)": { quantified: true, limit: 50 },
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
  // the first run counts; later runs of the same filter reuse the count until the ledger changes
  const first = times[0];
  times.sort((a, b) => a - b);
  console.log(`query over ${N} claims, ${name}: first ${first.toFixed(1)} ms, then median ${times[3].toFixed(1)} ms (page of ${rows} + count of ${total})`);
}
await ledger.close();
console.log(`peak RSS ${peakMiB()} MiB`);
