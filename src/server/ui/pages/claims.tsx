// The claims table: the filters of `claimledger claims`, kept in the URL; sortable columns; pages of 50.

import { useEffect, useState } from "preact/hooks";
import type { StoredClaim } from "../../../ledger/store.js";
import { MODES, QUALIFIERS } from "../../../types.js";
import { api, query } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { quantityReading } from "../format.js";

const FILTERS = ["speaker", "place", "counted", "search", "from", "to", "qualifier", "mode"] as const;
// "" first: no filter
const QUALIFIER_CHOICES = ["", ...QUALIFIERS];
const MODE_CHOICES = ["", ...MODES];
const PAGE = 50;

interface Page { items: StoredClaim[]; total: number }

export function ClaimsPage() {
  const { search } = useLocation();
  const params = Object.fromEntries(search.entries());
  const key = search.toString();
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offset = Number(params.offset ?? 0) || 0;

  useEffect(() => {
    setError(null);
    api<Page>(`/api/claims${query({ ...params, limit: PAGE })}`).then(setData, (e: Error) => setError(e.message));
  }, [key]);

  const go = (changes: Record<string, string | number | undefined>) => navigate(`/claims${query({ ...params, ...changes })}`);
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string | undefined> = {};
    for (const f of FILTERS) next[f] = String(form.get(f) ?? "").trim() || undefined;
    next.all = form.get("all") ? "true" : undefined;
    go({ ...next, offset: undefined });
  };
  const sortBy = (field: string) => {
    const order = params.sort === field && params.order !== "asc" ? "asc" : "desc";
    go({ sort: field, order, offset: undefined });
  };
  const arrow = (field: string) => (params.sort === field ? (params.order === "asc" ? " ▲" : " ▼") : "");

  return (
    <section>
      <h1>Claims</h1>
      <form class="filters" onSubmit={submit} key={key}>
        <input name="speaker" placeholder="speaker" value={params.speaker ?? ""} aria-label="speaker" />
        <input name="counted" placeholder="counted (people, detained)" value={params.counted ?? ""} aria-label="counted" />
        <input name="place" placeholder="place" value={params.place ?? ""} aria-label="place" />
        <input name="search" placeholder="words in the sentence" value={params.search ?? ""} aria-label="search" />
        <label>from <input name="from" type="date" value={params.from ?? ""} /></label>
        <label>to <input name="to" type="date" value={params.to ?? ""} /></label>
        <select name="qualifier" aria-label="qualifier">{QUALIFIER_CHOICES.map((q) => <option value={q} selected={params.qualifier === q}>{q || "any qualifier"}</option>)}</select>
        <select name="mode" aria-label="mode">{MODE_CHOICES.map((q) => <option value={q} selected={params.mode === q}>{q || "any mode"}</option>)}</select>
        <label><input type="checkbox" name="all" checked={params.all === "true"} /> without numbers too</label>
        <button type="submit">Filter</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {data && (
        <>
          <p class="count" data-testid="claims-count">{data.total.toLocaleString("en")} claims{data.total ? `, ${offset + 1}–${offset + data.items.length}` : ""}</p>
          <table class="claims">
            <thead>
              <tr>
                <th><button type="button" class="link" onClick={() => sortBy("published")}>published{arrow("published")}</button></th>
                <th><button type="button" class="link" onClick={() => sortBy("speaker")}>speaker{arrow("speaker")}</button></th>
                <th><button type="button" class="link" onClick={() => sortBy("value")}>quantity{arrow("value")}</button></th>
                <th>counted</th>
                <th>period</th>
                <th>places</th>
                <th>sentence</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <td>{c.published ?? ""}</td>
                  <td>{c.speaker ? <Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}</Link> : <span class="muted">{c.mode}</span>}</td>
                  <td title={c.quantity ? quantityReading(c.quantity) : ""}>{c.quantity?.text ?? ""}</td>
                  <td>{[c.counted, c.predicate].filter(Boolean).join(" · ")}</td>
                  <td>{c.period ? `${c.period.start} – ${c.period.end}` : ""}</td>
                  <td>{c.places.join(", ")}</td>
                  <td class="sentence"><Link href={`/claims/${c.id}`}>{c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav class="pager">
            <button type="button" disabled={offset === 0} onClick={() => go({ offset: Math.max(0, offset - PAGE) || undefined })}>← previous</button>
            <button type="button" disabled={offset + PAGE >= data.total} onClick={() => go({ offset: offset + PAGE })}>next →</button>
          </nav>
        </>
      )}
    </section>
  );
}
