// Metrics made again when the keying rules change (claimledger metrics --rebuild, or a ledger keyed by another
// release): stale keys go, claims' corrections and reviews and reference tables are kept, and alerts neither
// repeat the findings the rebuild makes again nor miss the ones that come after; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { keyedMetrics, keysStale, rebuildMetrics } from "../src/ledger/metrics/rebuild.js";
import { readMark, writeMark, dropMark } from "../src/ledger/metrics/progress.js";
import { addFollow, alertsAfter, raiseAlerts } from "../src/ledger/alerts/store.js";
import { METRIC_KEYS_VERSION } from "../src/analysis/metric.js";

// invented: three figures for the floods in Valdoria, two of one day that cannot both hold
const first = "Floods in Valdoria\n\nThe floods in Valdoria killed 12 people, the Interior Minister Marta Quist said on Monday.";
const second = "Flood toll disputed\n\nThe floods in Valdoria killed 25 people, the opposition leader Pavel Orn said.";
const third = "Valdoria floods\n\nThe floods in Valdoria killed 70 people in 2023, Marta Quist said.";
const later = "Flood toll again\n\nThe floods in Valdoria killed 90 people, the mayor Ida Lind said.";
const reference = "date,figure,qualifier,what,who_claimed,reported_by,url,period\n2023-05-08,18,approx,people killed in Valdoria,Red Cross,Agency,,2023-05-08\n";
const KEY = "person|die|number|Valdoria";

const schema = pgSchemas("rebuild")();
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-rebuild-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: [string, () => Promise<Ledger>][] = [
  ["sqlite", () => openLedger(path.join(dir, "ledger.db"))],
  ["postgres", () => openLedger(PG_URL, { schema })],
];

/**
 * what the metrics say: keys, labels and figures, and each finding's kind, metric, reason and claims in their
 * order (figures of one day too: they are listed in the order of what they say, not of when they were put in)
 */
async function summary(m: MetricsLedger) {
  const metrics = (await m.metrics({ limit: 1000 })).map((x) => `${x.key} ${x.label} ${x.figures}`).sort();
  const findings = (await m.findings({ limit: 1000 })).map((f) => `${f.kind} ${f.metric.key} ${f.reason} ${f.claims.map((c) => c.id).join(",")}`).sort();
  return { metrics, findings };
}

describe.each(backends)("rebuilding the metrics on %s", (_name, open) => {
  let ledger: Ledger;
  let metrics: MetricsLedger;
  let userId: number;
  let corrected: number;
  beforeAll(async () => {
    ledger = await open();
    metrics = new MetricsLedger(ledger);
    userId = (await ledger.addUser("rita", "not-a-real-hash")).id;
    await addFollow(ledger, userId, "metric", KEY);
    for (const text of [first, second, third]) await ingestArticle(ledger, { source: `${text.length}.txt`, text, title: null, published: "2023-05-08" });
    await metrics.importReference("toll.csv", reference);
    // a reviewer's correction and verdict: the rebuild reads the corrected claim and keeps both
    const claims = await ledger.findClaims({ quantified: true, limit: 50 });
    corrected = claims.find((c) => c.quantity?.value === 25)!.id;
    await ledger.addCorrection({ claimId: corrected, field: "number", value: { value: 26, upper: null }, reviewer: "rita" });
    await new MetricsLedger(ledger).refigure(corrected);
    await ledger.addReview({ claimId: corrected, verdict: "false", note: "the count was 18", reviewer: "rita" });
    await raiseAlerts(ledger);
  }, 60_000);
  afterAll(async () => ledger?.close());

  it("stamps a new ledger with this release's keying rules", async () => {
    expect(await readMark(metrics.db, "keys")).toBe(METRIC_KEYS_VERSION);
    expect(await keysStale(metrics)).toBe(false);
  });

  it("makes stale keys current again, with the same figures and findings, corrections, reviews and reference tables kept", async () => {
    const before = await summary(metrics);
    expect(before.metrics.some((m) => m.startsWith(`${KEY} `))).toBe(true);
    expect(before.findings.some((f) => f.startsWith("conflict "))).toBe(true);
    const alertsBefore = (await alertsAfter(ledger, 0, { userId })).length;
    expect(alertsBefore).toBeGreaterThan(0);
    // as an older release would have left them: other keys, another stamp
    await metrics.db.updateTable("metrics").set((eb) => ({ key: eb("key", "||", "|old") })).execute();
    await metrics.db.updateTable("findings").set((eb) => ({ metric_key: eb("metric_key", "||", "|old") })).execute();
    await dropMark(metrics.db, "keys");
    expect(await keysStale(metrics)).toBe(true);
    const heard: [number, number][] = [];
    const m = await keyedMetrics(ledger, { onProgress: (done, total) => heard.push([done, total]) });
    expect(heard.at(-1)).toEqual([3, 3]);
    expect(await summary(m)).toEqual(before);
    expect(await keysStale(m)).toBe(false);
    expect(await readMark(m.db, "rebuild")).toBeNull();
    // the corrected figure (26, not 25) and the reviewer's verdict are still there
    expect((await m.metricClaims((await m.metric(KEY))!.id)).map((c) => c.quantity?.value)).toContain(26);
    expect((await ledger.reviews(corrected)).map((r) => r.verdict)).toEqual(["false"]);
    expect((await m.findings({ kind: "reference" })).length).toBeGreaterThan(0);
    // the findings the rebuild made again are no news: no alert twice, and the marks do not move back
    expect(await raiseAlerts(ledger)).toBe(0);
    expect((await alertsAfter(ledger, 0, { userId })).length).toBe(alertsBefore);
  });

  it("alerts on what comes after a rebuild", async () => {
    await rebuildMetrics(metrics);
    const seen = (await alertsAfter(ledger, 0, { userId })).length;
    await ingestArticle(ledger, { source: "later.txt", text: later, title: null, published: "2023-05-08" });
    const fresh = (await alertsAfter(ledger, 0, { userId })).slice(seen);
    expect(fresh.some((a) => a.kind === "finding")).toBe(true);
    expect(fresh.some((a) => a.kind === "claim")).toBe(true);
  });

  it("carries on a rebuild that was stopped at the next catch-up, reading each document once, to the same result", async () => {
    await rebuildMetrics(metrics);
    const before = await summary(metrics);
    // stopped after its first transaction: the tables emptied, the marks set, no document read yet
    const read = (await readMark(metrics.db, "document"))!;
    await metrics.db.deleteFrom("findings").execute();
    await metrics.db.deleteFrom("metric_figures").execute();
    await metrics.db.deleteFrom("metrics").execute();
    await writeMark(metrics.db, "document", 0);
    await writeMark(metrics.db, "rebuild", read);
    expect(await keysStale(metrics)).toBe(true);
    expect(await metrics.catchUp()).toBe(4);
    expect(await readMark(metrics.db, "rebuild")).toBeNull();
    expect(await summary(metrics)).toEqual(before);
  });
});
