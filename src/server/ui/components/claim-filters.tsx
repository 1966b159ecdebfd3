// The claims page's filter form: the one claim filter's fields a person fills in (domain/claim-filter.ts),
// shown as the URL has them, with the speakers whose names start with what is typed offered as it is typed.

import { useState } from "preact/hooks";
import type { SpeakerSummary } from "../../../ledger/store.js";
import { CLAIM_FILTER, FILTER_WORDS } from "../../../domain/claim-filter.js";
import { query, useApi } from "../api.js";
import { navigate } from "../router.js";

// "" first: no filter
const QUALIFIER_CHOICES = ["", ...CLAIM_FILTER.qualifier.values];
const MODE_CHOICES = ["", ...CLAIM_FILTER.mode.values];

/** the filters a form holds, as URL parameters (an empty field is none) */
export function formFilters(form: FormData): Record<string, string | undefined> {
  const next: Record<string, string | undefined> = {};
  for (const f of FILTER_WORDS) next[f] = String(form.get(f) ?? "").trim() || undefined;
  next.all = form.get("all") ? "true" : undefined;
  return next;
}

/** whether the URL's parameters filter anything */
export const isFiltered = (params: Record<string, string>) => FILTER_WORDS.some((f) => params[f]) || params.all === "true";

export function ClaimFilterForm({ params, formKey, onFilter }: { params: Record<string, string>; formKey: string; onFilter: (filters: Record<string, string | undefined>) => void }) {
  const [speakerWords, setSpeakerWords] = useState("");
  const { data: suggestions } = useApi<{ items: SpeakerSummary[] }>(speakerWords.trim().length >= 2 ? `/api/speakers${query({ q: speakerWords.trim(), limit: 8 })}` : null);
  const submit = (e: Event) => {
    e.preventDefault();
    onFilter(formFilters(new FormData(e.currentTarget as HTMLFormElement)));
  };
  return (
    <form class="filters" onSubmit={submit} key={formKey}>
      <input name="speaker" placeholder="speaker" defaultValue={params.speaker ?? ""} aria-label="speaker" list="speaker-suggestions" autocomplete="off"
        onInput={(e) => setSpeakerWords((e.currentTarget as HTMLInputElement).value)} />
      <datalist id="speaker-suggestions" data-testid="speaker-suggestions">{suggestions?.items.map((s) => <option value={s.name} />)}</datalist>
      <input name="counted" placeholder="counted (people, detained)" defaultValue={params.counted ?? ""} aria-label="counted" />
      <input name="place" placeholder="place" defaultValue={params.place ?? ""} aria-label="place" />
      <input name="search" placeholder="words in the sentence" defaultValue={params.search ?? ""} aria-label="search" />
      <label>from <input name="from" type="date" defaultValue={params.from ?? ""} /></label>
      <label>to <input name="to" type="date" defaultValue={params.to ?? ""} /></label>
      <select name="qualifier" aria-label="qualifier">{QUALIFIER_CHOICES.map((q) => <option value={q} selected={params.qualifier === q}>{q || "any qualifier"}</option>)}</select>
      <select name="mode" aria-label="mode">{MODE_CHOICES.map((q) => <option value={q} selected={params.mode === q}>{q || "any mode"}</option>)}</select>
      <label><input type="checkbox" name="all" defaultChecked={params.all === "true"} /> without numbers too</label>
      <button type="submit">Filter</button>
      {isFiltered(params) && <button type="button" class="link" onClick={() => navigate("/claims")}>Clear filters</button>}
    </form>
  );
}
