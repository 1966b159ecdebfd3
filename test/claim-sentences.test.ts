// A claim as the ledger gives it back: its text its own sentence, cut from its document's text (the same where
// the text has characters beyond the BMP, two UTF-16 units each), its record's fields in their stored order
// followed by its row's, on SQLite and PostgreSQL, however its record was stored.
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../src/ingest/ingest.js";
import { toClaimTexts, toClaims } from "../src/ledger/documents/rows.js";
import { ledgerEngines } from "./helpers/engines.js";

const engines = ledgerEngines("sentences");

const first = "The canal authority said that 14 barges were held in April.";
const second = "Inspectors estimated that about 42 tonnes of grain were spoiled, according to the authority.";
const stories = [
  { source: "https://example.org/plain", title: "Canal report", published: "2024-05-01", text: `${first} ${second}` },
  // emoji before the sentences, and in one of them
  { source: "https://example.org/emoji", title: "Canal report 🚢", published: "2024-05-02", text: `Harbour news 🚢🌊 today. ${first} ${second.replace("grain", "grain 🌾")}` },
];

describe.each(engines)("claims' sentences on %s", (_name, open) => {
  it("are each claim's own sentence, whatever characters come before it", async () => {
    const ledger = await open();
    try {
      for (const s of stories) expect((await ingestArticle(ledger, s)).status).toBe("new");
      const claims = await ledger.documents.findClaims({ quantified: true });
      const texts = claims.map((c) => `${c.source.split("/").pop()}: ${c.text}`);
      expect(texts).toEqual([`plain: ${first}`, `plain: ${second}`, `emoji: ${first}`, `emoji: ${second.replace("grain", "grain 🌾")}`]);
      // a claim read alone is the same claim
      for (const c of claims) expect(await ledger.documents.getClaim(c.id)).toEqual(c);
      const [claim] = claims;
      expect(Object.keys(claim).slice(0, 3)).toEqual(["sentence", "text", "mode"]);
      expect(Object.keys(claim).slice(-4)).toEqual(["id", "documentId", "published", "source"]);
      // a record stored with its fields in another order (not as claimRow writes it) makes the same claim
      const row = await ledger.db.selectFrom("claims").innerJoin("documents", "documents.id", "claims.document_id")
        .select(["claims.id", "claims.document_id", "claims.data", "documents.published", "documents.source"]).where("claims.id", "=", claim.id).executeTakeFirstOrThrow();
      const { sentence, ...rest } = JSON.parse(row.data) as { sentence: unknown };
      const [again] = await toClaims(ledger.db, [{ ...row, data: JSON.stringify({ ...rest, sentence }) }]);
      expect(again).toEqual(claim);
      expect(Object.keys(again).slice(0, 2)).toEqual(["sentence", "text"]);
      // spaced, as PostgreSQL's json functions write a record: the same bytes sent
      const [spaced] = await toClaims(ledger.db, [{ ...row, data: JSON.stringify(JSON.parse(row.data), null, 1) }]);
      expect(JSON.stringify(spaced)).toBe(JSON.stringify(claim));
      // as JSON text, written in as stored or made, the same bytes as the claim written out
      for (const data of [row.data, JSON.stringify(JSON.parse(row.data), null, 1), JSON.stringify({ ...rest, sentence })])
        expect((await toClaimTexts(ledger.db, [{ ...row, data }]))[0]).toEqual({ id: claim.id, json: JSON.stringify(claim) });
    } finally {
      await ledger.close();
    }
  });
});
