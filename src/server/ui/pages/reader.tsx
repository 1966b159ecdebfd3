// The article reader: the stored text with every claim's number highlighted (the chosen claim's sentence
// too); choosing one shows its fields, its corrections and review history and, for a reviewer, the verdict
// and correction forms: beside the text on a wide screen, right under the claim's paragraph on a narrow one.
// Keys: j / k the next and previous claim, 1–9 a verdict.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import type { StoredClaim, StoredDocumentWithText } from "../../../ledger/store.js";
import { api, type SessionInfo } from "../api.js";
import { Link } from "../router.js";
import { Failed, Loading } from "../states.js";
import { ClaimPanel } from "./claim-panel.js";
import { ArticleText, segments } from "../components/article-text.js";

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

/** where the body starts when the text opens with the title the heading already shows (else 0) */
function bodyStart(text: string, title: string | null, claims: StoredClaim[]): number {
  const t = title?.trim();
  if (!t || !text.startsWith(t)) return 0;
  const end = t.length + (/^\s*/.exec(text.slice(t.length))?.[0].length ?? 0);
  return claims.some((c) => c.sentence.start < end) ? 0 : end;
}

function useMedia(q: string): boolean {
  const [on, setOn] = useState(() => matchMedia(q).matches);
  useEffect(() => {
    const m = matchMedia(q);
    const update = () => setOn(m.matches);
    m.addEventListener("change", update);
    return () => m.removeEventListener("change", update);
  }, [q]);
  return on;
}

/** the claim's number (or its sentence, for a statement without one) focused and in the middle of the screen */
function bringIntoView(id: number): void {
  const el = document.querySelector<HTMLElement>(`[data-claim="${id}"], [data-sentence-of="${id}"][tabindex]`);
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: "center" });
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable);

/** j / k: the next and previous claim; 1–9: a verdict by its place on the scale (then the note, to say why) */
// `selected` is a ref, not the rendered state: Preact re-runs effects after the next paint, so a second key
// pressed before then would step from the claim chosen before the first (j then k went back two claims)
function useReaderKeys(ordered: StoredClaim[], selected: { current: number | null }, select: (c: StoredClaim, focus?: boolean) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || !ordered.length) return;
      const at = ordered.findIndex((c) => c.id === selected.current);
      if (e.key === "j" || e.key === "k") {
        e.preventDefault();
        const next = e.key === "j" ? Math.min(ordered.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
        select(ordered[next], true);
      } else if (/^[1-9]$/.test(e.key)) {
        // a verdict by its place on the scale: the form's choice, then the note to say why
        const picker = document.querySelector<HTMLSelectElement>("select[name=verdict]");
        const option = picker?.options[Number(e.key)];
        if (!picker || !option) return;
        e.preventDefault();
        picker.value = option.value;
        picker.dispatchEvent(new Event("change", { bubbles: true }));
        document.querySelector<HTMLTextAreaElement>("textarea[name=note]")?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ordered]);
}

export function ReaderPage(props: { id?: number; claimId?: number; session: SessionInfo }) {
  const [view, setView] = useState<DocumentView | null>(null);
  const [selected, setSelected] = useState<number | null>(props.claimId ?? null);
  const [error, setError] = useState<string | null>(null);
  const narrow = useMedia("(max-width: 900px)");

  useEffect(() => {
    let current = true;
    setError(null);
    setView(null);
    (async () => {
      let id = props.id;
      if (id === undefined && props.claimId !== undefined) id = (await api<{ claim: StoredClaim }>(`/api/claims/${props.claimId}`)).claim.documentId;
      const v = await loadDocument(id!);
      if (current) setView(v);
    })().catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [props.id, props.claimId]);

  // claims in reading order: what j and k step through
  const ordered = useMemo(() => (view ? [...view.claims].sort((a, b) => (a.quantity?.start ?? a.sentence.start) - (b.quantity?.start ?? b.sentence.start)) : []), [view]);
  const claim = view?.claims.find((c) => c.id === selected) ?? null;
  const from = view ? bodyStart(view.document.text, view.document.title, view.claims) : 0;
  // on a narrow screen the panel opens at the end of the chosen claim's paragraph
  const panelAt = narrow && claim && view ? (() => {
    const i = view.document.text.indexOf("\n", claim.sentence.end);
    return i < 0 ? view.document.text.length : i;
  })() : null;
  const segs = useMemo(() => (view ? segments(view.document.text, view.claims, from, panelAt) : []), [view, from, panelAt]);

  const chosen = useRef<number | null>(selected);
  chosen.current = selected;
  const select = (c: StoredClaim, focus = false) => {
    chosen.current = c.id;
    setSelected(c.id);
    history.replaceState(null, "", `/claims/${c.id}`);
    if (focus) requestAnimationFrame(() => bringIntoView(c.id));
  };

  useReaderKeys(ordered, chosen, select);

  // arriving at /claims/ID (from the table, the queue, a finding): the claim is shown in view, with its panel
  // beside it or under its paragraph, not the article's top with the claim thousands of pixels below
  const arrived = useRef<number | null>(null);
  useEffect(() => {
    if (!view || props.claimId === undefined || arrived.current === props.claimId) return;
    arrived.current = props.claimId;
    if (view.claims.some((c) => c.id === props.claimId)) requestAnimationFrame(() => bringIntoView(props.claimId!));
  }, [view, props.claimId]);

  if (error) return <Failed what="the article" message={error} />;
  if (!view) return <Loading what="the article" />;
  const { document: doc } = view;
  const panel = claim ? (
    <ClaimPanel
      key={claim.id}
      claim={claim}
      session={props.session}
      onVerdict={(v) => {
        const verdicts = { ...view.verdicts };
        if (v) verdicts[claim.id] = v;
        else delete verdicts[claim.id];
        setView({ ...view, verdicts });
      }}
      onClaim={(c) => setView({ ...view, claims: view.claims.map((x) => (x.id === c.id ? c : x)) })}
    />
  ) : (
    <p class="hint">Choose a highlighted number to see its claim.</p>
  );
  const source = /^https?:\/\//.test(doc.source) ? <a href={doc.source} rel="noopener noreferrer nofollow">{doc.source}</a> : <span>{doc.source}</span>;
  const meta: ComponentChildren[] = [doc.outlet, doc.byline, doc.published && `published ${doc.published}`, source, `${view.claims.length} claims`].filter(Boolean);
  const quantified = view.claims.filter((c) => c.quantity).length;

  return (
    <div class="reader">
      <article>
        <h1>{doc.title || `Document ${doc.id}`}</h1>
        <p class="meta" data-testid="document-meta">{meta.map((m, i) => <>{i ? " · " : ""}{m}</>)}</p>
        <p class="hint keys">{quantified ? "Choose a highlighted number, or press j and k for the next and previous claim" : "No claim in this article has a number"}{props.session.user ? "; 1–9 choose a verdict." : "."}</p>
        <ArticleText text={doc.text} segs={segs} selected={claim?.id ?? null} verdicts={view.verdicts} panelAt={panelAt} panel={panel} onSelect={(c) => select(c)} />
        {view.claims.length === 0 && <p class="empty">The extractor found no claims in this article.</p>}
      </article>
      {!narrow && <aside>{panel}</aside>}
      {narrow && !claim && <aside>{panel}</aside>}
      <p class="back"><Link href="/documents">← all documents</Link></p>
    </div>
  );
}
