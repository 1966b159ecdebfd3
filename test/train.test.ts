// The shipped attribution models are what `npm run train` makes from PolNeAR train with the current code:
// training is deterministic, and a rule changed without retraining is caught here.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const polnear = path.resolve(root, "..", "shared", "corpus", "polnear");

// (asynchronously: a stage takes over a minute, and a worker blocked that long misses vitest's calls)
async function train(stage: string, out: string) {
  await promisify(execFile)(process.execPath, ["scripts/train-attribution.mjs", "--stage", stage, "--out", out], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describe.skipIf(!existsSync(polnear))("training the attribution models", () => {
  it("reproduces the shipped content-end, cue-detector and confidence models exactly", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "claimledger-train-"));
    try {
      await train("end", out);
      await train("attribution", out);
      for (const file of ["content-end.ts", "cue-detector.ts", "attribution.ts"])
        expect(readFileSync(path.join(out, file), "utf8"), file).toBe(readFileSync(path.join(root, "src", "extract", "models", file), "utf8"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
