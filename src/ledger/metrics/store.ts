// The ledger's metrics and findings, kept current document by document: each document the metrics have
// not read yet (by id, past the mark in metrics_progress) puts its figures in their metrics, and the checks
// run on those figures against the figures already there with periods that overlap, never over the whole
// ledger again. Reference tables come in the same way. One implementation for SQLite and PostgreSQL.

import { sql, type Kysely, type Transaction } from "kysely";
import { Ledger } from "../ledger.js";
import { toClaims, withText } from "../documents/rows.js";
import type { MetricsDatabase, MetricsTables } from "./schema.js";
import type { Claim, Qualifier } from "../../types.js";
import type { LedgerStore, StoredClaim } from "../store.js";
import { findingsChanged, keptCount } from "./counts.js";
import { baseKey, dimensionOf, mainPlace, METRIC_KEYS_VERSION, metricKey, metricLabel, metricOf, placesCompatible, type FigureWords, type MetricSubject } from "../../analysis/metric.js";
import { CHECKS, type FindingDraft } from "../../analysis/checks/index.js";
import { compareFigures, type Figure } from "../../analysis/figure.js";
import { relate, type DateRange } from "../../analysis/period.js";
import { parseReference, referenceWords, type ReferenceRow } from "../../analysis/reference.js";
import { figurePage, METRIC_PAGE_FIGURES, METRIC_PAGE_FINDINGS, type Cursor, type FigureRef } from "./figure-page.js";
import { quantityText, referenceClaim, type ReferenceClaim } from "./reference-claim.js";
import { finishRebuild, metricsMark, readMark, writeMark } from "./progress.js";
import { deleteFindings, insertFindings, keptFindingCount } from "./finding-claims.js";
import { joinPlaces, measureText, splitPlaces, toFigure, toFigureRow, type FigureRow } from "./figure-row.js";

type Db = Kysely<MetricsDatabase> | Transaction<MetricsDatabase>;

/**
 * a fresh figure is compared with at most this many figures of its metric: the ones whose periods begin
 * nearest before its own ends (of those, the ones that overlap it). Bounded work per figure however many
 * figures a metric has; a figure further back is missed only when this many of the metric begin closer.
 */
export const PAIR_CANDIDATES = 40;
/** and gives at most this many conflicts: one wrong figure among many should read as one problem, not hundreds */
export const CONFLICTS_PER_FIGURE = 3;
/** documents read per transaction when catching up */
const DOCUMENTS_PER_BATCH = 20;

export interface MetricSummary {
  id: number;
  key: string;
  label: string;
  figures: number;
}

export type { ReferenceClaim };

export type MetricClaim = StoredClaim | ReferenceClaim;

export interface StoredFinding {
  id: number;
  kind: string;
  metric: { key: string; label: string };
  claims: MetricClaim[];
  reason: string;
}

export interface FindingFilter {
  kind?: string;
  metric?: string;
  /** a metric by its id (on the findings' index), for its own page */
  metricId?: number;
  limit?: number;
  offset?: number;
}

/** a page of a metric's figures; `next` is the cursor of the page after it, null on the last */
export interface MetricPage {
  claims: MetricClaim[];
  findings: StoredFinding[];
  /** the metric has more findings than the page shows (all of them: /api/findings?metric=KEY) */
  moreFindings: boolean;
  next: string | null;
}




interface KnownMetric {
  id: number;
  key: string;
  label: string;
  places: string[];
  origin: string | null;
  /** metrics.metric_checks_through */
  through: string | null;
}
type Fresh = { metric: KnownMetric; figure: Figure };
type Draft = { metric: KnownMetric | null; subject: MetricSubject | null; draft: FindingDraft };
type StoredReference = { id: number; row: ReferenceRow };
type ReadFigure = { claim: Claim; subject: MetricSubject | null; figure: Figure; counts: boolean };

const groupKey = (m: KnownMetric, p: DateRange) => `${m.id}|${p.start}|${p.end}`;
/** when a figure stood, as the metric checks order figures: its period's end, then its start */
const standsAt = (p: DateRange) => `${p.end}|${p.start}`;

