// The words read around place names: nationality adjectives, the nouns that make a capitalised name a
// place ("Kidapawan City", "the Maidan Wardak province", "Magnitogorsk, a city in …"), the words that
// make a capitalised sequence an organisation's or an outlet's name whose place words are not the
// claim's places ("US Geological Survey", "Bank of Japan"), and the people nouns after which a
// nationality adjective names an origin, not a place ("Tajik citizens" came from Tajikistan; the
// "Polish market" is in Poland).

import { wordTable } from "./word-table.js";

/** nationality adjectives whose country the stem rule (DEMONYM_SUFFIXES) does not find */
export const DEMONYMS: Record<string, string> = wordTable({
  British: "Britain", English: "England", Scottish: "Scotland", Welsh: "Wales", French: "France",
  Dutch: "Netherlands", Swiss: "Switzerland", Greek: "Greece", Filipino: "Philippines", Thai: "Thailand", American: "United States",
  Norwegian: "Norway", Danish: "Denmark", Swedish: "Sweden", Finnish: "Finland", Irish: "Ireland", Spanish: "Spain", Turkish: "Turkey", Kurdish: "Kurdistan",
  Israeli: "Israel", Pakistani: "Pakistan", Bangladeshi: "Bangladesh", Yemeni: "Yemen", Saudi: "Saudi Arabia", Emirati: "United Arab Emirates",
  Chinese: "China", Japanese: "Japan", Vietnamese: "Vietnam", Lebanese: "Lebanon", Sudanese: "Sudan", Peruvian: "Peru", Chilean: "Chile",
  Polish: "Poland", Czech: "Czechia", Slovak: "Slovakia", Icelandic: "Iceland", Portuguese: "Portugal", Maltese: "Malta",
});

/**
 * the nouns for the people of a state or a city, which the stem rule cannot find (its stems are countries'): "250,000
 * Iowans are expected to caucus" is about Iowa, "Berliners want …" about Berlin. Plural; the singular is read too.
 */
export const RESIDENTS: Record<string, string> = wordTable({
  Iowans: "Iowa", Floridians: "Florida", Texans: "Texas", Californians: "California", Ohioans: "Ohio", Virginians: "Virginia",
  Arizonans: "Arizona", Nevadans: "Nevada", Coloradans: "Colorado", Utahns: "Utah", Minnesotans: "Minnesota", Michiganders: "Michigan",
  Wisconsinites: "Wisconsin", Pennsylvanians: "Pennsylvania", Kentuckians: "Kentucky", Tennesseans: "Tennessee", Oregonians: "Oregon",
  Marylanders: "Maryland", Vermonters: "Vermont", Alaskans: "Alaska", Hawaiians: "Hawaii", Oklahomans: "Oklahoma", Kansans: "Kansas",
  Nebraskans: "Nebraska", Missourians: "Missouri", Louisianans: "Louisiana", Alabamians: "Alabama", Mississippians: "Mississippi",
  Arkansans: "Arkansas", Hoosiers: "Indiana", Illinoisans: "Illinois", "New Yorkers": "New York",
  "New Jerseyans": "New Jersey", "New Mexicans": "New Mexico", Bostonians: "Boston", Chicagoans: "Chicago", Angelenos: "Los Angeles",
  Berliners: "Berlin", Londoners: "London", Parisians: "Paris", Muscovites: "Moscow", Quebecers: "Quebec",
  Ontarians: "Ontario", Albertans: "Alberta", Scots: "Scotland",
});

/** suffixes a nationality adjective adds to its country's stem: "Syrian" → Syria, "Malaysian" → Malaysia */
export const DEMONYM_SUFFIXES = ["ian", "an", "i", "ese", "ish", "n"];

/** the bare stem names the country only for the "-stan" countries: "Tajik" → Tajikistan, "Afghan" → Afghanistan */
export const STEM_ONLY_ENDING = "stan";

/** the administrative units a name may be called: the shared core of the place nouns below */
const ADMIN_UNITS = ["county", "province", "region", "district", "oblast", "prefecture", "governorate", "municipality", "krai"];

/** a capitalised last word that makes the name a place: "Kidapawan City", "Orange County" */
export const PLACE_NAME_HEADS = new Set(["city", ...ADMIN_UNITS, "borough", "township"]);

/** a capitalised word ending a name that makes it a natural feature, no person: "the Aral Sea", "the Mekong River"
 *  ("Lake", "Bay" and "Rivers" are also surnames: only the words no one is called) */
export const FEATURE_NAME_HEADS = new Set(["sea", "ocean", "river", "mountains", "gulf", "strait", "straits", "islands", "isles", "desert",
  "valley", "peninsula", "canal", "glacier", "basin", "highlands", "plateau"]);
