// /api/speakers: who claims most (searchable, paged), and one speaker's numbers over time grouped by the
// metric they are about, with the speaker's record (claims, no evidence given, hedges, verdicts).

import type { FastifyInstance } from "fastify";
import type { LedgerStore, SpeakerSummary, StoredClaim } from "../../ledger/store.js";
import { Ledger } from "../../ledger/ledger.js";
import { NO_EVIDENCE_STATUSES } from "../../analysis/words.js";
import { countedKey } from "../../analysis/metric.js";
import { httpError } from "../plugins/errors.js";
import { SPEAKERS_QUERY, SPEAKER_PARAMS } from "../schemas/speakers.js";
import { metricsOf, metricsOfClaims, type MetricRef } from "./metrics.js";
import { KeptAnswers, answersMark } from "../kept-answers.js";

// Summing every speaker over a million claims takes a second: a listing may be this many ms old.
const SUMMARY_TTL_MS = 30_000;
/** speakers' pages kept at once (PostgreSQL), in bytes: about 20 of the biggest (1.5 MB each) */
const PAGES_KEPT_BYTES = 32 * 1024 * 1024;

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
  speaker?: string | null;
  /** the document (or reference table) the figure is from */
  source?: string;
  /** a reference figure (not a claim of the ledger): drawn apart, and claimId is 0 */
  reference?: { id: string; reportedBy: string; url: string; line: number };
}

export const claimPoint = (c: StoredClaim): TimelinePoint => ({
  claimId: c.id, documentId: c.documentId, text: c.text, quantity: c.quantity!.text, value: c.quantity!.value, upper: c.quantity!.upper,
  qualifier: c.quantity!.qualifier, unit: c.quantity!.unit, start: c.period?.start ?? c.published, end: c.period?.end ?? c.published, published: c.published,
  speaker: c.speaker?.name ?? null, source: c.source,
});

export interface TimelineGroup {
  /** the metric's key; null for figures that count nothing the metrics recognise (grouped by their counted thing) */
  key: string | null;
  label: string;
  points: TimelinePoint[];
}

/** a speaker's figures, one group per metric (claims in no metric by their counted thing), the largest first */
export function timeline(claims: StoredClaim[], metrics: Map<number, MetricRef> = new Map()): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  for (const c of claims) {
    if (!c.quantity) continue;
    const m = metrics.get(c.id);
    const id = m ? `m:${m.key}` : `c:${countedKey(c)}`;
    if (!groups.has(id)) groups.set(id, { key: m?.key ?? null, label: m?.label ?? countedKey(c), points: [] });
    groups.get(id)!.points.push(claimPoint(c));
  }
  for (const g of groups.values()) g.points.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? "") || a.claimId - b.claimId);
  return [...groups.values()].sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.points.length - a.points.length || a.label.localeCompare(b.label));
}

export interface SpeakerRecord {
  /** every statement attributed to the speaker, with a number or not */
  statements: number;
  /** the claims with numbers the record is read from */
  claims: number;
  /** of those, the speaker gave no evidence or declined to */
  noEvidence: number;
  /** claims with a hedge ("claimed", "estimated"), and the hedges most used */
  hedged: number;
  hedges: { word: string; claims: number }[];
  /** current verdicts by name, and how many claims have one */
  verdicts: Record<string, number>;
  reviewed: number;
}

export function speakerRecord(statements: number, claims: StoredClaim[], verdicts: Record<number, string>): SpeakerRecord {
  const hedges = new Map<string, number>();
  const byVerdict: Record<string, number> = {};
  for (const c of claims) for (const h of new Set(c.hedges.map((x) => x.toLowerCase()))) hedges.set(h, (hedges.get(h) ?? 0) + 1);
  for (const v of Object.values(verdicts)) byVerdict[v] = (byVerdict[v] ?? 0) + 1;
  return {
    statements, claims: claims.length,
    noEvidence: claims.filter((c) => c.evidence && NO_EVIDENCE_STATUSES.has(c.evidence.status)).length,
    hedged: claims.filter((c) => c.hedges.length).length,
    hedges: [...hedges].map(([word, n]) => ({ word, claims: n })).sort((a, b) => b.claims - a.claims || a.word.localeCompare(b.word)).slice(0, 8),
    verdicts: byVerdict, reviewed: Object.keys(verdicts).length,
  };
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

async function verdictsOf(ledger: LedgerStore, ids: number[]): Promise<Record<number, string>> {
  const out: Record<number, string> = {};
  for (let i = 0; i < ids.length; i += 500) Object.assign(out, await ledger.verdicts(ids.slice(i, i + 500)));
  return out;
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
      querystring: SPEAKERS_QUERY,
    },
  }, async (req) => {
    const items = req.query.q ? matchSpeakers(await all(), req.query.q) : await all();
    return { items: items.slice(req.query.offset, req.query.offset + req.query.limit), total: items.length, limit: req.query.limit, offset: req.query.offset };
  });

  // A speaker's page read again for each visit reads up to 5,000 claims (at ten million claims ~44,000 pages of
  // PostgreSQL and 1.5 MB of JSON): kept, as sent, until the ledger may have changed (kept-answers.ts).
  const kept = new KeptAnswers(answersMark(ledger), PAGES_KEPT_BYTES);

  app.get<{ Params: { name: string } }>("/api/speakers/:name/claims", {
    schema: { tags: ["speakers"], summary: "a speaker's quantified claims over time, grouped by metric (by what is counted when in none), and the speaker's record; a part of a name finds the speaker it names", params: SPEAKER_PARAMS },
  }, async (req, reply) => kept.send(req, reply, req.params.name, (onBacklog) => speakerPage(req.params.name, onBacklog)));

  async function speakerPage(asked: string, onBacklog: () => void) {
    // every spelling of the name the listing counts as one speaker ("Officials" is "officials"), under the listing's
    const list = await all();
    const spellings = (n: string) => {
      const s = list.find((x) => x.name === n || x.spellings?.includes(n));
      return s ? [s.name, ...(s.spellings ?? [])] : [n];
    };
    let name = spellings(asked)[0];
    let claims = await ledger.findClaims({ speakerName: spellings(name), quantified: true, sort: "published", order: "asc", limit: 5000 });
    let others: string[] = [];
    if (!claims.length) {
      // "/speakers/Rahimzoda": the words of a name, as `claims --speaker Rahimzoda` takes them; the speaker
      // with the most claims among those it finds is shown, the others offered
      const found = matchSpeakers(await all(), asked).filter((s) => s.quantified > 0);
      if (found.length) {
        name = found[0].name;
        others = found.slice(1, 20).map((s) => s.name);
        claims = await ledger.findClaims({ speakerName: spellings(name), quantified: true, sort: "published", order: "asc", limit: 5000 });
      }
    }
    if (!claims.length) throw httpError(404, `no claims with numbers by a speaker named "${asked}"`);
    const roles = [...new Set(claims.map((c) => c.speaker?.role).filter((r): r is string => !!r))];
    const ids = claims.map((c) => c.id);
    const [metrics, statements, verdicts] = await Promise.all([
      ledger instanceof Ledger ? metricsOf(ledger, onBacklog).then((m) => metricsOfClaims(m, ids)) : new Map<number, MetricRef>(),
      ledger.countClaims({ speakerName: spellings(name) }),
      verdictsOf(ledger, ids),
    ]);
    return { speaker: { name, kind: claims[0].speaker?.kind ?? null, roles }, asked, others, record: speakerRecord(statements, claims, verdicts), groups: timeline(claims, metrics) };
  }
}
