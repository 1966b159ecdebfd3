// Helpers for benchmarks: the shared corpora, timing, peak memory.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const shared = path.resolve(root, "..", "shared");

export function polnearTexts(split = "train") {
  const dir = path.join(shared, "corpus", "polnear", split, "text");
  if (!existsSync(dir)) throw new Error(`PolNeAR texts not found at ${dir} (../shared must sit beside the project)`);
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f, text: readFileSync(path.join(dir, f), "utf8") }));
}

export const words = (s) => s.split(/\s+/).filter(Boolean).length;

// Peak resident memory of this process so far (Linux reports it in kilobytes).
import { resourceUsage } from "node:process";
export const peakMiB = () => (resourceUsage().maxRSS / 1024).toFixed(0);

export function time(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return { out, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}
