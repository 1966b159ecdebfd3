// Rebuilds samples/wikinews.csv: the 30 Wikinews articles of ../shared/corpus/wikinews (CC BY 2.5) in
// which claimledger finds the most quantities attributed to a named person or organisation.
//   npm run build && node scripts/make-sample.mjs
import { parse } from "csv-parse/sync";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.resolve(root, "..", "shared", "corpus", "wikinews");
const rows = fs.readdirSync(src).filter((f) => f.endsWith(".csv")).sort()
  .flatMap((f) => parse(fs.readFileSync(path.join(src, f), "utf8"), { columns: true }));
const score = (r) => extract(`${r.title}\n\n${r.text}`, { published: r.date }).claims.filter((c) => c.quantity && c.speaker && c.speaker.kind !== "group").length;
const picked = rows.map((r) => ({ r, n: score(r) })).sort((a, b) => b.n - a.n || a.r.url.localeCompare(b.r.url)).slice(0, 30).map((x) => x.r);
picked.sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
const csv = ["url,date,title,text", ...picked.map((r) => [r.url, r.date, r.title, r.text].map(q).join(","))].join("\n") + "\n";
fs.writeFileSync(path.join(root, "samples", "wikinews.csv"), csv);
console.log(`samples/wikinews.csv: ${picked.length} articles`);
