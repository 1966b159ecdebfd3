// A metric's page reads its first findings and figures in the order of an index, never sorting all of a big
// metric's rows (the first twenty findings of a metric with thousands of conflicts were sorted on each visit):
// the query plans of the page's queries, on SQLite and PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type Compilable } from "kysely";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { MetricsLedger } from "../src/ledger/metrics/store.js";
import { datedFigures } from "../src/ledger/metrics/figure-page.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const schema = pgSchemas("plan")();

const backends: [string, () => Promise<Ledger>, string][] = [
  ["sqlite", () => openLedger(path.join(dir, "plan.db")), "explain query plan "],
  ["postgres", () => openLedger(PG_URL, { schema }), "explain "],
];

describe.each(backends)("a metric page's query plans on %s", (name, open, explain) => {
  it("reads the first findings by (metric, id) and the figures by (metric, period, id), with no sort", async () => {
    const ledger = await open();
    try {
      const m = new MetricsLedger(ledger);
      const plan = async (q: Compilable) => {
        const { sql: text, parameters } = q.compile();
        // an empty table is read whole (or sorted) by PostgreSQL whatever its indexes: with scans and sorts
        // discouraged, a sort left in its plan is one no index can spare
        return m.db.connection().execute(async (c) => {
          if (name === "postgres") await sql`set enable_seqscan = off; set enable_bitmapscan = off; set enable_sort = off`.execute(c);
          const rows = (await c.executeQuery({ sql: explain + text, parameters, query: q.toOperationNode() } as never)).rows as Record<string, unknown>[];
          if (name === "postgres") await sql`reset enable_seqscan; reset enable_bitmapscan; reset enable_sort`.execute(c);
          return rows.map((r) => String(r.detail ?? r["QUERY PLAN"])).join("\n");
        });
      };
      const findings = await plan(m.db.selectFrom("findings").selectAll().where("metric_id", "=", 1).orderBy("id").limit(21));
      expect(findings).toMatch(/findings_metric_id/);
      expect(findings).not.toMatch(/TEMP B-TREE|Sort/);
      const figures = await plan(m.db.selectFrom("metric_figures").select(["id", "claim_id", "reference_id", "period_start"]).where("metric_id", "=", 1)
        .where("period_start", "is not", null).orderBy("period_start").orderBy("id").limit(51));
      expect(figures).toMatch(/metric_figures_period/);
      expect(figures).not.toMatch(/TEMP B-TREE|Sort/);
      // a page deep in the metric begins its index range at the cursor, not at the metric's first figure with
      // every figure before the cursor read and filtered out
      const deep = await plan(datedFigures(m.db, 1, 51, { start: "2019-03-04", id: 123 }));
      expect(deep).toMatch(/metric_figures_period/);
      expect(deep).not.toMatch(/TEMP B-TREE|Sort|Filter/);
      expect(deep).toMatch(name === "postgres" ? /Index Cond: .*ROW\(period_start, id\) > ROW\(/
        : /metric_figures_period \(metric_id=\? AND (?:period_start>\?|\(period_start,id\)>\(\?,\?\))\)/);
    } finally {
      await ledger.close();
    }
  });
});
