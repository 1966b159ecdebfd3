// How numbers and claims read on the pages.

import type { Quantity } from "../../types.js";

const nf = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

export const num = (n: number | null | undefined) => (n === null || n === undefined ? "" : nf.format(n));

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "exactly", approx: "about", "at-least": "at least", "more-than": "more than", "at-most": "at most", "less-than": "less than", range: "between", vague: "vague",
};

/** "more than 400", "between 10,000 and 15,000", "numerous (vague)" */
export function quantityReading(q: Pick<Quantity, "value" | "upper" | "qualifier" | "unit" | "text">): string {
  const unit = q.unit ? (q.unit === "%" ? "%" : ` ${q.unit}`) : "";
  if (q.value === null) return `${q.text} (vague)`;
  if (q.upper !== null) return `between ${num(q.value)} and ${num(q.upper)}${unit}`;
  return `${QUALIFIER_WORDS[q.qualifier] ?? q.qualifier} ${num(q.value)}${unit}`;
}

export const date = (d: string | null | undefined) => d ?? "—";
