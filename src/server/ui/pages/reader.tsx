// The article reader: the stored text with every claim's sentence and quantity highlighted; selecting one
// shows its fields, its review history and (for a reviewer) the verdict form.

import { useEffect, useMemo, useState } from "preact/hooks";
import type { Review, StoredClaim, StoredDocumentWithText } from "../../../ledger/store.js";
import { api, type SessionInfo } from "../api.js";
import { Link } from "../router.js";
import { quantityReading } from "../format.js";

interface DocumentView {
  document: StoredDocumentWithText; claims: StoredClaim[]; verdicts: Record<number, string>;
  claimsPage: { total: number; limit: number; offset: number };
}

/** a document with all its claims: the API gives them a page at a time (the later pages without the text) */
async function loadDocument(id: number): Promise<DocumentView> {
  const view = await api<DocumentView>(`/api/documents/${id}`);
  while (view.claims.length < view.claimsPage.total) {
    const next = await api<DocumentView>(`/api/documents/${id}?text=false&offset=${view.claims.length}&limit=${view.claimsPage.limit}`);
    if (!next.claims.length) break;
    view.claims = view.claims.concat(next.claims);
    view.verdicts = { ...view.verdicts, ...next.verdicts };
  }
  return view;
}

interface Segment { start: number; end: number; claim: StoredClaim | null; quantityOf: StoredClaim | null }

/** cuts the text at every claim boundary, so each piece is wholly inside or outside each highlight */
function segments(text: string, claims: StoredClaim[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const c of claims) {
    cuts.add(c.sentence.start).add(c.sentence.end);
    if (c.quantity) cuts.add(c.quantity.start).add(c.quantity.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const quantityOf = claims.find((c) => c.quantity && c.quantity.start <= start && end <= c.quantity.end) ?? null;
    const claim = quantityOf ?? claims.find((c) => c.sentence.start <= start && end <= c.sentence.end) ?? null;
    out.push({ start, end, claim, quantityOf });
  }
  return out;
}

function Field({ name, value }: { name: string; value: unknown }) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd data-field={name}>{Array.isArray(value) ? value.join(", ") : String(value)}</dd>
    </>
  );
}

export function ReaderPage(props: { id?: number; claimId?: number; session: SessionInfo }) {
  const [view, setView] = useState<DocumentView | null>(null);
  const [selected, setSelected] = useState<number | null>(props.claimId ?? null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    (async () => {
      let id = props.id;
      if (id === undefined && props.claimId !== undefined) id = (await api<{ claim: StoredClaim }>(`/api/claims/${props.claimId}`)).claim.documentId;
      setView(await loadDocument(id!));
    })().catch((e: Error) => setError(e.message));
  }, [props.id, props.claimId]);

  const segs = useMemo(() => (view ? segments(view.document.text, view.claims) : []), [view]);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return <p class="loading">Loading…</p>;
  const { document: doc } = view;
  const claim = view.claims.find((c) => c.id === selected) ?? null;
  const select = (c: StoredClaim) => {
    setSelected(c.id);
    history.replaceState(null, "", `/claims/${c.id}`);
  };

  return (
    <div class="reader">
      <article>
        <h1>{doc.title || `Document ${doc.id}`}</h1>
        <p class="meta">
          {[doc.outlet, doc.byline, doc.published && `published ${doc.published}`].filter(Boolean).join(" · ")}
          {" · "}
          {/^https?:\/\//.test(doc.source) ? <a href={doc.source} rel="noopener noreferrer nofollow">{doc.source}</a> : <span>{doc.source}</span>}
          {` · ${view.claims.length} claims`}
        </p>
        <div class="text" data-testid="article-text">
          {segs.map((s) => {
            const piece = doc.text.slice(s.start, s.end);
            if (!s.claim) return piece;
            const isSelected = claim?.id === s.claim.id;
            const verdict = view.verdicts[s.claim.id];
            if (s.quantityOf)
              return (
                <mark
                  class={`quantity${isSelected ? " selected" : ""}${verdict ? " reviewed" : ""}`}
                  data-claim={s.claim.id}
                  role="button"
                  tabIndex={0}
                  title={quantityReading(s.quantityOf.quantity!)}
                  onClick={() => select(s.claim!)}
                  onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && select(s.claim!)}
                >
                  {piece}
                </mark>
              );
            return (
              <span class={`claim${isSelected ? " selected" : ""}`} data-sentence-of={s.claim.id} onClick={() => select(s.claim!)}>
                {piece}
              </span>
            );
          })}
        </div>
      </article>
      <aside>
        {claim ? <ClaimPanel key={claim.id} claim={claim} session={props.session} onReviewed={(v) => setView({ ...view, verdicts: { ...view.verdicts, [claim.id]: v } })} /> : <p class="hint">Select a highlighted number to see its claim.</p>}
      </aside>
    </div>
  );
}

