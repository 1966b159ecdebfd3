// Who claims how much, kept as the claims are stored: one row per speaker, kind and role with its claims,
// those with a number, and the documents they are in (since migration 11). Summing every claim by speaker
// took 2.9 s on a million claims and grows with the ledger; these rows grow with the speakers. A document
// adds to its speakers' rows in the transaction that stores it; a correction recounts the speakers it moves
// claims between.

import { sql } from "kysely";
import type { Db } from "../engines/engine.js";
import type { SpeakerSummary } from "../store.js";
import type { Claim } from "../../types.js";

/** kind and role are part of the key, and a key has no nulls: null is kept as "" */
const key = (v: string | null | undefined) => v ?? "";
const unkey = (v: string) => (v === "" ? null : v);

type Counts = { speaker: string; kind: string; role: string; claims: number; quantified: number; documents: number };

/** a document's claims as additions to its speakers' rows, in key order (writers lock rows in one order: no deadlock) */
export function speakerCounts(claims: Claim[]): Counts[] {
  const by = new Map<string, Counts>();
  for (const c of claims) {
    if (!c.speaker?.name) continue;
    const row = { speaker: c.speaker.name, kind: key(c.speaker.kind), role: key(c.speaker.role) };
    const k = JSON.stringify(row);
    let r = by.get(k);
    if (!r) by.set(k, (r = { ...row, claims: 0, quantified: 0, documents: 1 }));
    r.claims++;
    if (c.quantity) r.quantified++;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...by.values()].sort((a, b) => cmp(a.speaker, b.speaker) || cmp(a.kind, b.kind) || cmp(a.role, b.role));
}

/** adds a new document's claims to their speakers' rows; in the transaction that stores them */
export async function addSpeakerCounts(trx: Db, claims: Claim[]): Promise<void> {
  for (const r of speakerCounts(claims))
    await trx.insertInto("speaker_counts").values(r)
      .onConflict((oc) => oc.columns(["speaker", "kind", "role"]).doUpdateSet({
        claims: sql`speaker_counts.claims + ${r.claims}`,
        quantified: sql`speaker_counts.quantified + ${r.quantified}`,
        documents: sql`speaker_counts.documents + 1`,
      }))
      .execute();
}

/** counts these speakers' rows again from their claims (after a correction moved claims between speakers) */
export async function recountSpeakers(trx: Db, names: (string | null | undefined)[]): Promise<void> {
  for (const name of [...new Set(names)].filter((n): n is string => !!n).sort()) {
    await trx.deleteFrom("speaker_counts").where("speaker", "=", name).execute();
    await sql`insert into speaker_counts (speaker, kind, role, claims, quantified, documents)
      select speaker, coalesce(speaker_kind, ''), coalesce(speaker_role, ''), count(*), count(quantity_text), count(distinct document_id)
      from claims where speaker = ${name} group by speaker, coalesce(speaker_kind, ''), coalesce(speaker_role, '')`.execute(trx);
  }
}

/** every row counted from the claims (migration 11 fills the table with it) */
export const COUNT_ALL_SPEAKERS = sql`insert into speaker_counts (speaker, kind, role, claims, quantified, documents)
  select speaker, coalesce(speaker_kind, ''), coalesce(speaker_role, ''), count(*), count(quantity_text), count(distinct document_id)
  from claims where speaker is not null group by speaker, coalesce(speaker_kind, ''), coalesce(speaker_role, '')`;

/** speakers, most claims with numbers first: a speaker's roles merged, its documents those of its busiest role;
 *  one speaker however a sentence capitalised the name ("Officials said" and "officials said"), shown under the
 *  spelling with the most statements, the others kept in `spellings` */
export async function speakerSummaries(db: Db, limit: number): Promise<SpeakerSummary[]> {
  const rows = await db.selectFrom("speaker_counts").selectAll().where("claims", ">", 0)
    .orderBy("speaker").orderBy("kind").orderBy("role").execute();
  const by = new Map<string, SpeakerSummary & { counts: Map<string, number> }>();
  for (const r of rows) {
    const kind = unkey(r.kind);
    const k = `${r.speaker.toLowerCase()}\u0000${kind}`;
    let s = by.get(k);
    if (!s) by.set(k, (s = { name: r.speaker, kind: kind ?? "person", roles: [], claims: 0, quantified: 0, documents: 0, counts: new Map() }));
    const role = unkey(r.role);
    if (role && !s.roles.includes(role)) s.roles.push(role);
    s.claims += Number(r.claims);
    s.quantified += Number(r.quantified);
    s.documents = Math.max(s.documents, Number(r.documents));
    s.counts.set(r.speaker, (s.counts.get(r.speaker) ?? 0) + Number(r.claims));
  }
  const merged = [...by.values()].map(({ counts, ...s }): SpeakerSummary => {
    if (counts.size < 2) return s;
    const [name, ...others] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
    return { ...s, name, spellings: others };
  });
  return merged.sort((a, b) => b.quantified - a.quantified || b.claims - a.claims || a.name.localeCompare(b.name)).slice(0, limit);
}
