// Nouns the rules read around names: offices and roles ("the minister"), unnamed groups of sources
// ("officials said"), the last words of organisations' names, and capitalised words that are not names.
// Lower case.

import { MONTHS, WEEKDAYS } from "./calendar.js";

// nouns naming an office or function: "the minister", "Interior Minister X", "X, the spokeswoman,"
export const ROLE_WORDS = new Set([
  "minister", "president", "vice-president", "spokesman", "spokeswoman", "spokesperson", "secretary", "senator", "sen",
  "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "chief", "director", "ambassador",
  "general", "gen", "commander", "chairman", "chairwoman", "chair", "leader", "prosecutor", "attorney", "judge", "premier",
  "king", "queen", "chancellor", "envoy", "adviser", "advisor", "officer", "candidate", "lawmaker", "speaker", "ceo",
  "founder", "executive", "economist", "professor", "head", "deputy", "official", "nominee", "pope", "sheriff", "colonel",
  "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "superintendent", "commissioner",
  "inspector", "analyst", "researcher", "expert", "strategist", "manager", "coordinator", "aide", "staffer",
  "correspondent", "editor", "reporter", "columnist", "activist", "president-elect", "justice", "mp", "emir", "sheikh",
  "prince", "princess", "ayatollah", "cleric", "imam", "bishop", "cardinal", "pastor", "rabbi", "dean", "provost",
]);

// plural or collective nouns that name an unnamed group of sources: "officials said", "sources said"
export const GROUP_WORDS = new Set([
  "officials", "sources", "authorities", "experts", "analysts", "police", "investigators", "witnesses", "residents",
  "observers", "critics", "supporters", "opponents", "aides", "advisers", "advisors", "lawmakers", "officers", "diplomats",
  "researchers", "scientists", "economists", "activists", "protesters", "organizers", "organisers", "spokesmen",
  "prosecutors", "doctors", "medics", "rescuers", "people", "voters", "polls", "reports", "media", "documents", "data",
  "figures", "statistics", "studies", "surveys", "leaders", "members", "republicans", "democrats", "conservatives",
  "liberals", "insiders", "staff", "staffers", "representatives", "allies", "militants", "rebels", "forces", "troops",
  "agencies", "groups", "families", "relatives", "residents", "locals", "villagers", "survivors", "parents", "students",
]);

// what a source owns rather than is: "data from the ministry", "the bureau's figures" name the ministry, the bureau
export const OWNED_DATA_WORDS = new Set(["data", "figures", "numbers", "statistics", "records", "estimate", "estimates", "tally", "tallies", "count",
  "counts", "projection", "projections", "forecast", "forecasts", "calculations"]);

// what a firm is, naming the organisation just named again ("Norrland Power … The utility said")
export const DESCRIBED_ORG_HEADS = new Set(["airline", "carrier", "utility", "cooperative", "co-op", "hospital", "clinic", "firm", "insurer", "lender", "company"]);

// what an organisation is, written before a name that has no organisation's word of its own: "budget airline
// Skylark Air", "retailer Salling", "the advocacy group Mi Familia Vota" (no person is so described)
export const ORG_DESCRIPTORS = new Set([...DESCRIBED_ORG_HEADS, "agency", "bank", "group", "retailer", "broadcaster", "newspaper",
  "automaker", "carmaker", "manufacturer", "pollster", "conglomerate", "startup", "giant"]);

// the last word of an organisation's name
export const ORG_HEADS = new Set([
  "ministry", "department", "agency", "committee", "council", "party", "police", "army", "service", "services", "office",
  "commission", "bureau", "court", "parliament", "congress", "senate", "government", "administration", "union",
  "association", "institute", "university", "college", "group", "bank", "company", "corporation", "corp", "inc", "ltd",
  "times", "post", "news", "organization", "organisation", "front", "forces", "force", "fund", "foundation", "board",
  "authority", "coalition", "campaign", "center", "centre", "network", "press", "journal", "tribune", "guardian",
  "assembly", "cabinet", "kremlin", "pentagon", "house", "taliban", "state", "navy", "guard", "command", "club",
  "church", "movement", "alliance", "federation", "league", "brigade", "brigades", "battalion", "directorate", "division",
  "secretariat", "inspectorate", "prosecutor's", "reuters", "cnn", "bbc", "fbi", "cia", "nato", "un", "eu",
  "commission", "watch", "international", "institution", "tribunal", "legislature", "review", "magazine", "herald",
  "daily", "channel", "radio", "television", "tv", "airlines", "airways", "systems", "technologies", "partners",
  "industries", "group's", "caucus", "fed", "reserve", "treasury", "ministry's", "police's",
  // (what a firm is, which names it again: "the airline said", "the utility said")
  ...DESCRIBED_ORG_HEADS,
  "power", "electric", "energy", "holdings",
]);

// words capitalised at the start of a name that are not names: days, months, and the like
export const NOT_NAME = new Set<string>([
  ...WEEKDAYS, ...MONTHS, "i", "i'm", "i've", "i'd", "i'll", "god", "christmas", "easter", "ramadan",
]);

/** what a poll gives a named party or candidate a share of: "Support for Labour stood at 30 percent" */
export const SUPPORT_NOUNS = new Set(["support", "backing", "approval"]);
/** verbs of a poll respondent's answer besides saying: "39 percent blame his supporters", "42 percent favor Smith" */
export const OPINION_VERBS = new Set(["blame", "favor", "favour", "back", "support", "oppose", "approve", "disapprove", "prefer", "want",
  "agree", "disagree", "believe", "view", "trust", "like", "choose", "pick"]);
/** verbs of a head-to-head result in a poll: "A leads B 46 percent to 44", "A tops B 41-40" */
export const MATCHUP_VERBS = new Set(["lead", "beat", "top", "tie", "trail", "edge", "defeat", "best", "outpoll"]);
/** verbs a poll's sample is the object of: "polled 1,000 adults", "a survey of 800 likely voters" ("poll" as the frame reads it) */
export const SAMPLING_VERBS = new Set(["poll", "survey", "interview", "sample", "ask", "question"]);
/** the people a poll asks: "41 percent of Republican voters", "of those surveyed" */
export const RESPONDENT_NOUNS = new Set(["voters", "respondents", "adults", "caucusgoers", "surveyed", "polled", "americans", "residents"]);
/** common nouns that end a party's or a candidate's name ("the Left party", "the Green candidate") */
export const PARTY_NOUNS = new Set(["party", "parties", "candidate", "alliance", "bloc", "coalition"]);
