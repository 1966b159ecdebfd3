// What a page says while it waits, when it fails and when there is nothing, and its pager: in words, the
// same on every page.

import type { ComponentChildren } from "preact";

export const Loading = ({ what }: { what: string }) => (
  <p class="loading" role="status" aria-live="polite" data-testid="loading">Loading {what}…</p>
);

export const Failed = ({ message, what }: { message: string; what: string }) => (
  <p class="error" role="alert" data-testid="error">Could not load {what}: {message}</p>
);

export const Empty = ({ children }: { children: ComponentChildren }) => <p class="empty" data-testid="empty">{children}</p>;

/**
 * "51–100 of 607" and previous/next. `total` unknown (a listing that does not count): next is offered while
 * a page comes back full.
 */
export function Pager(props: { offset: number; limit: number; shown: number; total?: number; onGo: (offset: number) => void; noun: string }) {
  const { offset, limit, shown, total } = props;
  const last = offset + shown;
  const more = total === undefined ? shown === limit : last < total;
  if (offset === 0 && !more) return null;
  return (
    <nav class="pager" aria-label={`pages of ${props.noun}`}>
      <button type="button" disabled={offset === 0} onClick={() => props.onGo(Math.max(0, offset - limit))}>← previous</button>
      <span class="muted" data-testid="pager-range">{shown ? `${offset + 1}–${last}${total !== undefined ? ` of ${total.toLocaleString("en")}` : ""}` : ""}</span>
      <button type="button" disabled={!more} onClick={() => props.onGo(offset + limit)}>next →</button>
    </nav>
  );
}
