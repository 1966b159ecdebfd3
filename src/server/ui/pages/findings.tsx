// The findings a reviewer works through: by kind (conflicts first), each with its reason, its metric and
// its figures (a claim one click from the reader at that claim, with its verdict so far), in pages.

import type { StoredFinding } from "../../../ledger/metrics/store.js";
import { api, query, useApi } from "../api.js";
import { useEffect, useState } from "preact/hooks";
import { Link, navigate, useLocation } from "../router.js";
import { Empty, Failed, Loading, Pager } from "../states.js";
import { FINDING_KINDS } from "../format.js";
import { FindingCard, metricHref } from "./metrics.js";
import { isReference } from "./figures.js";

const PAGE = 25;

interface FindingsView { items: StoredFinding[]; total: number; kinds: Record<string, number> }

export function FindingsPage() {
  const { search } = useLocation();
  const kind = search.get("kind") ?? "";
  const metric = search.get("metric") ?? "";
  const offset = Number(search.get("offset") ?? 0) || 0;
  const { data, error, loading } = useApi<FindingsView>(`/api/findings${query({ kind, metric, limit: PAGE, offset: offset || undefined })}`);
  const go = (p: { kind?: string; offset?: number }) => navigate(`/findings${query({ kind: p.kind ?? kind, metric, offset: p.offset || undefined })}`);
  // the verdicts so far of the page's claims: what is left to review
  const [verdicts, setVerdicts] = useState<Record<number, string>>({});
  useEffect(() => {
    const ids = [...new Set(data?.items.flatMap((f) => f.claims.filter((c) => !isReference(c)).map((c) => c.id as number)) ?? [])].slice(0, 500);
    if (!ids.length) return;
    let current = true;
    api<{ verdicts: Record<number, string> }>(`/api/verdicts?claims=${ids.join(",")}`).then((r) => current && setVerdicts(r.verdicts), () => {});
    return () => {
      current = false;
    };
  }, [data]);
  const all = data ? Object.values(data.kinds).reduce((a, b) => a + b, 0) : null;
  const label = metric && data?.items[0]?.metric.key === metric ? data.items[0].metric.label : metric;
  const what = kind ? (FINDING_KINDS[kind]?.title ?? kind).toLowerCase() : "findings";

  return (
    <section>
      <h1>Findings</h1>
      <p class="hint">What the checks found across the ledger's claims: conflicts first, then series, figures held against reference tables, and figures given with no evidence. Each names its figures: open a claim to review it in the reader.</p>
      {metric && <p class="meta" data-testid="findings-metric">Of the metric <Link href={metricHref(metric)}>{label}</Link> · <Link href={`/findings${query({ kind })}`}>findings of every metric</Link></p>}
      <nav class="tabs" aria-label="kinds of finding">
        <Link href={`/findings${query({ metric })}`} class={kind ? "" : "current"}>All{all !== null ? ` (${all})` : ""}</Link>
        {Object.entries(FINDING_KINDS).map(([k, w]) => (
          <Link href={`/findings${query({ kind: k, metric })}`} class={kind === k ? "current" : ""} testid={`tab-${k}`}>{w.title}{data ? ` (${data.kinds[k] ?? 0})` : ""}</Link>
        ))}
      </nav>
      {kind && FINDING_KINDS[kind] && <p class="muted">{FINDING_KINDS[kind].title}: {FINDING_KINDS[kind].means}.</p>}
      {error && <Failed what="findings" message={error} />}
      {loading && <Loading what="findings" />}
      {data && !data.items.length && (
        <Empty>
          {offset && data.total ? <>This page is past the last of the {data.total.toLocaleString("en")} {what}. <button type="button" class="link" onClick={() => go({ offset: 0 })}>Go to the first page</button></>
            : all ? <>No {what} {metric ? "for this metric" : "in the ledger"}. <Link href={`/findings${query({ metric })}`}>All findings</Link></>
            : "No findings yet: the checks run on every ingested document, and have found nothing to flag."}
        </Empty>
      )}
      {data && data.items.length > 0 && (
        <>
          <p class="count" data-testid="findings-count">{data.total.toLocaleString("en")} {data.total === 1 ? "finding" : "findings"}{kind ? ` (${what})` : ""}, {offset + 1}–{offset + data.items.length}</p>
          <div class="findings">
            {data.items.map((f) => <FindingCard f={f} metricKey={f.metric.key} verdicts={verdicts} showMetric />)}
          </div>
          <Pager offset={offset} limit={PAGE} shown={data.items.length} total={data.total} noun="findings" onGo={(o) => go({ offset: o })} />
        </>
      )}
    </section>
  );
}