const figureRef = (f: Figure) => (f.referenceId !== null ? { reference: f.referenceId } : { claim: f.claimId });

export class MetricsLedger {
  readonly db: Kysely<MetricsDatabase>;

  constructor(readonly ledger: Ledger) {
    // the metrics' tables are the ledger's, and more (MetricsDatabase extends LedgerDatabase)
    this.db = ledger.db.withTables<{ [K in keyof MetricsTables]: MetricsTables[K] }>();
  }

  /**
   * Reads the documents the metrics have not read yet; returns how many. Cheap when there are none. While the
   * metrics are made again (rebuild.ts) it reads up to the rebuild's mark first, then finishes the rebuild.
   * `most`: stop once this many documents are read (the rest is left to the next catch-up).
   */
  async catchUp(onBatch?: (read: number) => void, most = Infinity): Promise<number> {
    let read = 0;
    for (;;) {
      const done = await this.progress(this.db);
      const upTo = await readMark(this.db, "rebuild");
      let q = this.db.selectFrom("documents").select(["id", "published", "source", "text"]).where("id", ">", done);
      if (upTo !== null) q = q.where("id", "<=", upTo);
      const docs = await q.orderBy("id").limit(DOCUMENTS_PER_BATCH).execute();
      if (!docs.length && upTo === null) return read;
      const readThem = await this.db.transaction().execute(async (trx) => {
        // one process at a time reads documents into metrics: two would both make a new metric's row
        await this.ledger.engine.lockTransaction(trx, "metrics");
        // another process may have read some meanwhile (read the marks again inside the transaction), and
        // documents after them may be left: look again
        if ((await this.progress(trx)) !== done || (await readMark(trx, "rebuild")) !== upTo) return false;
        // a ledger's first metrics are keyed by the rules of this release
        if (done === 0 && upTo === null) await writeMark(trx, "keys", METRIC_KEYS_VERSION);
        for (const d of docs) await this.readDocument(trx, Number(d.id), d.published, d.source, d.text);
        if (docs.length) await this.setProgress(trx, Number(docs[docs.length - 1].id));
        // a rebuild ends with the reference tables, as they usually come: after the claims they are held against
        if (upTo !== null && docs.length < DOCUMENTS_PER_BATCH) {
          await this.putStoredReferences(trx);
          await finishRebuild(trx);
        }
        return true;
      });
      if (!readThem) continue;
      findingsChanged(this.ledger);
      read += docs.length;
      if (docs.length) onBatch?.(read);
      if (read >= most) return read;
      // a short batch was the last one when it was read: no need to ask again (unless it ended a rebuild)
      if (docs.length < DOCUMENTS_PER_BATCH && upTo === null) return read;
    }
  }

  private async progress(db: Db): Promise<number> {
    return (await readMark(db, "document")) ?? 0;
  }

  private async setProgress(db: Db, value: number): Promise<void> {
    await writeMark(db, "document", value);
  }

  /** a document's claims into their metrics; its text comes with the batch read in catchUp, not read again */
  private async readDocument(trx: Db, documentId: number, published: string | null, source: string, text: string): Promise<void> {
    const read = await this.documentFigures(trx, documentId, published, source, text);
    await this.putRead(trx, read);
  }

  /** the figures of a document's claims with numbers, each with its metric's subject; a claim a reviewer marked "not a claim" has none */
  private async documentFigures(trx: Db, documentId: number, published: string | null, source: string, text: string): Promise<ReadFigure[]> {
    const rows = await trx.selectFrom("claims").select(["id", "data"]).where("document_id", "=", documentId).orderBy("ord").execute();
    // a claim's sentence is kept once, in its document's text
    const claims = rows.map((r) => ({ id: Number(r.id), claim: withText(JSON.parse(r.data) as Omit<Claim, "text">, text) as Claim & { notAClaim?: boolean } }));
    const main = mainPlace(claims.map((c) => c.claim.places));
    const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { start: published, end: published } : null;
    return claims.filter((c) => c.claim.quantity && !c.claim.notAClaim).map(({ id, claim }) => {
      const q = claim.quantity!;
      const words: FigureWords = {
        counted: claim.counted, predicate: claim.predicate, text: claim.text, quantityStart: q.start - claim.sentence.start,
        quantityEnd: q.end - claim.sentence.start, unit: q.unit, kind: q.kind, places: claim.places, speaker: claim.speaker?.name ?? null,
      };
      const subject = metricOf(words, main);
      const { factor } = dimensionOf(q.kind, q.unit);
      const figure: Figure = {
        claimId: id, referenceId: null, documentId, sentenceStart: claim.sentence.start, speaker: claim.speaker?.name ?? null,
        period: claim.period ? { start: claim.period.start, end: claim.period.end } : day, value: (q.value ?? NaN) * factor,
        upper: q.upper === null ? null : q.upper * factor, qualifier: q.qualifier, quantityText: measureText(q), source, sentence: claim.text,
        places: subject?.places ?? claim.places,
      };
      return { claim, subject, figure, counts: !!subject && q.value !== null };
    });
  }

