// The house rules of issue 18 hold: no hand-written file under src/ over 500 lines, no function over 120, no
// generated code under src/, no import cycle, every folder saying what it owns, the README's layout table as
// the folders are (scripts/structure.mjs lists each breach).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

it("keeps every source file, function and import within the house rules", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["scripts/structure.mjs", "--json"], { cwd: root }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  const breaches = JSON.parse(stdout.slice(0, stdout.lastIndexOf("]") + 1)) as { kind: string; file: string }[];
  expect(breaches.map((b) => `${b.kind} ${b.file}`)).toEqual([]);
}, 120_000);
