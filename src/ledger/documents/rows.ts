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
  const texts = await documentTexts(db, rows);
  return rows.map((r) => toClaim(r, texts.get(Number(r.document_id)) ?? ""));
}

/** a claim by id and as JSON text */
export type ClaimText = { id: number; json: string };

/** toClaims' claims as the JSON text JSON.stringify makes of them */
export async function toClaimTexts(db: Db, rows: ClaimRead[]): Promise<ClaimText[]> {
  const texts = await documentTexts(db, rows);
  return rows.map((r) => ({ id: Number(r.id), json: claimJson(r, texts.get(Number(r.document_id)) ?? "") }));
}

async function documentTexts(db: Db, rows: ClaimRead[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  const ids = [...new Set(rows.map((r) => Number(r.document_id)))];
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const d of await db.selectFrom("documents").select(["id", "text"]).where("id", "in", ids.slice(i, i + CHUNK)).execute()) texts.set(Number(d.id), d.text);
  return texts;
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
  if (!head) return recordClaim(r, JSON.parse(r.data) as Record<string, unknown>, documentText);
  return JSON.parse(builtJson(r, head, documentText)) as StoredClaim;
}

function builtJson(r: ClaimRead, head: RegExpExecArray, documentText: string): string {
  const text = JSON.stringify(documentText.slice(Number(head[1]), Number(head[2])));
  const row = `"id":${Number(r.id)},"documentId":${Number(r.document_id)},"published":${JSON.stringify(r.published)},"source":${JSON.stringify(r.source)}`;
  // what follows the sentence: nothing, or its other keys, each after a comma
  const rest = r.data.slice(head[0].length, -1);
  return `${head[0]},"text":${text}${rest},${row}}`;
}

// keys of the row's a record never holds (claimRow and the corrections write none; text is cut out by every writer)
const ROW_KEYS = /"(?:id|documentId|published|source)":/;

/**
 * JSON.stringify(toClaim(r)) without making the claim: a record as claimRow writes it (JSON.stringify's own text)
 * is written in as it is, a fifth of the cost of parsing it and writing it out again; any other, made and written.
 */
function claimJson(r: ClaimRead, documentText: string): string {
  const head = SENTENCE_FIRST.exec(r.data);
  if (!head || ROW_KEYS.test(r.data)) return JSON.stringify(toClaim(r, documentText));
  return builtJson(r, head, documentText);
}

/**
 * A record stored in another form (spaced, as PostgreSQL's json functions write it, or its sentence not first)
 * as withText and a spread of the row's fields make it, in one copy, not three (13 µs a claim to 8 with its
 * JSON.stringify): each key at its first place with its last value.
 */
function recordClaim(r: ClaimRead, record: Record<string, unknown>, documentText: string): StoredClaim {
  const sentence = record.sentence as Claim["sentence"];
  const out: Record<string, unknown> = { sentence, text: documentText.slice(sentence.start, sentence.end) };
  for (const k in record) {
    // a key named so would set the copy's prototype, not a field: as the spread does
    if (k === "__proto__") Object.defineProperty(out, k, { value: record[k], enumerable: true, writable: true, configurable: true });
    else if (k !== "sentence") out[k] = record[k];
  }
  out.id = Number(r.id);
  out.documentId = Number(r.document_id);
  out.published = r.published;
  out.source = r.source;
  return out as unknown as StoredClaim;
}
