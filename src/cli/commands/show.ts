// `claimledger show CLAIM_ID`: one claim in its sentence, with its source document and offsets.

import type { Command } from "commander";
import { openLedger } from "../../ledger/open.js";
import { UserError } from "../../errors.js";
import { correctionText } from "../../ledger/desk/corrections.js";
import { formatOption, type Format } from "../output.js";

export function register(program: Command): void {
  const command = program
    .command("show")
    .description("one claim in its sentence, with its document and offsets")
    .argument("<id>", "claim id (from `claimledger claims`)")
    .option("--db <path>", "ledger: a SQLite file or a postgres:// URL");
  formatOption(command, ["table", "json"]).action(async (idArg: string, o: { db?: string; format: Format }) => {
      const id = Number(idArg);
      if (!Number.isInteger(id) || id < 1) throw new UserError(`a claim id is a whole number, not "${idArg}"`);
      const ledger = await openLedger(o.db);
      try {
        const c = await ledger.getClaim(id);
        if (!c) throw new UserError(`no claim ${id} in the ledger`);
        const doc = await ledger.getDocument(c.documentId);
        const [reviews, corrections] = await Promise.all([ledger.reviews(c.id), ledger.corrections(c.id)]);
        if (o.format === "json") {
          process.stdout.write(JSON.stringify({ claim: c, document: doc && { ...doc, text: undefined }, reviews, corrections }, null, 2) + "\n");
          return;
        }
        const current = reviews.filter((r) => !r.withdrawnAt).pop();
        const text = doc?.text ?? "";
        // the sentence with the quantity marked, cut from the stored original: the offsets are checkable
        const s = c.sentence;
        const q = c.quantity;
        const sentence = q ? `${text.slice(s.start, q.start)}[${text.slice(q.start, q.end)}]${text.slice(q.end, s.end)}` : text.slice(s.start, s.end);
        const lines: [string, unknown][] = [
          ["claim", c.id],
          ["sentence", sentence.replace(/\s+/g, " ")],
          ["quantity", q ? `${q.text} (${q.qualifier}${q.value !== null ? `, ${q.value}${q.upper !== null ? `–${q.upper}` : ""}` : ""}${q.unit ? ` ${q.unit}` : ""}) at ${q.start}–${q.end}` : null],
          ["counted", c.counted],
          ["predicate", c.predicate],
          ["speaker", c.speaker ? `${c.speaker.name}${c.speaker.role ? `, ${c.speaker.role}` : ""} (${c.speaker.kind}; “${c.speaker.mention}” at ${c.speaker.start}–${c.speaker.end}${c.speaker.resolved ? "" : ", unresolved"})` : null],
          ["cue", c.cue ? `${c.cue.text} (${c.mode})` : c.mode],
          ["period", c.period ? `${c.period.start} – ${c.period.end} (“${c.period.text}”)` : null],
          ["places", c.places.join(", ")],
          ["hedges", c.hedges.join(", ")],
          ["evidence", c.evidence ? `${c.evidence.status}: ${c.evidence.text}` : null],
          ["unresolved", c.unresolved?.join("; ")],
          ["document", doc ? `#${doc.id} ${doc.title ?? ""} — ${doc.source} (v${doc.version}, published ${doc.published ?? "unknown"})` : null],
          ["offsets", `sentence ${s.start}–${s.end}`],
          ["not claim", c.notAClaim ? "a reviewer marked this not a claim" : null],
          ...corrections.map((x): [string, unknown] => ["corrected", `${x.field}: ${correctionText(x.field, x.previous)} → ${correctionText(x.field, x.value)} (${x.reviewer}, ${x.createdAt.slice(0, 10)})`]),
          ["verdict", current ? `${current.verdict} (${current.reviewer}, ${current.createdAt.slice(0, 10)})${current.note ? `: ${current.note}` : ""}` : reviews.length ? "none (withdrawn)" : "not reviewed"],
        ];
        for (const [k, v] of lines) if (v !== null && v !== undefined && v !== "") process.stdout.write(`${k.padEnd(10)} ${v}\n`);
      } finally {
        await ledger.close();
      }
    });
}
