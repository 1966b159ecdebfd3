// The claims table: the filters of `claimledger claims`, kept in the URL; sortable columns; pages of 50;
// each claim's current verdict; the whole view as CSV. Only the answer for the current filters is shown.

import { useState } from "preact/hooks";
import type { SpeakerSummary, StoredClaim } from "../../../ledger/store.js";
import { MODES, QUALIFIERS } from "../../../types.js";
import { api, query, useApi } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { quantityReading } from "../format.js";
import { Empty, Failed, Loading, Pager } from "../states.js";
import { claimsCsv } from "../csv.js";

const FILTERS = ["speaker", "place", "counted", "search", "from", "to", "qualifier", "mode"] as const;
// "" first: no filter
const QUALIFIER_CHOICES = ["", ...QUALIFIERS];
const MODE_CHOICES = ["", ...MODES];
const PAGE = 50;
// a CSV export reads the view in pages of the API's largest, up to this many claims
const CSV_PAGE = 500;
export const CSV_MAX = 20_000;

interface Page { items: StoredClaim[]; total: number }

/** the filters' problems a reader can fix before asking the server */
function filterProblem(p: Record<string, string>): string | null {
  if (p.from && p.to && p.from > p.to) return `"from" (${p.from}) is after "to" (${p.to}): swap them to see claims between the two dates`;
  return null;
}

