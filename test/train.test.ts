// The shipped attribution models are what `npm run train` makes from PolNeAR train with the current code:
// training is deterministic, and a rule changed without retraining is caught here.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const polnear = path.resolve(root, "..", "shared", "corpus", "polnear");

function train(stage: string, out: string) {
  const r = spawnSync(process.execPath, ["scripts/train-attribution.mjs", "--stage", stage, "--out", out], { cwd: root, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

describe.skipIf(!existsSync(polnear))("training the attribution models", () => {
  it("reproduces the shipped content-end, cue-detector and confidence models exactly", () => {
    const out = mkdtempSync(path.join(tmpdir(), "claimledger-train-"));
    try {
      train("end", out);
      train("attribution", out);
      for (const file of ["content-end.ts", "cue-detector.ts", "attribution.ts"])
        expect(readFileSync(path.join(out, file), "utf8"), file).toBe(readFileSync(path.join(root, "src", "extract", "models", file), "utf8"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
