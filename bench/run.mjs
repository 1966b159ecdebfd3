#!/usr/bin/env node
// Runs every bench/*.bench.mjs in its own process (so each reports its own peak memory), or only those
// whose name contains one of the arguments: `npm run bench -- extract quantities`.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith(".bench.mjs")).sort()
  .filter((f) => !only.length || only.some((o) => f.includes(o)));
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f.replace(".bench.mjs", "")}`);
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(here, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
