// "The agency increases the death toll to 267", "officials put the number of dead at 40", "the ministry
// revised its estimate to 1,200": who raises, puts or revises a toll or an estimate reports its figure,
// though the verb is no verb of saying. The subject speaks; what it reports runs from the toll to the
// sentence's end (and goes on in the sentences after, carried-sources.ts).

import type { Cue } from "../../../types.js";
import type { TokenReader } from "../context.js";
import { verbLemma } from "../../../language/pos.js";
import { TOLL_VERBS } from "../../cues.js";
import { subjectBefore } from "../subjects.js";

/** what a toll is called: "the death toll", "its estimate", "the number of dead" */
const TOLLS = new Set(["toll", "tolls", "estimate", "estimates", "count", "tally", "number", "figure", "total"]);

/** tolls named by a count of something: only a count of the dead, the hurt or the sick is reported */
const COUNTS = new Set(["number", "figure", "total", "count", "tally"]);
/** the word after the verb: "raised the toll", "put its estimate", "revised their count" */
const DETERMINERS = new Set(["the", "its", "their", "a"]);
const CASUALTIES = new Set(["dead", "deaths", "killed", "injured", "injuries", "wounded", "casualties", "victims", "missing", "fatalities", "cases", "infections", "infected", "people", "bodies", "survivors", "displaced", "evacuees", "arrests"]);

export const tollUpdate: TokenReader = {
  name: "a toll raised or put",
  at(ctx, view, c) {
    const { tokens, si } = view;
    const t = tokens[c];
    // (the cheap test first: this runs on every word of every sentence)
    if (t.cap || !DETERMINERS.has(tokens[c + 1]?.lower ?? "") || !TOLL_VERBS.has(verbLemma(t.lower))) return -1;
    // the toll within four words after the verb, then "to" or "at" a figure before the sentence ends
    let h = c + 1;
    while (h < c + 5 && tokens[h]?.kind === "word" && !TOLLS.has(tokens[h].lower)) h++;
    if (!TOLLS.has(tokens[h]?.lower ?? "")) return -1;
    // (a number of anything else is changed, not reported: "the city reduced the number of polling stations to 5")
    if (COUNTS.has(tokens[h].lower) && !(tokens[h + 1]?.lower === "of" && CASUALTIES.has(tokens[h + 2]?.lower ?? ""))) return -1;
    const at = tokens.findIndex((x, j) => j > h && (x.lower === "to" || x.lower === "at") && tokens[j + 1]?.kind === "number");
    if (at < 0) return -1;
    const np = subjectBefore(tokens, c, true);
    if (!np) return -1;
    const cue: Cue = { text: t.text, lemma: verbLemma(t.lower), start: t.start, end: t.end };
    const a = ctx.add({ start: tokens[c + 1].start, end: view.end }, "indirect", cue, ctx.entities.resolve(si, np[0], np[1]), si);
    // (a narrow frame the cue model, trained on verbs of saying, does not know)
    if (a) a.ruled = true;
    return c;
  },
};