/** a capitalised word opening a name that makes it a natural feature: "Lake Chad", "Mount Kenya" */
export const FEATURE_NAME_OPENERS = new Set(["lake", "mount", "mt", "gulf", "strait", "sea", "isle", "cape"]);
/** prepositions after which a capitalised name is a place or a time, not a person: "officials in Lao Cai", "during World War II" */
export const NOT_PERSON_PREPOSITIONS = new Set(["in", "near", "outside", "during", "throughout"]);

/** a lower-case noun after a name that makes it a place: "the Maidan Wardak province", "the Ural region" */
export const PLACE_NOUNS_AFTER = new Set(["city", "town", "village", ...ADMIN_UNITS]);

/** a noun before "of" and a name that makes it a place: "the city of Aleppo", "the province of Herat", "the capital of Surigao del Sur" */
const PLACE_NOUNS_OF = ["city", "town", "village", "province", "region", "district", "county", "state", "island", "port", "capital"];
/** the points of the compass, which say where from a place something is: "9 km east of Carrascal" */
const COMPASS = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];
export const PLACE_NOUNS_BEFORE = new Set([...PLACE_NOUNS_OF, ...COMPASS]);

/** an appositive head that makes the name before it a place: "Magnitogorsk, a city in the Ural region" */
export const PLACE_APPOSITIVES = new Set([...PLACE_NOUNS_OF, "country", "suburb", "municipality"]);

/** words of speaking before "in" and a place, which then is where something was said: "told reporters in Geneva", "a news conference in Jakarta" */
export const SPEECH_WORDS = new Set(["told", "telling", "speaking", "spoke", "said", "says", "reporters", "conference", "briefing",
  "rally", "speech", "interview", "remarks", "address", "addressing"]);

/** the prepositions after which a capitalised name is read as where something is or happened */
export const LOCATIVE_PREPOSITIONS = new Set(["in", "near", "outside"]);

/**
 * words that, anywhere in a capitalised sequence, make it an organisation's or an outlet's name, beside the
 * organisation heads of name-words.ts: a place inside such a name is the organisation's, not the claim's
 */
export const ORG_NAME_WORDS = new Set(["survey", "bulletin", "gazette", "chronicle", "inquirer", "telegraph", "observer", "holdings",
  "laboratory", "laboratories", "hospital", "airport", "stadium", "museum", "school", "academy", "hotel", "resources", "enterprises",
  "exchange", "stock", "times", "daily", "today", "post", "insider"]);

/**
 * the titles of legislators, who sit for a state or a district: the place their title names is theirs, not the
 * claim's ("Vermont Sen. Bernie Sanders", "Senator Ted Cruz of Texas", "the senator from Vermont")
 */
export const LEGISLATOR_TITLES = new Set(["sen", "senator", "senators", "rep", "representative", "congressman", "congresswoman"]);

/** nouns for people after which a nationality adjective is their origin, not the place of the claim */
export const ORIGIN_NOUNS = new Set(["people", "person", "persons", "citizen", "citizens", "national", "nationals", "native", "natives",
  "refugee", "refugees", "migrant", "migrants", "immigrant", "immigrants", "fighter", "fighters", "soldier", "soldiers", "troops",
  "worker", "workers", "student", "students", "tourist", "tourists", "civilian", "civilians", "militant", "militants", "child", "children",
  "woman", "women", "man", "men", "voter", "voters", "resident", "residents", "family", "families", "prisoner", "prisoners",
  "hostage", "hostages", "journalist", "journalists", "descent", "origin", "passport", "passports", "jihadist", "jihadists",
  "volunteer", "volunteers", "player", "players", "athlete", "athletes", "man's", "woman's", "language", "speakers",
  // nor before a currency: "the British pound rose"
  "pound", "pounds", "dollar", "dollars", "peso", "pesos", "franc", "francs", "krone", "krona", "currency"]);

/**
 * words that put a figure's scope beyond one place, or across a whole country, so that the document's
 * frame (a city, a state) is not its place: "cases worldwide", "an average across all 50 states"
 */
// ("the national disaster agency", "a national guard unit": an institution, no scope)
export const WIDE_SCOPE = /\b(?:worldwide|globally|global|around the (?:world|globe)|across (?:all |the )?(?:\d+ |fifty )?(?:states|countries)|in all \d+ states|nationwide|national(?!\s+(?:[a-z-]+\s+)?(?:agency|agencies|ministry|institute|bureau|office|service|guard|council|committee|commission|police|army|assembly|authority|center|centre|department|board|park|museum|library|team|weather)\b))\b/;

/** a definite noun that points back to a place named before: "Trump is still a favorite to win the state" */
export const PLACE_ANAPHOR = /\b(?:the|this|that) (state|country|city|province|region|island|nation)(?:[’']s)?\b/;
