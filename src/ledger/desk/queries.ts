// The review desk's storage: withdrawing verdicts, the current verdict of many claims, reviewers'
// corrections, and carrying corrections over to a new version of a document (the desk and documents stores call these).

import type { Kysely, Transaction } from "kysely";
import { UserError } from "../../errors.js";
import type { LedgerDatabase } from "../schema.js";
import { recountSpeakers } from "../documents/speakers.js";
import { applyCorrection, checkCorrection, type CorrectableClaim, type Correction, type CorrectionField, type NewCorrection } from "./corrections.js";

type Db = Kysely<LedgerDatabase> | Transaction<LedgerDatabase>;

// SQLite allows 32,766 bound parameters; well inside
const CHUNK = 500;

export interface ReviewRow {
  id: number; claim_id: number; verdict: string; rating_value: number; note: string | null; links: string; reviewer: string; created_at: string;
  withdrawn_at?: string | null; withdrawn_by?: string | null; replaces?: number | null;
}

/** Marks a review withdrawn; only a claim's current (live) verdict can be. Returns the row. */
export async function withdrawReview(db: Db, reviewId: number, reviewer: string): Promise<ReviewRow> {
  const r = await db.selectFrom("reviews").selectAll().where("id", "=", reviewId).executeTakeFirst();
  if (!r) throw new UserError(`no review ${reviewId}`);
  if (r.withdrawn_at) throw new UserError(`review ${reviewId} was already withdrawn (${r.withdrawn_at.slice(0, 16).replace("T", " ")} by ${r.withdrawn_by})`);
  const at = new Date().toISOString();
  await db.updateTable("reviews").set({ withdrawn_at: at, withdrawn_by: reviewer }).where("id", "=", reviewId).execute();
  return { ...r, id: Number(r.id), withdrawn_at: at, withdrawn_by: reviewer };
}

/** Before an edit is stored: the review it replaces must be this claim's live verdict. */
export async function checkReplaceable(db: Db, claimId: number, reviewId: number): Promise<void> {
  const r = await db.selectFrom("reviews").select(["claim_id", "withdrawn_at"]).where("id", "=", reviewId).executeTakeFirst();
  if (!r || Number(r.claim_id) !== claimId) throw new UserError(`review ${reviewId} is not a verdict on claim ${claimId}`);
  if (r.withdrawn_at) throw new UserError(`review ${reviewId} was withdrawn: record a new verdict instead of editing it`);
}

export async function verdicts(db: Db, claimIds: number[]): Promise<Record<number, string>> {
  const out: Record<number, string> = {};
  for (let i = 0; i < claimIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom("reviews")
      .select(["claim_id", "verdict", "id"])
      .where("claim_id", "in", claimIds.slice(i, i + CHUNK))
      .where("withdrawn_at", "is", null)
      .orderBy("id", "asc")
      .execute();
    for (const r of rows) out[Number(r.claim_id)] = r.verdict;
  }
  return out;
}

const toCorrection = (r: { id: number; claim_id: number; field: string; value: string; previous: string; reviewer: string; created_at: string }): Correction => ({
  id: Number(r.id), claimId: Number(r.claim_id), field: r.field as CorrectionField, value: JSON.parse(r.value), previous: JSON.parse(r.previous),
  reviewer: r.reviewer, createdAt: r.created_at,
});

/** Applies a correction to the stored claim (record and filter columns) and keeps it; in the caller's transaction. */
export async function addCorrection(db: Db, c: NewCorrection, at = new Date().toISOString()): Promise<Correction> {
  const { field, value } = checkCorrection(c.field, c.value);
  const row = await db.selectFrom("claims").select(["id", "data", "speaker"]).where("id", "=", c.claimId).executeTakeFirst();
  if (!row) throw new UserError(`no claim ${c.claimId}`);
  const applied = applyCorrection(JSON.parse(row.data) as CorrectableClaim, field, value, { by: c.reviewer, at });
  await db.updateTable("claims").set({ ...applied.columns, data: JSON.stringify(applied.claim) }).where("id", "=", c.claimId).execute();
  // the speakers' counts follow a claim to its new speaker (or kind)
  if ("speaker" in applied.columns) await recountSpeakers(db, [row.speaker, applied.columns.speaker]);
  const stored = { claim_id: c.claimId, field, value: JSON.stringify(value), previous: JSON.stringify(applied.previous ?? null), reviewer: c.reviewer, created_at: at };
  const r = await db.insertInto("corrections").values(stored).returning("id").executeTakeFirstOrThrow();
  return toCorrection({ ...stored, id: Number(r.id) });
}

export async function corrections(db: Db, claimId: number): Promise<Correction[]> {
  const rows = await db.selectFrom("corrections").selectAll().where("claim_id", "=", claimId).orderBy("id", "asc").execute();
  return rows.map((r) => toCorrection({ ...r, id: Number(r.id) }));
}

/**
 * A new version of a document (same source, new text) keeps its reviewers' corrections: a claim of the
 * new version with the same sentence and the same quantity as a corrected claim of the version before
 * gets the same corrections, by the same reviewers at the same times. Returns how many were carried.
 */
export async function carryCorrections(trx: Db, documentId: number, source: string): Promise<number> {
  const prior = await trx
    .selectFrom("documents").select("id").where("source", "=", source).where("id", "<>", documentId).orderBy("version", "desc").limit(1).executeTakeFirst();
  if (!prior) return 0;
  const old = await trx
    .selectFrom("corrections")
    .innerJoin("claims", "claims.id", "corrections.claim_id")
    .select(["corrections.id", "corrections.claim_id", "corrections.field", "corrections.value", "corrections.previous", "corrections.reviewer", "corrections.created_at", "claims.sentence_start", "claims.sentence_end", "claims.quantity_text"])
    .where("claims.document_id", "=", Number(prior.id))
    .orderBy("corrections.id", "asc")
    .execute();
  if (!old.length) return 0;
  // claims keep offsets into their document's text (stored once), so each side's sentence is read from it
  const textOf = async (id: number) => (await trx.selectFrom("documents").select("text").where("id", "=", id).executeTakeFirstOrThrow()).text;
  const [priorText, freshText] = [await textOf(Number(prior.id)), await textOf(documentId)];
  const fresh = await trx.selectFrom("claims").select(["id", "sentence_start", "sentence_end", "quantity_text"]).where("document_id", "=", documentId).execute();
  const key = (text: string, c: { sentence_start: number; sentence_end: number; quantity_text: string | null }) =>
    `${text.slice(c.sentence_start, c.sentence_end).replace(/\s+/g, " ").trim()}\u0000${c.quantity_text ?? ""}`;
  const byKey = new Map<string, number>();
  for (const c of fresh) if (!byKey.has(key(freshText, c))) byKey.set(key(freshText, c), Number(c.id));
  let carried = 0;
  for (const o of old) {
    const target = byKey.get(key(priorText, o));
    if (target === undefined) continue;
    try {
      await addCorrection(trx, { claimId: target, field: o.field, value: JSON.parse(o.value), reviewer: o.reviewer }, o.created_at);
      carried++;
    } catch (e) {
      // the new reading cannot take it (a number correction where no number was read now): not carried
      if (!(e instanceof UserError)) throw e;
    }
  }
  return carried;
}
