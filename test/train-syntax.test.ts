// Training the syntax models reproduces the shipped files byte for byte. Slow (several minutes): runs only
// with SYNTAX_TRAIN=1, after a build (the script reads dist/).
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sha1 = (file: string) => createHash("sha1").update(readFileSync(file)).digest("hex");

describe.skipIf(process.env.SYNTAX_TRAIN !== "1")("npm run train:syntax", () => {
  it("writes the shipped models again, byte for byte", () => {
    const out = mkdtempSync(path.join(tmpdir(), "claimledger-syntax-"));
    execFileSync(process.execPath, [path.join(root, "scripts", "train-syntax.mjs"), "--out", out], { stdio: "inherit" });
    for (const name of ["tagger.bin", "parser.bin"]) {
      expect(sha1(path.join(out, name)), name).toBe(sha1(path.join(root, "models", name)));
    }
  }, 3_600_000);
});
