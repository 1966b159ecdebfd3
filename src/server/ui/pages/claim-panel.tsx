// One claim beside (or under) the article: its fields as the extractor read them and as reviewers
// corrected them, the metric its figure belongs to and the checks' findings on it, its verdict and the
// history of verdicts, and for a signed-in reviewer the forms to record, edit or withdraw a verdict and to
// correct a field or mark the item "not a claim".

import { useEffect, useState } from "preact/hooks";
import type { Correction, Review, StoredClaim } from "../../../ledger/store.js";
import { api, type SessionInfo } from "../api.js";
import { Link } from "../router.js";
import { ClaimFields, when } from "../components/claim-fields.js";
import { ClaimFindings } from "../components/claim-findings.js";
import { CorrectionForm } from "../components/correction-form.js";
import { CorrectionHistory, ReviewHistory, VerdictForm, type NewVerdict, type Ratings } from "../components/reviews.js";

export function ClaimPanel({ claim: c, session, onVerdict, onClaim }: {
  claim: StoredClaim; session: SessionInfo; onVerdict: (verdict: string | null) => void; onClaim: (claim: StoredClaim) => void;
}) {
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [ratings, setRatings] = useState<Ratings>({ scale: [], needsNote: [] });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<{ items: Review[] }>(`/api/claims/${c.id}/reviews`).then((r) => setReviews(r.items), (e: Error) => setError(`Could not load the reviews: ${e.message}`));
    api<{ items: Correction[] }>(`/api/claims/${c.id}/corrections`).then((r) => setCorrections(r.items), () => {});
    api<Ratings>("/api/ratings").then((r) => setRatings({ scale: r.scale, needsNote: r.needsNote ?? [] }), () => {});
  }, [c.id]);

  const live = reviews?.filter((r) => !r.withdrawnAt) ?? [];
  const current = live[live.length - 1] ?? null;

  /** a posted verdict or its edit; true when stored */
  const record = async (v: NewVerdict): Promise<boolean> => {
    setBusy(true);
    try {
      const body = { ...v, ...(editing ? { replaces: editing.id } : {}) };
      const review = await api<Review>(`/api/claims/${c.id}/reviews`, { method: "POST", body });
      const at = new Date().toISOString();
      setReviews([...(reviews ?? []).map((r) => (editing && r.id === editing.id ? { ...r, withdrawnAt: at, withdrawnBy: review.reviewer } : r)), review]);
      setError(null);
      setEditing(null);
      onVerdict(review.verdict);
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async () => {
    if (!current) return;
    setBusy(true);
    try {
      const r = await api<Review>(`/api/reviews/${current.id}/withdraw`, { method: "POST", body: {} });
      setReviews((reviews ?? []).map((x) => (x.id === r.id ? r : x)));
      setError(null);
      onVerdict(null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const corrected = (correction: Correction, claim: StoredClaim) => {
    setCorrections([...corrections, correction]);
    onClaim(claim);
  };

  const m = c.corrected ?? {};
  return (
    <section class="claim-panel" data-testid="claim-panel" aria-label={`claim ${c.id}`}>
      <h2>Claim {c.id}</h2>
      {c.notAClaim && <p class="notice" data-testid="not-a-claim">Marked not a claim{m["not-a-claim"] ? ` by ${m["not-a-claim"].by}, ${when(m["not-a-claim"].at)}` : ""}: it stays out of the review queue and the ClaimReview export.</p>}
      <blockquote>{c.text}</blockquote>
      <ClaimFields claim={c} />
      {c.speaker && <p><Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}’s numbers over time →</Link></p>}
      {c.quantity && <ClaimFindings claimId={c.id} />}

      <h3>Review</h3>
      <ReviewHistory claimId={c.id} reviews={reviews} current={current} loading={reviews === null && !error} />
      {session.user ? (
        <>
          {current && !editing && (
            <p class="actions">
              <button type="button" onClick={() => setEditing(current)} disabled={busy}>Edit verdict</button>{" "}
              <button type="button" onClick={withdraw} disabled={busy}>Withdraw verdict</button>
            </p>
          )}
          {(!current || editing) && <VerdictForm key={editing?.id ?? "new"} editing={editing} ratings={ratings} busy={busy} onRecord={record} onCancel={() => setEditing(null)} />}
          <CorrectionForm claim={c} onCorrected={corrected} onError={setError} />
        </>
      ) : (
        <p><Link href={`/login?next=${encodeURIComponent(`/claims/${c.id}`)}`}>Sign in</Link> to record a verdict or correct the claim.</p>
      )}
      <CorrectionHistory corrections={corrections} />
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
