// /api/findings: what the checks found across the ledger's claims, paged, by kind or metric, with how many
// of each kind; /api/claims/:id/findings: one claim's metric and the findings it is in (the reader's panel).

import type { FastifyInstance } from "fastify";
import type { LedgerStore } from "../../ledger/store.js";
import type { MetricsLedger, StoredFinding } from "../../ledger/metrics/store.js";
import { FINDING_KINDS } from "../../analysis/checks/index.js";
import { httpError } from "../plugins/errors.js";
import { ID_PARAM } from "../schemas/common.js";
import { FINDINGS_QUERY } from "../schemas/metrics.js";
import { KeptAnswers, answersMark } from "../kept-answers.js";
import { markBacklog, metricsOf, metricsOfClaims, type MetricRef } from "./metrics.js";

/** a finding as a claim's panel or the queue names it: the figures by reference, not resolved */
export interface ClaimFinding {
  id: number;
  kind: string;
  reason: string;
  metric: MetricRef;
  /** the finding's figures: ledger claims by id, reference figures by theirs */
  figures: ({ claim: number } | { reference: number })[];
}


/**
 * The findings each of these claims is in (of these kinds), found by claim on finding_claims' index
 * (metrics/finding-claims.ts): the work grows with the claims asked and their findings, never with the
 * ledger or a metric's size.
 */
export async function findingsOfClaims(m: MetricsLedger, claimIds: number[], kinds: readonly string[] = FINDING_KINDS): Promise<Map<number, ClaimFinding[]>> {
  const out = new Map<number, ClaimFinding[]>();
  if (!claimIds.length || !kinds.length) return out;
  const asked = new Set(claimIds);
  const named = new Set<number>();
  const unique = [...asked];
  for (let i = 0; i < unique.length; i += 500)
    for (const r of await m.db.selectFrom("finding_claims").select("finding_id").where("claim_id", "in", unique.slice(i, i + 500)).execute()) named.add(Number(r.finding_id));
  const ids = [...named];
  const rows: { id: number; kind: string; reason: string; metric_key: string; metric_label: string; figures: string }[] = [];
  for (let i = 0; i < ids.length; i += 500)
    for (const r of await m.db.selectFrom("findings").select(["id", "kind", "reason", "metric_key", "metric_label", "figures"]).where("id", "in", ids.slice(i, i + 500)).where("kind", "in", [...kinds]).execute()) rows.push(r);
  for (const r of rows) {
    const figures = JSON.parse(r.figures) as ClaimFinding["figures"];
    const finding: ClaimFinding = { id: Number(r.id), kind: r.kind, reason: r.reason, metric: { key: r.metric_key, label: r.metric_label }, figures };
    for (const f of figures)
      if ("claim" in f && asked.has(f.claim)) {
        if (!out.has(f.claim)) out.set(f.claim, []);
        if (!out.get(f.claim)!.some((x) => x.id === finding.id)) out.get(f.claim)!.push(finding);
      }
  }
  for (const list of out.values()) list.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) || a.id - b.id);
  return out;
}

/** findings pages kept at once, in bytes (a series page is 350 KiB) */
const KEPT_BYTES = 32 * 1024 * 1024;

export function findingRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  // a page resolves each of its findings' claims (a series page 500 of them): kept until the ledger may have changed
  const kept = new KeptAnswers(answersMark(ledger), KEPT_BYTES);
  app.get<{ Querystring: { kind?: string; metric?: string; limit: number; offset: number } }>("/api/findings", {
    schema: {
      tags: ["findings"], summary: "findings (conflicts, series, reference, no-evidence; of every kind: in that order), each with its claims and reason; kinds: how many of each (for the same metric)",
      querystring: FINDINGS_QUERY,
    },
  }, async (req, reply) => {
    const { kind, metric, limit, offset } = req.query;
    return kept.send(req, reply, JSON.stringify([kind, metric, limit, offset]), (onBacklog) => findingsPage(req.query, onBacklog));
  });

  async function findingsPage(query: { kind?: string; metric?: string; limit: number; offset: number }, onBacklog: () => void) {
    const m = await metricsOf(ledger, onBacklog);
    const f = { kind: query.kind, metric: query.metric };
    const metric = f.metric ? await m.metric(f.metric) : null;
    // of one metric, counted by its id with the kind (indexed; the key is not), plus the findings of figures in no
    // metric that carry its key; of all, by kind (indexed)
    const byMetric = (kind: string, id: number | null) =>
      m.db.selectFrom("findings").select((eb) => eb.fn.countAll().as("n")).where("kind", "=", kind)
        .where((eb) => (id === null ? eb.and([eb("metric_id", "is", null), eb("metric_key", "=", f.metric!)]) : eb("metric_id", "=", id)))
        .executeTakeFirst().then((r) => Number(r?.n ?? 0));
    const count = async (kind: string) =>
      !f.metric ? m.countFindings({ kind }) : (await byMetric(kind, null)) + (metric ? await byMetric(kind, metric.id) : 0);
    const counts = await Promise.all(FINDING_KINDS.map(count));
    const { limit, offset } = query;
    let items: StoredFinding[];
    if (f.kind) items = await m.findings({ ...f, limit, offset });
    else {
      // every kind, in the order a reviewer works through them (conflicts first, as the tabs): the page is cut
      // from the kinds' runs by their counts, each run read on the index of (kind, id)
      items = [];
      let before = 0;
      for (const [i, kind] of FINDING_KINDS.entries()) {
        const from = Math.max(0, offset + items.length - before), want = limit - items.length;
        if (want > 0 && from < counts[i]) items.push(...await m.findings({ ...f, kind, limit: want, offset: from }));
        before += counts[i];
      }
    }
    const total = f.kind ? counts[FINDING_KINDS.indexOf(f.kind)] : counts.reduce((a, b) => a + b, 0);
    return { items, total, limit, offset, kinds: Object.fromEntries(FINDING_KINDS.map((k, i) => [k, counts[i]])) };
  }

  app.get<{ Params: { id: number } }>("/api/claims/:id/findings", {
    schema: {
      tags: ["findings"], summary: "the metric a claim's figure belongs to and the findings it is in",
      params: ID_PARAM,
    },
  }, async (req, reply) => {
    const id = req.params.id;
    if (!(await ledger.getClaim(id))) throw httpError(404, `no claim ${id}`);
    const m = await metricsOf(ledger, markBacklog(reply));
    const [metric, findings] = await Promise.all([metricsOfClaims(m, [id]), findingsOfClaims(m, [id])]);
    const mm = metric.get(id);
    return { metric: mm ? { key: mm.key, label: mm.label } : null, items: findings.get(id) ?? [] };
  });
}
