// A speaker's numbers for one counted thing over time, as SVG: the period a number is about runs along
// the x axis; an exact figure is a dot, an approximate one a ring, a range a bar from its lower to its
// upper bound, and a bound ("more than", "at most") a dot with an arrow the way the truth may lie.

import type { TimelinePoint } from "../../routes/speakers.js";
import { navigate } from "../router.js";
import { num } from "../format.js";

const W = 720, H = 220, PAD = { left: 64, right: 16, top: 16, bottom: 32 };
const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

function ticks(lo: number, hi: number, n = 4): number[] {
  const step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n || 1)));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= n) ?? step * 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / nice) * nice; v <= hi; v += nice) out.push(v);
  return out;
}

export function Timeline({ counted, points }: { counted: string; points: TimelinePoint[] }) {
  const drawn = points.filter((p) => p.value !== null && p.start);
  if (!drawn.length) return <p class="muted">No dated numbers for {counted}.</p>;
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

  return (
    <svg class="timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${counted} over time`} data-testid="timeline">
      {ticks(0, vmax).map((v) => (
        <g class="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">{num(v)}</text>
        </g>
      ))}
      {years.map((t) => (
        <g class="grid">
          <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={H - PAD.bottom} />
          <text x={x(t) + 3} y={H - PAD.bottom + 16}>{new Date(t).getUTCFullYear()}</text>
        </g>
      ))}
      <text x={PAD.left} y={H - 4} class="axis-label">{new Date(t0).toISOString().slice(0, 10)}</text>
      <text x={W - PAD.right} y={H - 4} text-anchor="end" class="axis-label">{new Date(t1).toISOString().slice(0, 10)}</text>
      {drawn.map((p) => {
        const xs = x(day(p.start!)), xe = x(day(p.end ?? p.start!));
        const xm = (xs + xe) / 2, yv = y(p.value!);
        const up = p.qualifier === "more-than" || p.qualifier === "at-least";
        const down = p.qualifier === "less-than" || p.qualifier === "at-most";
        return (
          <g class={`point q-${p.qualifier}`} data-testid="timeline-point" data-claim={p.claimId} role="link" tabIndex={0}
            onClick={() => navigate(`/claims/${p.claimId}`)} onKeyDown={(e) => e.key === "Enter" && navigate(`/claims/${p.claimId}`)}>
            <title>{`${p.quantity}: ${p.text}`}</title>
            {xe - xs > 2 && <line class="period" x1={xs} x2={xe} y1={yv} y2={yv} />}
            {p.upper !== null && <rect class="range" x={xm - 4} width={8} y={y(p.upper)} height={Math.max(2, yv - y(p.upper))} />}
            {up && <path class="bound" d={`M${xm},${yv - 6} L${xm},${yv - 26} M${xm - 5},${yv - 20} L${xm},${yv - 27} L${xm + 5},${yv - 20}`} />}
            {down && <path class="bound" d={`M${xm},${yv + 6} L${xm},${yv + 26} M${xm - 5},${yv + 20} L${xm},${yv + 27} L${xm + 5},${yv + 20}`} />}
            <circle cx={xm} cy={yv} r={5} class={p.qualifier === "approx" || p.qualifier === "vague" ? "hollow" : "solid"} />
          </g>
        );
      })}
    </svg>
  );
}
