// Speakers: who claims most; and one speaker's claims grouped by what is counted, each group a timeline.

import type { SpeakerSummary } from "../../../ledger/store.js";
import type { TimelinePoint } from "../../routes/speakers.js";
import { useApi } from "../api.js";
import { Link } from "../router.js";
import { Timeline } from "./timeline.js";
import { quantityReading } from "../format.js";

export function SpeakersPage() {
  const { data, error } = useApi<{ items: SpeakerSummary[] }>("/api/speakers?limit=200");
  const items = data?.items;
  return (
    <section>
      <h1>Speakers</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {items && (
        <table>
          <thead><tr><th>speaker</th><th>kind</th><th>roles</th><th>claims with numbers</th><th>statements</th><th>documents</th></tr></thead>
          <tbody>
            {items.map((s) => (
              <tr>
                <td><Link href={`/speakers/${encodeURIComponent(s.name)}`}>{s.name}</Link></td>
                <td>{s.kind}</td><td>{s.roles.join(", ")}</td><td>{s.quantified}</td><td>{s.claims}</td><td>{s.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface SpeakerView { speaker: { name: string; kind: string | null; roles: string[] }; groups: { counted: string; points: TimelinePoint[] }[] }

export function SpeakerPage({ name }: { name: string }) {
  const { data: view, error } = useApi<SpeakerView>(`/api/speakers/${encodeURIComponent(name)}/claims`);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!view) return <p class="loading">Loading…</p>;
  return (
    <section>
      <h1>{view.speaker.name}</h1>
      <p class="meta">{[view.speaker.kind, ...view.speaker.roles].filter(Boolean).join(" · ")}</p>
      <p class="legend"><span class="solid">●</span> exact <span class="hollow">○</span> about <span>▮</span> range <span>↑</span> more than / at least <span>↓</span> less than / at most — a line under a point is the period it is about.</p>
      {view.groups.map((g) => (
        <div class="metric" data-testid="metric-group">
          <h2>{g.counted}</h2>
          <Timeline counted={g.counted} points={g.points} />
          <table class="compact">
            <tbody>
              {g.points.map((p) => (
                <tr>
                  <td>{p.start === p.end ? p.start : `${p.start} – ${p.end}`}</td>
                  <td>{quantityReading({ value: p.value, upper: p.upper, qualifier: p.qualifier as never, unit: p.unit, text: p.quantity })}</td>
                  <td><Link href={`/claims/${p.claimId}`}>{p.text.length > 140 ? `${p.text.slice(0, 140)}…` : p.text}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