  /** figures read from claims into their metrics, with the checks on each figure and on the pairs and series they make */
  private async putRead(trx: Db, read: ReadFigure[]): Promise<void> {
    const known = await this.knownMetrics(trx, read.flatMap((r) => (r.counts ? [r.subject!] : [])));
    const fresh: Fresh[] = [];
    const drafts: Draft[] = [];
    for (const { claim, subject, figure, counts } of read) {
      const metric = counts ? await this.metricFor(trx, known, subject!) : null;
      if (metric) fresh.push({ metric, figure });
      for (const check of CHECKS)
        if (check.scope === "figure") {
          const d = check.run(figure, claim.evidence);
          if (d) drafts.push({ metric, subject, draft: d });
        }
    }
    await this.putFigures(trx, fresh, drafts);
  }

  /**
   * A claim a reviewer corrected (its number, period, counted thing or speaker, or "not a claim"): its figure
   * and every finding it is in are made again from the corrected record, and the series of the metrics it
   * left or joined are checked again. A claim whose document the metrics have not read yet is left to catchUp.
   */
  async refigure(claimId: number): Promise<void> {
    await this.catchUp();
    await this.db.transaction().execute(async (trx) => {
      await this.ledger.engine.lockTransaction(trx, "metrics");
      const doc = await trx.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
        .select(["documents.id", "documents.published", "documents.source", "documents.text"]).where("claims.id", "=", claimId).executeTakeFirst();
      if (!doc || Number(doc.id) > (await this.progress(trx))) return;
      const old = await trx.selectFrom("metric_figures").select(["id", "metric_id"]).where("claim_id", "=", claimId).execute();
      await deleteFindings(trx, (q) => q.where("id", "in", (eb) => eb.selectFrom("finding_claims").select("finding_id").where("claim_id", "=", claimId)));
      for (const o of old) {
        await trx.deleteFrom("metric_figures").where("id", "=", Number(o.id)).execute();
        // its series is read again below: the figure may have been among the ones it read
        await trx.updateTable("metrics").set((eb) => ({ figures: eb("figures", "-", 1), metric_checks_through: null })).where("id", "=", Number(o.metric_id)).execute();
      }
      const read = (await this.documentFigures(trx, Number(doc.id), doc.published, doc.source, doc.text)).filter((r) => r.figure.claimId === claimId);
      await this.putRead(trx, read);
      const joined = await trx.selectFrom("metric_figures").select("metric_id").where("claim_id", "=", claimId).execute();
      const left = old.map((o) => Number(o.metric_id)).filter((id) => !joined.some((j) => Number(j.metric_id) === id));
      if (!left.length) return;
      const drafts: Draft[] = [];
      const rows = await trx.selectFrom("metrics").select(["id", "key", "label", "places", "origin", "metric_checks_through"]).where("id", "in", left).execute();
      for (const r of rows)
        await this.runMetricChecks(trx, { id: Number(r.id), key: r.key, label: r.label, places: splitPlaces(r.places), origin: r.origin, through: r.metric_checks_through }, [], drafts);
      await this.putFindings(trx, drafts);
    });
    findingsChanged(this.ledger);
  }

