// A server over a fresh temporary ledger holding the seed article and one reviewer, for API and browser tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { openLedger } from "../../src/ledger/open.js";
import { ingest } from "../../src/ingest/ingest.js";
import { buildApp, type AppOptions } from "../../src/server/app.js";
import { hashPassword } from "../../src/server/passwords.js";
import { createApiToken } from "../../src/server/plugins/auth.js";
import type { Ledger } from "../../src/ledger/ledger.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEED = path.resolve(root, "..", "shared", "corpus", "seed");
import { PG_URL } from "./pg.js";
export { PG_URL };
export const REVIEWER = { name: "alice", password: "correct horse battery" };

export interface TestServer {
  app: FastifyInstance;
  ledger: Ledger;
  url: string;
  token: string;
  close(): Promise<void>;
}

/** `pgSchema`: the ledger in that schema of the local PostgreSQL (dropped on close) instead of a SQLite file */
export async function startServer(options: Partial<AppOptions> & { pgSchema?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "claimledger-server-"));
  const { pgSchema, ...appOptions } = options;
  const ledger = pgSchema ? await openLedger(PG_URL, { schema: pgSchema }) : await openLedger(path.join(dir, "ledger.db"));
  const summary = await ingest(ledger, [SEED], { published: "2017-01-20" });
  if (summary.documents.new !== 1) throw new Error(`seed not ingested: ${JSON.stringify(summary)}`);
  const user = await ledger.addUser(REVIEWER.name, await hashPassword(REVIEWER.password));
  const token = await createApiToken(ledger, user, "tests");
  const app = await buildApp({ ledger, baseUrl: "https://factcheck.example.org", publisher: "Example Fact Check", ...appOptions });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app, ledger, url, token,
    async close() {
      await app.close();
      if (pgSchema) await ledger.db.schema.dropSchema(pgSchema).ifExists().cascade().execute();
      await ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
