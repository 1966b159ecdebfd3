// The README's main job: ingest the seed article (when ../shared is beside the project) and the bundled
// Wikinews sample into the default ledger (./claimledger.db), then print the claims table and say what the
// numbers mean: the ingest counts every attributed statement, the table only the claims with a number.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seed = path.resolve(root, "..", "shared", "corpus", "seed");
const cli = path.join(root, "bin", "claimledger.js");
const run = (args, capture = false) => {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit", cwd: root, encoding: "utf8" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r.stdout;
};
// the seed article carries no date of its own: it was published on 20 January 2017
run(["ingest", ...(existsSync(seed) ? [seed] : []), path.join(root, "samples", "wikinews.csv"), "--published", "2017-01-20"]);
const table = run(["claims", "--limit", "25"], true);
process.stdout.write(table);
const first = JSON.parse(run(["claims", "--limit", "1", "--format", "json"], true))[0];
console.log("\n\"claims added\" counts every attributed statement the ingest stored; the table lists the claims with a number (add --all for every one).");
console.log(`More: npx claimledger claims --speaker Rahimzoda | npx claimledger speakers${first ? ` | npx claimledger show ${first.id}` : ""}`);
console.log("Review in the browser: npx claimledger serve   (then open http://127.0.0.1:8080/; add a reviewer with npx claimledger user add NAME)");