  /** the metrics of the subjects' bases, in one query: the candidates metricFor picks from */
  private async knownMetrics(trx: Db, subjects: MetricSubject[]): Promise<Map<string, KnownMetric[]>> {
    const bases = [...new Set(subjects.map(baseKey))];
    const known = new Map<string, KnownMetric[]>(bases.map((b) => [b, []]));
    if (!bases.length) return known;
    const rows = await trx.selectFrom("metrics").select(["id", "key", "label", "base", "places", "origin", "metric_checks_through"])
      .where("base", "in", bases).orderBy("id").execute();
    for (const r of rows)
      known.get(r.base)!.push({ id: Number(r.id), key: r.key, label: r.label, places: splitPlaces(r.places), origin: r.origin, through: r.metric_checks_through });
    return known;
  }

  /** the metric a subject belongs to: one of the same base whose places fit, else a new one */
  private async metricFor(trx: Db, known: Map<string, KnownMetric[]>, s: MetricSubject): Promise<KnownMetric> {
    const same = known.get(baseKey(s))!;
    for (const m of same) if (placesCompatible(s, { ...s, places: m.places, origin: m.origin })) return m;
    const values = { key: metricKey(s), base: baseKey(s), label: metricLabel(s), places: joinPlaces(s.places), origin: s.origin, figures: 0 };
    const r = await trx.insertInto("metrics").values(values).returning("id").executeTakeFirstOrThrow();
    const m: KnownMetric = { id: Number(r.id), key: values.key, label: values.label, places: s.places, origin: s.origin, through: null };
    same.push(m);
    return m;
  }

  /**
   * Puts fresh figures in their metrics and runs the checks on them, with bounded work per figure: each is
   * compared with the PAIR_CANDIDATES figures of its metric whose periods begin nearest before its own ends
   * (those that overlap it), read in one query per metric and period; a metric's own checks read its
   * `earliest` figures only, and not at all when every fresh figure comes after the last one they read.
   */
  private async putFigures(trx: Db, fresh: Fresh[], drafts: Draft[]): Promise<void> {
    const groups = new Map<string, { metric: KnownMetric; period: DateRange; stored: Figure[] }>();
    for (const { metric, figure: f } of fresh)
      if (f.period) groups.set(groupKey(metric, f.period), { metric, period: f.period, stored: [] });
    // read before the fresh figures are written, so a group's figures are the ones stored before; all groups
    // in one statement (one round trip to PostgreSQL), each its own bounded index range
    const list = [...groups.values()];
    for (let i = 0; i < list.length; i += 20) {
      const arms = list.slice(i, i + 20).map((g, k) => trx.selectFrom((db) => db.selectFrom("metric_figures").selectAll()
        .where("metric_id", "=", g.metric.id).where("period_start", "<=", g.period.end).orderBy("period_start", "desc").limit(PAIR_CANDIDATES).as("near"))
        .selectAll().select(sql<number>`${sql.lit(i + k)}`.as("grp")));
      const rows = await arms.slice(1).reduce((q, arm) => q.unionAll(arm), arms[0]).execute();
      for (const r of rows)
        if (r.period_end !== null && r.period_end >= list[Number(r.grp)].period.start) list[Number(r.grp)].stored.push(toFigure(r as unknown as FigureRow));
    }
    for (let i = 0; i < fresh.length; i += 50)
      await trx.insertInto("metric_figures").values(fresh.slice(i, i + 50).map(({ metric, figure }) => toFigureRow(metric.id, figure))).execute();
    const byMetric = new Map<KnownMetric, Figure[]>();
    for (const { metric, figure } of fresh) {
      if (!byMetric.has(metric)) byMetric.set(metric, []);
      byMetric.get(metric)!.push(figure);
    }
    for (const [metric, figures] of byMetric) {
      await trx.updateTable("metrics").set((eb) => ({ figures: eb("figures", "+", figures.length) })).where("id", "=", metric.id).execute();
      // pairs: a fresh figure meets the stored figures near it and the fresh figures before it, each pair once
      figures.forEach((f, i) => {
        if (!f.period) return;
        const others = [...groups.get(groupKey(metric, f.period))!.stored, ...figures.slice(0, i).filter((o) => o.period && relate(o.period, f.period!) !== "apart")]
          .sort((a, b) => b.period!.start.localeCompare(a.period!.start) || compareFigures(a, b));
        const counts = new Map<string, number>();
        for (const check of CHECKS) {
          if (check.scope !== "pair") continue;
          for (const o of others) {
            if ((counts.get(check.kind) ?? 0) >= CONFLICTS_PER_FIGURE) break;
            // the pair in the order of what its figures say, so its finding reads the same whichever came first
            const d = compareFigures(o, f) <= 0 ? check.run(o, f) : check.run(f, o);
            if (!d) continue;
            counts.set(check.kind, (counts.get(check.kind) ?? 0) + 1);
            drafts.push({ metric, subject: null, draft: d });
          }
        }
      });
      await this.runMetricChecks(trx, metric, figures, drafts);
    }
    await this.putFindings(trx, drafts);
  }

