// The stored documents, newest first, in pages; and (for a reviewer) a form to ingest an article by pasting
// it, above the list so it is found without scrolling past every document.

import { useState } from "preact/hooks";
import type { StoredDocument } from "../../../ledger/store.js";
import { api, query, useApi, type SessionInfo } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { Empty, Failed, Loading, Pager } from "../states.js";

const PAGE = 50;

export function DocumentsPage({ session }: { session: SessionInfo }) {
  const { search } = useLocation();
  const offset = Number(search.get("offset") ?? 0) || 0;
  const list = useApi<{ items: StoredDocument[]; total: number }>(`/api/documents${query({ limit: PAGE, offset: offset || undefined })}`);
  const docs = list.data?.items;
  const [postError, setPostError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ingest = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const body: Record<string, string> = {};
    for (const k of ["text", "title", "source", "published"]) {
      const v = String(f.get(k) ?? "").trim();
      if (v) body[k] = v;
    }
    setBusy(true);
    try {
      const r = await api<{ documentId: number }>("/api/documents", { method: "POST", body });
      navigate(`/documents/${r.documentId}`);
    } catch (err) {
      setPostError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>Documents</h1>
      {session.user && (
        <details class="ingest">
          <summary>Add an article</summary>
          <form onSubmit={ingest} class="stack">
            <label>Title <input name="title" /></label>
            <label>Source (URL or name) <input name="source" /></label>
            <label>Published <input name="published" type="date" /></label>
            <label>Text <textarea name="text" rows={12} required /></label>
            <button type="submit" disabled={busy}>{busy ? "Extracting…" : "Extract and store"}</button>
            {postError && <p class="error" role="alert">The article was not stored: {postError}</p>}
          </form>
        </details>
      )}
      {list.error && <Failed what="documents" message={list.error} />}
      {list.loading && <Loading what="documents" />}
      {docs && !docs.length && (offset ? <Empty>No documents on this page. <Link href="/documents">First page</Link></Empty> : <Empty>No documents yet: ingest articles with claimledger ingest{session.user ? ", or add one above" : ""}.</Empty>)}
      {docs && docs.length > 0 && (
        <>
          <table class="cards">
            <thead><tr><th>published</th><th>title</th><th>outlet</th><th>claims</th><th>source</th></tr></thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}>
                  <td data-label="published" class="date">{d.published ?? ""}</td>
                  <td data-label="title"><Link href={`/documents/${d.id}`}>{d.title || `document ${d.id}`}</Link></td>
                  <td data-label="outlet">{d.outlet ?? ""}</td>
                  <td data-label="claims" class="num">{d.claimCount}</td>
                  <td data-label="source" class="source">{d.source}{d.version > 1 ? ` (v${d.version})` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={PAGE} shown={docs.length} total={list.data?.total} noun="documents" onGo={(o) => navigate(`/documents${query({ offset: o || undefined })}`)} />
        </>
      )}
    </section>
  );
}
