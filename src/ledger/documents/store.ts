// The documents and claims port on Kysely: storing a document with its claims (and its sentences for
// search, through the engine), reading documents and claims, filters, counts and speakers.

import { expressionBuilder, sql, type Expression, type SqlBool } from "kysely";
import type { LedgerDatabase } from "../schema.js";
import type { DocumentRange, LedgerEngine } from "../engines/engine.js";
import type { AddResult, ClaimFilter, ClaimSort, DocumentStore, NewDocument, SpeakerSummary, StoredClaim, StoredDocument, StoredDocumentWithText } from "../store.js";
import type { Claim } from "../../types.js";
import { UserError } from "../../errors.js";
import { CHUNK, claimRow, contentHash, toClaims, toClaimTexts, toDocument, type ClaimRead, type ClaimText } from "./rows.js";
import { carryCorrections } from "../desk/queries.js";
import { addSpeakerCounts, speakerSummaries } from "./speakers.js";
import { keysetSegments } from "./keyset.js";

/** how many claims a search's first pages look through before asking the whole search (searchByWalking) */
const WALK = 5000;
/** how long a search's expected share is kept: only the way a page is looked for follows it, not the page */
const SHARE_MS = 60_000;

export class KyselyDocuments implements DocumentStore {
  /** counts by filter, valid while `changeMark` says the ledger has not changed */
  private counts = new Map<string, Promise<number>>();
  private countsMark: unknown = null;

  /** the share of sentences searches' words are expected to match, by words, as the engine read it then */
  private shares = new Map<string, { at: number; share: Promise<number> }>();

  constructor(private readonly engine: LedgerEngine) {}

  private get db() {
    return this.engine.db;
  }

  /** own writes do not move data_version (it counts other connections' commits): forget counts here */
  changed(): void {
    this.counts.clear();
  }

  async documentWithContent(hash: string): Promise<number | null> {
    const r = await this.db.selectFrom("documents").select("id").where("hash", "=", hash).executeTakeFirst();
    return r ? Number(r.id) : null;
  }

