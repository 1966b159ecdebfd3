// Metrics: what the ledger's figures count (searchable, in pages); and one metric: a timeline of every
// speaker's and outlet's figures with the reference figures drawn apart, the series in words, its
// conflicts with both figures linked, its other findings, and its claims and reference figures in tables.

import { useEffect, useState } from "preact/hooks";
import type { MetricClaim, StoredFinding } from "../../../ledger/metrics/store.js";
// the API's page of figures: the first paints at once, more come on demand
import { METRIC_PAGE_FIGURES } from "../../../ledger/metrics/figure-page.js";
import type { StoredClaim } from "../../../ledger/store.js";
import { api, query, useApi } from "../api.js";
import { Link, useLocation } from "../router.js";
import { Empty, Failed, Loading } from "../states.js";
import { SearchForm, SearchPager, useSearch } from "../components/search.js";
import { FINDING_KINDS, periodReading, sourceName } from "../format.js";
import { Legend, Timeline, follow } from "./timeline.js";
import { Anchor, FigureLink, figurePoint, figureReading, isReference, referenceAnchor } from "./figures.js";

const PAGE = 50;

interface MetricSummary { key: string; label: string; figures: number }

export const metricHref = (key: string) => `/metrics/${encodeURIComponent(key)}`;

export function MetricsPage() {
  const { q, offset } = useSearch();
  const { data, error, loading } = useApi<{ items: MetricSummary[]; total: number }>(`/api/metrics${query({ q, limit: PAGE, offset: offset || undefined })}`);
  return (
    <section>
      <h1>Metrics</h1>
      <p class="hint">What the ledger's figures count: the thing, what happened to it, where. Open one for its figures over time and what the checks found.</p>
      <SearchForm path="/metrics" q={q} placeholder="words of the metric (detained tajikistan)" label="find a metric" all="All metrics" />
      {error && <Failed what="metrics" message={error} />}
      {loading && <Loading what="metrics" />}
      {data && !data.items.length && (
        <Empty>
          {offset && data.total ? <>This page is past the last metric: there are {data.total.toLocaleString("en")}. <Link href={`/metrics${query({ q })}`}>First page</Link></>
            : q ? <>No metric has the words “{q}”. <Link href="/metrics">All metrics</Link></>
            : "No metrics yet: ingest articles with claimledger ingest, and their figures are put in metrics."}
        </Empty>
      )}
      {data && data.items.length > 0 && (
        <>
          <p class="count" data-testid="metrics-count">{data.total.toLocaleString("en")} metrics{q ? ` with “${q}”` : ""}</p>
          <table class="cards metrics">
            <thead><tr><th>metric</th><th>figures</th><th>key</th></tr></thead>
            <tbody>
              {data.items.map((m) => (
                <tr key={m.key}>
                  <td data-label="metric"><Link href={metricHref(m.key)}>{m.label}</Link></td>
                  <td data-label="figures" class="num">{m.figures}</td>
                  <td data-label="key" class="key muted">{m.key}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SearchPager path="/metrics" q={q} offset={offset} limit={PAGE} shown={data.items.length} total={data.total} noun="metrics" />
        </>
      )}
    </section>
  );
}

interface MetricView extends MetricSummary { claims: MetricClaim[]; findings: StoredFinding[]; moreFindings: boolean; next: string | null }

/** pages read at most to find the figure an address names (#reference-3) beyond the first */
const PAGES_TO_FIND = 20;

/**
 * A metric's first page, then its further figures when asked for (more()): the page costs what it shows,
 * not what its metric holds. The figures loaded so far, the cursor of the next page, and the state of the fetch.
 */
function useMetricFigures(metricKey: string) {
  const path = `/api/metrics/${encodeURIComponent(metricKey)}${query({ limit: METRIC_PAGE_FIGURES })}`;
  const first = useApi<MetricView>(path);
  const [extra, setExtra] = useState<{ path: string; claims: MetricClaim[]; next: string | null; loading: boolean; error: string | null } | null>(null);
  const mine = extra?.path === path ? extra : null;
  const next = mine ? mine.next : first.data?.next ?? null;
  const more = () => {
    if (!next || mine?.loading) return;
    const claims = mine?.claims ?? [];
    setExtra({ path, claims, next, loading: true, error: null });
    api<MetricView>(`/api/metrics/${encodeURIComponent(metricKey)}${query({ limit: METRIC_PAGE_FIGURES, after: next })}`).then(
      (page) => setExtra((e) => (e?.path === path ? { path, claims: [...claims, ...page.claims], next: page.next, loading: false, error: null } : e)),
      (err: Error) => setExtra((e) => (e?.path === path ? { ...e, loading: false, error: err.message } : e)),
    );
  };
  const m = first.data ? { ...first.data, claims: mine ? [...first.data.claims, ...mine.claims] : first.data.claims } : null;
  return { m, error: first.error, next, more, loadingMore: !!mine?.loading, moreError: mine?.error ?? null };
}

const figureId = (c: MetricClaim) => (isReference(c) ? c.id : `claim:${c.id}`);

/** the findings each figure is in, by the figure's id */
function findingsByFigure(findings: StoredFinding[]): Map<string, StoredFinding[]> {
  const out = new Map<string, StoredFinding[]>();
  for (const f of findings)
    for (const c of f.claims) {
      const id = figureId(c);
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push(f);
    }
  return out;
}

function FindingLinks({ findings }: { findings: StoredFinding[] | undefined }) {
  if (!findings?.length) return <span class="muted">none</span>;
  return <>{findings.map((f, i) => <>{i ? ", " : ""}<Anchor href={`#finding-${f.id}`} testid="finding-link">{FINDING_KINDS[f.kind]?.one ?? f.kind}</Anchor></>)}</>;
}

export function FindingCard({ f, metricKey, verdicts, showMetric }: { f: StoredFinding; metricKey: string; verdicts?: Record<number, string>; showMetric?: boolean }) {
  return (
    <article class={`finding k-${f.kind}`} id={`finding-${f.id}`} data-testid="finding" data-kind={f.kind}>
      <p class="finding-head">
        <span class={`kind k-${f.kind}`}>{FINDING_KINDS[f.kind]?.one ?? f.kind}</span>
        {showMetric && <> <Link href={metricHref(f.metric.key)} testid="finding-metric">{f.metric.label}</Link></>}
      </p>
      <p class="reason" data-testid="finding-reason">{f.reason}</p>
      {f.claims.length > 0 && (
        <ul class="figures">
          {f.claims.map((c) => (
            <li>
              <FigureLink claim={c} metricKey={metricKey} />
              {verdicts && !isReference(c) && <span class="muted"> · {verdicts[c.id] ? <strong>{verdicts[c.id]}</strong> : "unreviewed"}</span>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function MetricPage({ metricKey }: { metricKey: string }) {
  const { hash } = useLocation();
  const { m, error, next, more, loadingMore, moreError } = useMetricFigures(metricKey);
  const [asked, setAsked] = useState(0);
  // arriving at a finding or a reference figure (#finding-2): shown once the page has it, reading further
  // pages for a figure beyond the first (a few at most)
  useEffect(() => {
    if (!m || !hash) return;
    if (document.getElementById(hash.slice(1)) || !next || asked >= PAGES_TO_FIND) follow(hash);
    else if (!loadingMore && !moreError) {
      setAsked((n) => n + 1);
      more();
    }
  }, [m?.claims.length, hash, next, loadingMore]);
  if (error) return <Failed what={`the metric “${metricKey}”`} message={error} />;
  if (!m) return <Loading what="the metric" />;

  const claims = m.claims.filter((c): c is StoredClaim => !isReference(c) && !!c.quantity);
  const references = m.claims.filter(isReference);
  const figures = [...m.claims].filter((c) => c.quantity).sort((a, b) => (a.period?.end ?? a.published ?? "").localeCompare(b.period?.end ?? b.published ?? "") || (a.period?.start ?? "").localeCompare(b.period?.start ?? ""));
  const speakers = new Set(claims.map((c) => c.speaker?.name).filter(Boolean));
  const outlets = new Set(claims.map((c) => c.source));
  const byFigure = findingsByFigure(m.findings);
  const conflicts = m.findings.filter((f) => f.kind === "conflict");
  const series = m.findings.filter((f) => f.kind === "series");
  const others = m.findings.filter((f) => f.kind !== "conflict" && f.kind !== "series");

  return (
    <section class="metric-page">
      <p class="back"><Link href="/metrics">← All metrics</Link></p>
      <h1>{m.label}</h1>
      <p class="meta" data-testid="metric-meta">
        {claims.length} {claims.length === 1 ? "claim" : "claims"} by {speakers.size} {speakers.size === 1 ? "speaker" : "speakers"} in {outlets.size} {outlets.size === 1 ? "document" : "documents"}
        {" · "}{references.length} reference {references.length === 1 ? "figure" : "figures"}
        {" · "}<Link href={`/findings${query({ metric: m.key })}`}>{m.moreFindings ? `more than ${m.findings.length}` : m.findings.length} {m.findings.length === 1 && !m.moreFindings ? "finding" : "findings"}</Link>
        {" · "}key <code class="key">{m.key}</code>
      </p>
      {next && (
        <p class="hint" data-testid="metric-partial">
          Drawn and listed: the earliest {m.claims.length.toLocaleString("en")} of its {m.figures.toLocaleString("en")} figures.{" "}
          <button type="button" data-testid="metric-more" onClick={more} disabled={loadingMore}>{loadingMore ? "Loading…" : `Show ${Math.min(METRIC_PAGE_FIGURES, m.figures - m.claims.length).toLocaleString("en")} more`}</button>
          {moreError && <span class="error" role="alert"> The next figures could not be loaded: {moreError}</span>}
        </p>
      )}
      <Legend references={references.length > 0} />
      <Timeline label={m.label} points={m.claims.filter((c) => c.quantity).map(figurePoint)} />

      <h2>The series in words</h2>
      {series.map((f) => <p class="reason" data-testid="series-reason" id={`finding-${f.id}`}>{f.reason}</p>)}
      <ol class="series" data-testid="series-words">
        {figures.map((c) => (
          <li>
            <strong>{periodReading(c.period ?? { start: c.published, end: c.published })}</strong>: {figureReading(c)}
            {c.speaker ? `, said by ${c.speaker.name}` : ""}
            {isReference(c) ? <> (reference figure{c.reference.reportedBy ? `, reported by ${c.reference.reportedBy}` : ""})</> : <> (<Link href={`/claims/${c.id}`}>claim {c.id}</Link>, {sourceName(c.source)})</>}
          </li>
        ))}
      </ol>

      <h2>Conflicts{conflicts.length ? ` (${conflicts.length})` : ""}</h2>
      {conflicts.length ? conflicts.map((f) => <FindingCard f={f} metricKey={m.key} />) : <Empty>No two figures of this metric contradict each other.</Empty>}

      {others.length > 0 && (
        <>
          <h2>Other findings ({others.length})</h2>
          {others.map((f) => <FindingCard f={f} metricKey={m.key} />)}
        </>
      )}

      <h2>Claims ({claims.length})</h2>
      {claims.length ? (
        <table class="cards compact figures-table" data-testid="metric-claims">
          <thead><tr><th>period</th><th>figure</th><th>speaker</th><th>document</th><th>sentence</th><th>findings</th></tr></thead>
          <tbody>
            {claims.map((c) => (
              <tr id={`claim-${c.id}`}>
                <td data-label="period" class="date">{periodReading(c.period ?? { start: c.published, end: c.published })}</td>
                <td data-label="figure">{figureReading(c)}</td>
                <td data-label="speaker">{c.speaker ? <Link href={`/speakers/${encodeURIComponent(c.speaker.name)}`}>{c.speaker.name}</Link> : ""}</td>
                <td data-label="document" class="source">{sourceName(c.source)}</td>
                <td data-label="sentence" class="sentence"><Link href={`/claims/${c.id}`}>{c.text}</Link></td>
                <td data-label="findings"><FindingLinks findings={byFigure.get(figureId(c))} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <Empty>Only reference figures: no claim in the ledger is about this metric.</Empty>}

      {references.length > 0 && (
        <>
          <h2>Reference figures ({references.length})</h2>
          <table class="cards compact figures-table" data-testid="metric-references">
            <thead><tr><th>period</th><th>figure</th><th>claimed by</th><th>reported by</th><th>table</th><th>findings</th></tr></thead>
            <tbody>
              {references.map((c) => (
                <tr id={referenceAnchor(c)} data-testid="reference-row">
                  <td data-label="period" class="date">{periodReading(c.period)}</td>
                  <td data-label="figure">{figureReading(c)} <span class="muted">({c.text})</span></td>
                  <td data-label="claimed by">{c.speaker?.name ?? ""}</td>
                  <td data-label="reported by">{/^https?:\/\//i.test(c.reference.url) ? <a href={c.reference.url} rel="noopener noreferrer nofollow">{c.reference.reportedBy || c.reference.url}</a> : c.reference.reportedBy}</td>
                  <td data-label="table" class="source">{sourceName(c.source)}, line {c.reference.line}</td>
                  <td data-label="findings"><FindingLinks findings={byFigure.get(figureId(c))} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
