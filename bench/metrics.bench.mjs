// What keeping metrics and findings current costs per ingested document with a big ledger: the generated
// ledger of metrics-ledger.mjs (news-shaped: a few very popular metrics, mostly agreeing figures, one in ten
// a rival), then DOCS fresh documents of 20 claims each, each stored and its figures put in their metrics
// and checked (MetricsLedger.catchUp, the call ingest makes). Target: under 50 ms a document. Then what the claims,
// metrics, metric and findings pages ask of the ledger, timed the same way: the metric pages are to keep up with the claims page.
//   npm run bench -- metrics          CLAIMS=100000 for a smaller ledger; BACKENDS=sqlite or postgres for one
import { cpus, loadavg } from "node:os";
import { openLedger } from "../dist/ledger/open.js";
import { MetricsLedger } from "../dist/ledger/metrics/store.js";
import { figurePage, parseCursor } from "../dist/ledger/metrics/figure-page.js";
import { toClaimFilter } from "../dist/domain/claim-filter.js";
import { FINDING_KINDS } from "../dist/analysis/checks/index.js";
import { peakMiB } from "./lib.mjs";
import { generatedDocument, postgresMetricsLedger, sqliteMetricsLedger } from "./metrics-ledger.mjs";

const N = Number(process.env.CLAIMS ?? 1_000_000);
const DOCS = Number(process.env.DOCS ?? 200);
const backends = (process.env.BACKENDS ?? "sqlite,postgres").split(",");
const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

const PAGE_RUNS = 15;

/**
 * What the claims page, the metrics list, the biggest metric's page and the findings page ask of the ledger
 * (the queries their routes make, without HTTP): the metric and findings pages are to be as fast as the claims page.
 */
async function pageTimes(ledger, metrics) {
  const [top] = await metrics.metrics({ limit: 1 });
  // a cursor half-way through the biggest metric: pages deep in its timeline cost what the first does
  let middle = null;
  for (let i = 0; i < Math.ceil(top.figures / 2 / 1000) && (i === 0 || middle); i++)
    middle = (await figurePage(metrics.db, top.id, 1000, middle && parseCursor(middle))).next;
  const shapes = {
    "claims page": async () => { const f = toClaimFilter({ limit: 50, offset: 0 }); await Promise.all([ledger.findClaims(f), ledger.countClaims(f)]); },
    "metrics list": () => Promise.all([metrics.metrics({ limit: 50, offset: 0 }), metrics.countMetrics(1)]),
    [`biggest metric's page (${top.figures} figures)`]: async () => {
      // as GET /api/metrics/KEY: the metric, then the first page of its timeline and its first findings, each claim read once
      await metrics.metricPage(await metrics.metric(top.key));
    },
    [`its next page`]: async () => {
      // as GET /api/metrics/KEY?after=…: the page the metric page loads on demand, from the middle of the metric
      await metrics.metricPage(await metrics.metric(top.key), { after: middle && parseCursor(middle) });
    },
    "findings page": () => Promise.all([metrics.findings({ limit: 50, offset: 0 }), ...FINDING_KINDS.map((kind) => metrics.countFindings({ kind }))]),
    "conflicts page": () => Promise.all([metrics.findings({ kind: "conflict", limit: 50, offset: 0 }), ...FINDING_KINDS.map((kind) => metrics.countFindings({ kind }))]),
  };
  const out = {};
  for (const [name, run] of Object.entries(shapes)) {
    await run();
    const ts = [];
    for (let i = 0; i < PAGE_RUNS; i++) { const t0 = process.hrtime.bigint(); await run(); ts.push(Number(process.hrtime.bigint() - t0) / 1e6); }
    out[name] = ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)];
  }
  return out;
}

for (const backend of backends) {
  const t = Date.now();
  const copy = backend === "postgres" ? await postgresMetricsLedger(N) : await sqliteMetricsLedger(N);
  const ready = ((Date.now() - t) / 1000).toFixed(1);
  const ledger = await openLedger(copy.target);
  try {
    const metrics = new MetricsLedger(ledger);
    const claims = Number((await ledger.db.selectFrom("claims").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const documents = Math.ceil(N / 20);
    const times = [], cpu = [];
    let findings = 0;
    const before = await metrics.countFindings();
    for (let d = 0; d < DOCS; d++) {
      await ledger.addDocument(generatedDocument(documents + d, documents, `-${process.pid}-${Date.now()}`));
      const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
      await metrics.catchUp();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    findings = (await metrics.countFindings()) - before;
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const pages = await pageTimes(ledger, metrics);
    console.log(`pages' data (${backend}, ${claims} claims, median of ${PAGE_RUNS} in this process): ${Object.entries(pages).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(", ")}`);
    console.log(`metrics and findings kept current (${backend}, ${claims} claims in the ledger, ready in ${ready} s): median ${at(times, 0.5).toFixed(1)} ms, p99 ${at(times, 0.99).toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms per document of 20 claims (${DOCS} documents, ${findings} new findings); this process's CPU (SQLite's work included, PostgreSQL's not) median ${at(cpu, 0.5).toFixed(1)} ms, p99 ${at(cpu, 0.99).toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; peak ${peakMiB()} MiB`);
  } finally {
    await ledger.close();
    await copy.drop();
  }
}
