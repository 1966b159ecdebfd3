// Our quantity recogniser side by side with Microsoft's @microsoft/recognizers-text-number on the same
// inputs: Recognizers-Text's English specs (../shared/corpus/recognizers-text), cases passed per model and
// inputs per second (best of 3). The JS package has no range model: it resolves none of those cases.
import { readFileSync } from "node:fs";
import path from "node:path";
import { recognizeNumber, recognizePercentage } from "@microsoft/recognizers-text-number";
import { recogniseQuantities } from "../dist/index.js";
import { shared, peakMiB } from "./lib.mjs";

const dir = path.join(shared, "corpus", "recognizers-text");
const close = (x, y) => typeof x === "number" && Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));

// what a spec's resolution says, in our terms (intervals "(10,15]" become bounds or ranges)
function expected(model, r) {
  const v = r.Resolution?.value;
  if (model === "NumberRangeModel") {
    const m = /^([[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$/.exec(v ?? "");
    if (!m) return null;
    const lo = m[2] === "" ? null : Number(m[2]), hi = m[3] === "" ? null : Number(m[3]);
    if (lo === null) return { qualifier: m[4] === "]" ? "at-most" : "less-than", value: hi };
    if (hi === null) return { qualifier: m[1] === "[" ? "at-least" : "more-than", value: lo };
    return { qualifier: "range", value: lo, upper: hi };
  }
  if (model === "PercentModel") return { percent: true, value: Number(String(v).replace("%", "")) };
  return { value: Number(v) };
}
const matches = (e, q) =>
  close(q.value, e.value) && (!e.qualifier || q.qualifier === e.qualifier) && (e.upper == null || close(q.upper, e.upper)) && (!e.percent || q.unit === "%");
function passes(exp, got) {
  if (exp.includes(null) || got.length !== exp.length) return false;
  const used = new Set();
  return exp.every((e) => {
    const j = got.findIndex((q, k) => !used.has(k) && matches(e, q));
    if (j >= 0) used.add(j);
    return j >= 0;
  });
}

const peers = {
  NumberModel: (s) => recognizeNumber(s, "en-us").map((r) => ({ value: Number(r.resolution.value), qualifier: "exact" })),
  NumberRangeModel: () => [],
  PercentModel: (s) => recognizePercentage(s, "en-us").map((r) => ({ value: Number(String(r.resolution.value).replace("%", "")), unit: "%" })),
};

function best(fn, inputs) {
  let bestS = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    for (const s of inputs) fn(s);
    bestS = Math.min(bestS, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return inputs.length / bestS;
}

for (const model of Object.keys(peers)) {
  const cases = JSON.parse(readFileSync(path.join(dir, `${model}.json`), "utf8")).map((c) => ({
    input: c.Input.replace(/\s*\n\s*/g, " "),
    exp: (c.Results || []).filter((r) => model !== "NumberModel" || r.TypeName === "number").map((r) => expected(model, r)),
  }));
  const ours = cases.filter((c) => passes(c.exp, recogniseQuantities(c.input))).length;
  const theirs = cases.filter((c) => passes(c.exp, peers[model](c.input))).length;
  const inputs = cases.map((c) => c.input);
  const oursRate = best(recogniseQuantities, inputs);
  const theirRate = model === "NumberRangeModel" ? null : best(peers[model], inputs);
  console.log(`${model.padEnd(17)} ${cases.length} cases: claimledger ${ours} passed, ${Math.round(oursRate)} inputs/s; recognizers-text-number ${theirs} passed${theirRate ? `, ${Math.round(theirRate)} inputs/s` : " (no range model)"}`);
}
console.log(`peak RSS ${peakMiB()} MiB`);
