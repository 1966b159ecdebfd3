// `claimledger quantities [TEXT]`: the quantities in TEXT, or in each line of standard input, one JSON
// array per line (the contract of ../shared/eval/score-numbers.mjs), or a table for people.

import type { Command } from "commander";
import { createInterface } from "node:readline";
import { formatOption, renderTable, type Column, type Format } from "../output.js";
import { InvalidArgumentError } from "commander";
import type { Quantity, QuantityKind } from "../../types.js";

const KINDS: readonly QuantityKind[] = ["number", "percent", "money", "measure", "vague"];

/** `--kind money,percent`: only those kinds (a text's sums of money without its counts and years) */
function parseKinds(value: string): Set<QuantityKind> {
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) throw new InvalidArgumentError(`unknown kind ${bad.map((k) => `"${k}"`).join(", ") || "(none given)"}; the kinds are ${KINDS.join(", ")}`);
  return new Set(kinds as QuantityKind[]);
}

const columns: Column<Quantity>[] = [
  { header: "text", get: (q) => q.text, max: 40 },
  { header: "value", get: (q) => q.value },
  { header: "upper", get: (q) => q.upper },
  { header: "qualifier", get: (q) => q.qualifier },
  { header: "unit", get: (q) => q.unit },
  { header: "start", get: (q) => q.start },
  { header: "end", get: (q) => q.end },
];

const fields = (q: Quantity) => ({ text: q.text, value: q.value, upper: q.upper, qualifier: q.qualifier, unit: q.unit, kind: q.kind, start: q.start, end: q.end });

export function register(program: Command): void {
  const command = program
    .command("quantities")
    .description("recognise the quantities in TEXT, or in each line of standard input")
    .argument("[text...]", "the text (otherwise each line of standard input)")
    .option("--kind <kinds>", `only these kinds, comma-separated (${KINDS.join(", ")})`, parseKinds);
  formatOption(command, ["jsonl", "table"], "jsonl").action(async (words: string[], opts: { format: Format; kind?: Set<QuantityKind> }) => {
      // (loaded here, as extract and serve load theirs: compiling the number grammar is start-up other commands need not pay)
      const { recogniseQuantities } = await import("../../extract/quantities/quantities.js");
      const emit = (line: string) => {
        const qs = recogniseQuantities(line).filter((q) => !opts.kind || opts.kind.has(q.kind));
        process.stdout.write(opts.format === "table" ? renderTable(qs, columns) : JSON.stringify(qs.map(fields)) + "\n");
      };
      if (words.length) return emit(words.join(" "));
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of rl) emit(line);
    });
}
