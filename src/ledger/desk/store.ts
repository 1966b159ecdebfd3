// The review desk's port on Kysely: verdicts (recorded, edited, withdrawn, the history kept), reviewers'
// corrections, and claims with their latest verdict for export. Which verdicts exist and which need a
// note is the rating scale the ledger was opened with (configuration, from the CLI or the server).

import type { Kysely } from "kysely";
import type { LedgerDatabase } from "../schema.js";
import type { DeskStore, NewReview, Review, ReviewedClaim } from "../store.js";
import type { Correction, NewCorrection } from "./corrections.js";
import { checkNote, ratingFor } from "./ratings.js";
import * as desk from "./queries.js";
import { toClaims, toDocument } from "../documents/rows.js";

export class KyselyDesk implements DeskStore {
  constructor(
    private readonly db: Kysely<LedgerDatabase>,
    readonly ratingScale: string[],
    /** a verdict or correction changed what claim filters find */
    private readonly changed: () => void,
  ) {}

  async addReview(review: NewReview): Promise<Review> {
    const rating = ratingFor(review.verdict, this.ratingScale);
    checkNote(rating.label, review.note, this.ratingScale);
    const claim = await this.db.selectFrom("claims").select("id").where("id", "=", review.claimId).executeTakeFirst();
    if (!claim) throw new Error(`no claim ${review.claimId}`);
    const row = {
      claim_id: review.claimId, verdict: rating.label, rating_value: rating.value, note: review.note ?? null,
      links: JSON.stringify(review.links ?? []), reviewer: review.reviewer, created_at: new Date().toISOString(), replaces: review.replaces ?? null,
    };
    const r = await this.db.transaction().execute(async (trx) => {
      // an edit withdraws the verdict it replaces: one live verdict per claim, every one kept
      if (review.replaces !== undefined) {
        await desk.checkReplaceable(trx, review.claimId, review.replaces);
        await desk.withdrawReview(trx, review.replaces, review.reviewer);
      }
      return trx.insertInto("reviews").values(row).returning("id").executeTakeFirstOrThrow();
    });
    this.changed();
    return toReview({ ...row, id: Number(r.id) });
  }

  async withdrawReview(reviewId: number, reviewer: string): Promise<Review> {
    const r = await desk.withdrawReview(this.db, reviewId, reviewer);
    this.changed();
    return toReview(r);
  }

  verdicts(claimIds: number[]): Promise<Record<number, string>> {
    return desk.verdicts(this.db, claimIds);
  }

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const out = await this.db.transaction().execute((trx) => desk.addCorrection(trx, c));
    this.changed();
    return out;
  }

  corrections(claimId: number): Promise<Correction[]> {
    return desk.corrections(this.db, claimId);
  }

  async reviews(claimId: number, options: { limit?: number; offset?: number } = {}): Promise<Review[]> {
    const rows = await this.db.selectFrom("reviews").selectAll().where("claim_id", "=", claimId).orderBy("id", "asc")
      .limit(options.limit ?? 500).offset(options.offset ?? 0).execute();
    return rows.map((r) => toReview({ ...r, id: Number(r.id) }));
  }

  async reviewedClaims(options: { limit?: number; offset?: number; claimId?: number; claimIds?: number[]; documentId?: number } = {}): Promise<ReviewedClaim[]> {
    if (options.claimIds && !options.claimIds.length) return [];
    // one query: each claim's latest review with the claim and its document (not the document's text)
    let q = this.db
      .selectFrom("reviews")
      .innerJoin("claims", "claims.id", "reviews.claim_id")
      .innerJoin("documents", "documents.id", "claims.document_id")
      .select([
        "reviews.id as review_id", "reviews.claim_id", "reviews.verdict", "reviews.rating_value", "reviews.note", "reviews.links", "reviews.reviewer",
        "reviews.created_at", "claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source", "documents.hash",
        "documents.version", "documents.title", "documents.byline", "documents.outlet", "documents.ingested_at", "documents.claim_count", "documents.warnings",
      ])
      .where("reviews.id", "in", (eb) =>
        eb.selectFrom("reviews as latest").select((e) => e.fn.max("latest.id").as("id")).where("latest.withdrawn_at", "is", null).groupBy("latest.claim_id"));
    if (options.claimId !== undefined) q = q.where("reviews.claim_id", "=", options.claimId);
    if (options.claimIds) q = q.where("reviews.claim_id", "in", options.claimIds);
    if (options.documentId !== undefined) q = q.where("claims.document_id", "=", options.documentId);
    const rows = await q.orderBy("reviews.id", "desc").limit(options.limit ?? 1000).offset(options.offset ?? 0).execute();
    const claims = await toClaims(this.db, rows);
    return rows.map((r, i) => ({
      claim: claims[i],
      review: toReview({ ...r, id: Number(r.review_id) }),
      document: toDocument({ ...r, id: Number(r.document_id) }),
    }));
  }
}

function toReview(r: desk.ReviewRow): Review {
  return {
    id: r.id, claimId: Number(r.claim_id), verdict: r.verdict, ratingValue: Number(r.rating_value), note: r.note,
    links: JSON.parse(r.links) as string[], reviewer: r.reviewer, createdAt: r.created_at,
    withdrawnAt: r.withdrawn_at ?? null, withdrawnBy: r.withdrawn_by ?? null, replaces: r.replaces == null ? null : Number(r.replaces),
  };
}
