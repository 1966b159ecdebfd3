// series: a metric's figure moving over time, by when each figure stood (its period's end), earliest first. A later, higher running total is the series
// going up, not a conflict; a later lower figure says "revised down" when its sentence says it was revised.
// A metric is what is counted, what happened and where, so it gathers every incident of its kind: counts more than
// STORY_GAP_DAYS apart, one of them of a day and neither period holding the other, are other incidents ("12 killed" in March, "5 killed" in June), unless the
// metric counts a state (fighters abroad: STOCK_EVENTS), and the series is the longest run of one story in which
// the figure moves.

import type { Check } from "./check.js";
import { asserted, compareFigures, type Figure } from "../figure.js";
import { intervalOf } from "../interval.js";
import { periodText, relate } from "../period.js";
import { REVISION_WORDS, STOCK_EVENTS } from "../words.js";

/** a series lists at most this many figures (the earliest ones): a reviewer reads it, no one reads 2,000 */
export const SERIES_FIGURES = 50;
/** counts of a day (or a few) this far apart are about other incidents */
export const STORY_GAP_DAYS = 30;

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const ofADay = (f: Figure) => days(f.period!.start, f.period!.end) < 7;

/** two counts of a day far apart, or a day's count far outside another's period ("27 dead" of January, "five"
 * of 16 October); a day's count inside a longer period ("45 in 2019") is of the same story */
function otherIncident(a: Figure, b: Figure): boolean {
  if (ofADay(a) && ofADay(b)) return days(a.period!.end, b.period!.end) > STORY_GAP_DAYS;
  return (ofADay(a) || ofADay(b)) && relate(a.period!, b.period!) === "apart" && days(a.period!.end, b.period!.start) > STORY_GAP_DAYS;
}

/** dated figures (in time order) cut into stories where two counts of a day lie far apart */
function stories(dated: Figure[], incidents: boolean): Figure[][] {
  const out: Figure[][] = [];
  for (const f of dated) {
    const prev = out.at(-1)?.at(-1);
    if (!prev || (incidents && otherIncident(prev, f))) out.push([f]);
    else out.at(-1)!.push(f);
  }
  return out;
}
const moves = (s: Figure[]) => new Set(s.map((f) => `${f.period!.start}/${f.period!.end}`)).size >= 2 && new Set(s.map((f) => `${f.qualifier} ${f.value} ${f.upper}`)).size >= 2;

export const series = {
  kind: "series",
  scope: "metric",
  earliest: SERIES_FIGURES,
  run(figures: Figure[], metric?: { key: string }) {
    // a metric's key is thing|event|dimension|places (analysis/metric.ts)
    const incidents = !STOCK_EVENTS.has(metric?.key.split("|")[1] ?? "");
    const all = figures.filter((f) => f.period && asserted(f))
      // figures that stood at the same time in the order of what they say, not of when they came in
      .sort((a, b) => a.period!.end.localeCompare(b.period!.end) || compareFigures(a, b)).slice(0, SERIES_FIGURES);
    const dated = stories(all, incidents).filter(moves).reduce<Figure[] | null>((best, s) => (!best || s.length > best.length ? s : best), null);
    if (!dated) return null;
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
