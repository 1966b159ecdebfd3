// The claims table: one row a claim with its current verdict, the columns that sort (published, speaker,
// quantity) as buttons that say the order.

import type { StoredClaim } from "../../../ledger/store.js";
import { Link } from "../router.js";
import { quantityReading } from "../format.js";

export function ClaimsTable({ claims, verdicts, params, onSort }: {
  claims: StoredClaim[]; verdicts: Record<number, string>; params: Record<string, string>; onSort: (field: string, order: "asc" | "desc") => void;
}) {
  const sortBy = (field: string) => onSort(field, params.sort === field && params.order !== "asc" ? "asc" : "desc");
  const arrow = (field: string) => (params.sort === field ? (params.order === "asc" ? " ▲" : " ▼") : "");
  return (
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
        {claims.map((c) => (
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
  );
}
