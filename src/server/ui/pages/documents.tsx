// The stored documents, newest first, and (for a reviewer) a form to ingest an article by pasting it.

import { useState } from "preact/hooks";
import type { StoredDocument } from "../../../ledger/store.js";
import { api, useApi, type SessionInfo } from "../api.js";
import { Link, navigate } from "../router.js";

export function DocumentsPage({ session }: { session: SessionInfo }) {
  const list = useApi<{ items: StoredDocument[] }>("/api/documents?limit=200");
  const docs = list.data?.items;
  // a failed ingest is said here; a failed listing comes from the hook
  const [postError, setPostError] = useState<string | null>(null);
  const error = postError ?? list.error;
  const ingest = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const body: Record<string, string> = {};
    for (const k of ["text", "title", "source", "published"]) {
      const v = String(f.get(k) ?? "").trim();
      if (v) body[k] = v;
    }
    try {
      const r = await api<{ documentId: number }>("/api/documents", { method: "POST", body });
      navigate(`/documents/${r.documentId}`);
    } catch (err) {
      setPostError((err as Error).message);
    }
  };
  return (
    <section>
      <h1>Documents</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {docs && (
        <table>
          <thead><tr><th>published</th><th>title</th><th>outlet</th><th>claims</th><th>source</th></tr></thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td>{d.published ?? ""}</td>
                <td><Link href={`/documents/${d.id}`}>{d.title || `document ${d.id}`}</Link></td>
                <td>{d.outlet ?? ""}</td>
                <td>{d.claimCount}</td>
                <td class="source">{d.source}{d.version > 1 ? ` (v${d.version})` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {session.user && (
        <details class="ingest">
          <summary>Add an article</summary>
          <form onSubmit={ingest} class="stack">
            <label>Title <input name="title" /></label>
            <label>Source (URL or name) <input name="source" /></label>
            <label>Published <input name="published" type="date" /></label>
            <label>Text <textarea name="text" rows={12} required /></label>
            <button type="submit">Extract and store</button>
          </form>
        </details>
      )}
    </section>
  );
}
