// A claim's fields as the extractor read them, each corrected one with who corrected it, when, and what the
// extractor had read.

import type { StoredClaim } from "../../../ledger/store.js";
import { correctionText, type CorrectionField, type CorrectionMark } from "../../../ledger/desk/corrections.js";
import { quantityReading } from "../format.js";

export const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

function Field({ name, value, mark, field }: { name: string; value: unknown; mark?: CorrectionMark; field?: CorrectionField }) {
  if (!mark && (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length))) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd data-field={name}>{Array.isArray(value) ? value.join(", ") : String(value ?? "")}</dd>
      {mark && field && (
        <dd class="corrected" data-corrected={field}>corrected by {mark.by}, {when(mark.at)}; the extractor read “{correctionText(field, mark.was)}”</dd>
      )}
    </>
  );
}

export function ClaimFields({ claim: c }: { claim: StoredClaim }) {
  const q = c.quantity;
  const m = c.corrected ?? {};
  return (
    <dl data-testid="claim-fields">
      <Field name="speaker" value={c.speaker ? `${c.speaker.name}${c.speaker.resolved ? "" : " (unresolved)"}` : null} mark={m.speaker} field="speaker" />
      <Field name="role" value={c.speaker?.role} />
      <Field name="mention" value={c.speaker && c.speaker.mention !== c.speaker.name ? c.speaker.mention : null} />
      <Field name="cue" value={c.cue ? `${c.cue.text} (${c.mode})` : c.mode} />
      <Field name="quantity" value={q ? q.text : null} />
      <Field name="qualifier" value={q ? `${q.qualifier}: ${quantityReading(q)}` : null} mark={m.number} field="number" />
      <Field name="counted" value={c.counted} mark={m.counted} field="counted" />
      <Field name="what happened" value={c.predicate} />
      <Field name="period" value={c.period ? `${c.period.start} – ${c.period.end} (“${c.period.text}”, ${c.period.source})` : null} mark={m.period} field="period" />
      <Field name="places" value={c.places} />
      <Field name="hedges" value={c.hedges} />
      <Field name="evidence" value={c.evidence ? `${c.evidence.status}: ${c.evidence.text}` : null} />
      <Field name="unresolved" value={c.unresolved} />
    </dl>
  );
}
