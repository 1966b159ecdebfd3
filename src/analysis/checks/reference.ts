// reference: a claim held against the reference figures of its metric for a period that overlaps its own.

import type { Check } from "./check.js";
import { describe, isReference } from "../figure.js";
import { figureInterval, intervalsMeet } from "../interval.js";
import { relate } from "../period.js";

export const reference = {
  kind: "reference",
  scope: "pair",
  run(a, b) {
    if (isReference(a) === isReference(b) || !a.period || !b.period) return null;
    const [claim, ref] = isReference(a) ? [b, a] : [a, b];
    if (relate(claim.period!, ref.period!) === "apart") return null;
    const ic = figureInterval(claim), ir = figureInterval(ref);
    if (!ic || !ir) return null;
    const verdict = intervalsMeet(ic, ir) ? "agrees with" : ic.high < ir.low ? "is below" : ic.low > ir.high ? "is above" : "differs from";
    return { kind: "reference", figures: [claim, ref], reason: `${describe(claim)} ${verdict} the reference figure ${describe(ref)}` };
  },
} satisfies Check;
