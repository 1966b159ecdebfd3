// conflict: two figures of one metric and place, for the same period or one inside the other, that cannot
// both hold. A count over a shorter period inside a longer one is a part of a total that grows, so it only
// conflicts when it must exceed the whole. Figures a speaker gives in one document are parts he lists
// ("22 returned … another 80 came back"), not a contradiction, and a running total that rose is a series.
// Only what is asserted can be contradicted: a figure asked about ("should it remain at nine?") or forecast
// ("predicts 319 to 219") is left out, and a stock as it stands on the day of writing is no total of its period.

import type { Check } from "./check.js";
import { asserted, describe, isReference, type Figure } from "../figure.js";
import { figureInterval, intervalsMeet, intervalWords, partFitsWhole } from "../interval.js";
import { relate } from "../period.js";
import { placeKind } from "../../extract/entities/places.js";
import { CUMULATIVE_WORDS, RUNNING_TOTAL_WORDS, STANDING_WORDS } from "../words.js";

// "in Tromsø, Norway" and "in Tromsø" are one place: a country named beside a place in it only says where that is
const finest = (places: string[]) => (places.some((p) => placeKind(p) !== "country") ? places.filter((p) => placeKind(p) !== "country") : places);
const samePlaces = (a: Figure, b: Figure) => finest(a.places).join("|") === finest(b.places).join("|");


export const conflict = {
  kind: "conflict",
  scope: "pair",
  run(a: Figure, b: Figure) {
    if (!a.period || !b.period || !samePlaces(a, b)) return null;
    if (isReference(a) && isReference(b)) return null;
    if (a.documentId !== null && a.documentId === b.documentId && (a.speaker === b.speaker || a.sentenceStart === b.sentenceStart)) return null;
    // a running total that moved ("the toll rose to 17") is the series going on, not a contradiction
    if (RUNNING_TOTAL_WORDS.test(a.sentence) || RUNNING_TOTAL_WORDS.test(b.sentence)) return null;
    if (!asserted(a) || !asserted(b)) return null;
    const ia = figureInterval(a), ib = figureInterval(b);
    if (!ia || !ib) return null;
    const rel = relate(a.period, b.period);
    const words = (f: Figure, i: NonNullable<typeof ia>) => intervalWords(i, f.qualifier, f.value);
    if (rel === "same") {
      if (intervalsMeet(ia, ib)) return null;
      return { kind: "conflict", figures: [a, b], reason: `${describe(a)} and ${describe(b)} cannot both hold for the same period and place: ${words(a, ia)} vs ${words(b, ib)}` };
    }
    if (rel === "inside" || rel === "contains") {
      const [part, whole, ip, iw] = rel === "inside" ? [a, b, ia, ib] : [b, a, ib, ia];
      if (!isReference(whole) && STANDING_WORDS.test(whole.sentence)) return null;
      if ([part, whole].some((f) => !isReference(f) && CUMULATIVE_WORDS.test(f.sentence))) return null;
      if (partFitsWhole(ip, iw)) return null;
      return { kind: "conflict", figures: [a, b], reason: `${describe(part)} is for a period inside that of ${describe(whole)}, yet ${words(part, ip)} exceeds ${words(whole, iw)}` };
    }
    return null;
  },
} satisfies Check;
