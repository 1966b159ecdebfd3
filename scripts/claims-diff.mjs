#!/usr/bin/env node
// Gold and system side by side for every wrong field of a labelled set (score-claims.mjs --verbose names only the
// system's value). From the project root, after npm run build:
//   node scripts/claims-diff.mjs GOLD_DIR [ROOT]        (FIELD=period to show one field; ROOT defaults to ../shared)
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
const [goldDir, rootArg] = process.argv.slice(2);
const root = path.resolve(rootArg || "../shared");
const golds = fs.readdirSync(goldDir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(fs.readFileSync(path.join(goldDir, f), "utf8")));
const norm = (s) => (s || "").toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();
const sing = (w) => w.replace(/(ies)$/, "y").replace(/(ches|shes|sses|xes)$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, "$1");
const CUT = /\s(?:of|from|in|for|at|to|with|on|by|over|under|during|since|who|that|which|whose)\s.*$/;
const head = (s) => { const w = (" " + norm(s) + " ").replace(CUT, " ").trim().split(" ").filter(Boolean); return w.length ? sing(w[w.length - 1]) : ""; };
const field = process.env.FIELD;
for (const g of golds) {
  const file = path.join(root, g.doc);
  const text = fs.readFileSync(file, "utf8");
  const out = execFileSync("node", ["bin/claimledger.js", "extract", "--format", "jsonl", "--published", g.published, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  const doc = JSON.parse(out.trim().split("\n")[0]);
  const sys = doc.claims.filter((x) => x.quantity);
  const used = new Set();
  console.log(`\n=== ${g.doc}`);
  for (const gc of g.claims) {
    const at = text.indexOf(gc.sentence), end = at + gc.sentence.length;
    const hit = sys.findIndex((s, i) => !used.has(i) && ((s.quantity.start < end && s.quantity.end > at) || (s.sentence && s.sentence.start <= at && s.sentence.end >= end)) &&
      (gc.qualifier === "vague" ? s.quantity.qualifier === "vague" && norm(s.quantity.text).includes(norm(gc.quantity)) : s.quantity.value === gc.value));
    if (hit < 0) { if (!field) console.log(`MISSED ${gc.quantity} | ${gc.sentence}`); continue; }
    used.add(hit);
    const s = sys[hit];
    const sent = s.sentence ? text.slice(s.sentence.start, s.sentence.end).replace(/\s+/g, " ") : gc.sentence;
    const diffs = [];
    if (gc.counted !== undefined && head(gc.counted) !== head(s.counted)) diffs.push(`counted: gold ${JSON.stringify(gc.counted)} sys ${JSON.stringify(s.counted)}`);
    if (gc.predicate !== undefined && norm(gc.predicate).split(" ")[0] !== norm(s.predicate).split(" ")[0]) diffs.push(`predicate: gold ${JSON.stringify(gc.predicate)} sys ${JSON.stringify(s.predicate)}`);
    if (gc.speaker !== undefined) { const ok = gc.speaker === null ? !s.speaker : !!s.speaker && (norm(s.speaker.name).split(" ").includes(norm(gc.speaker).split(" ").pop()) || norm(gc.speaker).split(" ").includes(norm(s.speaker.name).split(" ").pop())); if (!ok) diffs.push(`speaker: gold ${JSON.stringify(gc.speaker)} sys ${JSON.stringify(s.speaker?.name)}`); }
    if (gc.period !== undefined) { const p = s.period; const ok = gc.period === null ? !p : !!p && String(p.start || "").startsWith(gc.period) && String(p.end || p.start || "").startsWith(gc.period.slice(0, 4)); if (!ok) diffs.push(`period: gold ${gc.period} sys ${p ? p.start + ".." + p.end + " (" + p.source + ": " + p.text + ")" : null}`); }
    if (gc.cue !== undefined) { const c = s.cue; const ok = gc.cue === null ? !c : !!c && (norm(c.text).includes(norm(gc.cue)) || norm(gc.cue).includes(norm(c.text)) || (c.lemma && norm(gc.cue).slice(0, 4) === norm(c.lemma).slice(0, 4))); if (!ok) diffs.push(`cue: gold ${JSON.stringify(gc.cue)} sys ${JSON.stringify(c?.text)}`); }
    if (gc.mode !== undefined && gc.mode !== s.mode) diffs.push(`mode: gold ${gc.mode} sys ${s.mode}`);
    if (gc.places !== undefined && !gc.places.every((x) => (s.places || []).some((y) => norm(y).includes(norm(x)) || norm(x).includes(norm(y))))) diffs.push(`places: gold ${JSON.stringify(gc.places)} sys ${JSON.stringify(s.places)}`);
    const shown = field ? diffs.filter((d) => d.startsWith(field)) : diffs;
    if (shown.length) console.log(`\n* ${gc.quantity} | ${sent.slice(0, 300)}\n  ${shown.join("\n  ")}`);
  }
}
