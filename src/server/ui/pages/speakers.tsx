// Speakers: who claims most, searchable by part of the name, in pages; and one speaker's record (claims,
// no evidence given, hedges, verdicts) and claims grouped by the metric they are about, each a timeline.

import type { SpeakerSummary } from "../../../ledger/store.js";
import type { SpeakerRecord, TimelineGroup } from "../../routes/speakers.js";
import { query, useApi } from "../api.js";
import { Link } from "../router.js";
import { Legend, Timeline } from "./timeline.js";
import { periodReading, quantityReading } from "../format.js";
import { Empty, Failed, Loading } from "../states.js";
import { SearchForm, SearchPager, useSearch } from "../components/search.js";

const PAGE = 100;

export function SpeakersPage() {
  const { q, offset } = useSearch();
  const { data, error, loading } = useApi<{ items: SpeakerSummary[]; total: number }>(`/api/speakers${query({ q, limit: PAGE, offset: offset || undefined })}`);
  const items = data?.items;
  return (
    <section>
      <h1>Speakers</h1>
      <SearchForm path="/speakers" q={q} placeholder="part of a name (rahim)" label="find a speaker" all="All speakers" />
      {error && <Failed what="speakers" message={error} />}
      {loading && <Loading what="speakers" />}
      {items && !items.length && <Empty>{q ? <>No speaker's name has words starting with “{q}”.</> : "No speakers yet: no claim in the ledger is attributed."}</Empty>}
      {data && items && items.length > 0 && (
        <>
          <p class="count" data-testid="speakers-count">{data.total.toLocaleString("en")} speakers{q ? ` matching “${q}”` : ""}</p>
          <table class="cards">
            <thead><tr><th>speaker</th><th>kind</th><th>roles</th><th>claims with numbers</th><th>statements</th><th>documents</th></tr></thead>
            <tbody>
              {items.map((s) => (
                <tr>
                  <td data-label="speaker"><Link href={`/speakers/${encodeURIComponent(s.name)}`}>{s.name}</Link></td>
                  <td data-label="kind">{s.kind}</td><td data-label="roles">{s.roles.join(", ")}</td><td data-label="with numbers" class="num">{s.quantified}</td>
                  <td data-label="statements" class="num">{s.claims}</td><td data-label="documents" class="num">{s.documents}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SearchPager path="/speakers" q={q} offset={offset} limit={PAGE} shown={items.length} total={data.total} noun="speakers" />
        </>
      )}
    </section>
  );
}

interface SpeakerView {
  speaker: { name: string; kind: string | null; roles: string[] };
  asked: string;
  others: string[];
  record: SpeakerRecord;
  groups: TimelineGroup[];
}

const share = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : "—");

/** the speaker's record in words and figures: how many claims, how often without evidence or hedged, the verdicts */
function Record({ r, name }: { r: SpeakerRecord; name: string }) {
  const verdicts = Object.entries(r.verdicts).sort((a, b) => b[1] - a[1]);
  return (
    <section class="record" aria-label={`${name}'s record`} data-testid="speaker-record">
      <h2>Record</h2>
      <dl>
        <dt>claims with numbers</dt><dd data-testid="record-claims">{r.claims.toLocaleString("en")} <span class="muted">(of {r.statements.toLocaleString("en")} statements)</span></dd>
        <dt>no evidence given</dt><dd data-testid="record-no-evidence">{share(r.noEvidence, r.claims)} <span class="muted">({r.noEvidence} of {r.claims})</span></dd>
        <dt>hedged</dt><dd data-testid="record-hedged">{share(r.hedged, r.claims)} <span class="muted">({r.hedged}{r.hedges.length ? `: ${r.hedges.map((h) => `“${h.word}” ${h.claims}`).join(", ")}` : ""})</span></dd>
        <dt>verdicts</dt>
        <dd data-testid="record-verdicts">
          {r.reviewed ? verdicts.map(([v, n], i) => <>{i ? ", " : ""}<strong>{v}</strong> {n}</>) : "none yet"}
          <span class="muted"> ({r.claims - r.reviewed} unreviewed)</span>
        </dd>
      </dl>
    </section>
  );
}

export function SpeakerPage({ name }: { name: string }) {
  const { data: view, error } = useApi<SpeakerView>(`/api/speakers/${encodeURIComponent(name)}/claims`);
  if (error) return <Failed what={`${name}'s claims`} message={error} />;
  if (!view) return <Loading what={`${name}'s claims`} />;
  return (
    <section>
      <h1>{view.speaker.name}</h1>
      {/* another spelling of the same name ("Officials" for "officials") is the speaker, not a near match */}
      {view.asked.toLowerCase() !== view.speaker.name.toLowerCase() && (
        <p class="hint" data-testid="speaker-matched">
          No speaker is named exactly “{view.asked}”: this is {view.speaker.name}, who has the most claims among those whose name has it.
          {view.others.length > 0 && <> Also: {view.others.map((o, i) => <>{i ? ", " : ""}<Link href={`/speakers/${encodeURIComponent(o)}`}>{o}</Link></>)}.</>}
        </p>
      )}
      <p class="meta">{[view.speaker.kind, ...view.speaker.roles].filter(Boolean).join(" · ")} · <Link href={`/claims${query({ speaker: view.speaker.name })}`}>all claims in the table</Link></p>
      <Record r={view.record} name={view.speaker.name} />
      <h2>By metric</h2>
      <Legend />
      {view.groups.map((g) => (
        <div class="metric" data-testid="metric-group" data-metric={g.key ?? undefined}>
          <h3>{g.key ? <Link href={`/metrics/${encodeURIComponent(g.key)}`}>{g.label}</Link> : <>{g.label} <span class="muted">(in no metric: what is counted is all that is known)</span></>}</h3>
          <Timeline label={g.label} points={g.points} />
          <table class="compact cards">
            <tbody>
              {g.points.map((p) => (
                <tr>
                  <td class="date">{periodReading(p)}</td>
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
