// The ledger's metrics and findings, kept current document by document: each document the metrics have
// not read yet (by id, past the mark in metrics_progress) puts its figures in their metrics, and the checks
// run on those figures against the figures already there with periods that overlap, never over the whole
// ledger again. Reference tables come in the same way. One implementation for SQLite and PostgreSQL.

import type { Kysely, Transaction } from "kysely";
import { KyselyLedger } from "./kysely-store.js";
import type { MetricsDatabase } from "./metrics-schema.js";
import type { Claim, Qualifier } from "../types.js";
import type { LedgerStore, StoredClaim } from "./store.js";
import { baseKey, dimensionOf, mainPlace, metricKey, metricLabel, metricOf, placesCompatible, type FigureWords, type MetricSubject } from "../analysis/metric.js";
import { CHECKS, type FindingDraft } from "../analysis/checks/index.js";
import type { Figure } from "../analysis/figure.js";
import { parseReference, referenceWords, type ReferenceRow } from "../analysis/reference.js";

type Db = Kysely<MetricsDatabase> | Transaction<MetricsDatabase>;

/** a fresh figure is checked against at most this many figures of overlapping periods (the closest in time) */
export const PAIR_CANDIDATES = 200;
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

/** a reference figure shown as a claim: its CSV file as the source */
export interface ReferenceClaim {
  id: string;
  source: string;
  text: string;
  quantity: { text: string; value: number; upper: number | null; qualifier: string; unit: null; kind: "number" };
  speaker: { name: string } | null;
  period: { text: string; start: string; end: string; source: "explicit" };
  published: string;
  reference: { line: number; reportedBy: string; url: string };
}

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
  limit?: number;
  offset?: number;
}

type FigureRow = MetricsDatabase["metric_figures"] extends infer T ? { [K in keyof T]: K extends "id" ? number : T[K] } : never;

const joinPlaces = (ps: string[]) => (ps.length ? `|${ps.join("|")}|` : "");
const splitPlaces = (s: string) => s.split("|").filter(Boolean);

function toFigure(r: FigureRow): Figure {
  return {
    claimId: r.claim_id === null ? null : Number(r.claim_id), referenceId: r.reference_id === null ? null : Number(r.reference_id),
    documentId: r.document_id === null ? null : Number(r.document_id), sentenceStart: r.sentence_start === null ? null : Number(r.sentence_start),
    speaker: r.speaker, period: r.period_start && r.period_end ? { start: r.period_start, end: r.period_end } : null, value: Number(r.value),
    upper: r.upper === null ? null : Number(r.upper), qualifier: r.qualifier as Qualifier, quantityText: r.quantity_text, source: r.source,
    sentence: r.sentence, places: splitPlaces(r.places),
  };
}

const figureRef = (f: Figure) => (f.referenceId !== null ? { reference: f.referenceId } : { claim: f.claimId });

export class MetricsLedger {
  readonly db: Kysely<MetricsDatabase>;

  constructor(readonly ledger: KyselyLedger) {
    this.db = ledger.db as unknown as Kysely<MetricsDatabase>;
  }

  /** Reads the documents the metrics have not read yet; returns how many. Cheap when there are none. */
  async catchUp(): Promise<number> {
    let read = 0;
    for (;;) {
      const done = await this.progress(this.db);
      const docs = await this.db.selectFrom("documents").select(["id", "published", "source"]).where("id", ">", done).orderBy("id").limit(DOCUMENTS_PER_BATCH).execute();
      if (!docs.length) return read;
      await this.db.transaction().execute(async (trx) => {
        // another process may have read them meanwhile: read the mark again inside the transaction
        if ((await this.progress(trx)) !== done) return;
        for (const d of docs) await this.readDocument(trx, Number(d.id), d.published, d.source);
        await this.setProgress(trx, Number(docs[docs.length - 1].id));
      });
      read += docs.length;
    }
  }

  private async progress(db: Db): Promise<number> {
    const r = await db.selectFrom("metrics_progress").select("value").where("name", "=", "document").executeTakeFirst();
    return r ? Number(r.value) : 0;
  }

  private async setProgress(db: Db, value: number): Promise<void> {
    const r = await db.updateTable("metrics_progress").set({ value }).where("name", "=", "document").executeTakeFirst();
    if (!Number(r.numUpdatedRows)) await db.insertInto("metrics_progress").values({ name: "document", value }).execute();
  }

