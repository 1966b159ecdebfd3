// The metrics and findings of a set of documents do not depend on the order they came in: ingested one way,
// ingested the other way, or ingested one way and made again (claimledger metrics --rebuild), the same
// metrics, and the same findings with their claims in the same order and the same reasons. Claims are named by
// what they say (source and figure), not by id: ids follow the order of ingest. On SQLite and PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";
import { ingestArticle } from "../src/ingest/ingest.js";
import { MetricsLedger, type MetricClaim } from "../src/ledger/metrics/store.js";
import { rebuildMetrics } from "../src/ledger/metrics/rebuild.js";

// invented: tolls of the floods in Valdoria from several speakers, two of them the same day and at odds, a
// later one higher (a series), and a reference table of the place (its row in the claims' metric: it conflicts with
// the figures it cannot hold with, whichever came first)
const articles = [
  ["minister.txt", "2023-05-08", "Floods in Valdoria\n\nThe floods in Valdoria killed 12 people, the Interior Minister Marta Quist said on Monday."],
  ["opposition.txt", "2023-05-08", "Flood toll disputed\n\nThe floods in Valdoria killed 25 people, the opposition leader Pavel Orn said."],
  ["agency.txt", "2023-05-08", "Valdoria counts its dead\n\nThe floods in Valdoria killed 12 people, the rescue agency chief Ida Lind said."],
  ["mayor.txt", "2023-05-10", "Flood toll again\n\nThe floods in Valdoria killed 31 people, the mayor Tom Brask said on Wednesday."],
] as const;
const reference = "date,figure,qualifier,what,who_claimed,reported_by,url,period\n2023-05-08,18,approx,people killed in Valdoria,Red Cross,Agency,,2023-05-08\n";

const schemas = pgSchemas("order");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const backends: [string, () => Promise<Ledger>][] = [
  ["sqlite", () => openLedger(path.join(dir, `ledger-${n++}.db`))],
  ["postgres", () => openLedger(PG_URL, { schema: schemas(`l${n++}`) })],
];

const named = (c: MetricClaim) => `${c.source}:${c.quantity?.text}`;

/** a ledger of the articles ingested in this order (the reference table after them), made again if asked */
async function outcome(open: () => Promise<Ledger>, order: number[], rebuild = false) {
  const ledger = await open();
  try {
    for (const i of order) {
      const [source, published, text] = articles[i];
      await ingestArticle(ledger, { source, text, title: null, published });
    }
    const m = new MetricsLedger(ledger);
    await m.importReference("toll.csv", reference);
    if (rebuild) await rebuildMetrics(m);
    const metrics = (await m.metrics({ limit: 100 })).map((x) => `${x.key} (${x.label}): ${x.figures}`).sort();
    const findings = (await m.findings({ limit: 100 })).map((f) => `${f.kind} ${f.metric.key} [${f.claims.map(named).join(" ~ ")}] ${f.reason}`).sort();
    return { metrics, findings };
  } finally {
    await ledger.close();
  }
}

describe.each(backends)("metrics and findings whatever the order of ingest, on %s", (_name, open) => {
  it("gives the same metrics and findings ingested forwards, backwards, and backwards then made again", async () => {
    const forwards = await outcome(open, [0, 1, 2, 3]);
    // the case holds what it is meant to show: conflicts of one day, a series, a reference figure
    expect(forwards.findings.filter((f) => f.startsWith("conflict ") && !f.includes("toll.csv")).length).toBe(2);
    expect(forwards.findings.some((f) => f.startsWith("series "))).toBe(true);
    expect(forwards.findings.some((f) => f.startsWith("reference "))).toBe(true);
    expect(forwards.findings.filter((f) => f.startsWith("conflict ") && f.includes("toll.csv")).length).toBe(3);
    expect(await outcome(open, [3, 2, 1, 0])).toEqual(forwards);
    expect(await outcome(open, [2, 0, 3, 1], true)).toEqual(forwards);
  }, 60_000);
});
