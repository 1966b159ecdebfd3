// The README's main job: ingest the seed article (when ../shared is beside the project) and the bundled
// Wikinews sample into the default ledger (./claimledger.db), then print the claims table.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seed = path.resolve(root, "..", "shared", "corpus", "seed");
const cli = path.join(root, "bin", "claimledger.js");
const run = (args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// the seed article carries no date of its own: it was published on 20 January 2017
run(["ingest", ...(existsSync(seed) ? [seed] : []), path.join(root, "samples", "wikinews.csv"), "--published", "2017-01-20"]);
run(["claims", "--limit", "25"]);
console.log("\nMore: npx claimledger claims --speaker Rahimzoda | npx claimledger speakers | npx claimledger show 3");
console.log("Review in the browser: npx claimledger serve   (then open http://127.0.0.1:8080/; add a reviewer with npx claimledger user add NAME)");
