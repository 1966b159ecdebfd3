// The review queue: claims with numbers that nobody has reviewed, the most worth checking first (no
// evidence given, hedged, unresolved speaker; the checks' conflicts once they are asked), with the reason.

import type { StoredClaim } from "../../../ledger/store.js";
import { query, useApi } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { Empty, Failed, Loading, Pager } from "../states.js";

const PAGE = 50;

interface Queue { items: { claim: StoredClaim; reasons: string[] }[]; total: number }

export function QueuePage() {
  const { search } = useLocation();
  const offset = Number(search.get("offset") ?? 0) || 0;
  const { data, error, loading } = useApi<Queue>(`/api/queue${query({ limit: PAGE, offset: offset || undefined })}`);
  return (
    <section>
      <h1>Review queue</h1>
      <p class="hint">Unreviewed claims with numbers, the most worth checking first. Open one to review it; in the reader, j and k step to the next and previous claim.</p>
      {error && <Failed what="the queue" message={error} />}
      {loading && <Loading what="the queue" />}
      {data && !data.items.length && <Empty>{offset ? <>This page is past the end of the queue. <Link href="/queue">First page</Link></> : "Every claim with a number has a verdict: the queue is empty."}</Empty>}
      {data && data.items.length > 0 && (
        <>
          <p class="count" data-testid="queue-count">{data.total.toLocaleString("en")} claims to review</p>
          <table class="cards queue">
            <thead><tr><th>id</th><th>why first</th><th>published</th><th>speaker</th><th>quantity</th><th>sentence</th></tr></thead>
            <tbody>
              {data.items.map(({ claim: c, reasons }) => (
                <tr key={c.id}>
                  <td data-label="id" class="num"><Link href={`/claims/${c.id}`}>{c.id}</Link></td>
                  <td data-label="why first">{reasons.join("; ") || <span class="muted">newest</span>}</td>
                  <td data-label="published" class="date">{c.published ?? ""}</td>
                  <td data-label="speaker">{c.speaker?.name ?? <span class="muted">{c.mode}</span>}</td>
                  <td data-label="quantity">{c.quantity?.text ?? ""}</td>
                  <td data-label="sentence" class="sentence"><Link href={`/claims/${c.id}`}>{c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={PAGE} shown={data.items.length} total={data.total} noun="the queue" onGo={(o) => navigate(`/queue${query({ offset: o || undefined })}`)} />
        </>
      )}
    </section>
  );
}
