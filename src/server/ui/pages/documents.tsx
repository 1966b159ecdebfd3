// The stored documents, newest first, and (for a reviewer) a form to ingest an article by pasting it.

import { useEffect, useState } from "preact/hooks";
import type { StoredDocument } from "../../../ledger/store.js";
import { api, type SessionInfo } from "../api.js";
import { Link, navigate } from "../router.js";

export function DocumentsPage({ session }: { session: SessionInfo }) {
  const [docs, setDocs] = useState<StoredDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ items: StoredDocument[] }>("/api/documents?limit=200").then((r) => setDocs(r.items), (e: Error) => setError(e.message));
  }, []);
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
      setError((err as Error).message);
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
