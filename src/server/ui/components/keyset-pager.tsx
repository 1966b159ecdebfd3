// Paging a list by its API's keyset cursor (`after`, the answer's `next`): the address names only the page's
// cursor, so it can be shared; the way back (the addresses of the pages before) and the page's position ride
// in the history entry, where "previous" and the browser's back button find them. An address opened without
// them (shared, or typed) still shows its page; "previous" then goes to the first page.

import { navigate } from "../router.js";

/** the pages before this one (their addresses, the nearest last) and the position of its first row, when known */
export interface Trail { back: string[]; start: number | null }

/** the trail a history entry carries, or null when it carries none (an address opened as it is) */
export function trailOf(state: unknown): Trail | null {
  if (typeof state !== "object" || state === null) return null;
  const { back, start } = state as Partial<Trail>;
  if (!Array.isArray(back) || !back.every((b) => typeof b === "string")) return null;
  return { back, start: typeof start === "number" && start >= 0 ? start : null };
}

/**
 * "51–100 of 607" and previous/next over a keyset list. `here`: this page's address; `next`: the answer's
 * cursor (null at the list's end); `after`: this page's own cursor; `nextAddress` and `firstAddress`: the addresses of the page after `next` and
 * of the list's first page; `start`: this page's first row (from 0), null when unknown.
 */
export function KeysetPager(props: {
  trail: Trail | null; start: number | null; after: number | null; here: string; shown: number; total: number; limit: number;
  next: number | null; nextAddress: (next: number) => string; firstAddress: string; noun: string;
}) {
  const { shown, total, next, start } = props;
  const back = props.trail?.back ?? [];
  const more = next !== null && (start === null || start + shown < total);
  const onFirst = start === 0 && !back.length;
  if (onFirst && !more) return null;
  const previous = () => {
    if (back.length) navigate(back[back.length - 1], { back: back.slice(0, -1), start: start === null ? null : Math.max(0, start - props.limit) });
    else navigate(props.firstAddress, { back: [], start: 0 });
  };
  const range = start === null ? `${shown} after claim ${props.after}` : `${start + 1}–${start + shown} of ${total.toLocaleString("en")}`;
  return (
    <nav class="pager" aria-label={`pages of ${props.noun}`}>
      <button type="button" disabled={onFirst} onClick={previous}>{back.length ? "← previous" : "← first page"}</button>
      <span class="muted" data-testid="pager-range">{shown ? range : ""}</span>
      <button type="button" disabled={!more} onClick={() => navigate(props.nextAddress(next!), { back: [...back, props.here], start: start === null ? null : start + shown })}>next →</button>
    </nav>
  );
}
