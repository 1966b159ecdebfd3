#!/usr/bin/env node
// The extraction invariant: a sha1 of extract().claims (as JSON) per corpus — PolNeAR train and dev (dates
// from metadata.tsv), the seed (published 2017-01-20) and every row of the Wikinews CSVs (each row's date) —
// and one over all of them. Runs the built extractor (dist/): `npm run build` first.
//   node scripts/digest.mjs
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { documents } from "./polnear.mjs";
import { extract } from "../dist/index.js";

const shared = path.resolve("../shared/corpus");
const total = createHash("sha1");

function digest(name, docs) {
  const h = createHash("sha1");
  let claims = 0;
  for (const d of docs) {
    const out = extract(d.text, { published: d.published });
    claims += out.claims.length;
    const json = JSON.stringify(out.claims);
    h.update(json);
    total.update(json);
  }
  console.log(`${name.padEnd(9)} ${h.digest("hex")}  ${docs.length} docs, ${claims} claims`);
}

digest("train", documents("train"));
digest("dev", documents("dev"));
const seedDir = path.join(shared, "seed");
digest("seed", fs.readdirSync(seedDir).sort().map((f) => ({ text: fs.readFileSync(path.join(seedDir, f), "utf8"), published: "2017-01-20" })));
const wiki = path.join(shared, "wikinews");
digest("wikinews", fs.readdirSync(wiki).filter((f) => f.endsWith(".csv")).sort().flatMap((f) =>
  parse(fs.readFileSync(path.join(wiki, f), "utf8"), { columns: true }).map((r) => ({ text: r.text, published: r.date || undefined }))));
console.log(`total     ${total.digest("hex")}`);
