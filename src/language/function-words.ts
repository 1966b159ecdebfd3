// Closed classes of function words: forms of "be", "have" and "do", modals, determiners and pronouns
// (spaCy keeps such lists in spacy/lang/en/). Lower case.

export const BE_FORMS = ["is", "are", "was", "were", "be", "been", "being", "am"] as const;
export const HAVE_FORMS = ["has", "have", "had", "having"] as const;
export const DO_FORMS = ["does", "did", "do"] as const;
export const MODALS = ["will", "would", "could", "should", "can", "may", "might", "must", "shall"] as const;
/** every auxiliary verb: forms of be, have and do, and the modals */
export const AUXILIARIES = [...BE_FORMS, ...HAVE_FORMS, ...DO_FORMS, ...MODALS] as const;

export const ARTICLES = ["the", "a", "an"] as const;
export const DEMONSTRATIVES = ["this", "that", "these", "those"] as const;
export const POSSESSIVE_DETERMINERS = ["his", "her", "its", "their", "our", "my", "your"] as const;
/** words that open a noun phrase and point at its head: articles, demonstratives, possessives */
export const DETERMINERS = new Set<string>([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);
/** determiners that quantify rather than point ("no", "every", "such") */
export const QUANTIFYING_DETERMINERS = ["no", "any", "every", "each", "such", "some"] as const;

export const PRONOUNS_PERSON = new Set(["he", "she", "him", "her"]);
/** words that open a relative clause */
export const RELATIVE_WORDS = new Set(["that", "which", "who", "whom", "whose", "where", "when"]);
export const PRONOUNS_GROUP = new Set(["they", "them", "we"]);
export const PRONOUNS_FIRST = new Set(["i", "we"]);

/** Participles used as prepositions: "143 homes including 70 barns" says nothing of what happened to the homes. */
export const PREPOSITIONAL_PARTICIPLES = new Set(["including", "excluding", "following", "according", "regarding", "concerning", "compared", "considering", "given", "pending", "barring"]);

/** Participles of a state after a form of be: "troops are stationed in the north" says where they are and "20 were
 * missing" how they are, not what was done to them, so the figure's predicate is "be", as in "troops are in the north". */
export const STATE_PARTICIPLES = new Set(["missing", "stationed", "based", "located", "situated", "deployed", "positioned", "garrisoned", "massed", "mustered", "concentrated", "housed"]);
/** prepositions of place that attach a place to the noun before it ("officials in Kabul", "plants across Ohio") */
export const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "across"]);

/** Pronouns written with "is" glued on as one word ("That's 40 more", "it's 12 percent"): the figure's verb is be. */
export const CONTRACTED_BE_SUBJECTS = new Set(["that", "it", "there", "here", "what", "this", "who"]);

/** Verbs and nouns of intent before "to" ("has promised to deport", "a pledge to add", "plans to cut"): what
 * follows is meant, not done, so its figures state nothing of how things stand. Written as word stems with
 * their inflections (read by a regular expression). */
export const INTENT_WORDS = ["promis(?:e|es|ed|ing)", "pledg(?:e|es|ed|ing)", "vow(?:s|ed|ing)?", "plan(?:s|ned|ning)?", "intend(?:s|ed|ing)?",
  "threaten(?:s|ed|ing)?", "propos(?:e|es|ed|ing|al|als)", "aim(?:s|ed|ing)?", "seek(?:s|ing)?", "sought", "hop(?:e|es|ed|ing)",
  "want(?:s|ed|ing)?", "goal", "target", "bid"] as const;

/** Words of a court's verdict or sentence ("was convicted", "jailed for", "a nine-year prison sentence"): a story
 *  that leads with one tells the offence, which came before, in the past. Regular-expression fragments. */
export const VERDICT_WORDS = ["convicted", "sentenced", "jailed", "acquitted", "found\\s+guilty", "pleaded\\s+guilty",
  "(?:prison|jail)\\s+(?:sentence|term)"] as const;