  private async readDocument(trx: Db, documentId: number, published: string | null, source: string): Promise<void> {
    const rows = await trx.selectFrom("claims").select(["id", "data"]).where("document_id", "=", documentId).orderBy("ord").execute();
    const claims = rows.map((r) => ({ id: Number(r.id), claim: JSON.parse(r.data) as Claim }));
    const main = mainPlace(claims.map((c) => c.claim.places));
    const fresh = new Map<number, Figure[]>();
    const drafts: { metricId: number | null; subject: MetricSubject | null; draft: FindingDraft }[] = [];
    const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { start: published, end: published } : null;
    for (const { id, claim } of claims) {
      const q = claim.quantity;
      if (!q) continue;
      const words: FigureWords = {
        counted: claim.counted, predicate: claim.predicate, text: claim.text, quantityStart: q.start - claim.sentence.start,
        quantityEnd: q.end - claim.sentence.start, unit: q.unit, kind: q.kind, places: claim.places, speaker: claim.speaker?.name ?? null,
      };
      const subject = metricOf(words, main);
      const { factor } = dimensionOf(q.kind, q.unit);
      const figure: Figure = {
        claimId: id, referenceId: null, documentId, sentenceStart: claim.sentence.start, speaker: claim.speaker?.name ?? null,
        period: claim.period ? { start: claim.period.start, end: claim.period.end } : day, value: (q.value ?? NaN) * factor,
        upper: q.upper === null ? null : q.upper * factor, qualifier: q.qualifier, quantityText: q.text, source, sentence: claim.text,
        places: subject?.places ?? claim.places,
      };
      let metricId: number | null = null;
      if (subject && q.value !== null) {
        metricId = await this.metricFor(trx, subject);
        await this.addFigure(trx, metricId, figure);
        if (!fresh.has(metricId)) fresh.set(metricId, []);
        fresh.get(metricId)!.push(figure);
      }
      for (const check of CHECKS)
        if (check.scope === "figure") {
          const d = check.run(figure, claim.evidence);
          if (d) drafts.push({ metricId, subject, draft: d });
        }
    }
    for (const { metricId, subject, draft } of drafts) await this.addFinding(trx, metricId, draft, subject);
    for (const [metricId, figures] of fresh) await this.runChecks(trx, metricId, figures);
  }

  /** the metric a subject belongs to: one of the same base whose places fit, else a new one */
  private async metricFor(trx: Db, s: MetricSubject): Promise<number> {
    const candidates = await trx.selectFrom("metrics").select(["id", "places", "origin"]).where("base", "=", baseKey(s)).orderBy("id").execute();
    for (const m of candidates)
      if (placesCompatible(s, { ...s, places: splitPlaces(m.places), origin: m.origin })) return Number(m.id);
    const r = await trx.insertInto("metrics")
      .values({ key: metricKey(s), base: baseKey(s), label: metricLabel(s), places: joinPlaces(s.places), origin: s.origin, figures: 0 })
      .returning("id").executeTakeFirstOrThrow();
    return Number(r.id);
  }

  private async addFigure(trx: Db, metricId: number, f: Figure): Promise<void> {
    await trx.insertInto("metric_figures").values({
      metric_id: metricId, claim_id: f.claimId, reference_id: f.referenceId, document_id: f.documentId, sentence_start: f.sentenceStart,
      speaker: f.speaker, period_start: f.period?.start ?? null, period_end: f.period?.end ?? null, value: f.value, upper: f.upper,
      qualifier: f.qualifier, quantity_text: f.quantityText, source: f.source, sentence: f.sentence, places: joinPlaces(f.places),
    }).execute();
    await trx.updateTable("metrics").set((eb) => ({ figures: eb("figures", "+", 1) })).where("id", "=", metricId).execute();
  }

  private async addFinding(trx: Db, metricId: number | null, d: FindingDraft, subject?: MetricSubject | null): Promise<void> {
    let key = subject ? metricKey(subject) : "unspecified", label = subject ? metricLabel(subject) : "(what is counted is not said)";
    if (metricId !== null) {
      const m = await trx.selectFrom("metrics").select(["key", "label"]).where("id", "=", metricId).executeTakeFirstOrThrow();
      ({ key, label } = m);
    }
    await trx.insertInto("findings").values({
      kind: d.kind, metric_id: metricId, metric_key: key, metric_label: label, figures: JSON.stringify(d.figures.map(figureRef)),
      reason: d.reason, created_at: new Date().toISOString(),
    }).execute();
  }

