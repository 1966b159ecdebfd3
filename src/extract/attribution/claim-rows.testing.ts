// For the attribution tests (not built: tsconfig.build.json): an invented text's claims as rows of what
// attribution decides, the quantity and content as written, the speaker's name, the cue and the mode.
import { extract } from "../../index.js";

export interface ClaimRow {
  quantity: string | null;
  content: string | null;
  speaker: string | null;
  cue: string | null;
  mode: string;
}

export function claimRows(text: string, published: string): ClaimRow[] {
  return extract(text, { published }).claims.map((c) => ({
    quantity: c.quantity ? text.slice(c.quantity.start, c.quantity.end) : null,
    content: c.content ? text.slice(c.content.start, c.content.end) : null,
    speaker: c.speaker?.name ?? null,
    cue: c.cue?.text ?? null,
    mode: c.mode,
  }));
}

/** the row of the figure written `quantity` */
export const rowOf = (rows: ClaimRow[], quantity: string) => rows.find((r) => r.quantity === quantity);
