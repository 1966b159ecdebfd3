// Figures for one metric (or one counted thing) over time, as SVG: the period a figure is about runs along
// the x axis; an exact figure is a dot, an approximate one a ring, a range a bar from its lower to its upper
// bound, and a bound ("more than", "at most") an arrow from the bound the way the truth may lie. Reference
// figures (from reference tables, not the ledger's claims) are diamonds in another colour, with a legend.

import type { TimelinePoint } from "../../routes/speakers.js";
import { navigate } from "../router.js";
import { axisNum } from "../format.js";

const W = 720, H = 220, PAD = { left: 76, right: 16, top: 30, bottom: 32 };
const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

function ticks(lo: number, hi: number, n = 4): number[] {
  const step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n || 1)));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= n) ?? step * 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / nice) * nice; v <= hi; v += nice) out.push(v);
  return out;
}

/** how a figure is drawn: the kinds a reader tells apart in the legend (and a test asserts) */
export type MarkKind = "exact" | "approx" | "range" | "bound-up" | "bound-down";

export function markKind(p: Pick<TimelinePoint, "qualifier" | "upper">): MarkKind {
  if (p.upper !== null) return "range";
  if (p.qualifier === "more-than" || p.qualifier === "at-least") return "bound-up";
  if (p.qualifier === "less-than" || p.qualifier === "at-most") return "bound-down";
  if (p.qualifier === "approx" || p.qualifier === "vague") return "approx";
  return "exact";
}

/** where a point leads: a claim to the reader at that claim; a reference figure to its row on the page */
export const pointHref = (p: TimelinePoint) => (p.reference ? `#${p.reference.id.replace(":", "-")}` : `/claims/${p.claimId}`);

/** a link within the page (#id): scroll to it, mark it, focus it; else the page it names */
export function follow(href: string): void {
  if (!href.startsWith("#")) return navigate(href);
  history.replaceState(null, "", href);
  const el = document.getElementById(href.slice(1));
  if (!el) return;
  document.querySelectorAll(".targeted").forEach((t) => t.classList.remove("targeted"));
  el.classList.add("targeted");
  el.scrollIntoView({ block: "center" });
  if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
  el.focus({ preventScroll: true });
}

export function Legend({ references }: { references?: boolean }) {
  return (
    <p class="legend" data-testid="legend">
      <span class="solid">●</span> exact <span class="hollow">○</span> about <span>▮</span> range <span>↑</span> more than / at least <span>↓</span> less than / at most
      {references && <> <span class="ref">◆</span> reference figure (from a reference table)</>} — a line under a mark is the period it is about.
    </p>
  );
}

const diamond = (x: number, y: number, r: number) => `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;

export function Timeline({ label, points, href = pointHref }: { label: string; points: TimelinePoint[]; href?: (p: TimelinePoint) => string }) {
  // reference figures first, so that a claim drawn at the same place stays on top, in view
  const drawn = points.filter((p) => p.value !== null && p.start).sort((a, b) => Number(!a.reference) - Number(!b.reference));
  if (!drawn.length) return <p class="muted">No dated figures for {label}.</p>;
  let t0 = Math.min(...drawn.map((p) => day(p.start!)));
  let t1 = Math.max(...drawn.map((p) => day(p.end ?? p.start!)));
  // a margin either side, so that a lone date sits mid-chart and no dot touches the frame
  const margin = t1 > t0 ? (t1 - t0) * 0.04 : 180 * 864e5;
  t0 -= margin;
  t1 += margin;
  const vmax = Math.max(...drawn.map((p) => p.upper ?? p.value!)) * 1.15 || 1;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const years = [] as number[];
  for (let yr = new Date(t0).getUTCFullYear(); yr <= new Date(t1).getUTCFullYear() + 1; yr++) {
    const t = Date.UTC(yr, 0, 1);
    if (t >= t0 && t <= t1) years.push(t);
  }

  const placed: [number, number][] = [];
  return (
    <svg class="timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label} over time`} data-testid="timeline">
      {ticks(0, vmax).map((v) => (
        <g class="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">{axisNum(v)}</text>
        </g>
      ))}
      {years.map((t) => (
        <g class="grid">
          <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={H - PAD.bottom} />
          {x(t) < W - PAD.right - 30 && <text x={x(t) + 3} y={H - PAD.bottom + 16}>{new Date(t).getUTCFullYear()}</text>}
        </g>
      ))}
      <text x={PAD.left} y={H - 4} class="axis-label">{new Date(t0).toISOString().slice(0, 10)}</text>
      <text x={W - PAD.right} y={H - 4} text-anchor="end" class="axis-label">{new Date(t1).toISOString().slice(0, 10)}</text>
      {drawn.map((p) => {
        const xs = x(day(p.start!)), xe = x(day(p.end ?? p.start!));
        let xm = (xs + xe) / 2;
        const yv = y(p.value!);
        // a mark that would hide one already drawn (40 and 41 for the same year) steps aside
        // (to the left once the right edge is near, so that no mark leaves the chart)
        const clash = (at: number) => placed.some(([px, py]) => Math.abs(px - at) < 9 && Math.abs(py - yv) < 9);
        const step = xm > W - PAD.right - 40 ? -10 : 10;
        while (clash(xm) && xm + step > PAD.left && xm + step < W - PAD.right) xm += step;
        placed.push([xm, yv]);
        const mark = markKind(p);
        const to = href(p);
        const who = [p.speaker, p.reference ? p.reference.reportedBy : p.source?.split("/").pop()].filter(Boolean).join(", ");
        const hollow = mark === "approx";
        return (
          <g class={`point q-${p.qualifier}${p.reference ? " reference" : ""}`} data-testid="timeline-point" data-mark={mark}
            data-claim={p.reference ? undefined : p.claimId} data-reference={p.reference?.id} role="link" tabIndex={0}
            aria-label={`${p.quantity}${who ? ` (${who})` : ""}${p.reference ? ", reference figure" : ""}`}
            onClick={() => follow(to)} onKeyDown={(e) => e.key === "Enter" && follow(to)}>
            <title>{`${p.quantity}${who ? ` — ${who}` : ""}: ${p.text}`}</title>
            {xe - xs > 2 && <line class="period" x1={xs} x2={xe} y1={yv} y2={yv} />}
            {mark === "range" && <rect class="range" x={xm - 4} width={8} y={y(p.upper!)} height={Math.max(2, yv - y(p.upper!))} />}
            {mark === "bound-up" && <path class="bound" d={`M${xm},${yv - 6} L${xm},${yv - 26} M${xm - 5},${yv - 20} L${xm},${yv - 27} L${xm + 5},${yv - 20}`} />}
            {mark === "bound-down" && <path class="bound" d={`M${xm},${yv + 6} L${xm},${yv + 26} M${xm - 5},${yv + 20} L${xm},${yv + 27} L${xm + 5},${yv + 20}`} />}
            {p.reference
              ? <path class={`dot ${hollow ? "hollow" : "solid"}`} d={diamond(xm, yv, 6.5)} />
              : <circle class={`dot ${hollow ? "hollow" : "solid"}`} cx={xm} cy={yv} r={5} />}
          </g>
        );
      })}
    </svg>
  );
}
