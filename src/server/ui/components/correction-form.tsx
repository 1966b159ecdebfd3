// A reviewer's correction of what the extractor read: the speaker, the number, the counted thing, the
// period, or "not a claim"; the claim comes back as corrected.

import { useState } from "preact/hooks";
import type { Correction, StoredClaim } from "../../../ledger/store.js";
import { CORRECTION_FIELDS, type CorrectionField } from "../../../ledger/desk/corrections.js";
import { api } from "../api.js";

const FIELD_WORDS: Record<CorrectionField, string> = { speaker: "speaker", number: "number", counted: "counted thing", period: "period", "not-a-claim": "not a claim" };

export function CorrectionForm({ claim: c, onCorrected, onError }: { claim: StoredClaim; onCorrected: (x: Correction, c: StoredClaim) => void; onError: (m: string | null) => void }) {
  const fields = CORRECTION_FIELDS.filter((f) => f !== "number" || c.quantity);
  const [field, setField] = useState<CorrectionField>("speaker");
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const value =
      field === "number" ? { value: Number(text("value")), upper: text("upper") ? Number(text("upper")) : null }
      : field === "period" ? { start: text("start"), end: text("end") }
      : field === "not-a-claim" ? !c.notAClaim
      : text("text");
    setBusy(true);
    try {
      const r = await api<{ correction: Correction; claim: StoredClaim }>(`/api/claims/${c.id}/corrections`, { method: "POST", body: { field, value } });
      onError(null);
      onCorrected(r.correction, r.claim);
    } catch (err) {
      onError(`The correction was not stored: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="correct">
      <summary>Correct the extractor's reading</summary>
      <form class="stack" onSubmit={submit} data-testid="correction-form">
        <label>Field
          <select name="field" value={field} onChange={(e) => setField((e.currentTarget as HTMLSelectElement).value as CorrectionField)}>
            {fields.map((f) => <option value={f}>{FIELD_WORDS[f]}</option>)}
          </select>
        </label>
        {(field === "speaker" || field === "counted") && (
          <label>{field === "speaker" ? "Who said it" : "What is counted"} <input name="text" required maxLength={200} defaultValue={(field === "speaker" ? c.speaker?.name : c.counted) ?? ""} key={field} /></label>
        )}
        {field === "number" && (
          <div class="row">
            <label>Value <input name="value" type="number" step="any" required defaultValue={String(c.quantity?.value ?? "")} /></label>
            <label>Upper bound (a range) <input name="upper" type="number" step="any" defaultValue={c.quantity?.upper != null ? String(c.quantity.upper) : ""} /></label>
          </div>
        )}
        {field === "period" && (
          <div class="row">
            <label>From <input name="start" type="date" required defaultValue={c.period?.start ?? ""} /></label>
            <label>To <input name="end" type="date" required defaultValue={c.period?.end ?? ""} /></label>
          </div>
        )}
        {field === "not-a-claim" && <p class="hint">{c.notAClaim ? "This item is marked not a claim; saving marks it a claim again." : "Saving marks this item not a claim: the extractor was wrong to take it for one."}</p>}
        <button type="submit" disabled={busy}>{field === "not-a-claim" ? (c.notAClaim ? "It is a claim" : "Mark not a claim") : "Save the correction"}</button>
      </form>
    </details>
  );
}
