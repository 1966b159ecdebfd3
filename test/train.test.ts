// The shipped attribution models are what `npm run train` makes from PolNeAR train with the current code:
// training is deterministic, and a rule changed without retraining is caught here. Runs the built
// scripts/train-attribution.mjs (it reads dist/): build first.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const polnear = path.resolve(root, "..", "shared", "corpus", "polnear");

// (asynchronously: a stage takes over a minute, and a worker blocked that long misses vitest's calls; the
// attribution stage took 11 minutes on two cores shared with a dozen processes, hence the timeout)
async function train(stage: string, out: string) {
  await promisify(execFile)(process.execPath, ["scripts/train-attribution.mjs", "--stage", stage, "--out", out], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe.skipIf(!existsSync(polnear))("training the attribution models", () => {
  it("reproduces the shipped content-end, cue-detector and confidence model files byte for byte", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "claimledger-train-"));
    try {
      // (stage by stage into a folder of its own: the first writes its file only, the second the other two)
      await train("end", out);
      expect(readdirSync(out)).toEqual(["content-end.json"]);
      await train("attribution", out);
      for (const file of ["content-end.json", "cue-detector.json", "attribution.json"])
        expect(readFileSync(path.join(out, file), "utf8"), file).toBe(readFileSync(path.join(root, "models", file), "utf8"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 1_800_000);
});
