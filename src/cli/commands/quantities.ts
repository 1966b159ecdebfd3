// `claimledger quantities [TEXT]`: the quantities in TEXT, or in each line of standard input.
// OWNER: quantities work (issue 3). Placeholder until that lands.

import type { Command } from "commander";

export function register(program: Command): void {
  void program;
}
