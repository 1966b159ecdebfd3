// Reading PolNeAR (../shared/corpus/polnear): its documents, publication dates and brat gold
// attributions, for scripts/polnear-errors.mjs and scripts/train-attribution.mjs.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(process.env.POLNEAR ?? "../shared/corpus/polnear");

export function readGold(file) {
  const T = new Map();
  const rel = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id[0] === "T") {
      const sp = body.indexOf(" ");
      T.set(id, { label: body.slice(0, sp), spans: body.slice(sp + 1).split(";").map((s) => s.trim().split(/\s+/).map(Number)) });
    } else if (id[0] === "E") rel.push(Object.fromEntries(body.trim().split(/\s+/).map((p) => p.split(":"))));
  }
  return rel
    .filter((r) => T.get(r.Attribution || r["Attribution-no-source"]) && r.Content && T.get(r.Content))
    .map((r) => ({ content: T.get(r.Content).spans, source: r.Source ? T.get(r.Source)?.spans ?? null : null, cue: r.Cue ? T.get(r.Cue)?.spans ?? null : null }));
}

/** The documents of a split in name order, each with its text, date and gold, from `from` up to `to`. */
export function documents(split, from = 0, to = Infinity) {
  const metadata = new Map();
  for (const line of fs.readFileSync(path.join(ROOT, "metadata.tsv"), "utf8").split("\n").slice(1)) {
    const f = line.split("\t");
    if (f.length > 5) metadata.set(f[1], f[5]);
  }
  const textDir = path.join(ROOT, split, "text");
  const annDir = path.join(ROOT, split, "attributions");
  const annFiles = fs.readdirSync(annDir).sort();
  return fs.readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort().slice(from, to).map((name) => {
    const ann = annFiles.find((f) => f.startsWith(name.replace(/\.txt$/, "_")));
    return {
      name,
      text: fs.readFileSync(path.join(textDir, name), "utf8"),
      published: metadata.get(name.replace(/\.txt$/, "")) || undefined,
      gold: ann ? readGold(path.join(annDir, ann)) : [],
    };
  });
}

const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The scorer's matching (../shared/eval/score-polnear.mjs): a predicted content matches a gold one when
 * each covers half of the other's characters, one to one, greedily by overlap. Returns the matched
 * prediction indices (as a Map to their gold index).
 */
export function match(gold, spans) {
  const pairs = [];
  gold.forEach((g, gi) => {
    const gl = g.content.reduce((n, [s, e]) => n + (e - s), 0);
    spans.forEach((p, pi) => {
      const o = g.content.reduce((n, [s, e]) => n + overlap(s, e, p.start, p.end), 0);
      if (o >= 0.5 * gl && o >= 0.5 * (p.end - p.start)) pairs.push({ gi, pi, o });
    });
  });
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set(), matched = new Map();
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || matched.has(pi)) continue;
    usedG.add(gi);
    matched.set(pi, gi);
  }
  return matched;
}
