// One claim beside (or under) the article: its fields as the extractor read them and as reviewers
// corrected them, the metric its figure belongs to and the checks' findings on it, its verdict and the
// history of verdicts, and for a signed-in reviewer the forms to record, edit or withdraw a verdict and to
// correct a field or mark the item "not a claim".

import { useEffect, useState } from "preact/hooks";
import type { Correction, Review, StoredClaim } from "../../../ledger/store.js";
import { CORRECTION_FIELDS, correctionText, type CorrectionField, type CorrectionMark } from "../../../ledger/desk/corrections.js";
import { api, type SessionInfo } from "../api.js";
import { Link } from "../router.js";
import { FINDING_KINDS, quantityReading } from "../format.js";
import type { ClaimFinding } from "../../routes/findings.js";
import { metricHref } from "./metrics.js";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

function Field({ name, value, mark, field }: { name: string; value: unknown; mark?: CorrectionMark; field?: CorrectionField }) {
  if (!mark && (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length))) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd data-field={name}>{Array.isArray(value) ? value.join(", ") : String(value ?? "")}</dd>
      {mark && field && (
        <dd class="corrected" data-corrected={field}>corrected by {mark.by}, {when(mark.at)}; the extractor read “{correctionText(field, mark.was)}”</dd>
      )}
    </>
  );
}

interface Ratings { scale: string[]; needsNote: string[] }

interface ClaimFindings { metric: { key: string; label: string } | null; items: ClaimFinding[] }

