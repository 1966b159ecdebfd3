// Reviewed claims and their export as schema.org ClaimReview JSON-LD.

import { useApi } from "../api.js";
import { Link } from "../router.js";

type ClaimReview = { url: string; claimReviewed: string; datePublished: string; reviewRating: { alternateName: string }; itemReviewed: { author?: { name: string } } };

export function ReviewsPage() {
  const { data: items, error } = useApi<ClaimReview[]>("/api/claimreview");
  return (
    <section>
      <h1>Reviews</h1>
      <p><a href="/api/claimreview" download="claimreview.jsonld" data-testid="export-link">Export all as ClaimReview JSON-LD</a></p>
      {error && <p class="error" role="alert">{error}</p>}
      {items && !items.length && <p class="muted">No claim has been reviewed yet.</p>}
      {items && items.length > 0 && (
        <table>
          <thead><tr><th>reviewed</th><th>verdict</th><th>speaker</th><th>claim</th></tr></thead>
          <tbody>
            {items.map((r) => {
              const id = /\/claims\/(\d+)/.exec(r.url)?.[1];
              return (
                <tr>
                  <td>{r.datePublished}</td>
                  <td><strong>{r.reviewRating.alternateName}</strong></td>
                  <td>{r.itemReviewed.author?.name ?? ""}</td>
                  <td>{id ? <Link href={`/claims/${id}`}>{r.claimReviewed}</Link> : r.claimReviewed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
