// A ledger of N generated claims, shaped like real ones (speakers, counted things, places, periods,
// qualifiers), written straight into SQLite in bulk and kept in bench/out/ between runs.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openLedger } from "../dist/ledger/open.js";
import { COUNT_ALL_SPEAKERS } from "../dist/ledger/documents/speakers.js";
import { root } from "./lib.mjs";

export async function claimsLedger(N) {
  const dir = path.join(root, "bench", "out");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `claims-${N}.db`);

  if (!existsSync(file)) {
    const l = await openLedger(file); // creates the schema
    await l.close();
    const db = new Database(file);
    const speakers = ["Ramazon Rahimzoda", "Anna Kowalska", "Interior Ministry", "officials", "Dana Holt", "Oleg Klimov", "World Health Organization", "police"];
    const counted = ["people", "terrorist attacks", "homes", "deaths", "refugees", "fighters", "arrests", "cases"];
    const verbs = ["detain", "kill", "return", "be", "stop", "arrest", "displace", "report"];
    const places = ["Tajikistan", "Syria", "Iraq", "Afghanistan", "Poland", "Russia", "Turkey", "Chile"];
    const quals = ["exact", "approx", "more-than", "at-least", "range", "vague"];
    const insDoc = db.prepare("insert into documents (source, hash, version, title, published, text, ingested_at, claim_count) values (?, ?, 1, ?, ?, ?, ?, ?)");
    // the text once, as the document's; each claim its own sentence span, indexed once for search
    const insClaim = db.prepare(`insert into claims (document_id, ord, sentence_start, sentence_end, mode, speaker, speaker_kind, speaker_role, cue,
      quantity_text, value, upper, qualifier, unit, counted, predicate, period_start, period_end, places, data) values (?, ?, ?, ?, 'indirect', ?, 'person', null, 'said', ?, ?, null, ?, null, ?, ?, ?, ?, ?, ?)`);
    const insSentence = db.prepare("insert into sentences (document_id, sentence_start, sentence_end) values (?, ?, ?)");
    const insSentenceFts = db.prepare("insert into sentences_fts (rowid, text) values (?, ?)");
    const insText = db.prepare("update documents set text = ? where id = ?");
    const perDoc = 20;
    const t0 = Date.now();
    db.transaction(() => {
      for (let d = 0; d < N / perDoc; d++) {
        const year = 2000 + (d % 20);
        const { lastInsertRowid } = insDoc.run(`doc-${d}.txt`, `hash-${d}`, `Document ${d}`, `${year}-06-15`, "…", new Date().toISOString(), perDoc);
        let docText = "";
        for (let k = 0; k < perDoc; k++) {
          const i = d * perDoc + k;
          const sp = speakers[i % speakers.length], c = counted[(i >> 3) % counted.length], p = places[(i >> 6) % places.length];
          const value = (i * 7919) % 100000;
          const text = `${sp} said ${value} ${c} were affected in ${p} in ${year}.`;
          const start = docText.length, end = start + text.length;
          docText += text + " ";
          insSentenceFts.run(insSentence.run(lastInsertRowid, start, end).lastInsertRowid, text);
          const claim = { sentence: { start, end }, mode: "indirect", content: null, speaker: { name: sp, mention: sp, kind: "person", role: null, resolved: true, start: 0, end: 5 }, cue: { text: "said", lemma: "say", start: 6, end: 10 }, quantity: { text: String(value), value, upper: null, qualifier: quals[i % quals.length], unit: null, kind: "number", start: 11, end: 15 }, counted: c, predicate: verbs[i % verbs.length], period: { text: String(year), start: `${year}-01-01`, end: `${year}-12-31` }, places: [p], hedges: [], evidence: null };
          insClaim.run(lastInsertRowid, k, start, end, sp, String(value), value, quals[i % quals.length], c, verbs[i % verbs.length], `${year}-01-01`, `${year}-12-31`, `|${p}|`, JSON.stringify(claim));
        }
        insText.run(docText, lastInsertRowid);
      }
    })();
    db.exec("ANALYZE");
    db.close();
    console.log(`generated ${N} claims in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await speakersCounted(file);
  return file;
}

/**
 * The speakers' counts (migration 11's table, which a ledger keeps as it stores claims) counted from the
 * claims written in bulk, unless already there: without them the speakers' list is empty and fast.
 */
export async function speakersCounted(where) {
  const l = await openLedger(where);
  try {
    const counted = await l.db.selectFrom("speaker_counts").select("speaker").limit(1).execute();
    if (!counted.length) await COUNT_ALL_SPEAKERS.execute(l.db);
  } finally {
    await l.close();
  }
}
