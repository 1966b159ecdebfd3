// series: a metric's figure moving over time, by when each figure stood (its period's end), earliest first. A later, higher running total is the series
// going up, not a conflict; a later lower figure says "revised down" when its sentence says it was revised.

import type { Check } from "./check.js";
import type { Figure } from "../figure.js";
import { intervalOf } from "../interval.js";
import { periodText } from "../period.js";
import { REVISION_WORDS } from "../words.js";

/** a series lists at most this many figures (the earliest ones): a reviewer reads it, no one reads 2,000 */
export const SERIES_FIGURES = 50;

export const series = {
  kind: "series",
  scope: "metric",
  earliest: SERIES_FIGURES,
  run(figures: Figure[]) {
    const dated = figures.filter((f) => f.period).sort((a, b) => a.period!.end.localeCompare(b.period!.end) || a.period!.start.localeCompare(b.period!.start)).slice(0, SERIES_FIGURES);
    if (new Set(dated.map((f) => `${f.period!.start}/${f.period!.end}`)).size < 2) return null;
    const steps = dated.map((f, i) => {
      const at = `${f.quantityText} (${periodText(f.period!)})`;
      if (!i) return at;
      const prev = intervalOf(dated[i - 1]), cur = intervalOf(f);
      if (prev && cur && cur.high < prev.low) return `${at} ${REVISION_WORDS.test(f.sentence) ? "[revised down]" : "[lower]"}`;
      return at;
    });
    return { kind: "series", figures: dated, reason: `the figure over time: ${steps.join(" → ")}` };
  },
} satisfies Check;
