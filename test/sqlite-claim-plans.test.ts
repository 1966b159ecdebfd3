// On SQLite, a word filter sorted by value reads the claims in value order (claims_qualifier_value), and a
// deep page of a word filter's quantified claims skips claims in the narrow claims_quantified_id (migration
// 16): the plans of the queries the ledger runs, and their pages the same as every matching claim ordered.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openLedger } from "../src/ledger/open.js";

const dir = mkdtempSync(path.join(tmpdir(), "claimledger-sqlite-plans-"));
const file = path.join(dir, "plans.db");
const speakers = ["Mira Stone", "Tomas Vell", "Harbour Office"];
const places = ["Avalon", "Brindle"];
const quals = ["exact", "more-than", "approx"];
type Row = { id: number; speaker: string; place: string; qualifier: string; value: number; quantified: boolean };
const rows: Row[] = [];

beforeAll(async () => {
  (await openLedger(file)).close();
  const db = new Database(file);
  const doc = db.prepare("insert into documents (source, hash, version, title, published, text, ingested_at, claim_count) values (?, ?, 1, null, '2020-01-01', 'x', '2020-01-01', 30)");
  const claim = db.prepare(`insert into claims (document_id, ord, sentence_start, sentence_end, mode, speaker, speaker_kind, cue, quantity_text, value, qualifier, counted, predicate, places, data)
    values (?, ?, 0, 1, 'indirect', ?, 'person', 'said', ?, ?, ?, 'boats', 'count', ?, ?)`);
  db.transaction(() => {
    for (let d = 0; d < 20; d++) {
      const documentId = Number(doc.run(`d${d}.txt`, `h${d}`).lastInsertRowid);
      for (let k = 0; k < 30; k++) {
        const i = d * 30 + k, speaker = speakers[i % 3], place = places[(i >> 2) % 2], qualifier = quals[(i >> 1) % 3];
        // some values tie, and every fifth claim has no quantity
        const value = (i * 37) % 50, quantified = i % 5 !== 0;
        const data = { sentence: { start: 0, end: 1 }, mode: "indirect", speaker: { name: speaker }, quantity: quantified ? { text: String(value), value, qualifier } : null, counted: "boats", places: [place] };
        const id = Number(claim.run(documentId, k, speaker, quantified ? String(value) : null, quantified ? value : null, qualifier, `|${place}|`, JSON.stringify(data)).lastInsertRowid);
        rows.push({ id, speaker, place, qualifier, value, quantified });
      }
    }
  })();
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prepare = Database.prototype.prepare;

/** the plans of the ledger's statements on claims prepared while `run` runs */
async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const spy = vi.spyOn(Database.prototype, "prepare").mockImplementation(function (this: Database.Database, s: string) {
    texts.push(s);
    return prepare.call(this, s);
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  const db = new Database(file, { readonly: true });
  try {
    return texts.filter((t) => /from "?claims"?/i.test(t)).map((t) => {
      const st = db.prepare(`explain query plan ${t}`);
      // a plan does not depend on the values bound
      const params = Array(t.split("?").length - 1).fill(null);
      return (st.all(...params) as { detail: string }[]).map((r) => r.detail).join("\n");
    });
  } finally {
    db.close();
  }
}

describe("word filters' pages on SQLite", () => {
  it("sorts a place's claims of a qualifier by value along (qualifier, value), the same page as sorting them all", async () => {
    const ledger = await openLedger(file);
    try {
      const f = { place: "Brindle", qualifier: "more-than", quantified: true, sort: "value" as const, order: "desc" as const, limit: 7, offset: 3 };
      let page: { id: number }[] = [];
      const plans = await plansOf(async () => { page = await ledger.findClaims(f); });
      const expected = rows.filter((r) => r.quantified && r.place === "Brindle" && r.qualifier === "more-than")
        .sort((a, b) => b.value - a.value || a.id - b.id).slice(3, 10).map((r) => r.id);
      expect(page.map((c) => c.id)).toEqual(expected);
      expect(plans.join("\n")).toMatch(/claims_qualifier_value/);
      expect(await ledger.countClaims(f)).toBe(rows.filter((r) => r.quantified && r.place === "Brindle" && r.qualifier === "more-than").length);
    } finally {
      await ledger.close();
    }
  });

  it("skips a speaker's deep page in claims_quantified_id, the same page and count as every quantified claim of theirs", async () => {
    const ledger = await openLedger(file);
    try {
      const f = { speaker: "stone", quantified: true, limit: 10, offset: 95 };
      let page: { id: number }[] = [];
      const plans = await plansOf(async () => { page = await ledger.findClaims(f); });
      const theirs = rows.filter((r) => r.quantified && r.speaker === "Mira Stone").map((r) => r.id);
      expect(page.map((c) => c.id)).toEqual(theirs.slice(95, 105));
      expect(plans.join("\n")).toMatch(/claims_quantified_id/);
      expect(await ledger.countClaims(f)).toBe(theirs.length);
      // newest first too
      expect((await ledger.findClaims({ ...f, order: "desc", offset: 5 })).map((c) => c.id)).toEqual([...theirs].reverse().slice(5, 15));
    } finally {
      await ledger.close();
    }
  });
});
