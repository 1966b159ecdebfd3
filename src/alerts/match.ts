// Which follows a new claim or finding answers, and the alert's readable line. A speaker is followed by
// words of the name, each the start of a word of the speaker's (the speaker search's rule, routes/speakers.ts:
// "rahim" follows "Ramazon Rahimzoda"); a place by its name, in any case; a metric by its key (metricKey).
// Kept here rather than imported: the ingest, which raises alerts, does not load the server.

import type { FollowKind } from "../ledger/alerts/schema.js";

export interface Follow {
  id: number;
  userId: number;
  kind: FollowKind;
  value: string;
  createdAt: string;
}

/** what an alert needs of a new claim */
export interface ClaimFacts {
  id: number;
  documentId: number;
  speaker: string | null;
  places: string[];
  quantityText: string;
  counted: string | null;
  predicate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** the keys of the metrics its figure went into */
  metrics: string[];
  source: string;
  title: string | null;
}

/** what an alert needs of a new finding */
export interface FindingFacts {
  id: number;
  kind: string;
  metricKey: string;
  metricLabel: string;
  reason: string;
  figures: string;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

export function speakerFollowed(speaker: string | null, followed: string): boolean {
  const want = words(followed);
  if (speaker === null || !want.length) return false;
  const name = words(speaker);
  return want.every((w) => name.some((n) => n.startsWith(w)));
}

/** the first of `follows` the claim answers, if any */
export function claimFollow(c: ClaimFacts, follows: Follow[]): Follow | null {
  return follows.find((f) =>
    f.kind === "speaker" ? speakerFollowed(c.speaker, f.value)
    : f.kind === "place" ? c.places.some((p) => fold(p) === fold(f.value))
    : c.metrics.includes(f.value)) ?? null;
}

/** the first of `follows` the finding answers: a follow of its metric */
export function findingFollow(f: FindingFacts, follows: Follow[]): Follow | null {
  return follows.find((x) => x.kind === "metric" && x.value === f.metricKey) ?? null;
}

const why = (f: Follow) => `(you follow ${f.kind} "${f.value}")`;

export function claimLine(c: ClaimFacts, f: Follow): string {
  const what = [c.counted, c.predicate && `(${c.predicate})`].filter(Boolean).join(" ");
  const period = c.periodStart ? `, ${c.periodStart === c.periodEnd || !c.periodEnd ? c.periodStart : `${c.periodStart}..${c.periodEnd}`}` : "";
  const where = c.places.length ? ` in ${c.places.join(", ")}` : "";
  return `${c.speaker ?? "Someone"}: ${c.quantityText}${what ? ` ${what}` : ""}${where}${period} — ${c.title ?? c.source} ${why(f)}`;
}

export function findingLine(x: FindingFacts, f: Follow): string {
  return `New ${x.kind} in ${x.metricLabel}: ${x.reason} ${why(f)}`;
}

/** the structured fields an alert carries beside its line */
export function claimData(c: ClaimFacts): Record<string, unknown> {
  return {
    claim: { id: c.id, documentId: c.documentId, speaker: c.speaker, quantity: c.quantityText, counted: c.counted, predicate: c.predicate, places: c.places, period: c.periodStart ? { start: c.periodStart, end: c.periodEnd } : null, metrics: c.metrics },
    document: { id: c.documentId, source: c.source, title: c.title },
  };
}

export function findingData(x: FindingFacts): Record<string, unknown> {
  return { finding: { id: x.id, kind: x.kind, metric: { key: x.metricKey, label: x.metricLabel }, reason: x.reason, figures: JSON.parse(x.figures) as unknown } };
}
