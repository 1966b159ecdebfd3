// How a token is written into a learned model's features: its lower-case form, with one symbol for every
// number and every quotation mark, and END past either end of the sentence.

import type { Token } from "../text/tokens.js";

export const lex = (t: Token | undefined): string => (!t ? "END" : t.kind === "quote" ? "Q" : t.kind === "number" ? "#" : t.lower);
