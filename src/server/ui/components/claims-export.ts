// The claims view as a CSV download: the view's pages read at the API's largest, up to CSV_MAX claims, with
// their verdicts; what it is doing (or why it stopped) in words for the page to show.

import { useState } from "preact/hooks";
import type { StoredClaim } from "../../../ledger/store.js";
import { MAX_CLAIM_PAGE } from "../../../domain/claim-filter.js";
import { api, query } from "../api.js";
import { claimsCsv } from "../csv.js";

const CSV_PAGE = MAX_CLAIM_PAGE;
export const CSV_MAX = 20_000;

interface Page { items: StoredClaim[]; total: number; next: number | null }

/** [what the export is doing, or null; start it for the view of these URL parameters with this many claims] */
export function useClaimsExport(params: Record<string, string>, total: number | undefined): [string | null, () => Promise<void>] {
  const [exporting, setExporting] = useState<string | null>(null);
  const exportCsv = async () => {
    if (total === undefined) return;
    setExporting(`Preparing ${Math.min(total, CSV_MAX).toLocaleString("en")} claims…`);
    try {
      const claims: StoredClaim[] = [];
      const found: Record<number, string> = {};
      // the whole view from its first claim, page after page by the keyset cursor, whatever page is shown
      let after: number | null | undefined;
      while (claims.length < Math.min(total, CSV_MAX) && after !== null) {
        const page = await api<Page>(`/api/claims${query({ ...params, offset: undefined, after, limit: CSV_PAGE })}`);
        claims.push(...page.items);
        if (page.items.length) Object.assign(found, (await api<{ verdicts: Record<number, string> }>(`/api/verdicts?claims=${page.items.map((c) => c.id).join(",")}`)).verdicts);
        after = page.next;
      }
      const url = URL.createObjectURL(new Blob([claimsCsv(claims, found)], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = "claims.csv";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExporting(total > CSV_MAX ? `Exported the first ${CSV_MAX.toLocaleString("en")} of ${total.toLocaleString("en")} claims: narrow the filters for the rest.` : null);
    } catch (err) {
      setExporting(`The export failed: ${(err as Error).message}`);
    }
  };
  return [exporting, exportCsv];
}
