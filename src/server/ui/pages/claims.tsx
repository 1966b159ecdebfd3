// The claims table: the one claim filter (domain/claim-filter.ts) kept in the URL; sortable columns; pages of
// 50, paged by the API's keyset cursor (as fast deep in a million claims as at the start); each claim's
// current verdict; the whole view as CSV. Only the answer for the current filters is shown.

import type { StoredClaim } from "../../../ledger/store.js";
import { CLAIM_PAGE, periodProblem } from "../../../domain/claim-filter.js";
import { query, useApi } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { Empty, Failed, Loading } from "../states.js";
import { ClaimFilterForm, isFiltered } from "../components/claim-filters.js";
import { ClaimsTable } from "../components/claims-table.js";
import { useClaimsExport } from "../components/claims-export.js";
import { KeysetPager, trailOf } from "../components/keyset-pager.js";

const PAGE = CLAIM_PAGE;

// the orders a click on a column head gives, as a choice of their own: on a narrow screen the rows are
// cards and the heads are hidden
const ORDERS: [string, string][] = [
  ["", "as ingested"], ["id:desc", "last ingested first"], ["published:desc", "newest first"], ["published:asc", "oldest first"], ["value:desc", "largest number first"],
  ["value:asc", "smallest number first"], ["speaker:asc", "speaker A–Z"], ["speaker:desc", "speaker Z–A"],
];

interface Page { items: StoredClaim[]; total: number; next: number | null }

// a new filter or order starts again at the first page
const FIRST = { offset: undefined, after: undefined };

/** the ORDERS entry the address asks for (the ledger's default order per sort: dates and numbers largest first) */
function currentOrder(params: Record<string, string>): string {
  const sort = params.sort && params.sort !== "id" ? params.sort : "";
  if (!sort) return params.order === "desc" ? "id:desc" : "";
  return `${sort}:${params.order ?? (sort === "published" || sort === "value" ? "desc" : "asc")}`;
}

export function ClaimsPage() {
  const { path, search, state } = useLocation();
  const params = Object.fromEntries(search.entries());
  // an address from before keyset paging may still name an offset
  const offset = Number(params.offset ?? 0) || 0;
  const after = Number(params.after ?? 0) || null;
  const trail = trailOf(state);
  // where this page's first row sits: carried by the way here, or the offset, or unknown (a shared `after`)
  const start = trail ? trail.start : after ? null : offset;
  // the filters' problems a reader can fix before asking the server
  const problem = periodProblem(params, (field) => `"${field}"`);
  const { data, error, loading } = useApi<Page>(problem ? null : `/api/claims${query({ ...params, limit: PAGE })}`);
  const ids = data?.items.map((c) => c.id) ?? [];
  const { data: v } = useApi<{ verdicts: Record<number, string> }>(ids.length ? `/api/verdicts?claims=${ids.join(",")}` : null);
  const verdicts = v?.verdicts ?? {};
  const [exporting, exportCsv] = useClaimsExport(params, data?.total);

  const address = (changes: Record<string, string | number | undefined>) => `/claims${query({ ...params, ...changes })}`;
  const go = (changes: Record<string, string | number | undefined>) => navigate(address({ ...FIRST, ...changes }));
  const filtered = isFiltered(params);

  return (
    <section>
      <h1>Claims</h1>
      <ClaimFilterForm params={params} formKey={search.toString()} onFilter={(next) => go(next)} />
      {problem && <p class="error" role="alert">{problem}</p>}
      {error && <Failed what="claims" message={error} />}
      {loading && <Loading what="claims" />}
      {data && data.total === 0 && (
        <Empty>No claims {filtered ? "match these filters" : "in the ledger yet: ingest articles with claimledger ingest"}.{filtered && <> <Link href="/claims">Clear filters</Link></>}</Empty>
      )}
      {data && data.total > 0 && data.items.length === 0 && (
        <Empty>
          This page is past the last claim: there are {data.total.toLocaleString("en")}. <button type="button" class="link" onClick={() => go({})}>Go to the first page</button>
        </Empty>
      )}
      {data && data.items.length > 0 && (
        <>
          <p class="count">
            <span data-testid="claims-count">{data.total.toLocaleString("en")} claims, {start === null ? `${data.items.length} after claim ${after}` : `${start + 1}–${start + data.items.length}`}</span>{" "}
            <button type="button" class="link" onClick={exportCsv} disabled={exporting?.startsWith("Preparing")} data-testid="export-csv">Export as CSV</button>
            {exporting && <span class="muted" role="status"> {exporting}</span>}
            <label class="sort">order{" "}
              <select aria-label="order" onChange={(e) => {
                const [sort, order] = (e.currentTarget as HTMLSelectElement).value.split(":");
                go({ sort: sort || undefined, order: order || undefined });
              }}>
                {ORDERS.map(([v, label]) => <option value={v} selected={v === currentOrder(params)}>{label}</option>)}
              </select>
            </label>
          </p>
          <ClaimsTable claims={data.items} verdicts={verdicts} params={params} onSort={(sort, order) => go({ sort, order })} />
          <KeysetPager trail={trail} start={start} after={after} here={`${path}${search.size ? `?${search}` : ""}`} shown={data.items.length} total={data.total} limit={PAGE}
            next={data.next} nextAddress={(next) => address({ offset: undefined, after: next })} firstAddress={address(FIRST)} noun="claims" />
        </>
      )}
    </section>
  );
}