  async addDocument(doc: NewDocument): Promise<AddResult> {
    const hash = contentHash(doc.text);
    return this.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom("documents").select(["id", "claim_count"]).where("hash", "=", hash).executeTakeFirst();
      if (same) return { status: "unchanged", documentId: Number(same.id), claims: 0 } as AddResult;
      const prior = await trx.selectFrom("documents").select((eb) => eb.fn.max("version").as("v")).where("source", "=", doc.source).executeTakeFirst();
      const version = prior?.v != null ? Number(prior.v) + 1 : 1;
      const claims = doc.record.claims;
      for (const c of claims)
        if (doc.text.slice(c.sentence.start, c.sentence.end) !== c.text) throw new Error(`${doc.source}: a claim's offsets do not match the document's text (${c.sentence.start}–${c.sentence.end})`);
      // document ids then commit in order: the metrics and alerts read documents after the last id they read
      await this.engine.lockTransaction(trx, "documents");
      const inserted = await trx
        .insertInto("documents")
        .values({
          source: doc.source, hash, version, title: doc.title ?? doc.record.document.title ?? null, byline: doc.byline ?? null,
          outlet: doc.outlet ?? null, published: doc.published ?? doc.record.document.published ?? null, text: doc.text,
          ingested_at: new Date().toISOString(), claim_count: claims.length,
          warnings: doc.record.warnings?.length ? JSON.stringify(doc.record.warnings) : null,
        })
        // another writer may have stored the same text since the look-up above (PostgreSQL runs writers
        // side by side): that is "already stored", not a duplicate-key failure
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) {
        const other = await trx.selectFrom("documents").select("id").where("hash", "=", hash).executeTakeFirstOrThrow();
        return { status: "unchanged", documentId: Number(other.id), claims: 0 } as AddResult;
      }
      const documentId = Number(inserted.id);
      for (let i = 0; i < claims.length; i += CHUNK)
        await trx.insertInto("claims").values(claims.slice(i, i + CHUNK).map((c, k) => claimRow(documentId, i + k, c))).execute();
      await this.engine.insertSentences(trx, documentId, doc.text, sentenceSpans(claims));
      // counted as read, before corrections carried from the version before recount what they move
      await addSpeakerCounts(trx, claims);
      // reviewers' corrections survive a re-ingest: the new version's same claims get them again
      if (version > 1) await carryCorrections(trx, documentId, doc.source);
      this.changed();
      return { status: version > 1 ? "version" : "new", documentId, claims: claims.length } as AddResult;
    });
  }

  async getDocument(id: number): Promise<StoredDocumentWithText | null> {
    const r = await this.db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? { ...toDocument(r), text: r.text } : null;
  }

  async listDocuments(options: { limit?: number; offset?: number } = {}): Promise<StoredDocument[]> {
    const rows = await this.db
      .selectFrom("documents")
      .select(["id", "source", "hash", "version", "title", "byline", "outlet", "published", "ingested_at", "claim_count", "warnings"])
      .orderBy("id", "desc")
      .limit(options.limit ?? 100)
      .offset(options.offset ?? 0)
      .execute();
    return rows.map(toDocument);
  }

  countDocuments(): Promise<number> {
    // every document list asks it (PostgreSQL: 2 ms of a 50,000-document ledger's list page): kept like a claim count
    return this.cached("documents", async (range) => {
      let q = this.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n"));
      if (range?.after !== undefined) q = q.where("id", ">", range.after);
      if (range) q = q.where("id", "<=", range.upTo);
      return Number((await q.executeTakeFirst())?.n ?? 0);
    });
  }

  async getClaim(id: number): Promise<StoredClaim | null> {
    const rows = await this.claimQuery().where("claims.id", "=", id).execute();
    return rows.length ? (await toClaims(this.db, rows))[0] : null;
  }

  private claimQuery() {
    return this.db
      .selectFrom("claims")
      .innerJoin("documents", "documents.id", "claims.document_id")
      .select(["claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source"]);
  }

  /** a filter as conditions on the claims table (the engine's for its word filters): for listing and counting alike */
  private conditions(f: ClaimFilter): Expression<SqlBool>[] {
    const eb = expressionBuilder<LedgerDatabase, "claims">();
    const out: Expression<SqlBool>[] = this.engine.wordConditions(f);
    if (typeof f.speakerName === "string" && f.speakerName) out.push(eb("claims.speaker", "=", f.speakerName));
    else if (Array.isArray(f.speakerName) && f.speakerName.length) out.push(eb("claims.speaker", "in", f.speakerName));
    if (f.periodFrom) out.push(eb("claims.period_end", ">=", f.periodFrom));
    if (f.periodTo) out.push(eb("claims.period_start", "<=", f.periodTo));
    if (f.qualifier) out.push(eb("claims.qualifier", "=", f.qualifier));
    if (f.mode) out.push(eb("claims.mode", "=", f.mode));
    if (f.documentId !== undefined) out.push(eb("claims.document_id", "=", f.documentId));
    if (f.quantified) out.push(eb("claims.quantity_text", "is not", null));
    if (f.reviewed !== undefined) {
      const has = sql<boolean>`exists (select 1 from reviews where reviews.claim_id = claims.id and reviews.withdrawn_at is null)`;
      out.push(f.reviewed ? has : sql<boolean>`not ${has}`);
    }
    return out;
  }

  /**
   * The filter with its speaker's words as the exact names they find, where the engine reads a speaker's
   * claims faster so (PostgreSQL: from the speaker's own index, in id order); the same claims.
   */
  private async byName(f: ClaimFilter): Promise<ClaimFilter> {
    if (!f.speaker || f.speakerName !== undefined || !this.engine.speakerNames) return f;
    const names = await this.engine.speakerNames(this.db, f.speaker);
    // no name: the words find nothing, and say so at once from their own index
    if (!names?.length) return f;
    return { ...f, speaker: undefined, speakerName: names.length === 1 ? names[0] : names };
  }

  async findClaims(filter: ClaimFilter): Promise<StoredClaim[]> {
    return toClaims(this.db, await this.claimRows(filter));
  }

  /** findClaims' claims as JSON text, as JSON.stringify gives them (a listing written out without parsing them) */
  async findClaimTexts(filter: ClaimFilter): Promise<ClaimText[]> {
    return toClaimTexts(this.db, await this.claimRows(filter));
  }

  private async claimRows(filter: ClaimFilter): Promise<ClaimRead[]> {
    const f = await this.byName(filter);
    const sort = f.sort ?? "id";
    const order = f.order ?? (sort === "published" || sort === "value" ? "desc" : "asc");
    const limit = Math.min(f.limit ?? 100, 10_000), offset = f.offset ?? 0;
    if (f.after !== undefined && sort !== "id") return this.pageAfter(f, sort, order, limit, offset);
    const walked = await this.searchByWalking(f, order, limit, offset);
    if (walked) return walked;
    // keyset paging: the claims past the last one of the page before, read from there along the id index
    const after = f.after !== undefined ? [expressionBuilder<LedgerDatabase, "claims">()("claims.id", order === "desc" ? "<" : ">", f.after)] : [];
    return this.page(f, order, after, limit, offset);
  }

  /** the filter's claims in the order asked (ties by claim id) */
  private ordered<Q extends ReturnType<typeof this.claimQuery>>(q: Q, f: ClaimFilter, order: "asc" | "desc"): Q {
    switch (f.sort ?? "id") {
      // a day's documents newest (or oldest) first too, each one's claims in order: what the index
      // documents (published, id) gives, a document at a time, without sorting a day's claims
      case "published": return q.orderBy("documents.published", order).orderBy("claims.document_id", order).orderBy("claims.id", "asc") as Q;
      case "value": return q.orderBy("claims.value", order).orderBy("claims.id", "asc") as Q;
      case "speaker": return q.orderBy("claims.speaker", order).orderBy("claims.id", "asc") as Q;
      default: return q.orderBy("claims.id", order) as Q;
    }
  }

  /**
   * A page of the filter's claims that also meet `extra`. By id or value, where the engine has narrow covering
   * indexes (idsFirst), the page's ids are found first, there alone, and only its rows read: the claims skipped
   * by an offset or passed over by the filter are never read (a claim row is wide: its record).
   */
  private page(f: ClaimFilter, order: "asc" | "desc", extra: Expression<SqlBool>[], limit: number, offset: number) {
    const sort = f.sort ?? "id";
    const index = this.engine.idsIndex?.(f);
    if (index) {
      // the page's ids chosen in that index (INDEXED BY: the planner would read each candidate's row), then its rows
      const ids = sql`select claims.id from claims indexed by ${sql.id(index)} where ${sql.join([...this.conditions(f), ...extra], sql` and `)}
        order by claims.id ${sql.raw(order)} limit ${limit} offset ${offset}`;
      return this.ordered(this.claimQuery().where(sql<boolean>`claims.id in (${ids})`), f, order).execute();
    }
    if (!this.engine.idsFirst || (sort !== "id" && sort !== "value")) {
      let q = this.claimQuery();
      for (const c of [...this.conditions(f), ...extra]) q = q.where(c);
      return this.ordered(q, f, order).limit(limit).offset(offset).execute();
    }
    let ids = this.db.selectFrom("claims").select("claims.id");
    for (const c of [...this.conditions(f), ...extra]) ids = ids.where(c);
    ids = sort === "value" ? ids.orderBy("claims.value", order).orderBy("claims.id", "asc") : ids.orderBy("claims.id", order);
    return this.ordered(this.claimQuery().where("claims.id", "in", ids.limit(limit).offset(offset)), f, order).execute();
  }

  /** keyset paging by value, speaker or date: the claims after claim `f.after` in that order, segment by
   *  segment of the list from its place (keyset.ts) until the page is full */
  private async pageAfter(f: ClaimFilter, sort: Exclude<ClaimSort, "id">, order: "asc" | "desc", limit: number, offset: number) {
    const a = await this.db.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
      .select(["claims.id", "claims.document_id", "claims.value", "claims.speaker", "documents.published"])
      .where("claims.id", "=", f.after!).executeTakeFirst();
    if (!a) throw new UserError(`after: there is no claim ${f.after} to page after`);
    const anchor = { id: Number(a.id), documentId: Number(a.document_id), value: a.value ?? null, speaker: a.speaker ?? null, published: a.published ?? null };
    const rows: Awaited<ReturnType<typeof this.page>> = [];
    let skip = offset;
    for (const segment of keysetSegments(sort, order, anchor, this.engine.nullsFirst)) {
      if (rows.length >= limit) break;
      const part = await this.page(f, order, [segment], limit - rows.length, skip);
      // an offset past this segment's claims goes on into the next (rare: after and offset together)
      if (skip > 0) skip = part.length ? 0 : Math.max(0, skip - (await this.countWhere(f, segment)));
      rows.push(...part);
    }
    return rows;
  }

  private async countWhere(f: ClaimFilter, segment: Expression<SqlBool>): Promise<number> {
    let q = this.db.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id").select((eb) => eb.fn.countAll().as("n")).where(segment);
    for (const c of this.conditions(f)) q = q.where(c);
    return Number((await q.executeTakeFirst())?.n ?? 0);
  }

  /**
   * A search's first pages in id order (PostgreSQL): its words looked for in the next WALK claims the rest of
   * the filter takes, in order, rather than in every sentence that has them. The planner cannot tell how
   * many claims two common words match once joined (it takes them for a few dozen): it joins every matching
   * sentence to its claims and sorts them (100-250 ms at a million claims), where a common match fills a
   * page within a few thousand claims. Walked when the words' own expected share of sentences (a good
   * estimate) would fill the page there; the page found is the filter's own page; when the walk holds less
   * than a page, the whole search is asked as usual: null.
   */
  private async searchByWalking(f: ClaimFilter, order: "asc" | "desc", limit: number, offset: number) {
    if (!this.engine.searchShare || !this.engine.sentenceHas || !f.text || (f.sort ?? "id") !== "id" || offset + limit > WALK / 10) return null;
    const share = await this.shareOf(f.text);
    if (share * WALK < offset + limit) return null;
    const rest = [...this.conditions({ ...f, text: undefined }), ...(f.after !== undefined ? [sql<boolean>`claims.id ${sql.raw(order === "desc" ? "<" : ">")} ${f.after}`] : [])];
    if (this.engine.walkSentencesWith && !this.conditions({ ...f, text: undefined, quantified: undefined }).length) {
      const first = Math.min(WALK, Math.ceil((3 * (offset + limit)) / share));
      for (const size of first < WALK ? [first, WALK] : [WALK]) {
        const rows = await this.walkByDocuments(f.text, rest, order, limit, offset, size);
        if (rows.length === limit) return rows;
      }
      return null;
    }
    // the next WALK claims with their sentences' spans, then the words in each, in order, until the page is full
    let walk = this.db.selectFrom("claims").select(["claims.id", "claims.document_id", "claims.sentence_start", "claims.sentence_end"]);
    for (const c of rest) walk = walk.where(c);
    const found = this.db.selectFrom(walk.orderBy("claims.id", order).limit(WALK).as("claims")).select("claims.id")
      .where(this.engine.sentenceHas(f.text)).orderBy("claims.id", order).limit(limit).offset(offset);
    const rows = await this.claimQuery().where("claims.id", "in", found).orderBy("claims.id", order).execute();
    return rows.length === limit ? rows : null;
  }

  /** searchShare, kept a while: the engine plans a query to read it (two round trips for each page of a search) */
  private shareOf(text: string): Promise<number> {
    const kept = this.shares.get(text);
    if (kept && Date.now() - kept.at < SHARE_MS) return kept.share;
    if (this.shares.size > 1000) this.shares.clear();
    const share = this.engine.searchShare!(this.db, text);
    this.shares.set(text, { at: Date.now(), share });
    share.catch(() => this.shares.delete(text));
    return share;
  }

  /**
   * searchByWalking where no filter thins the walk but numbers: its claims are a stretch of the ledger, whose
   * documents' sentences are about as many. The stretch's bounds read from the filter's narrow index, those
   * documents' sentences matched in one range of theirs, and the claims of the sentences that match found by
   * span (claims_sentence), rather than each claim's sentence asked in turn (1M claims, two common words:
   * 13,600 -> 870 buffers, backend CPU 5.9 -> 3.2 ms a page). A walk of `size` claims.
   */
  private async walkByDocuments(text: string, rest: Expression<SqlBool>[], order: "asc" | "desc", limit: number, offset: number, size: number) {
    const bound = sql.raw(order === "desc" ? "min" : "max");
    let stretch = this.db.selectFrom("claims").select(["claims.id", "claims.document_id"]);
    for (const c of rest) stretch = stretch.where(c);
    const found = sql`with walk as materialized (select min(document_id) as lo, max(document_id) as hi, ${bound}(id) as bound
        from (${stretch.orderBy("claims.id", order).limit(size)}) w)
      select claims.id from claims where (claims.document_id, claims.sentence_start, claims.sentence_end) in (${this.engine.walkSentencesWith!(text)})
        and claims.id ${sql.raw(order === "desc" ? ">=" : "<=")} (select bound from walk)${sql.join(rest.map((c) => sql` and ${c}`), sql``)}
      order by claims.id ${sql.raw(order)} limit ${limit} offset ${offset}`;
    return this.claimQuery().where(sql<boolean>`claims.id in (${found})`).orderBy("claims.id", order).execute();
  }

  async countClaims(f: ClaimFilter): Promise<number> {
    // Counting a filter's matches reads every match (22–400 ms on a million claims) while paging through or
    // re-sorting the same filter asks again and again: keep counts until the ledger changes.
    const { sort: _s, order: _o, limit: _l, offset: _f, after: _a, ...what } = f;
    const count = (g: ClaimFilter, mark?: unknown) => this.cached(JSON.stringify(g), (range) => this.count(g, range), g.reviewed !== undefined, mark);
    // kept counts (PostgreSQL) of the unreviewed as all less the reviewed, both at one mark: the first grows
    // across reviews, the second reads the reviews alone (at ten million claims: 147,000 pages and 3.5 s a
    // count after every review; with 5,000 reviews, ~25,000 pages and 55 ms)
    if (f.reviewed === false && this.engine.sharedCounts) {
      const mark = await this.engine.changeMark?.();
      const [all, reviewed] = await Promise.all([count({ ...what, reviewed: undefined }, mark), count({ ...what, reviewed: true }, mark)]);
      return all - reviewed;
    }
    return count(what);
  }

  /**
   * A count kept under `key` until the ledger changes (its change mark moves); computed once at a time.
   * `compute`: the count of the documents in a range (all when none: an engine without kept counts);
   * `reviews`: whether the count reads reviews (the `reviewed` filter); `markRead`: the mark, when read already.
   */
  private async cached(key: string, compute: (range?: DocumentRange) => Promise<number>, reviews = false, markRead?: unknown): Promise<number> {
    const changeMark = this.engine.changeMark;
    if (!changeMark) return compute();
    // the mark before the count (read here unless given): a count never predates its mark
    const mark = markRead ?? (await changeMark());
    if (mark !== this.countsMark) {
      this.counts.clear();
      this.countsMark = mark;
    }
    let n = this.counts.get(key);
    if (n === undefined) {
      // one count per filter at a time: requests asking meanwhile (a page's first visitors) wait for it
      n = this.shared(key, String(mark), compute, reviews);
      if (this.counts.size > 10_000) this.counts.clear();
      this.counts.set(key, n);
      n.then(
        // unless a newer mark came meanwhile (another request): this count may predate it
        () => { if (this.countsMark !== mark && this.counts.get(key) === n) this.counts.delete(key); },
        () => { if (this.counts.get(key) === n) this.counts.delete(key); },
      );
    }
    return n;
  }

  /**
   * The count at this mark kept in the database by any process (engine.sharedCounts); else one kept at an
   * earlier mark grown by the documents stored since, when nothing else changed; else counted (up to the
   * mark's last document, so that it grows from there). Kept there for the others.
   */
  private async shared(key: string, mark: string, compute: (range?: DocumentRange) => Promise<number>, reviews: boolean): Promise<number> {
    const kept = this.engine.sharedCounts;
    if (!kept) return compute();
    const found = await kept.get(this.db, key);
    if (found?.mark === mark) return found.n;
    const grown = found ? kept.grown(found.mark, mark, reviews) : null;
    // no new document (a review moved the mark): the kept count as it is
    const n = grown ? found!.n + (grown.after === grown.upTo ? 0 : await compute(grown)) : await compute({ upTo: kept.upTo(mark) });
    // kept for the others if it can be (a reader without the right to write still answers)
    await kept.put(this.db, key, mark, n).catch(() => {});
    return n;
  }

  private async count(f: ClaimFilter, range?: DocumentRange): Promise<number> {
    // every claim has its document, so the join only costs: no filter reads documents
    // a count has no order: the word filters' claims may be read from their list (no sort's index to read)
    const g = { ...(await this.byName(f)), sort: undefined }, index = this.engine.idsIndex?.(g);
    const where = [...this.conditions(g), ...(range ? claimsOf(range) : [])];
    if (index) {
      const r = await sql<{ n: number }>`select count(*) as n from claims indexed by ${sql.id(index)} where ${sql.join(where, sql` and `)}`.execute(this.db);
      return Number(r.rows[0]?.n ?? 0);
    }
    let q = this.db.selectFrom("claims").select((eb) => eb.fn.countAll().as("n"));
    for (const c of where) q = q.where(c);
    const r = await q.executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  speakers(options: { limit?: number } = {}): Promise<SpeakerSummary[]> {
    return speakerSummaries(this.db, options.limit ?? 100);
  }
}

/**
 * The claims of a range of documents, as a range of claim ids: a document's claims are stored after it, with ids
 * in the same commit order, and every covering index of the claims has their id (not every one the document's).
 * The last claim of the last document up to d with claims, from the (document_id, …) index.
 */
function claimsOf(range: DocumentRange): Expression<SqlBool>[] {
  const lastClaim = (d: number) => sql<number>`(select max(id) from claims where document_id = (select max(document_id) from claims where document_id <= ${d}))`;
  const eb = expressionBuilder<LedgerDatabase, "claims">();
  return [eb("claims.id", "<=", lastClaim(range.upTo)), ...(range.after !== undefined ? [eb("claims.id", ">", sql<number>`coalesce(${lastClaim(range.after)}, 0)`)] : [])];
}

/** the spans of text the claims are in, once each */
function sentenceSpans(claims: Claim[]): { start: number; end: number }[] {
  const spans = new Map<string, { start: number; end: number }>();
  for (const c of claims) spans.set(`${c.sentence.start}:${c.sentence.end}`, c.sentence);
  return [...spans.values()];
}
