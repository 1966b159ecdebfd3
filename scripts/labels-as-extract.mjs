#!/usr/bin/env node
// Emits hand labels (gold format) as `claimledger extract --format jsonl` would, so that score-claims.mjs scores one
// labeller against another (how the real-news sets were calibrated against the dev gold):
//   node ../shared/eval/score-claims.mjs --gold ../shared/gold/dev/X.json --cmd "node scripts/labels-as-extract.mjs LABEL_DIR"
import fs from "node:fs";
import path from "node:path";
const [dir, ...rest] = process.argv.slice(2);
const files = rest.filter((a, i) => !a.startsWith("--") && !(i > 0 && rest[i - 1] === "--published"));
const labels = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
for (const file of files) {
  const lab = labels.find((l) => file.endsWith(l.doc.replace(/^articles\//, "")) || file.endsWith(l.doc));
  const text = fs.readFileSync(file, "utf8");
  const claims = [];
  if (lab) {
    for (const c of lab.claims) {
      const at = text.indexOf(c.sentence);
      const q = at >= 0 ? text.indexOf(c.quantity, at) : -1;
      const period = c.period ? { start: c.period, end: c.period } : null;
      claims.push({
        quantity: { text: c.quantity, value: c.value, upper: c.upper ?? null, qualifier: c.qualifier, start: q, end: q + c.quantity.length },
        counted: c.counted, predicate: c.predicate, speaker: c.speaker ? { name: c.speaker } : null,
        cue: c.cue ? { text: c.cue } : null, mode: c.mode, period, places: c.places || [],
      });
    }
    for (const s of lab.statements || []) {
      const at = text.indexOf(s.sentence);
      claims.push({ content: { start: at, end: at + s.sentence.length }, speaker: { name: s.speaker }, cue: { text: s.cue }, mode: s.mode });
    }
  }
  console.log(JSON.stringify({ document: { path: file }, claims }));
}
