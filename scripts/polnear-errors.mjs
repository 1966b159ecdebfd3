#!/usr/bin/env node
// Where attribution goes wrong on PolNeAR: runs the built extractor in-process over a split and matches
// its contents to the gold the way ../shared/eval/score-polnear.mjs does (half of each other's characters),
// then prints the counts and writes the misses and false alarms for study.
//   node scripts/polnear-errors.mjs [--split train] [--from 0] [--limit 400] [--out /tmp/polnear-errors.json]
import fs from "node:fs";
import { documents } from "./polnear.mjs";
import { extract } from "../dist/index.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const split = arg("split", "train");
const limit = Number(arg("limit", 400));
const out = arg("out", "/tmp/polnear-errors.json");
const from = Number(arg("from", 0));

const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const len = (ss) => ss.reduce((n, [s, e]) => n + (e - s), 0);
const ov = (ss, s0, s1) => ss.reduce((n, [s, e]) => n + overlap(s, e, s0, s1), 0);

// the scorer's notion of a speech cue
const SPEECH = /\b(say|said|says|saying|tell|told|tells|claim|estimat|announc|according|add|added|adds|adding|note|noted|explain|state[ds]?|report|argu|insist|writ|wrote|ask|answer|warn|den[iy]|admit|acknowledg|suggest|predict|describ|call|repl|respond|declar|boast|lament|tweet|assert|contend|confirm|remark|recall|promis|pledg|vow|urg|complain|stress|point)/i;
let speechG = 0, speechTP = 0;
let G = 0, P = 0, TP = 0, srcN = 0, srcOK = 0, cueN = 0, cueOK = 0;
const missed = [], falseAlarms = [], wrongSource = [], wrongCue = [];
const docs = documents(split, from, from + limit);
for (const { name: n, text, gold, published } of docs) {
  const doc = extract(text, { published });
  const seen = new Set();
  const pred = [];
  for (const c of doc.claims) {
    if (!c.mode || c.mode === "unattributed" || !c.content) continue;
    const key = `${c.content.start}:${c.content.end}`;
    if (!seen.has(key)) { seen.add(key); pred.push(c); }
  }
  G += gold.length;
  P += pred.length;
  const pairs = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const o = ov(g.content, p.content.start, p.content.end);
    if (o >= 0.5 * len(g.content) && o >= 0.5 * (p.content.end - p.content.start)) pairs.push({ gi, pi, o });
  }));
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set(), usedP = new Set();
  const slice = (ss) => (ss ? ss.map(([s, e]) => text.slice(s, e)).join(" … ") : null);
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi); usedP.add(pi);
    TP++;
    const g = gold[gi], p = pred[pi];
    if (SPEECH.test(slice(g.cue) ?? "")) speechTP++;
    if (g.source) {
      srcN++;
      if (p.speaker && ov(g.source, p.speaker.start, p.speaker.end) > 0) srcOK++;
      else wrongSource.push({ doc: n, gold: slice(g.source), got: p.speaker?.mention ?? null, cue: slice(g.cue), content: slice(g.content).slice(0, 120) });
    }
    if (g.cue) {
      cueN++;
      if (p.cue && ov(g.cue, p.cue.start, p.cue.end) > 0) cueOK++;
      else wrongCue.push({ doc: n, gold: slice(g.cue), got: p.cue?.text ?? null, content: slice(g.content).slice(0, 120) });
    }
  }
  speechG += gold.filter((g) => SPEECH.test(slice(g.cue) ?? "")).length;
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return;
    // the nearest prediction sharing the cue, if any: a boundary error rather than a missed cue
    const near = g.cue && pred.find((p) => p.cue && ov(g.cue, p.cue.start, p.cue.end) > 0);
    missed.push({ doc: n, speech: SPEECH.test(slice(g.cue) ?? ""), at: g.content[0][0], cue: slice(g.cue), source: slice(g.source), content: slice(g.content), got: near ? text.slice(near.content.start, near.content.end) : null });
  });
  pred.forEach((p, pi) => {
    if (!usedP.has(pi)) falseAlarms.push({ doc: n, at: p.content.start, cue: p.cue?.text ?? null, speaker: p.speaker?.mention ?? null, content: text.slice(p.content.start, p.content.end) });
  });
}
const f1 = (2 * TP) / (G + P);
const byCue = new Map();
for (const m of missed) {
  const k = (m.cue ?? "(none)").toLowerCase();
  byCue.set(k, (byCue.get(k) ?? 0) + 1);
}
fs.writeFileSync(out, JSON.stringify({ missed, falseAlarms, wrongSource, wrongCue }, null, 1));
console.log(`missed by cue: ${[...byCue].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`boundary misses (a prediction has the gold cue): ${missed.filter((m) => m.got).length}`);
console.log(`wrong source ${wrongSource.length}, wrong cue ${wrongCue.length}; details in ${out}`);
console.log(`${split} ${docs.length} docs: G ${G} P ${P} TP ${TP} P ${(TP / P).toFixed(3)} R ${(TP / G).toFixed(3)} F1 ${f1.toFixed(3)} speechR ${(speechTP / speechG).toFixed(4)} (${speechTP}/${speechG}) source ${(srcOK / srcN).toFixed(3)} cue ${(cueOK / cueN).toFixed(3)}`);
