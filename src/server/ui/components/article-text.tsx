// An article's text with every claim's number highlighted (a button that chooses the claim) and the chosen
// claim's sentence marked; a statement without a number is chosen by its sentence's first piece. On a
// narrow screen the claim's panel opens at `panelAt`, the end of its paragraph.

import type { ComponentChildren } from "preact";
import type { StoredClaim } from "../../../ledger/store.js";
import { quantityReading } from "../format.js";

export interface Segment { start: number; end: number; claim: StoredClaim | null; quantityOf: StoredClaim | null }

/** cuts the text from `from` at every claim boundary (and `extra`), so each piece is wholly inside or outside each highlight */
export function segments(text: string, claims: StoredClaim[], from: number, extra: number | null): Segment[] {
  const cuts = new Set([from, text.length]);
  if (extra !== null) cuts.add(extra);
  for (const c of claims) {
    cuts.add(c.sentence.start).add(c.sentence.end);
    if (c.quantity) cuts.add(c.quantity.start).add(c.quantity.end);
  }
  const points = [...cuts].filter((n) => n >= from && n <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const quantityOf = claims.find((c) => c.quantity && c.quantity.start <= start && end <= c.quantity.end) ?? null;
    const claim = quantityOf ?? claims.find((c) => c.sentence.start <= start && end <= c.sentence.end) ?? null;
    out.push({ start, end, claim, quantityOf });
  }
  return out;
}

export function ArticleText({ text, segs, selected, verdicts, panelAt, panel, onSelect }: {
  text: string; segs: Segment[]; selected: number | null; verdicts: Record<number, string>; panelAt: number | null; panel: ComponentChildren; onSelect: (c: StoredClaim) => void;
}) {
  const choose = (c: StoredClaim) => (e: KeyboardEvent) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), onSelect(c));
  return (
    <div class="text" data-testid="article-text">
      {segs.map((s) => {
        const piece = text.slice(s.start, s.end);
        const after = panelAt !== null && s.end === panelAt ? <div class="inline-panel" data-testid="inline-panel">{panel}</div> : null;
        if (!s.claim) return <>{piece}{after}</>;
        const c = s.claim;
        const isSelected = selected === c.id;
        const verdict = verdicts[c.id];
        if (s.quantityOf)
          return (
            <>
              <mark
                class={`quantity${isSelected ? " selected" : ""}${verdict ? " reviewed" : ""}${c.notAClaim ? " dismissed" : ""}`}
                data-claim={c.id}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                title={quantityReading(s.quantityOf.quantity!) + (verdict ? ` — ${verdict}` : "")}
                onClick={() => onSelect(c)}
                onKeyDown={choose(c)}
              >
                {piece}
              </mark>
              {after}
            </>
          );
        // a statement without a number is reached by its sentence's first piece
        const first = !c.quantity && s.start === c.sentence.start;
        return (
          <>
            <span
              class={`claim${isSelected ? " selected" : ""}${first ? " statement" : ""}`}
              data-sentence-of={c.id}
              onClick={() => onSelect(c)}
              {...(first ? { tabIndex: 0, role: "button", onKeyDown: choose(c) } : {})}
            >
              {piece}
            </span>
            {after}
          </>
        );
      })}
    </div>
  );
}
