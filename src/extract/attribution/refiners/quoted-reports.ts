// A statement reported inside someone's quotation ('“I saw in the news that Trump said …”') is the quoted
// speaker's words, not an attribution of the article's (PolNeAR marks few: train F1 +0.0008 without those
// in a quotation a direct reading holds, +0.0004 more without those in any quotation).

import type { Refiner } from "../context.js";

export const quotedReports: Refiner = {
  name: "reports inside quotations",
  refine(ctx, found) {
    return found.filter((a) => !(a.cue && a.mode !== "direct" && ctx.insideQuote(a.cue.start)));
  },
};