  private async putFindings(trx: Db, drafts: Draft[]): Promise<void> {
    const now = new Date().toISOString();
    const rows = drafts.map(({ metric, subject, draft: d }) => ({
      kind: d.kind, metric_id: metric?.id ?? null, metric_key: metric?.key ?? (subject ? metricKey(subject) : "unspecified"),
      metric_label: metric?.label ?? (subject ? metricLabel(subject) : "(what is counted is not said)"),
      figures: JSON.stringify(d.figures.map(figureRef)), reason: d.reason, created_at: now,
    }));
    await insertFindings(trx, rows);
  }

  /** a metric's own checks (its series) over its earliest figures, unless no fresh figure is among them */
  private async runMetricChecks(trx: Db, metric: KnownMetric, fresh: Figure[], drafts: Draft[]): Promise<void> {
    const through = metric.through;
    if (through !== null && fresh.every((f) => !f.period || standsAt(f.period) >= through)) return;
    const ends: (string | null)[] = [];
    for (const check of CHECKS) {
      if (check.scope !== "metric") continue;
      await deleteFindings(trx, (q) => q.where("metric_id", "=", metric.id).where("kind", "=", check.kind));
      const rows = await trx.selectFrom("metric_figures").selectAll().where("metric_id", "=", metric.id).where("period_start", "is not", null)
        .orderBy("period_end").orderBy("period_start").orderBy("id").limit(check.earliest).execute();
      const figures = rows.map((r) => toFigure(r as FigureRow));
      const d = check.run(figures, metric);
      if (d) drafts.push({ metric, subject: null, draft: d });
      const end = rows.length === check.earliest ? standsAt(figures[figures.length - 1].period!) : null;
      ends.push(end);
    }
    // the checks are skipped later only while every one of them read its full `earliest`
    const last = ends.includes(null) ? null : ends.sort()[0] ?? null;
    if (last !== through) {
      await trx.updateTable("metrics").set({ metric_checks_through: last }).where("id", "=", metric.id).execute();
      metric.through = last;
    }
  }

  /** Imports a reference table (a file imported again replaces its figures); returns the rows read. */
  async importReference(file: string, csv: string): Promise<number> {
    const rows = parseReference(csv, file);
    await this.catchUp();
    await this.db.transaction().execute(async (trx) => {
      await this.ledger.engine.lockTransaction(trx, "metrics");
      const old = await trx.selectFrom("reference_figures").select("id").where("source", "=", file).execute();
      for (const o of old) await deleteFindings(trx, (q) => q.where("figures", "like", `%{"reference":${Number(o.id)}}%`));
      for (const o of old) await trx.deleteFrom("metric_figures").where("reference_id", "=", Number(o.id)).execute();
      await trx.deleteFrom("reference_figures").where("source", "=", file).execute();
      const stored: StoredReference[] = [];
      for (const r of rows) {
        const ins = await trx.insertInto("reference_figures").values({
          source: file, line: r.line, date: r.date, value: r.value, upper: r.upper, qualifier: r.qualifier, what: r.what, who: r.who,
          reported_by: r.reportedBy, url: r.url, period: r.periodText, period_start: r.period.start, period_end: r.period.end, imported_at: new Date().toISOString(),
        }).returning("id").executeTakeFirstOrThrow();
        stored.push({ id: Number(ins.id), row: r });
      }
      await this.putReferences(trx, file, stored);
    });
    findingsChanged(this.ledger);
    return rows.length;
  }

