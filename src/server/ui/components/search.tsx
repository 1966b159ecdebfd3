// A searchable listing's search box and pager (/speakers, /metrics): the words and the page are kept in the
// URL (?q=…&offset=…), so a search can be linked and the back button undoes it.

import { query } from "../api.js";
import { Link, navigate, useLocation } from "../router.js";
import { Pager } from "../states.js";

/** the words searched for and the page's offset, from the URL */
export function useSearch(): { q: string; offset: number } {
  const { search } = useLocation();
  return { q: search.get("q") ?? "", offset: Number(search.get("offset") ?? 0) || 0 };
}

/** the search box: `path` is the listing's, `all` the link back to it unsearched */
export function SearchForm({ path, q, placeholder, label, all }: { path: string; q: string; placeholder: string; label: string; all: string }) {
  const find = (e: Event) => {
    e.preventDefault();
    navigate(`${path}${query({ q: String(new FormData(e.currentTarget as HTMLFormElement).get("q") ?? "").trim() })}`);
  };
  return (
    <form class="filters" role="search" onSubmit={find} key={q}>
      <input name="q" type="search" placeholder={placeholder} aria-label={label} defaultValue={q} />
      <button type="submit">Find</button>
      {q && <Link href={path}>{all}</Link>}
    </form>
  );
}

/** the pager of a searched listing: the same words, another page */
export function SearchPager({ path, q, offset, limit, shown, total, noun }: { path: string; q: string; offset: number; limit: number; shown: number; total: number; noun: string }) {
  return <Pager offset={offset} limit={limit} shown={shown} total={total} noun={noun} onGo={(o) => navigate(`${path}${query({ q, offset: o || undefined })}`)} />;
}
