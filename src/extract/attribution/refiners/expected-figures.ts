// Expected figures: a figure in a relative clause with a cue of its own belongs to that clause's subject,
// not to the sentence's speaker ("The firm earned $2.10 a share, above the $1.95 that analysts expected":
// the $1.95 is the analysts'). Each such figure gets a reading of its own: the figure's phrase through the
// cue, spoken by the clause's subject (read after the model's choice: no confidence of its own, 0).

import { sentenceQuantities } from "../../quantities/sentence-quantities.js";
import { inWordSet } from "../../../language/lexicon.js";
import type { Refiner } from "../context.js";

/** verbs of expecting a figure, as they close a relative clause ("that analysts expected", "had forecast"), and their lemmas */
const EXPECTING = new Map([["expected", "expect"], ["forecast", "forecast"], ["forecasted", "forecast"], ["predicted", "predict"], ["estimated", "estimate"], ["anticipated", "anticipate"], ["projected", "project"], ["wanted", "want"], ["sought", "seek"]]);
/** "were looking for", "had hoped for": a verb before its particle, and its lemma */
const EXPECTING_PHRASAL = new Map([["looking", "look"], ["hoping", "hope"], ["hoped", "hope"], ["aiming", "aim"], ["bracing", "brace"]]);
/** either kind of expecting verb, asked of every token of the text (its answer kept with the word's facts) */
const isExpecting = inWordSet(new Set([...EXPECTING.keys(), ...EXPECTING_PHRASAL.keys()]));
const CLAUSE_AUX = new Set(["had", "have", "has", "were", "was", "are", "is", "been", "had been", "would", "did"]);

export const expectedFigures: Refiner = {
  name: "expected figures",
  refine(ctx, found) {
    const { doc, text } = ctx;
    for (const s of doc.sentences) {
      // (cheap first: a figure in the sentence, which the claims recognise anyway (kept per sentence), then an
      // expecting verb at all: asking every token of the text for the verb first was 1% of extract())
      const quantities = sentenceQuantities(doc, s.index);
      if (!quantities.length) continue;
      const tokens = doc.tokens[s.index];
      if (!tokens.some(isExpecting)) continue;
      for (const q of quantities) {
        let j = tokens.findIndex((t) => t.start >= q.end);
        if (j < 0) continue;
        // ("the $1.95 a share that …": the figure's unit phrase before the relative word)
        while (j < tokens.length && j - tokens.findIndex((t) => t.start >= q.end) < 3 && tokens[j].kind === "word" && !/^(?:that|which)$/.test(tokens[j].lower)) j++;
        if (!/^(?:that|which)$/.test(tokens[j]?.lower ?? "")) continue;
        // the subject: one to three words, then auxiliaries, then the verb
        const from = j + 1;
        let k = from;
        while (k < tokens.length && k - from < 3 && tokens[k].kind === "word" && !CLAUSE_AUX.has(tokens[k].lower) && !EXPECTING.has(tokens[k].lower) && !EXPECTING_PHRASAL.has(tokens[k].lower)) k++;
        const to = k - 1;
        if (to < from) continue;
        while (k < tokens.length && CLAUSE_AUX.has(tokens[k].lower)) k++;
        const verb = tokens[k];
        if (!verb) continue;
        let end = verb.end;
        const lemma = EXPECTING.get(verb.lower) ?? (tokens[k + 1]?.lower === "for" ? EXPECTING_PHRASAL.get(verb.lower) : undefined);
        if (!lemma) continue;
        if (!EXPECTING.has(verb.lower)) end = tokens[k + 1].end;
        const speaker = ctx.entities.resolve(s.index, from, to);
        if (!speaker) continue;
        const content = { start: q.start, end: tokens[j].start - 1 };
        if (content.end - content.start < 1) continue;
        const cue = { text: text.slice(verb.start, end), lemma, start: verb.start, end };
        found.push({ first: s.index, last: s.index, content, mode: "indirect", cue, speaker, hedges: [], evidence: null, confidence: 0 });
      }
    }
    return found;
  },
};