/** the metric the claim's figure is in, and each finding on it: its reason, the finding on its metric's page, the other figures */
function Findings({ claimId }: { claimId: number }) {
  const [view, setView] = useState<ClaimFindings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setView(null);
    setError(null);
    api<ClaimFindings>(`/api/claims/${claimId}/findings`).then((v) => current && setView(v), (e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [claimId]);
  if (error) return <p class="muted">The checks' findings could not be loaded: {error}</p>;
  if (!view) return <p class="loading">Loading the metric and findings…</p>;
  return (
    <section class="claim-findings" data-testid="claim-findings">
      <h3>Metric and findings</h3>
      {view.metric
        ? <p>Metric: <Link href={metricHref(view.metric.key)} testid="claim-metric">{view.metric.label}</Link></p>
        : <p class="muted">This figure is in no metric: what it counts was not recognised.</p>}
      {view.items.length === 0 ? <p class="muted" data-testid="no-findings">The checks found nothing on this claim.</p> : (
        <ul class="findings-list">
          {view.items.map((f) => {
            const others = f.figures.filter((x) => !("claim" in x && x.claim === claimId));
            return (
              <li data-testid="claim-finding" data-kind={f.kind}>
                <span class={`kind k-${f.kind}`}>{FINDING_KINDS[f.kind]?.one ?? f.kind}</span> {f.reason}{" "}
                <Link href={`${metricHref(f.metric.key)}#finding-${f.id}`} testid="claim-finding-link">see the {FINDING_KINDS[f.kind]?.one ?? f.kind} →</Link>
                {others.length > 0 && f.kind !== "series" && (
                  <> · with {others.map((x, i) => <>{i ? ", " : ""}{"claim" in x
                    ? <Link href={`/claims/${x.claim}`}>claim {x.claim}</Link>
                    : <Link href={`${metricHref(f.metric.key)}#reference-${x.reference}`}>reference figure {x.reference}</Link>}</>)}</>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function ClaimPanel({ claim: c, session, onVerdict, onClaim }: {
  claim: StoredClaim; session: SessionInfo; onVerdict: (verdict: string | null) => void; onClaim: (claim: StoredClaim) => void;
}) {
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [ratings, setRatings] = useState<Ratings>({ scale: [], needsNote: [] });
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState("");
  const [editing, setEditing] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<{ items: Review[] }>(`/api/claims/${c.id}/reviews`).then((r) => setReviews(r.items), (e: Error) => setError(`Could not load the reviews: ${e.message}`));
    api<{ items: Correction[] }>(`/api/claims/${c.id}/corrections`).then((r) => setCorrections(r.items), () => {});
    api<Ratings>("/api/ratings").then((r) => setRatings({ scale: r.scale, needsNote: r.needsNote ?? [] }), () => {});
  }, [c.id]);

  const live = reviews?.filter((r) => !r.withdrawnAt) ?? [];
  const current = live[live.length - 1] ?? null;
  const noteRequired = ratings.needsNote.includes(verdict);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const links = String(f.get("links") ?? "").split(/\s+/).filter(Boolean);
    setBusy(true);
    try {
      const body = { verdict, note: String(f.get("note") ?? ""), links, ...(editing ? { replaces: editing.id } : {}) };
      const review = await api<Review>(`/api/claims/${c.id}/reviews`, { method: "POST", body });
      const at = new Date().toISOString();
      setReviews([...(reviews ?? []).map((r) => (editing && r.id === editing.id ? { ...r, withdrawnAt: at, withdrawnBy: review.reviewer } : r)), review]);
      setError(null);
      setEditing(null);
      setVerdict("");
      form.reset();
      onVerdict(review.verdict);
    } catch (err) {
      setError((err as Error).message);
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
  const startEdit = () => {
    if (!current) return;
    setEditing(current);
    setVerdict(current.verdict);
  };
  const corrected = (correction: Correction, claim: StoredClaim) => {
    setCorrections([...corrections, correction]);
    onClaim(claim);
  };

  const q = c.quantity;
  const m = c.corrected ?? {};
  return (
    <section class="claim-panel" data-testid="claim-panel" aria-label={`claim ${c.id}`}>
      <h2>Claim {c.id}</h2>
      {c.notAClaim && <p class="notice" data-testid="not-a-claim">Marked not a claim{m["not-a-claim"] ? ` by ${m["not-a-claim"].by}, ${when(m["not-a-claim"].at)}` : ""}: it stays out of the review queue and the ClaimReview export.</p>}
      <blockquote>{c.text}</blockquote>
      <dl data-testid="claim-fields">
        <Field name="speaker" value={c.speaker ? `${c.speaker.name}${c.speaker.resolved ? "" : " (unresolved)"}` : null} mark={m.speaker} field="speaker" />
        <Field name="role" value={c.speaker?.role} />
        <Field name="mention" value={c.speaker && c.speaker.mention !== c.speaker.name ? c.speaker.mention : null} />
        <Field name="cue" value={c.cue ? `${c.cue.text} (${c.mode})` : c.mode} />
        <Field name="quantity" value={q ? q.text : null} />
        <Field name="qualifier" value={q ? `${q.qualifier}: ${quantityReading(q)}` : null} mark={m.number} field="number" />
        <Field name="counted" value={c.counted} mark={m.counted} field="counted" />
        <Field name="what happened" value={c.predicate} />
        <Field name="period" value={c.period ? `${c.period.start} – ${c.period.end} (“${c.period.text}”, ${c.period.source})` : null} mark={m.period} field="period" />
        <Field name="places" value={c.places} />
        <Field name="hedges" value={c.hedges} />
        <Field name="evidence" value={c.evidence ? `${c.evidence.status}: ${c.evidence.text}` : null} />
        <Field name="unresolved" value={c.unresolved} />
      </dl>
      {c.speaker && <p><Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}’s numbers over time →</Link></p>}
      {c.quantity && <Findings claimId={c.id} />}

      <h3>Review</h3>
      {reviews === null && !error && <p class="loading">Loading the reviews…</p>}
      {reviews !== null && (current ? (
        <p data-testid="verdict">Verdict: <strong class={`verdict v-${current.ratingValue}`}>{current.verdict}</strong> <a href={`/api/claims/${c.id}/claimreview`} data-testid="claimreview-link">ClaimReview JSON-LD</a></p>
      ) : (
        <p class="muted" data-testid="no-verdict">{reviews.length ? "No verdict stands: the last one was withdrawn." : "Not reviewed yet."}</p>
      ))}
      {reviews && reviews.length > 0 && (
        <ol class="history" data-testid="review-history">
          {reviews.map((r) => (
            <li key={r.id} class={r.withdrawnAt ? "withdrawn" : ""}>
              <strong>{r.verdict}</strong> by {r.reviewer}, {when(r.createdAt)}
              {r.replaces ? " (an edit)" : ""}
              {r.withdrawnAt && <span class="muted"> — {reviews.some((x) => x.replaces === r.id) ? "replaced" : "withdrawn"} by {r.withdrawnBy}, {when(r.withdrawnAt)}</span>}
              {r.note && <p>{r.note}</p>}
              {r.links.length > 0 && <ul>{r.links.map((l) => <li><a href={l} rel="noopener noreferrer nofollow">{l}</a></li>)}</ul>}
            </li>
          ))}
        </ol>
      )}
      {session.user ? (
        <>
          {current && !editing && (
            <p class="actions">
              <button type="button" onClick={startEdit} disabled={busy}>Edit verdict</button>{" "}
              <button type="button" onClick={withdraw} disabled={busy}>Withdraw verdict</button>
            </p>
          )}
          {(!current || editing) && (
            <form class="stack review-form" onSubmit={submit} key={editing?.id ?? "new"}>
              {editing && <p class="hint">Editing the verdict of {when(editing.createdAt)}: the old one stays in the history.</p>}
              <label>Verdict
                <select name="verdict" required value={verdict} onChange={(e) => setVerdict((e.currentTarget as HTMLSelectElement).value)}>
                  <option value="" disabled>choose a verdict…</option>
                  {ratings.scale.map((s, i) => <option value={s}>{i < 9 ? `${s} (${i + 1})` : s}</option>)}
                </select>
              </label>
              <label>{noteRequired ? "Note (required: say why)" : "Note"} <textarea name="note" rows={3} required={noteRequired} defaultValue={editing?.note ?? ""} /></label>
              <label>Evidence links (one per line) <textarea name="links" rows={2} placeholder="https://…" defaultValue={editing?.links.join("\n") ?? ""} /></label>
              <p class="actions">
                <button type="submit" disabled={busy || !verdict}>{editing ? "Save the edit" : "Record verdict"}</button>{" "}
                {editing && <button type="button" onClick={() => (setEditing(null), setVerdict(""))}>Cancel</button>}
              </p>
            </form>
          )}
          <CorrectionForm claim={c} onCorrected={corrected} onError={setError} />
        </>
      ) : (
        <p><Link href={`/login?next=${encodeURIComponent(`/claims/${c.id}`)}`}>Sign in</Link> to record a verdict or correct the claim.</p>
      )}
      {corrections.length > 0 && (
        <>
          <h3>Corrections</h3>
          <ol class="history" data-testid="corrections">
            {corrections.map((x) => (
              <li key={x.id}>{x.field}: “{correctionText(x.field, x.previous)}” → “{correctionText(x.field, x.value)}” by {x.reviewer}, {when(x.createdAt)}</li>
            ))}
          </ol>
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}

const FIELD_WORDS: Record<CorrectionField, string> = { speaker: "speaker", number: "number", counted: "counted thing", period: "period", "not-a-claim": "not a claim" };

function CorrectionForm({ claim: c, onCorrected, onError }: { claim: StoredClaim; onCorrected: (x: Correction, c: StoredClaim) => void; onError: (m: string | null) => void }) {
  const fields = CORRECTION_FIELDS.filter((f) => f !== "number" || c.quantity);
  const [field, setField] = useState<CorrectionField>("speaker");
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const value =
      field === "number" ? { value: Number(text("value")), upper: text("upper") ? Number(text("upper")) : null }
      : field === "period" ? { start: text("start"), end: text("end") }
      : field === "not-a-claim" ? !c.notAClaim
      : text("text");
    setBusy(true);
    try {
      const r = await api<{ correction: Correction; claim: StoredClaim }>(`/api/claims/${c.id}/corrections`, { method: "POST", body: { field, value } });
      onError(null);
      onCorrected(r.correction, r.claim);
    } catch (err) {
      onError(`The correction was not stored: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="correct">
      <summary>Correct the extractor's reading</summary>
      <form class="stack" onSubmit={submit} data-testid="correction-form">
        <label>Field
          <select name="field" value={field} onChange={(e) => setField((e.currentTarget as HTMLSelectElement).value as CorrectionField)}>
            {fields.map((f) => <option value={f}>{FIELD_WORDS[f]}</option>)}
          </select>
        </label>
        {(field === "speaker" || field === "counted") && (
          <label>{field === "speaker" ? "Who said it" : "What is counted"} <input name="text" required maxLength={200} defaultValue={(field === "speaker" ? c.speaker?.name : c.counted) ?? ""} key={field} /></label>
        )}
        {field === "number" && (
          <div class="row">
            <label>Value <input name="value" type="number" step="any" required defaultValue={String(c.quantity?.value ?? "")} /></label>
            <label>Upper bound (a range) <input name="upper" type="number" step="any" defaultValue={c.quantity?.upper != null ? String(c.quantity.upper) : ""} /></label>
          </div>
        )}
        {field === "period" && (
          <div class="row">
            <label>From <input name="start" type="date" required defaultValue={c.period?.start ?? ""} /></label>
            <label>To <input name="end" type="date" required defaultValue={c.period?.end ?? ""} /></label>
          </div>
        )}
        {field === "not-a-claim" && <p class="hint">{c.notAClaim ? "This item is marked not a claim; saving marks it a claim again." : "Saving marks this item not a claim: the extractor was wrong to take it for one."}</p>}
        <button type="submit" disabled={busy}>{field === "not-a-claim" ? (c.notAClaim ? "It is a claim" : "Mark not a claim") : "Save the correction"}</button>
      </form>
    </details>
  );
}
