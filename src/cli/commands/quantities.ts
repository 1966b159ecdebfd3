// `claimledger quantities [TEXT]`: the quantities in TEXT, or in each line of standard input, one JSON
// array per line (the contract of ../shared/eval/score-numbers.mjs), or a table for people.

import type { Command } from "commander";
import { createInterface } from "node:readline";
import { formatOption, renderTable, type Column, type Format } from "../output.js";
import type { Quantity } from "../../types.js";

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
    .argument("[text...]", "the text (otherwise each line of standard input)");
  formatOption(command, ["jsonl", "table"], "jsonl").action(async (words: string[], opts: { format: Format }) => {
      // (loaded here, as extract and serve load theirs: compiling the number grammar is start-up other commands need not pay)
      const { recogniseQuantities } = await import("../../extract/quantities.js");
      const emit = (line: string) => {
        const qs = recogniseQuantities(line);
        process.stdout.write(opts.format === "table" ? renderTable(qs, columns) : JSON.stringify(qs.map(fields)) + "\n");
      };
      if (words.length) return emit(words.join(" "));
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of rl) emit(line);
    });
}
