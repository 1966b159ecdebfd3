// The metric a claim's figure is in and the checks' findings on it, each with its reason, a link to the
// finding on its metric's page and the other figures it names (the reader's claim panel).

import { useEffect, useState } from "preact/hooks";
import { api } from "../api.js";
import { Link } from "../router.js";
import { FINDING_KINDS } from "../format.js";
import type { ClaimFinding } from "../../routes/findings.js";
import { metricHref } from "../pages/metrics.js";

interface FindingsView { metric: { key: string; label: string } | null; items: ClaimFinding[] }

/** the metric the claim's figure is in, and each finding on it: its reason, the finding on its metric's page, the other figures */
export function ClaimFindings({ claimId }: { claimId: number }) {
  const [view, setView] = useState<FindingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setView(null);
    setError(null);
    api<FindingsView>(`/api/claims/${claimId}/findings`).then((v) => current && setView(v), (e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [claimId]);
  if (error) return <p class="muted">The checks' findings could not be loaded: {error}</p>;
  if (!view) return <p class="loading">Loading the metric and findings…</p>;
  return (
    <section class="claim-findings" data-testid="claim-findings">
      <h3>Metric and findings</h3>
      {view.metric
        ? <p>Metric: <Link href={metricHref(view.metric.key)} testid="claim-metric">{view.metric.label}</Link></p>
        : <p class="muted">This figure is in no metric: what it counts was not recognised.</p>}
      {view.items.length === 0 ? <p class="muted" data-testid="no-findings">The checks found nothing on this claim.</p> : (
        <ul class="findings-list">
          {view.items.map((f) => {
            const others = f.figures.filter((x) => !("claim" in x && x.claim === claimId));
            return (
              <li data-testid="claim-finding" data-kind={f.kind}>
                <span class={`kind k-${f.kind}`}>{FINDING_KINDS[f.kind]?.one ?? f.kind}</span> {f.reason}{" "}
                <Link href={`${metricHref(f.metric.key)}#finding-${f.id}`} testid="claim-finding-link">see the {FINDING_KINDS[f.kind]?.one ?? f.kind} →</Link>
                {others.length > 0 && f.kind !== "series" && (
                  <> · with {others.map((x, i) => <>{i ? ", " : ""}{"claim" in x
                    ? <Link href={`/claims/${x.claim}`}>claim {x.claim}</Link>
                    : <Link href={`${metricHref(f.metric.key)}#reference-${x.reference}`}>reference figure {x.reference}</Link>}</>)}</>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
