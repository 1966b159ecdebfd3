// The library API: what the CLI, the server and other programs import.

export { extract } from "./extract/pipeline.js";
export { recogniseQuantities } from "./extract/quantities/quantities.js";
export { UserError } from "./errors.js";
export type * from "./types.js";
export { MODES, QUALIFIERS } from "./types.js";
