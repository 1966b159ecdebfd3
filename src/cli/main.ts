// The claimledger command line: a thin shell over the library. Each command lives in commands/ and
// registers itself; errors meant for people are printed as one line, never as a stack trace.

import { Command } from "commander";
import { isUserError } from "../errors.js";
import { register as extract } from "./commands/extract.js";
import { register as quantities } from "./commands/quantities.js";
import { register as ingest } from "./commands/ingest.js";
import { register as claims } from "./commands/claims.js";
import { register as speakers } from "./commands/speakers.js";
import { register as show } from "./commands/show.js";
import { register as serve } from "./commands/serve.js";
import { register as users } from "./commands/users.js";
import { register as metrics } from "./commands/metrics.js";
import { register as check } from "./commands/check.js";
import { register as reference } from "./commands/reference.js";
import { register as source } from "./commands/source.js";
import { register as watch } from "./commands/watch.js";
import { register as follow } from "./commands/follow.js";
import { register as webhook } from "./commands/webhook.js";
import { register as copy } from "./commands/copy.js";

const program = new Command("claimledger")
  .description("A ledger of what officials claim, in numbers, and whether it holds up.")
  .version("0.1.0")
  .showHelpAfterError();

for (const register of [extract, quantities, ingest, claims, speakers, show, serve, users]) register(program);
for (const register of [metrics, check, reference]) register(program);
for (const register of [source, watch, copy]) register(program);
for (const register of [follow, webhook]) register(program);

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0); // `claimledger ... | head` is fine
  throw e;
});

program.parseAsync(process.argv).catch((e: unknown) => {
  if (isUserError(e)) {
    process.stderr.write(`claimledger: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`claimledger: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.CLAIMLEDGER_DEBUG) console.error(e);
  process.exit(70);
});
