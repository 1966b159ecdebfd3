// Reviewed claims and their export as schema.org ClaimReview JSON-LD.

import { useApi } from "../api.js";
import { Link } from "../router.js";
import { Empty, Failed, Loading } from "../states.js";

type ClaimReview = { url: string; claimReviewed: string; datePublished: string; reviewRating: { alternateName: string }; itemReviewed: { author?: { name: string } } };

export function ReviewsPage() {
  const { data: items, error, loading } = useApi<ClaimReview[]>("/api/claimreview");
  return (
    <section>
      <h1>Reviews</h1>
      <p><a href="/api/claimreview" download="claimreview.jsonld" data-testid="export-link">Export all as ClaimReview JSON-LD</a></p>
      {error && <Failed what="the reviews" message={error} />}
      {loading && <Loading what="the reviews" />}
      {items && !items.length && <Empty>No claim has a verdict yet. <Link href="/queue">The review queue</Link> lists the claims to review.</Empty>}
      {items && items.length > 0 && (
        <table class="cards">
          <thead><tr><th>reviewed</th><th>verdict</th><th>speaker</th><th>claim</th></tr></thead>
          <tbody>
            {items.map((r) => {
              const id = /\/claims\/(\d+)/.exec(r.url)?.[1];
              return (
                <tr>
                  <td data-label="reviewed" class="date">{r.datePublished}</td>
                  <td data-label="verdict"><strong>{r.reviewRating.alternateName}</strong></td>
                  <td data-label="speaker">{r.itemReviewed.author?.name ?? ""}</td>
                  <td data-label="claim">{id ? <Link href={`/claims/${id}`}>{r.claimReviewed}</Link> : r.claimReviewed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