function ClaimPanel({ claim: c, session, onReviewed }: { claim: StoredClaim; session: SessionInfo; onReviewed: (verdict: string) => void }) {
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [scale, setScale] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: Review[] }>(`/api/claims/${c.id}/reviews`).then((r) => setReviews(r.items), (e: Error) => setError(e.message));
    api<{ scale: string[] }>("/api/ratings").then((r) => setScale(r.scale), () => {});
  }, [c.id]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const links = String(f.get("links") ?? "").split(/\s+/).filter(Boolean);
    try {
      const review = await api<Review>(`/api/claims/${c.id}/reviews`, { method: "POST", body: { verdict: String(f.get("verdict")), note: String(f.get("note") ?? ""), links } });
      setReviews([...(reviews ?? []), review]);
      setError(null);
      form.reset();
      onReviewed(review.verdict);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const q = c.quantity;
  const latest = reviews?.[reviews.length - 1];
  return (
    <section class="claim-panel" data-testid="claim-panel">
      <h2>Claim {c.id}</h2>
      <blockquote>{c.text}</blockquote>
      <dl data-testid="claim-fields">
        <Field name="speaker" value={c.speaker ? `${c.speaker.name}${c.speaker.resolved ? "" : " (unresolved)"}` : null} />
        <Field name="role" value={c.speaker?.role} />
        <Field name="mention" value={c.speaker && c.speaker.mention !== c.speaker.name ? c.speaker.mention : null} />
        <Field name="cue" value={c.cue ? `${c.cue.text} (${c.mode})` : c.mode} />
        <Field name="quantity" value={q ? q.text : null} />
        <Field name="qualifier" value={q ? `${q.qualifier}: ${quantityReading(q)}` : null} />
        <Field name="counted" value={c.counted} />
        <Field name="what happened" value={c.predicate} />
        <Field name="period" value={c.period ? `${c.period.start} – ${c.period.end} (“${c.period.text}”, ${c.period.source})` : null} />
        <Field name="places" value={c.places} />
        <Field name="hedges" value={c.hedges} />
        <Field name="evidence" value={c.evidence ? `${c.evidence.status}: ${c.evidence.text}` : null} />
        <Field name="unresolved" value={c.unresolved} />
      </dl>
      {c.speaker && <p><Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}’s numbers over time →</Link></p>}
      <h3>Review</h3>
      {latest ? <p data-testid="verdict">Verdict: <strong class={`verdict v-${latest.ratingValue}`}>{latest.verdict}</strong> <a href={`/api/claims/${c.id}/claimreview`} data-testid="claimreview-link">ClaimReview JSON-LD</a></p> : <p class="muted">Not reviewed yet.</p>}
      {reviews && reviews.length > 0 && (
        <ol class="history" data-testid="review-history">
          {reviews.map((r) => (
            <li key={r.id}>
              <strong>{r.verdict}</strong> by {r.reviewer}, {r.createdAt.slice(0, 16).replace("T", " ")}
              {r.note && <p>{r.note}</p>}
              {r.links.length > 0 && <ul>{r.links.map((l) => <li><a href={l} rel="noopener noreferrer nofollow">{l}</a></li>)}</ul>}
            </li>
          ))}
        </ol>
      )}
      {session.user ? (
        <form class="stack review-form" onSubmit={submit}>
          <label>Verdict <select name="verdict" required>{scale.map((s) => <option value={s}>{s}</option>)}</select></label>
          <label>Note <textarea name="note" rows={3} /></label>
          <label>Evidence links (one per line) <textarea name="links" rows={2} placeholder="https://…" /></label>
          <button type="submit">Record verdict</button>
        </form>
      ) : (
        <p><Link href={`/login?next=${encodeURIComponent(`/claims/${c.id}`)}`}>Sign in</Link> to record a verdict.</p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
