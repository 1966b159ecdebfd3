// Whether extract() grows linearly with its input: the time at 0.1, 1 and 10 MB of generated text (short
// repeated sentences; one run with no sentence end; repeated quotations, framed or going on) and of real text (the Wikinews
// articles concatenated, repeated to the size), and the ratio per tenfold (10 is linear, 100 quadratic).
//   npm run bench -- linearity            (LINEARITY_MB=0.1,1 for a quicker run; LINEARITY_CASE=wikinews for one case)
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { extract } from "../dist/index.js";
import { shared, time, peakMiB } from "./lib.mjs";

const sizes = (process.env.LINEARITY_MB ?? "0.1,1,10").split(",").map(Number);
const wikiDir = path.join(shared, "corpus", "wikinews");
const wikinews = readdirSync(wikiDir).filter((f) => f.endsWith(".csv")).sort()
  .flatMap((f) => parse(readFileSync(path.join(wikiDir, f), "utf8"), { columns: true }).map((r) => r.text)).join("\n\n");
const repeat = (unit) => (mb) => { const n = Math.round(mb * 1e6); return unit.repeat(Math.ceil(n / unit.length)).slice(0, n); };
const inputs = {
  "short sentences": repeat("The minister said 40 people were detained. "),
  "no sentence end": repeat("the minister said 40 people were detained and "),
  "quotations": repeat('"We detained 40 people," the minister said. '),
  // quotations with no frame of their own, going on from the one before (refiners/continuation.ts)
  "quotations resumed": repeat('"We detained 40 people," the minister said. "It was hard." "Very hard." '),
  "wikinews": repeat(wikinews + "\n\n"),
};
extract(inputs.wikinews(0.2), { published: "2020-01-01" }); // warm-up: models loaded, code compiled
for (const [name, make] of Object.entries(inputs).filter(([n]) => (process.env.LINEARITY_CASE ?? n) === n)) {
  const times = sizes.map((mb) => time(() => extract(make(mb), { published: "2020-01-01" }).claims.length).seconds);
  const ratios = times.slice(1).map((t, i) => (t / times[i]).toFixed(1));
  console.log(`linearity ${name.padEnd(16)} ${sizes.map((mb, i) => `${mb} MB ${times[i].toFixed(2)} s`).join(", ")}; ratio per 10x: ${ratios.join(", ")}`);
}
console.log(`peak RSS ${peakMiB()} MiB`);
