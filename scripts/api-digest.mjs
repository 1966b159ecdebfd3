#!/usr/bin/env node
// The API invariant for restructuring: a fresh SQLite ledger (the seed and the Wikinews articles, a reference
// table, a reviewer with a verdict and a correction), then a sha1 of the answer to each documented GET, with
// timestamps and the temporary folder masked. Runs the built code (dist/): `npm run build` first.
//   node scripts/api-digest.mjs [--pg]   (--pg: the same over the local PostgreSQL, schema api_digest_PID)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { openLedger } from "../dist/ledger/open.js";
import { ingest } from "../dist/ingest/ingest.js";
import { buildApp } from "../dist/server/app.js";
import { hashPassword } from "../dist/server/passwords.js";
import { createApiToken } from "../dist/server/plugins/auth.js";

const shared = path.resolve(import.meta.dirname, "..", "..", "shared");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimledger-api-digest-"));
const pg = process.argv.includes("--pg");
const ledger = pg
  ? await openLedger("postgres://postgres@127.0.0.1:5432/test", { schema: `api_digest_${process.pid}` })
  : await openLedger(path.join(dir, "ledger.db"));
try {
  await ingest(ledger, [path.join(shared, "corpus", "seed")], { published: "2017-01-20" });
  await ingest(ledger, [path.join(shared, "corpus", "wikinews", "articles")], {});
  const user = await ledger.addUser("alice", await hashPassword("correct horse battery"));
  const token = await createApiToken(ledger, user, "digest");
  const app = await buildApp({ ledger, baseUrl: "https://factcheck.example.org", publisher: "Example Fact Check" });
  const auth = { authorization: `Bearer ${token}` };
  const post = async (url, payload) => {
    const r = await app.inject({ method: "POST", url, payload, headers: auth });
    if (r.statusCode >= 300) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  };
  await post("/api/claims/2/reviews", { verdict: "false", note: "The ministry's own report says 31." });
  await post("/api/claims/3/corrections", { field: "speaker", value: "Rahimzoda" });
  const urls = [
    "/api/documents", "/api/documents?limit=2&offset=1", "/api/documents/1", "/api/documents/2",
    "/api/claims", "/api/claims?limit=5&offset=10", "/api/claims?speaker=Rahimzoda", "/api/claims?search=killed", "/api/claims?counted=people&mode=direct", "/api/claims?all=true&limit=20&sort=speaker&order=desc",
    "/api/claims?from=2019-01-01&to=2019-12-31", "/api/claims?qualifier=approx&sort=value",
    "/api/claims?place=Afghanistan", "/api/claims?reviewed=false", "/api/claims/1", "/api/claims/2", "/api/claims/3",
    "/api/claims/2/reviews", "/api/claims/2/claimreview", "/api/claims/3/corrections", "/api/claims/1/findings",
    "/api/claimreview", "/api/speakers", "/api/speakers?q=Rah", "/api/speakers/Rahimzoda/claims",
    "/api/metrics", "/api/findings", "/api/findings?kind=conflict", "/api/queue", "/api/ratings", 
    "/api/session", "/documents/1", "/claims", "/speakers", "/metrics", "/findings", "/queue",
  ];
  const metrics = JSON.parse((await app.inject({ url: "/api/metrics", headers: auth })).body);
  const firstKey = (metrics.items ?? metrics)[0]?.key;
  if (firstKey) urls.push(`/api/metrics/${encodeURIComponent(firstKey)}`);
  const total = createHash("sha1");
  for (const url of urls) {
    const r = await app.inject({ url, headers: auth });
    const body = r.body
      .replaceAll(dir, "<dir>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/(nonce|csrf)[-=":\w]*["']?[:=]\s*["'][^"']+["']/gi, "$1=<token>");
    const line = `${r.statusCode} ${createHash("sha1").update(body).digest("hex").slice(0, 12)} ${String(body.length).padStart(7)} ${url}`;
    total.update(line);
    console.log(line);
  }
  console.log(`api total ${total.digest("hex")}`);
  await app.close();
} finally {
  if (pg) await ledger.db.schema.dropSchema(`api_digest_${process.pid}`).ifExists().cascade().execute();
  await ledger.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
