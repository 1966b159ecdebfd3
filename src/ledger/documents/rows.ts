// Documents and claims between their rows and their records: a claim's row (filter columns, the record as
// JSON without its text) and back, its text cut from its document's.

import { createHash } from "node:crypto";
import type { Generated } from "kysely";
import type { ClaimsTable, DocumentsTable } from "../schema.js";
import type { Db } from "../engines/engine.js";
import type { StoredClaim, StoredDocument } from "../store.js";
import type { Claim, ExtractWarning } from "../../types.js";

export const contentHash = (text: string) => createHash("sha256").update(text).digest("hex");

// SQLite allows 32,766 bound parameters; 22 columns × 400 rows stays well inside, and PostgreSQL's 65,535 too
export const CHUNK = 400;

export type DocumentRow = { [K in keyof DocumentsTable]: DocumentsTable[K] extends Generated<infer X> ? X : DocumentsTable[K] };

export function claimRow(documentId: number, ord: number, c: Claim): Omit<ClaimsTable, "id"> {
  const { text: _text, ...record } = c;
  return {
    document_id: documentId,
    ord,
    sentence_start: c.sentence.start,
    sentence_end: c.sentence.end,
    mode: c.mode,
    speaker: c.speaker?.name ?? null,
    speaker_kind: c.speaker?.kind ?? null,
    speaker_role: c.speaker?.role ?? null,
    cue: c.cue?.text ?? null,
    quantity_text: c.quantity?.text ?? null,
    value: c.quantity?.value ?? null,
    upper: c.quantity?.upper ?? null,
    qualifier: c.quantity?.qualifier ?? null,
    unit: c.quantity?.unit ?? null,
    counted: c.counted,
    predicate: c.predicate,
    period_start: c.period?.start ?? null,
    period_end: c.period?.end ?? null,
    places: c.places.length ? `|${c.places.join("|")}|` : "",
    data: JSON.stringify(record),
  };
}

export function toDocument(r: Omit<DocumentRow, "text">): StoredDocument {
  return {
    id: Number(r.id), source: r.source, hash: r.hash, version: Number(r.version), title: r.title, byline: r.byline, outlet: r.outlet,
    published: r.published, ingestedAt: r.ingested_at, claimCount: Number(r.claim_count),
    ...(r.warnings ? { warnings: JSON.parse(r.warnings) as ExtractWarning[] } : {}),
  };
}

export type ClaimRead = { id: number; document_id: number; data: string; published: string | null; source: string };

/** the claims of these rows, each with its text cut from its document's (read once per document) */
export async function toClaims(db: Db, rows: ClaimRead[]): Promise<StoredClaim[]> {
  const texts = new Map<number, string>();
  const ids = [...new Set(rows.map((r) => Number(r.document_id)))];
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const d of await db.selectFrom("documents").select(["id", "text"]).where("id", "in", ids.slice(i, i + CHUNK)).execute()) texts.set(Number(d.id), d.text);
  return rows.map((r) => toClaim(r, texts.get(Number(r.document_id)) ?? ""));
}

/** a claim record as stored, with its text cut from its document's */
export function withText<C extends Omit<Claim, "text">>(record: C, documentText: string): C & { text: string } {
  const { sentence, ...rest } = record;
  // the record's own field order: sentence, text, mode, …
  return { sentence, text: documentText.slice(sentence.start, sentence.end), ...rest } as C & { text: string };
}

// a stored record as claimRow writes it: its sentence first
const SENTENCE_FIRST = /^\{"sentence":\{"start":(\d+),"end":(\d+)\}/;

// A page of claims is a thousand of these (a metric's page): the claim is made by one JSON.parse of the
// stored record with its text and its row's fields written in, in the order the spreads below give (a key
// written twice keeps its first place and its last value, as a spread does), a third of their cost.
function toClaim(r: ClaimRead, documentText: string): StoredClaim {
  const head = SENTENCE_FIRST.exec(r.data);
  if (!head) {
    const record = withText(JSON.parse(r.data) as Omit<Claim, "text">, documentText);
    return { ...record, id: Number(r.id), documentId: Number(r.document_id), published: r.published, source: r.source };
  }
  const text = JSON.stringify(documentText.slice(Number(head[1]), Number(head[2])));
  const row = `"id":${Number(r.id)},"documentId":${Number(r.document_id)},"published":${JSON.stringify(r.published)},"source":${JSON.stringify(r.source)}`;
  // what follows the sentence: nothing, or its other keys, each after a comma
  const rest = r.data.slice(head[0].length, -1);
  return JSON.parse(`${head[0]},"text":${text}${rest},${row}}`) as StoredClaim;
}