  /** the reference figures kept in the ledger into their metrics again, table by table (a rebuild: rebuild.ts) */
  async putStoredReferences(trx: Db): Promise<void> {
    const bySource = new Map<string, StoredReference[]>();
    for (const r of await trx.selectFrom("reference_figures").selectAll().orderBy("id").execute()) {
      const row: ReferenceRow = {
        line: Number(r.line), date: r.date, value: Number(r.value), upper: r.upper === null ? null : Number(r.upper), qualifier: r.qualifier as Qualifier,
        what: r.what, who: r.who, reportedBy: r.reported_by, url: r.url, period: { start: r.period_start, end: r.period_end }, periodText: r.period,
      };
      bySource.set(r.source, [...(bySource.get(r.source) ?? []), { id: Number(r.id), row }]);
    }
    for (const [file, stored] of bySource) await this.putReferences(trx, file, stored);
  }

  /** a table's stored rows into their metrics (its places read together, as a document's are) */
  private async putReferences(trx: Db, file: string, stored: StoredReference[]): Promise<void> {
    const words = stored.map((s) => referenceWords(s.row));
    const main = mainPlace(words.map((w) => metricOf(w)?.places ?? []));
    const subjects = words.map((w) => metricOf(w, main));
    const known = await this.knownMetrics(trx, subjects.filter((s): s is MetricSubject => !!s));
    const fresh: Fresh[] = [];
    for (let i = 0; i < stored.length; i++) {
      const subject = subjects[i], r = stored[i].row;
      if (!subject) continue;
      const figure: Figure = {
        claimId: null, referenceId: stored[i].id, documentId: null, sentenceStart: null, speaker: r.who || null, period: r.period, value: r.value,
        upper: r.upper, qualifier: r.qualifier, quantityText: quantityText(r), source: file, sentence: r.what, places: subject.places,
      };
      fresh.push({ metric: await this.metricFor(trx, known, subject), figure });
    }
    await this.putFigures(trx, fresh, []);
  }

  async metrics(options: { limit?: number; offset?: number; minFigures?: number } = {}): Promise<MetricSummary[]> {
    const rows = await this.db.selectFrom("metrics").select(["id", "key", "label", "figures"]).where("figures", ">=", options.minFigures ?? 1)
      .orderBy("figures", "desc").orderBy("id").limit(options.limit ?? 100).offset(options.offset ?? 0).execute();
    return rows.map((r) => ({ id: Number(r.id), key: r.key, label: r.label, figures: Number(r.figures) }));
  }

