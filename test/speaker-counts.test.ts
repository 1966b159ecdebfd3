// Speakers' counts kept as claims are stored (migration 11): they equal a count over the claims after
// documents, new versions, corrections that move a claim to another speaker, and writers side by side; and a
// claim count cached by one process follows another process's writes (PostgreSQL's change mark).
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { extract } from "../src/index.js";
import { openLedger } from "../src/ledger/open.js";
import type { Ledger } from "../src/ledger/ledger.js";
import { PG_URL, pgSchemas } from "./helpers/pg.js";

const schemas = pgSchemas("scale_speakers");
const schema = schemas();
const sideBySide = schemas("side");
const dir = mkdtempSync(path.join(tmpdir(), "claimledger-speakers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (n: number) => [
  `Harbour Report ${n}`,
  "",
  `Lena Ostrow said that ${100 + n} ships docked in 2020 in Gdansk.`,
  "",
  `The port authority said ${20 + n} cranes were idle last year, and Lena Ostrow said ${n + 3} berths were closed.`,
  "",
  `Mayor Piotr Zalewski said more than ${400 + n} workers were hired.`,
].join("\n");

const add = (ledger: Ledger, n: number, source = `harbour-${n}.txt`) => {
  const text = article(n);
  return ledger.addDocument({ source, text, record: extract(text, { published: "2021-03-01", path: source }) });
};

/** the summary as counted from the claims themselves: what the kept rows must equal */
async function counted(ledger: Ledger) {
  const rows = await sql<{ speaker: string; kind: string | null; role: string | null; claims: number; quantified: number; documents: number }>`
    select speaker, speaker_kind as kind, speaker_role as role, count(*) as claims, count(quantity_text) as quantified, count(distinct document_id) as documents
    from claims where speaker is not null group by speaker, speaker_kind, speaker_role order by speaker, speaker_kind, speaker_role`.execute(ledger.db);
  return rows.rows.map((r) => ({ ...r, kind: r.kind ?? "", role: r.role ?? "", claims: Number(r.claims), quantified: Number(r.quantified), documents: Number(r.documents) }));
}
const kept = async (ledger: Ledger) =>
  (await ledger.db.selectFrom("speaker_counts").selectAll().orderBy("speaker").orderBy("kind").orderBy("role").execute())
    .map((r) => ({ ...r, claims: Number(r.claims), quantified: Number(r.quantified), documents: Number(r.documents) }));

const backends: [string, () => Promise<Ledger>][] = [
  ["sqlite", () => openLedger(path.join(dir, "ledger.db"))],
  ["postgres", () => openLedger(PG_URL, { schema })],
];

describe.each(backends)("speakers' counts on %s", (_name, open) => {
  it("equal a count over the claims through documents, versions and corrections", async () => {
    const ledger = await open();
    try {
      for (let n = 1; n <= 3; n++) await add(ledger, n);
      expect((await counted(ledger)).length).toBeGreaterThanOrEqual(2);
      expect(await kept(ledger)).toEqual(await counted(ledger));
      const ostrow = (await ledger.speakers()).find((s) => s.name === "Lena Ostrow");
      expect(ostrow).toMatchObject({ documents: 3 });
      expect(ostrow!.quantified).toBeGreaterThanOrEqual(6);

      // a reviewer gives one of Ostrow's claims to someone else: both speakers are recounted
      const [claim] = await ledger.findClaims({ speakerName: "Lena Ostrow", quantified: true, limit: 1 });
      await ledger.addCorrection({ claimId: claim.id, field: "speaker", value: "Ada Brenner", reviewer: "ana" });
      expect(await kept(ledger)).toEqual(await counted(ledger));
      expect((await ledger.speakers()).find((s) => s.name === "Ada Brenner")).toMatchObject({ claims: 1, quantified: 1, documents: 1 });

      // a new version of that document carries the correction: counted once, as corrected
      const text = article(1).replace("workers were hired", "workers were hired this spring");
      const v = await ledger.addDocument({ source: "harbour-1.txt", text, record: extract(text, { published: "2021-03-02" }) });
      expect(v.status).toBe("version");
      expect(await kept(ledger)).toEqual(await counted(ledger));
      expect((await ledger.speakers()).find((s) => s.name === "Ada Brenner")).toMatchObject({ claims: 2, documents: 2 });
    } finally {
      await ledger.close();
    }
  });
});

describe("on PostgreSQL, several processes", () => {
  it("keep the counts right when they store documents side by side, and see each other's claims in counts", async () => {
    const s = sideBySide;
    const [a, b] = [await openLedger(PG_URL, { schema: s }), await openLedger(PG_URL, { schema: s })];
    try {
      expect(await a.countClaims({ speaker: "ostrow" })).toBe(0);
      // the word filters' trigram indexes (pg_trgm in a schema of its own, never a ledger's)
      const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where schemaname = ${s} and tablename = 'claims'`.execute(a.db);
      expect(indexes.rows.map((r) => r.indexname)).toEqual(expect.arrayContaining(["claims_speaker_trgm", "claims_places_trgm", "claims_counted_trgm", "claims_predicate_trgm", "claims_speaker_order"]));
      await Promise.all(Array.from({ length: 12 }, (_x, i) => add(i % 2 ? a : b, 10 + i)));
      expect(await kept(a)).toEqual(await counted(a));
      expect((await a.speakers()).find((x) => x.name === "Lena Ostrow")).toMatchObject({ documents: 12 });
      // `a` counted before `b`'s writes: its cached count follows them
      const before = await a.countClaims({ speaker: "ostrow" });
      expect(before).toBe(await b.countClaims({ speaker: "ostrow" }));
      await add(b, 99);
      expect(await a.countClaims({ speaker: "ostrow" })).toBeGreaterThan(before);
      // and another process's review too
      const [claim] = await b.findClaims({ speaker: "ostrow", limit: 1 });
      expect(await a.countClaims({ reviewed: true })).toBe(0);
      await b.addReview({ claimId: claim.id, verdict: "true", reviewer: "ana" });
      expect(await a.countClaims({ reviewed: true })).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
