// /api/speakers: who claims most, and one speaker's numbers over time grouped by what is counted.

import type { FastifyInstance } from "fastify";
import type { LedgerStore, SpeakerSummary, StoredClaim } from "../../ledger/store.js";
import { httpError } from "../auth.js";

// Summing every speaker over a million claims takes a second: a listing may be this many ms old.
const SUMMARY_TTL_MS = 30_000;

export interface TimelinePoint {
  claimId: number;
  documentId: number;
  text: string;
  quantity: string;
  value: number | null;
  upper: number | null;
  qualifier: string;
  unit: string | null;
  /** when the number is about: the period, else the publication date */
  start: string | null;
  end: string | null;
  published: string | null;
}

export const metricOf = (c: StoredClaim) => (c.counted ?? c.predicate ?? "(unspecified)").toLowerCase();

export function timeline(claims: StoredClaim[]): { counted: string; points: TimelinePoint[] }[] {
  const groups = new Map<string, TimelinePoint[]>();
  for (const c of claims) {
    if (!c.quantity) continue;
    const key = metricOf(c);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({
      claimId: c.id, documentId: c.documentId, text: c.text, quantity: c.quantity.text, value: c.quantity.value, upper: c.quantity.upper,
      qualifier: c.quantity.qualifier, unit: c.quantity.unit, start: c.period?.start ?? c.published, end: c.period?.end ?? c.published, published: c.published,
    });
  }
  return [...groups.entries()]
    .map(([counted, points]) => ({ counted, points: points.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? "") || a.claimId - b.claimId) }))
    .sort((a, b) => b.points.length - a.points.length || a.counted.localeCompare(b.counted));
}

export function speakerRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  let cached: { at: number; items: SpeakerSummary[] } | null = null;

  app.get<{ Querystring: { limit: number } }>("/api/speakers", {
    schema: { tags: ["speakers"], summary: "speakers, most quantified claims first", querystring: { type: "object", additionalProperties: false, properties: { limit: { type: "integer", minimum: 1, maximum: 1000, default: 100 } } } },
  }, async (req) => {
    if (!cached || Date.now() - cached.at > SUMMARY_TTL_MS) cached = { at: Date.now(), items: await ledger.speakers({ limit: 1000 }) };
    return { items: cached.items.slice(0, req.query.limit) };
  });

  app.get<{ Params: { name: string } }>("/api/speakers/:name/claims", {
    schema: { tags: ["speakers"], summary: "a speaker's quantified claims over time, grouped by what is counted", params: { type: "object", properties: { name: { type: "string", minLength: 1, maxLength: 300 } } } },
  }, async (req) => {
    const claims = await ledger.findClaims({ speakerName: req.params.name, quantified: true, sort: "published", order: "asc", limit: 5000 });
    if (!claims.length) throw httpError(404, `no quantified claims by "${req.params.name}"`);
    const roles = [...new Set(claims.map((c) => c.speaker?.role).filter((r): r is string => !!r))];
    return { speaker: { name: req.params.name, kind: claims[0].speaker?.kind ?? null, roles }, groups: timeline(claims) };
  });
}
