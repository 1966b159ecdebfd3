// /api/speakers: who claims most (searchable, paged), and one speaker's numbers over time grouped by what
// is counted.

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

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Speakers whose name has every word of `q` as the start of one of its words ("rahim" finds "Ramazon Rahimzoda"). */
export function matchSpeakers(items: SpeakerSummary[], q: string): SpeakerSummary[] {
  const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return items;
  return items.filter((s) => {
    const name = fold(s.name).match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.every((w) => name.some((n) => n.startsWith(w)));
  });
}

export function speakerRoutes(app: FastifyInstance, ledger: LedgerStore): void {
  let cached: { at: number; items: SpeakerSummary[] } | null = null;
  const all = async () => {
    if (!cached || Date.now() - cached.at > SUMMARY_TTL_MS) cached = { at: Date.now(), items: await ledger.speakers({ limit: Number.MAX_SAFE_INTEGER }) };
    return cached.items;
  };

  app.get<{ Querystring: { q?: string; limit: number; offset: number } }>("/api/speakers", {
    schema: {
      tags: ["speakers"], summary: "speakers, most quantified claims first; q: words of the name (search and suggestions)",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          q: { type: "string", maxLength: 200, description: "words the name starts with" },
          limit: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
          offset: { type: "integer", minimum: 0, default: 0 },
        },
      },
    },
  }, async (req) => {
    const items = req.query.q ? matchSpeakers(await all(), req.query.q) : await all();
    return { items: items.slice(req.query.offset, req.query.offset + req.query.limit), total: items.length, limit: req.query.limit, offset: req.query.offset };
  });

  app.get<{ Params: { name: string } }>("/api/speakers/:name/claims", {
    schema: { tags: ["speakers"], summary: "a speaker's quantified claims over time, grouped by what is counted; a part of a name finds the speaker it names", params: { type: "object", properties: { name: { type: "string", minLength: 1, maxLength: 300 } } } },
  }, async (req) => {
    const asked = req.params.name;
    let name = asked;
    let claims = await ledger.findClaims({ speakerName: name, quantified: true, sort: "published", order: "asc", limit: 5000 });
    let others: string[] = [];
    if (!claims.length) {
      // "/speakers/Rahimzoda": the words of a name, as `claims --speaker Rahimzoda` takes them; the speaker
      // with the most claims among those it finds is shown, the others offered
      const found = matchSpeakers(await all(), asked).filter((s) => s.quantified > 0);
      if (found.length) {
        name = found[0].name;
        others = found.slice(1, 20).map((s) => s.name);
        claims = await ledger.findClaims({ speakerName: name, quantified: true, sort: "published", order: "asc", limit: 5000 });
      }
    }
    if (!claims.length) throw httpError(404, `no claims with numbers by a speaker named "${asked}"`);
    const roles = [...new Set(claims.map((c) => c.speaker?.role).filter((r): r is string => !!r))];
    return { speaker: { name, kind: claims[0].speaker?.kind ?? null, roles }, asked, others, groups: timeline(claims) };
  });
}
