// What happened to a figure when the tag rules (counted.ts) found no verb for it: the verb it hangs from in the
// sentence's dependency tree (src/syntax). The tagger misreads verbs as nouns ("Israel imports roughly 40
// percent", "spending more than $5 million") and long subjects hide their verb ("More than a dozen leaders of
// the party, which is backed by the army, were defeated"); the parser reads the whole clause. Only sentences
// with such a figure are parsed, once each.

import type { Token } from "../../text/tokens.js";
import { parse, type Parse } from "../../syntax/index.js";
import { verbLemma } from "../../language/pos.js";

// how far up the tree a figure's verb may be (figure → its noun → an of-phrase's noun → the verb)
const MAX_STEPS = 6;
// relations to a verb that do not make the figure its argument: the verb is an auxiliary or a modifier of the figure
const NOT_ARGUMENT = new Set(["aux", "aux:pass", "cop", "mark", "amod", "compound", "punct", "parataxis", "discourse", "vocative", "reparandum"]);

const parsed = new WeakMap<Token[], Parse>();

function parseOf(tokens: Token[]): Parse {
  let p = parsed.get(tokens);
  if (!p) {
    p = parse(tokens.map((t) => t.text));
    parsed.set(tokens, p);
  }
  return p;
}

/** The lemma of the verb that governs the figure spanning tokens qFrom..qTo, "be" when the figure (or the noun
 *  it counts) is the subject or complement of a copula, or null when the tree gives none. */
export function parsedPredicate(tokens: Token[], qFrom: number, qTo: number): string | null {
  if (qFrom < 0 || qTo >= tokens.length) return null;
  const { tags, heads, deprels } = parseOf(tokens);
  const children = (h: number, rel: string) => deprels.findIndex((r, i) => heads[i] - 1 === h && r === rel);
  // the token of the figure that hangs from outside it ("more than $5.5 million": "$")
  let n = qTo;
  for (let k = qFrom; k <= qTo; k++) if (heads[k] - 1 < qFrom || heads[k] - 1 > qTo) n = k;
  for (let step = 0; step < MAX_STEPS; step++) {
    // "the toll was 40", "40 were dead": a copula on the figure or on the noun it counts
    if (children(n, "cop") >= 0 && !/^VB/.test(tags[n])) return "be";
    const h = heads[n] - 1;
    if (h < 0) return null;
    if (/^VB/.test(tags[h]) && tokens[h].kind === "word" && !NOT_ARGUMENT.has(deprels[n])) {
      const prt = children(h, "compound:prt");
      const lemma = verbLemma(tokens[h].lower);
      return prt > h ? `${lemma} ${tokens[prt].lower}` : lemma;
    }
    // ("is 5 percent higher": an adjective with a copula)
    if (/^JJ/.test(tags[h]) && children(h, "cop") >= 0) return "be";
    n = h;
  }
  return null;
}

// relations of a noun to the verb whose argument it is
const ARGUMENT = /^(?:nsubj|nsubj:pass|obj)$/;
// relations of a clause set on a noun
const NOUN_CLAUSE = /^(?:acl|acl:relcl)$/;
// a participle's ending, and the words that open a relative clause
const CLAUSE_VERB_FORM = /(?:ed|ing|en)$/;
const RELATIVE = /^(?:who|that|which)$/;

/**
 * "About 70% of the ads reserved in May come from PACs", "until 55 countries representing half the emissions have
 * done so": the tag rules took the clause set on the figure's noun for what happened to it; the parse gives the
 * verb that noun is the subject of. Also the object of a verb with an active participle clause after it ("suffered
 * a 6.3 magnitude quake causing ten deaths"), not a definite one ("the 326 seats needed"). Null when the parse
 * does not read the figure so.
 */
export function argumentVerbOverClause(tokens: Token[], qFrom: number, qTo: number, clauseLemma: string): string | null {
  if (qFrom < 0 || qTo >= tokens.length) return null;
  // (parse only where a participle or a relative clause's verb of that lemma follows the figure: parsing every
  // figure's sentence took extract from ~210,000 to ~62,000 words/s on PolNeAR train)
  if (!tokens.some((t, i) => i > qTo && (CLAUSE_VERB_FORM.test(t.lower) || RELATIVE.test(tokens[i - 1].lower)) && verbLemma(t.lower) === clauseLemma)) return null;
  const { tags, heads, deprels } = parseOf(tokens);
  let n = qTo;
  for (let k = qFrom; k <= qTo; k++) if (heads[k] - 1 < qFrom || heads[k] - 1 > qTo) n = k;
  for (let step = 0; step < MAX_STEPS; step++) {
    const h = heads[n] - 1;
    if (h < 0) return null;
    // the noun on the path (the figure's, or the one it is "of") bears the clause the rules read
    // ("70% of the ads reserved": or the noun the figure is of; "pages related to": a participle read as an adjective)
    const bearer = (i: number) => heads[i] - 1 === n || (heads[i] > 0 && heads[heads[i] - 1] - 1 === n && deprels[heads[i] - 1] === "nmod");
    const clause = deprels.findIndex((r, i) => i > qTo && bearer(i) && (NOUN_CLAUSE.test(r) || (r === "amod" && i > heads[i] - 1)) && verbLemma(tokens[i].lower) === clauseLemma);
    // ("suffered a quake causing ten deaths": a participle the parse set on the verb, after its object)
    const onVerb = h >= 0 && deprels[n] === "obj" && deprels.some((r, i) => i > qTo && heads[i] - 1 === h && r === "advcl" && tags[i] === "VBG" && verbLemma(tokens[i].lower) === clauseLemma);
    if (clause >= 0 || onVerb) {
      if (!/^VB/.test(tags[h]) || !ARGUMENT.test(deprels[n])) return null;
      const lemma = verbLemma(tokens[h].lower);
      if (lemma === clauseLemma || lemma === "be" || lemma === "have") return null;
      if (deprels[n] === "obj" && ((clause >= 0 && deprels[clause] === "acl:relcl") || deprels.some((r, i) => heads[i] - 1 === n && r === "det" && tokens[i].lower === "the"))) return null;
      return lemma;
    }
    if (/^VB/.test(tags[h])) return null;
    n = h;
  }
  return null;
}