export function ClaimsPage() {
  const { search } = useLocation();
  const params = Object.fromEntries(search.entries());
  const offset = Number(params.offset ?? 0) || 0;
  const problem = filterProblem(params);
  const { data, error, loading } = useApi<Page>(problem ? null : `/api/claims${query({ ...params, limit: PAGE })}`);
  const ids = data?.items.map((c) => c.id) ?? [];
  const { data: v } = useApi<{ verdicts: Record<number, string> }>(ids.length ? `/api/verdicts?claims=${ids.join(",")}` : null);
  const verdicts = v?.verdicts ?? {};
  const [speakerWords, setSpeakerWords] = useState("");
  const { data: suggestions } = useApi<{ items: SpeakerSummary[] }>(speakerWords.trim().length >= 2 ? `/api/speakers${query({ q: speakerWords.trim(), limit: 8 })}` : null);
  const [exporting, setExporting] = useState<string | null>(null);

  const go = (changes: Record<string, string | number | undefined>) => navigate(`/claims${query({ ...params, ...changes })}`);
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string | undefined> = {};
    for (const f of FILTERS) next[f] = String(form.get(f) ?? "").trim() || undefined;
    next.all = form.get("all") ? "true" : undefined;
    go({ ...next, offset: undefined });
  };
  const filtered = FILTERS.some((f) => params[f]) || params.all === "true";
  const sortBy = (field: string) => {
    const order = params.sort === field && params.order !== "asc" ? "asc" : "desc";
    go({ sort: field, order, offset: undefined });
  };
  const arrow = (field: string) => (params.sort === field ? (params.order === "asc" ? " ▲" : " ▼") : "");

  const exportCsv = async () => {
    if (!data) return;
    setExporting(`Preparing ${Math.min(data.total, CSV_MAX).toLocaleString("en")} claims…`);
    try {
      const claims: StoredClaim[] = [];
      const found: Record<number, string> = {};
      for (let at = 0; at < Math.min(data.total, CSV_MAX); at += CSV_PAGE) {
        const page = await api<Page>(`/api/claims${query({ ...params, offset: at, limit: CSV_PAGE })}`);
        claims.push(...page.items);
        if (page.items.length) Object.assign(found, (await api<{ verdicts: Record<number, string> }>(`/api/verdicts?claims=${page.items.map((c) => c.id).join(",")}`)).verdicts);
        if (page.items.length < CSV_PAGE) break;
      }
      const url = URL.createObjectURL(new Blob([claimsCsv(claims, found)], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = "claims.csv";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExporting(data.total > CSV_MAX ? `Exported the first ${CSV_MAX.toLocaleString("en")} of ${data.total.toLocaleString("en")} claims: narrow the filters for the rest.` : null);
    } catch (err) {
      setExporting(`The export failed: ${(err as Error).message}`);
    }
  };

  return (
    <section>
      <h1>Claims</h1>
      <form class="filters" onSubmit={submit} key={search.toString()}>
        <input name="speaker" placeholder="speaker" defaultValue={params.speaker ?? ""} aria-label="speaker" list="speaker-suggestions" autocomplete="off"
          onInput={(e) => setSpeakerWords((e.currentTarget as HTMLInputElement).value)} />
        <datalist id="speaker-suggestions" data-testid="speaker-suggestions">{suggestions?.items.map((s) => <option value={s.name} />)}</datalist>
        <input name="counted" placeholder="counted (people, detained)" defaultValue={params.counted ?? ""} aria-label="counted" />
        <input name="place" placeholder="place" defaultValue={params.place ?? ""} aria-label="place" />
        <input name="search" placeholder="words in the sentence" defaultValue={params.search ?? ""} aria-label="search" />
        <label>from <input name="from" type="date" defaultValue={params.from ?? ""} /></label>
        <label>to <input name="to" type="date" defaultValue={params.to ?? ""} /></label>
        <select name="qualifier" aria-label="qualifier">{QUALIFIER_CHOICES.map((q) => <option value={q} selected={params.qualifier === q}>{q || "any qualifier"}</option>)}</select>
        <select name="mode" aria-label="mode">{MODE_CHOICES.map((q) => <option value={q} selected={params.mode === q}>{q || "any mode"}</option>)}</select>
        <label><input type="checkbox" name="all" defaultChecked={params.all === "true"} /> without numbers too</label>
        <button type="submit">Filter</button>
        {filtered && <button type="button" class="link" onClick={() => navigate("/claims")}>Clear filters</button>}
      </form>
      {problem && <p class="error" role="alert">{problem}</p>}
      {error && <Failed what="claims" message={error} />}
      {loading && <Loading what="claims" />}
      {data && data.total === 0 && (
        <Empty>No claims {filtered ? "match these filters" : "in the ledger yet: ingest articles with claimledger ingest"}.{filtered && <> <Link href="/claims">Clear filters</Link></>}</Empty>
      )}
      {data && data.total > 0 && data.items.length === 0 && (
        <Empty>
          This page is past the last claim: there are {data.total.toLocaleString("en")}. <button type="button" class="link" onClick={() => go({ offset: undefined })}>Go to the first page</button>
        </Empty>
      )}
      {data && data.items.length > 0 && (
        <>
          <p class="count">
            <span data-testid="claims-count">{data.total.toLocaleString("en")} claims, {offset + 1}–{offset + data.items.length}</span>{" "}
            <button type="button" class="link" onClick={exportCsv} disabled={exporting?.startsWith("Preparing")} data-testid="export-csv">Export as CSV</button>
            {exporting && <span class="muted" role="status"> {exporting}</span>}
          </p>
          <table class="claims cards">
            <thead>
              <tr>
                <th>id</th>
                <th><button type="button" class="link" onClick={() => sortBy("published")}>published{arrow("published")}</button></th>
                <th><button type="button" class="link" onClick={() => sortBy("speaker")}>speaker{arrow("speaker")}</button></th>
                <th><button type="button" class="link" onClick={() => sortBy("value")}>quantity{arrow("value")}</button></th>
                <th>counted</th>
                <th>period</th>
                <th>places</th>
                <th>verdict</th>
                <th>sentence</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <td data-label="id" class="num"><Link href={`/claims/${c.id}`}>{c.id}</Link></td>
                  <td data-label="published" class="date">{c.published ?? ""}</td>
                  <td data-label="speaker">{c.speaker ? <Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}</Link> : <span class="muted">{c.mode}</span>}</td>
                  <td data-label="quantity" title={c.quantity ? quantityReading(c.quantity) : ""}>{c.quantity?.text ?? ""}</td>
                  <td data-label="counted">{[c.counted, c.predicate].filter(Boolean).join(" · ")}</td>
                  <td data-label="period" class="date">{c.period ? (c.period.start === c.period.end ? c.period.start : `${c.period.start} – ${c.period.end}`) : ""}</td>
                  <td data-label="places">{c.places.join(", ")}</td>
                  <td data-label="verdict" data-testid="verdict-cell">{c.notAClaim ? <span class="muted">not a claim</span> : verdicts[c.id] ? <strong>{verdicts[c.id]}</strong> : <span class="muted">unreviewed</span>}</td>
                  <td data-label="sentence" class="sentence"><Link href={`/claims/${c.id}`}>{c.text.length > 160 ? `${c.text.slice(0, 160)}…` : c.text}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={PAGE} shown={data.items.length} total={data.total} noun="claims" onGo={(o) => go({ offset: o || undefined })} />
        </>
      )}
    </section>
  );
}
