// Keyset paging for the sorts other than id: the claims after a claim (the last one of the page before) in
// the order asked, found from that claim's place in the sort's index rather than by counting every claim
// before it (an offset). The order is the sort's key, then the claim id; a key can be null (a statement
// without a number has no value, a document no date), and nulls come first or last as the engine sorts them.
// The rest of the list is read as a few segments in order, each a range of one index: the claims that tie
// with the anchor's key after it, those past its key, then the nulls when they come last. Segments are
// read until the page is full, so a page costs a few index lookups however deep in the list.

import { expressionBuilder, sql, type Expression, type SqlBool } from "kysely";
import type { LedgerDatabase } from "../schema.js";
import type { ClaimSort } from "../../domain/claim-filter.js";

/** what keyset paging needs of the anchor claim: its id, document, and the keys of the sorts */
export interface Anchor {
  id: number;
  documentId: number;
  value: number | null;
  speaker: string | null;
  published: string | null;
}

type Eb = ReturnType<typeof expressionBuilder<LedgerDatabase, "claims" | "documents">>;

/**
 * The conditions, in the list's order, that select the claims after `a` sorted by `sort` (not id) in `order`;
 * `nullsFirst`: the engine's place for nulls in an ascending order.
 */
export function keysetSegments(sort: Exclude<ClaimSort, "id">, order: "asc" | "desc", a: Anchor, nullsFirst: boolean): Expression<SqlBool>[] {
  const eb: Eb = expressionBuilder<LedgerDatabase, "claims" | "documents">();
  const past = order === "desc" ? "<" : ">";
  // nulls lead an ascending list where the engine puts them first, and a descending one where it puts them last
  const nullsLead = nullsFirst === (order === "asc");
  if (sort === "published") {
    // the key is the document (its date, then its id, both in the order asked); its claims by id
    const rest = eb.and([eb("documents.id", "=", a.documentId), eb("claims.id", ">", a.id)]);
    if (a.published === null)
      return [rest, eb.and([eb("documents.published", "is", null), eb("documents.id", past, a.documentId)]), ...(nullsLead ? [eb("documents.published", "is not", null)] : [])];
    // a row comparison: one range of the index (published, id)
    const after = sql<SqlBool>`(documents.published, documents.id) ${sql.raw(past)} (${a.published}, ${a.documentId})`;
    return [rest, after, ...(nullsLead ? [] : [eb("documents.published", "is", null)])];
  }
  const column = sort === "value" ? "claims.value" : "claims.speaker";
  const key = sort === "value" ? a.value : a.speaker;
  if (key === null) return [eb.and([eb(column, "is", null), eb("claims.id", ">", a.id)]), ...(nullsLead ? [eb(column, "is not", null)] : [])];
  return [eb.and([eb(column, "=", key), eb("claims.id", ">", a.id)]), eb(column, past, key), ...(nullsLead ? [] : [eb(column, "is", null)])];
}