  async countMetrics(minFigures = 1): Promise<number> {
    const r = await this.db.selectFrom("metrics").select((eb) => eb.fn.countAll().as("n")).where("figures", ">=", minFigures).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async metric(key: string): Promise<MetricSummary | null> {
    const r = await this.db.selectFrom("metrics").select(["id", "key", "label", "figures"]).where("key", "=", key).executeTakeFirst();
    return r ? { id: Number(r.id), key: r.key, label: r.label, figures: Number(r.figures) } : null;
  }

  /** a metric's claims and reference figures, earliest period first */
  async metricClaims(metricId: number, limit = 1000): Promise<MetricClaim[]> {
    const { refs } = await figurePage(this.db, metricId, limit, null);
    return pick(refs, await this.resolve(refs));
  }

  /**
   * One page of a metric's figures, earliest period first, from the figure after the cursor `after` (what
   * `next` of the page before gave; figures with no period come after the dated ones), and on the first page
   * its first findings: each claim read once, a page costs its size, not its metric's.
   */
  async metricPage(metric: { id: number; key: string }, options: { limit?: number; after?: Cursor | null; findingLimit?: number } = {}): Promise<MetricPage> {
    const limit = options.limit ?? METRIC_PAGE_FIGURES, findingLimit = options.findingLimit ?? METRIC_PAGE_FINDINGS;
    const after = options.after ?? null;
    const [page, rows] = await Promise.all([figurePage(this.db, metric.id, limit, after), after ? [] : this.findingRows({ metricId: metric.id, limit: findingLimit + 1 })]);
    const shown = rows.slice(0, findingLimit);
    const byRef = await this.resolve([...page.refs, ...shown.flatMap((r) => r.refs)]);
    return { claims: pick(page.refs, byRef), findings: shown.map((r) => toFinding(r, byRef)), moreFindings: rows.length > findingLimit, next: page.next };
  }

  async findings(f: FindingFilter = {}): Promise<StoredFinding[]> {
    const rows = await this.findingRows(f);
    const byRef = await this.resolve(rows.flatMap((r) => r.refs));
    return rows.map((r) => toFinding(r, byRef));
  }

  private async findingRows(f: FindingFilter) {
    let q = this.db.selectFrom("findings").selectAll();
    if (f.kind) q = q.where("kind", "=", f.kind);
    if (f.metric) q = q.where("metric_key", "=", f.metric);
    if (f.metricId !== undefined) q = q.where("metric_id", "=", f.metricId);
    const rows = await q.orderBy("id").limit(Math.min(f.limit ?? 100, 10_000)).offset(f.offset ?? 0).execute();
    return rows.map((r) => ({ ...r, refs: JSON.parse(r.figures) as FigureRef[] }));
  }

  /** of a kind or all, as kept beside the findings (finding-claims.ts); of a metric, counted (kept until the ledger changes) */
  async countFindings(f: FindingFilter = {}): Promise<number> {
    if (!f.metric) return keptFindingCount(this.db, f.kind);
    let q = this.db.selectFrom("findings").select((eb) => eb.fn.countAll().as("n"));
    if (f.kind) q = q.where("kind", "=", f.kind);
    if (f.metric) q = q.where("metric_key", "=", f.metric);
    const mark = async () => (await Promise.all([this.ledger.engine.changeMark?.(), metricsMark(this.db)])).join("|");
    return keptCount(this.ledger, mark, `${f.kind}|${f.metric}`, async () => Number((await q.executeTakeFirst())?.n ?? 0));
  }

  /** claims as `claims --format json` gives them, reference figures as claims of their CSV file, by refKey */
  private async resolve(refs: FigureRef[]): Promise<Map<string, MetricClaim>> {
    const claimIds = [...new Set(refs.flatMap((r) => ("claim" in r ? [r.claim] : [])))];
    const refIds = [...new Set(refs.flatMap((r) => ("reference" in r ? [r.reference] : [])))];
    const out = new Map<string, MetricClaim>();
    for (let i = 0; i < claimIds.length; i += 500) {
      const rows = await this.db.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
        .select(["claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source"])
        .where("claims.id", "in", claimIds.slice(i, i + 500)).execute();
      // the same claims, read as `claims --format json` gives them
      for (const c of await toClaims(this.ledger.db, rows)) out.set(refKey({ claim: c.id }), c);
    }
    for (let i = 0; i < refIds.length; i += 500) {
      const rows = await this.db.selectFrom("reference_figures").selectAll().where("id", "in", refIds.slice(i, i + 500)).execute();
      for (const r of rows) out.set(refKey({ reference: Number(r.id) }), referenceClaim(r as never));
    }
    return out;
  }
}

const refKey = (r: FigureRef) => ("claim" in r ? `c${r.claim}` : `r${r.reference}`);
/** the resolved claims of these references, in order; one gone since (a document's new version) is left out */
const pick = (refs: FigureRef[], byRef: Map<string, MetricClaim>) => refs.map((r) => byRef.get(refKey(r))).filter((c): c is MetricClaim => !!c);
const toFinding = (r: { id: number | bigint; kind: string; metric_key: string; metric_label: string; reason: string; refs: FigureRef[] }, byRef: Map<string, MetricClaim>): StoredFinding => ({
  id: Number(r.id), kind: r.kind, metric: { key: r.metric_key, label: r.metric_label }, reason: r.reason, claims: pick(r.refs, byRef),
});


/** after a document is stored: its figures into their metrics, and the checks on them (one call in the ingest) */
export async function keepMetricsCurrent(ledger: LedgerStore): Promise<void> {
  if (ledger instanceof Ledger) await new MetricsLedger(ledger).catchUp();
}