  /** the checks on a metric's fresh figures: pairs with figures of overlapping periods, then the metric's series */
  private async runChecks(trx: Db, metricId: number, fresh: Figure[]): Promise<void> {
    const seen = new Set<Figure>();
    for (const f of fresh) {
      seen.add(f);
      if (!f.period) continue;
      const rows = await trx.selectFrom("metric_figures").selectAll().where("metric_id", "=", metricId)
        .where("period_start", "<=", f.period.end).where("period_end", ">=", f.period.start)
        .orderBy("period_start", "desc").limit(PAIR_CANDIDATES).execute();
      const others = rows.map((r) => toFigure(r as FigureRow))
        // a fresh figure meets the fresh figures before it, and each pair once
        .filter((o) => !(o.claimId !== null && o.claimId === f.claimId) && !(o.referenceId !== null && o.referenceId === f.referenceId))
        .filter((o) => !fresh.some((x) => sameFigure(x, o)) || [...seen].some((x) => sameFigure(x, o)));
      const counts = new Map<string, number>();
      for (const check of CHECKS) {
        if (check.scope !== "pair") continue;
        for (const o of others) {
          if ((counts.get(check.kind) ?? 0) >= CONFLICTS_PER_FIGURE) break;
          const d = check.run(o, f);
          if (!d) continue;
          counts.set(check.kind, (counts.get(check.kind) ?? 0) + 1);
          await this.addFinding(trx, metricId, d);
        }
      }
    }
    for (const check of CHECKS) {
      if (check.scope !== "metric") continue;
      await trx.deleteFrom("findings").where("metric_id", "=", metricId).where("kind", "=", check.kind).execute();
      const rows = await trx.selectFrom("metric_figures").selectAll().where("metric_id", "=", metricId).where("period_start", "is not", null)
        .orderBy("period_start").orderBy("period_end").limit(PAIR_CANDIDATES).execute();
      const d = check.run(rows.map((r) => toFigure(r as FigureRow)));
      if (d) await this.addFinding(trx, metricId, d);
    }
  }

  /** Imports a reference table (a file imported again replaces its figures); returns the rows read. */
  async importReference(file: string, csv: string): Promise<number> {
    const rows = parseReference(csv, file);
    await this.catchUp();
    await this.db.transaction().execute(async (trx) => {
      const old = await trx.selectFrom("reference_figures").select("id").where("source", "=", file).execute();
      for (const o of old) await trx.deleteFrom("findings").where("figures", "like", `%{"reference":${Number(o.id)}}%`).execute();
      for (const o of old) await trx.deleteFrom("metric_figures").where("reference_id", "=", Number(o.id)).execute();
      await trx.deleteFrom("reference_figures").where("source", "=", file).execute();
      const words = rows.map(referenceWords);
      const main = mainPlace(words.map((w) => metricOf(w)?.places ?? []));
      const fresh = new Map<number, Figure[]>();
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const ins = await trx.insertInto("reference_figures").values({
          source: file, line: r.line, date: r.date, value: r.value, upper: r.upper, qualifier: r.qualifier, what: r.what, who: r.who,
          reported_by: r.reportedBy, url: r.url, period: r.periodText, period_start: r.period.start, period_end: r.period.end, imported_at: new Date().toISOString(),
        }).returning("id").executeTakeFirstOrThrow();
        const subject = metricOf(words[i], main);
        if (!subject) continue;
        const figure: Figure = {
          claimId: null, referenceId: Number(ins.id), documentId: null, sentenceStart: null, speaker: r.who || null, period: r.period, value: r.value,
          upper: r.upper, qualifier: r.qualifier, quantityText: quantityText(r), source: file, sentence: r.what, places: subject.places,
        };
        const metricId = await this.metricFor(trx, subject);
        await this.addFigure(trx, metricId, figure);
        if (!fresh.has(metricId)) fresh.set(metricId, []);
        fresh.get(metricId)!.push(figure);
      }
      for (const [metricId, figures] of fresh) await this.runChecks(trx, metricId, figures);
    });
    return rows.length;
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
    const rows = await this.db.selectFrom("metric_figures").select(["claim_id", "reference_id"]).where("metric_id", "=", metricId)
      .orderBy("period_start").orderBy("id").limit(limit).execute();
    return this.resolve(rows.map((r) => (r.reference_id !== null ? { reference: Number(r.reference_id) } : { claim: Number(r.claim_id) })));
  }

  async findings(f: FindingFilter = {}): Promise<StoredFinding[]> {
    let q = this.db.selectFrom("findings").selectAll();
    if (f.kind) q = q.where("kind", "=", f.kind);
    if (f.metric) q = q.where("metric_key", "=", f.metric);
    const rows = await q.orderBy("id").limit(Math.min(f.limit ?? 100, 10_000)).offset(f.offset ?? 0).execute();
    const refs = rows.map((r) => JSON.parse(r.figures) as ({ claim: number } | { reference: number })[]);
    const all = await this.resolve(refs.flat());
    const byRef = new Map<string, MetricClaim>();
    refs.flat().forEach((r, i) => byRef.set(JSON.stringify(r), all[i]));
    return rows.map((r, i) => ({
      id: Number(r.id), kind: r.kind, metric: { key: r.metric_key, label: r.metric_label }, reason: r.reason,
      claims: refs[i].map((x) => byRef.get(JSON.stringify(x))).filter((c): c is MetricClaim => !!c),
    }));
  }

  async countFindings(f: FindingFilter = {}): Promise<number> {
    let q = this.db.selectFrom("findings").select((eb) => eb.fn.countAll().as("n"));
    if (f.kind) q = q.where("kind", "=", f.kind);
    if (f.metric) q = q.where("metric_key", "=", f.metric);
    return Number((await q.executeTakeFirst())?.n ?? 0);
  }

  /** claims as `claims --format json` gives them, reference figures as claims of their CSV file; in order */
  private async resolve(refs: ({ claim: number } | { reference: number })[]): Promise<MetricClaim[]> {
    const claimIds = [...new Set(refs.flatMap((r) => ("claim" in r ? [r.claim] : [])))];
    const refIds = [...new Set(refs.flatMap((r) => ("reference" in r ? [r.reference] : [])))];
    const claims = new Map<number, StoredClaim>(), references = new Map<number, ReferenceClaim>();
    for (let i = 0; i < claimIds.length; i += 500) {
      const rows = await this.db.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
        .select(["claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source"])
        .where("claims.id", "in", claimIds.slice(i, i + 500)).execute();
      for (const r of rows) claims.set(Number(r.id), { ...(JSON.parse(r.data) as Claim), id: Number(r.id), documentId: Number(r.document_id), published: r.published, source: r.source });
    }
    for (let i = 0; i < refIds.length; i += 500) {
      const rows = await this.db.selectFrom("reference_figures").selectAll().where("id", "in", refIds.slice(i, i + 500)).execute();
      for (const r of rows) references.set(Number(r.id), referenceClaim(r as never));
    }
    return refs.map((r) => ("claim" in r ? claims.get(r.claim) : references.get(r.reference))).filter((c): c is MetricClaim => !!c);
  }
}

