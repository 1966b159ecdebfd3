// Proposals in the order of their contents in the text (a stable sort: readings of one content keep the
// order they were read in, which later refiners' "first" and "last" depend on).

import type { Refiner } from "../context.js";

export const textOrder: Refiner = {
  name: "text order",
  refine(_ctx, found) {
    return found.sort((a, b) => a.content.start - b.content.start);
  },
};
