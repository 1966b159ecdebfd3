// A claim's verdicts: the one that stands, the history (edits and withdrawals kept), the form that records or
// edits one (a note required where the scale says so), and the corrections reviewers made.

import { useState } from "preact/hooks";
import type { Correction, Review } from "../../../ledger/store.js";
import { correctionText } from "../../../ledger/desk/corrections.js";
import { when } from "./claim-fields.js";

export interface Ratings { scale: string[]; needsNote: string[] }
export interface NewVerdict { verdict: string; note: string; links: string[] }

export function ReviewHistory({ claimId, reviews, current, loading }: { claimId: number; reviews: Review[] | null; current: Review | null; loading: boolean }) {
  return (
    <>
      {loading && <p class="loading">Loading the reviews…</p>}
      {reviews !== null && (current ? (
        <p data-testid="verdict">Verdict: <strong class={`verdict v-${current.ratingValue}`}>{current.verdict}</strong> <a href={`/api/claims/${claimId}/claimreview`} data-testid="claimreview-link">ClaimReview JSON-LD</a></p>
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
    </>
  );
}

/** `onRecord` answers whether the verdict was stored (the form is then emptied) */
export function VerdictForm({ editing, ratings, busy, onRecord, onCancel }: {
  editing: Review | null; ratings: Ratings; busy: boolean; onRecord: (v: NewVerdict) => Promise<boolean>; onCancel: () => void;
}) {
  const [verdict, setVerdict] = useState(editing?.verdict ?? "");
  const noteRequired = ratings.needsNote.includes(verdict);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const links = String(f.get("links") ?? "").split(/\s+/).filter(Boolean);
    if (await onRecord({ verdict, note: String(f.get("note") ?? ""), links })) {
      setVerdict("");
      form.reset();
    }
  };
  return (
    <form class="stack review-form" onSubmit={submit}>
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
        {editing && <button type="button" onClick={onCancel}>Cancel</button>}
      </p>
    </form>
  );
}

export function CorrectionHistory({ corrections }: { corrections: Correction[] }) {
  if (!corrections.length) return null;
  return (
    <>
      <h3>Corrections</h3>
      <ol class="history" data-testid="corrections">
        {corrections.map((x) => (
          <li key={x.id}>{x.field}: “{correctionText(x.field, x.previous)}” → “{correctionText(x.field, x.value)}” by {x.reviewer}, {when(x.createdAt)}</li>
        ))}
      </ol>
    </>
  );
}