function quantityText(r: Pick<ReferenceRow, "value" | "upper" | "qualifier">): string {
  const n = r.value.toLocaleString("en-US");
  const words: Record<string, string> = { approx: "around ", "more-than": "more than ", "at-least": "at least ", "less-than": "less than ", "at-most": "up to " };
  return r.qualifier === "range" && r.upper !== null ? `${n}–${r.upper.toLocaleString("en-US")}` : `${words[r.qualifier] ?? ""}${n}`;
}

function referenceClaim(r: { id: number; source: string; line: number; date: string; value: number; upper: number | null; qualifier: string; what: string; who: string; reported_by: string; url: string; period: string; period_start: string; period_end: string }): ReferenceClaim {
  const value = Number(r.value), upper = r.upper === null ? null : Number(r.upper);
  return {
    id: `reference:${Number(r.id)}`, source: r.source, text: r.what,
    quantity: { text: quantityText({ value, upper, qualifier: r.qualifier as Qualifier }), value, upper, qualifier: r.qualifier, unit: null, kind: "number" },
    speaker: r.who ? { name: r.who } : null, period: { text: r.period, start: r.period_start, end: r.period_end, source: "explicit" },
    published: r.date, reference: { line: Number(r.line), reportedBy: r.reported_by, url: r.url },
  };
}

const sameFigure = (a: Figure, b: Figure) => (a.claimId !== null && a.claimId === b.claimId) || (a.referenceId !== null && a.referenceId === b.referenceId);

/** the metrics of a ledger, read up to its latest document */
export async function currentMetrics(ledger: KyselyLedger): Promise<MetricsLedger> {
  const m = new MetricsLedger(ledger);
  await m.catchUp();
  return m;
}


/** after a document is stored: its figures into their metrics, and the checks on them (one call in the ingest) */
export async function keepMetricsCurrent(ledger: LedgerStore): Promise<void> {
  if (ledger instanceof KyselyLedger) await new MetricsLedger(ledger).catchUp();
}
