// Progress for long work: a bar on a terminal (stderr), nothing when stderr is piped or --json is asked.

import cliProgress from "cli-progress";

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function progress(total: number, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled || total <= 1) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{bar} {value}/{total} {label}", hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: "" });
  return {
    tick: (label = "") => bar.increment(1, { label: label.length > 40 ? "…" + label.slice(-39) : label }),
    stop: () => bar.stop(),
  };
}
