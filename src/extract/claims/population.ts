// A poll's shares told one after another share their population: "Only 52 percent of registered voters
// agreed …, while 73 percent said the same of Trump. However, 63 percent said …": the later shares, which
// report what the respondents said, count the registered voters too.

import type { Quantity } from "../../types.js";
import type { CountedInfo } from "./counted.js";
import { SAY_VERBS } from "./phrases.js";

const isShare = (q: Quantity) => q.kind === "percent" || (q.kind === "number" && q.value !== null && q.value > 0 && q.value < 1);

/** The population of the last share in the paragraph, given to a later share that reports an answer and counts nothing. */
export class SharePopulation {
  private counted: string | null = null;
  private paragraph = -1;

  /** Reads or fills `info` (in place) for the share `q` in `paragraph`. */
  carry(q: Quantity, info: CountedInfo, paragraph: number): void {
    if (!isShare(q)) return;
    if (info.counted) {
      this.counted = info.counted;
      this.paragraph = paragraph;
    } else if (this.counted && paragraph === this.paragraph && info.predicate && SAY_VERBS.has(info.predicate)) {
      info.counted = this.counted;
    }
  }
}
