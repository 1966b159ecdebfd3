// How a metric's figures are named and linked on the metric and findings pages: a ledger claim leads to the
// reader at that claim, a reference figure to its row on its metric's page.

import type { ComponentChildren } from "preact";
import type { MetricClaim, ReferenceClaim } from "../../../ledger/metrics/store.js";
import type { TimelinePoint } from "../../routes/speakers.js";
import { Link, useLocation } from "../router.js";
import { follow } from "./timeline.js";
import { quantityReading, sourceName } from "../format.js";

export const isReference = (c: MetricClaim): c is ReferenceClaim => typeof c.id === "string";

/** "reference-3": the id of a reference figure's row on its metric's page */
export const referenceAnchor = (c: ReferenceClaim) => c.id.replace(":", "-");

export function claimHref(c: MetricClaim, metricKey: string): string {
  return isReference(c) ? `/metrics/${encodeURIComponent(metricKey)}#${referenceAnchor(c)}` : `/claims/${c.id}`;
}

/** a link that stays on the page when it names a place on it (#finding-2), else goes to its page */
export function Anchor({ href, children, class: className, testid }: { href: string; children: ComponentChildren; class?: string; testid?: string }) {
  const { path } = useLocation();
  const [to, hash] = href.split("#");
  if (hash !== undefined && (to === "" || decodeURIComponent(to) === decodeURIComponent(path)))
    return <a href={href} class={className} data-testid={testid} onClick={(e) => { e.preventDefault(); follow(`#${hash}`); }}>{children}</a>;
  return <Link href={href} class={className} testid={testid}>{children}</Link>;
}

/** “40” — Ramazon Rahimzoda, tajikistan-boasts….txt (claim 5) | (reference figure, tajik-2016-figures.csv line 2) */
export function FigureLink({ claim: c, metricKey }: { claim: MetricClaim; metricKey: string }) {
  const who = c.speaker?.name;
  const from = isReference(c) ? `${c.reference.reportedBy || sourceName(c.source)}` : sourceName(c.source);
  return (
    <Anchor href={claimHref(c, metricKey)} class={isReference(c) ? "figure-link reference" : "figure-link"} testid="figure-link">
      “{c.quantity?.text ?? ""}”{who ? ` — ${who}` : ""}, {from} {isReference(c) ? <span class="tag ref">reference figure</span> : <span class="tag">claim {c.id}</span>}
    </Anchor>
  );
}

/** a metric's figure as a point of its timeline */
export function figurePoint(c: MetricClaim): TimelinePoint {
  const q = c.quantity!;
  const start = c.period?.start ?? c.published, end = c.period?.end ?? c.published;
  const base = { text: c.text, quantity: q.text, value: q.value, upper: q.upper, qualifier: q.qualifier, unit: q.unit, start, end, published: c.published, speaker: c.speaker?.name ?? null, source: c.source };
  return isReference(c)
    ? { ...base, claimId: 0, documentId: 0, reference: { id: c.id, reportedBy: c.reference.reportedBy, url: c.reference.url, line: c.reference.line } }
    : { ...base, claimId: c.id, documentId: c.documentId };
}

export const figureReading = (c: MetricClaim) => quantityReading({ value: c.quantity!.value, upper: c.quantity!.upper, qualifier: c.quantity!.qualifier as never, unit: c.quantity!.unit, text: c.quantity!.text });
