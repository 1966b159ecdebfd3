// The place gazetteer: countries and their capitals from countries-list, plus what news names often
// and that list lacks (short forms, US states, regions, large non-capital cities). Lookup is by the
// exact capitalised name, so "Turkey" is a place and "turkey" is not.

import { countries } from "countries-list";
import { wordTable } from "../../language/word-table.js";
import { keptPerWord } from "../../language/kept-per-word.js";
import { DEMONYMS, DEMONYM_SUFFIXES, STEM_ONLY_ENDING } from "../../language/places.js";

const ALIASES: Record<string, string> = wordTable({
  US: "United States", "U.S.": "United States", USA: "United States", "U.S.A.": "United States", America: "United States",
  "United States of America": "United States", UK: "United Kingdom", "U.K.": "United Kingdom", Britain: "United Kingdom",
  "Great Britain": "United Kingdom", England: "United Kingdom", Scotland: "United Kingdom", Wales: "United Kingdom",
  Czech: "Czechia", "Czech Republic": "Czechia", Burma: "Myanmar", "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
  DRC: "Democratic Republic of the Congo", Congo: "Republic of the Congo", "Gaza Strip": "Palestine", Gaza: "Palestine",
  "West Bank": "Palestine", "Holy See": "Vatican City", Vatican: "Vatican City", Macedonia: "North Macedonia",
  UAE: "United Arab Emirates", Emirates: "United Arab Emirates", Korea: "South Korea",
  // (the list's names are the countries' own of late: news still writes the English ones)
  Turkey: "Türkiye", Turkiye: "Türkiye", "Cape Verde": "Cabo Verde", Swaziland: "Eswatini", "Timor-Leste": "East Timor", Macau: "Macao",
});

// a US state's nickname is that state ("the Granite State" is New Hampshire)
const STATE_NICKNAMES: Record<string, string> = wordTable({
  "Granite State": "New Hampshire", "Grand Canyon State": "Arizona", "Sunshine State": "Florida", "Lone Star State": "Texas",
  "Golden State": "California", "Empire State": "New York", "Keystone State": "Pennsylvania", "Buckeye State": "Ohio",
  "Hawkeye State": "Iowa", "Peach State": "Georgia", "Bluegrass State": "Kentucky", "Tar Heel State": "North Carolina",
  "Palmetto State": "South Carolina", "Garden State": "New Jersey", "Silver State": "Nevada", "Beehive State": "Utah",
  "Evergreen State": "Washington", "Show Me State": "Missouri", "Badger State": "Wisconsin", "Wolverine State": "Michigan",
  "Old Dominion": "Virginia", "Bay State": "Massachusetts", "Hoosier State": "Indiana", "Centennial State": "Colorado",
  "Volunteer State": "Tennessee", "Sooner State": "Oklahoma", "Cornhusker State": "Nebraska", "Green Mountain State": "Vermont",
  "Pine Tree State": "Maine", "Ocean State": "Rhode Island", "Constitution State": "Connecticut", "Magnolia State": "Mississippi",
  "Pelican State": "Louisiana", "Sunflower State": "Kansas", "North Star State": "Minnesota", "Land of Enchantment": "New Mexico",
  "Mountain State": "West Virginia", "Aloha State": "Hawaii", "Gem State": "Idaho", "Treasure State": "Montana",
});

// the provinces of Canada and the states of Australia, with their abbreviations ("B.C." is British Columbia)
const PROVINCES = [
  "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
  "Prince Edward Island", "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia",
];
const PROVINCE_ABBREVIATIONS: Record<string, string> = wordTable({ "B.C.": "British Columbia", NSW: "New South Wales" });

const REGIONS = [
  "Central Asia", "Middle East", "Europe", "Asia", "Africa", "North Africa", "West Africa", "East Africa", "Latin America",
  "South America", "North America", "Central America", "Caribbean", "Balkans", "Caucasus", "Sahel", "Kashmir", "Crimea",
  "Donbas", "Kurdistan", "Siberia", "Chechnya", "Dagestan", "Xinjiang", "Tibet", "Darfur", "Sinai", "Pacific", "Atlantic",
  "Arctic", "Antarctica", "Scandinavia", "Persian Gulf", "Gulf", "Midwest", "Puerto Rico", "Hong Kong", "Taiwan", "Kosovo", "Northern Ireland",
];

const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
  "Wisconsin", "Wyoming",
];

const CITIES = [
  "New York City", "Los Angeles", "Chicago", "Houston", "Philadelphia", "San Francisco", "Boston", "Miami", "Atlanta",
  "Detroit", "Seattle", "Dallas", "Baltimore", "Las Vegas", "New Orleans", "Istanbul", "St. Petersburg", "Saint Petersburg",
  "Mumbai", "Shanghai", "Karachi", "Lahore", "Aleppo", "Mosul", "Raqqa", "Homs", "Fallujah", "Basra", "Kandahar", "Herat",
  "Benghazi", "Sydney", "Melbourne", "Toronto", "Montreal", "Vancouver", "Rio de Janeiro", "Sao Paulo", "Barcelona",
  "Milan", "Munich", "Frankfurt", "Hamburg", "Geneva", "Zurich", "Marseille", "Lyon", "Manchester", "Liverpool",
  "Birmingham", "Glasgow", "Edinburgh", "Osaka", "Hiroshima", "Jeddah", "Mecca", "Dubai", "Alexandria", "Lagos", "Kano",
  "Johannesburg", "Cape Town", "Durban", "Mombasa", "Khujand", "Osh", "Samarkand", "Almaty", "Novosibirsk", "Kharkiv",
  "Odessa", "Donetsk", "Luhansk", "Gaza City", "Tel Aviv", "Haifa", "Chennai", "Kolkata", "Bangalore", "Hyderabad",
  "Wuhan", "Guangzhou", "Shenzhen", "Chongqing", "Peshawar", "Quetta", "Jalalabad", "Mazar-i-Sharif", "Kunduz",
  "Christchurch", "Auckland", "Washington, D.C.", "Brooklyn", "Manhattan", "Silicon Valley",
];

const PLACES = new Map<string, string>();
const COUNTRY_NAMES = (Object.values(countries) as { name: string }[]).map((c) => c.name);
for (const c of Object.values(countries) as { name: string; capital: string }[]) {
  PLACES.set(c.name, c.name);
  if (c.capital) for (const cap of c.capital.split(",")) PLACES.set(cap.trim(), cap.trim());
}
PLACES.set("Washington", "Washington");
for (const [alias, name] of Object.entries(ALIASES)) PLACES.set(alias, name);
for (const p of [...REGIONS, ...US_STATES, ...CITIES, ...PROVINCES]) PLACES.set(p, p);
for (const [alias, name] of [...Object.entries(STATE_NICKNAMES), ...Object.entries(PROVINCE_ABBREVIATIONS)]) PLACES.set(alias, name);

/**
 * A word written in capitals as a name is written ("TURKEY" → "Turkey", "ITALY’S" → "Italy’s"): headings and
 * datelines are set in capitals, the gazetteer is looked up by the name's own case. Other words are returned as they are.
 */
export function fromCapitals(word: string): string {
  if (word.length < 3 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
}

/** The canonical name of a place, or null when the name is not in the gazetteer. */
export function placeName(name: string): string | null {
  return PLACES.get(name) ?? null;
}

// names that are places of their own, not only another name of the country they are filed under: a claim
// keeps them as the article wrote them ("Britain", "Scotland", "Gaza"); abbreviations and former names
// ("U.S.", "UK") are written out as the country's name
// (nor are names written out in full that the gazetteer files under another: "Burma", "Czech Republic")
const OWN_NAMES = new Set(["Britain", "Great Britain", "England", "Scotland", "Wales", "Gaza", "Gaza Strip", "West Bank", "Korea", "Congo",
  "Burma", "Czech Republic", "Cote d'Ivoire", "Macedonia", "Vatican", "Turkey", "Cape Verde", "Swaziland", "Timor-Leste", "Macau"]);

/** The name a claim gives a place the article wrote as `written`: as written, but abbreviations and former names as the country's name. */
export function placeAsNamed(written: string): string {
  const canonical = PLACES.get(written);
  return canonical && !OWN_NAMES.has(written) ? canonical : written;
}

const STATES = new Set(US_STATES);
const COUNTRIES = new Set(COUNTRY_NAMES);
/** What kind of place a name is: a country, a (US) state, or another (a city, a province, a region). */
export function placeKind(name: string): "country" | "state" | "other" {
  const key = placeKey(name);
  return COUNTRIES.has(key) ? "country" : STATES.has(key) ? "state" : "other";
}

/** A place name's key, the same for every name of one place ("Britain", "UK" → United Kingdom): places compare by it. */
export const placeKey = (name: string): string => PLACES.get(name) ?? name;

// stem → the country names it begins and that run at most five letters past it (stems of four letters or
// more), in COUNTRY_NAMES order: asked of every capitalised word, filtering all the names each time was
// a third of reading places
const STEM_OF = new Map<string, string[]>();
for (const n of COUNTRY_NAMES)
  for (let len = Math.max(4, n.length - 5); len <= n.length; len++) {
    const stem = n.slice(0, len);
    const names = STEM_OF.get(stem);
    if (names) names.push(n);
    else STEM_OF.set(stem, [n]);
  }
const SUFFIXES_OR_NONE = [...DEMONYM_SUFFIXES, ""];
const NONE: readonly string[] = [];

/**
 * The country a nationality adjective names ("Syrian" → Syria, "Tajik" → Tajikistan), by its stem; null when
 * none or more than one fit. (Kept per word: asked of every capitalised word, the stems and suffixes were
 * tried anew each time.)
 */
export const demonymPlace = keptPerWord(demonymOf);

function demonymOf(word: string): string | null {
  if (DEMONYMS[word]) return DEMONYMS[word];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return null;
  for (const suffix of SUFFIXES_OR_NONE) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length < 4) continue;
    // the one name that fits, if only one does (counted: no array per word asked)
    let fit: string | null = null, fits = 0;
    for (const n of STEM_OF.get(stem) ?? NONE) if (suffix || n.endsWith(STEM_ONLY_ENDING)) { fit = n; fits++; }
    if (fits === 1) return fit;
  }
  return null;
}

// first word → the most words of a place name that starts with it
const FIRST_WORDS = new Map<string, number>();
for (const k of PLACES.keys()) {
  const words = k.split(/\s+/);
  FIRST_WORDS.set(words[0], Math.max(FIRST_WORDS.get(words[0]) ?? 1, words.length));
}

/**
 * The most words a place name starting with `first` has (1 when none has more): bounds the names worth
 * looking up from that word (trying every span of a capitalised sequence up to the longest place name,
 * joined anew each time, was 0.5% of extract()).
 */
export function placeWordsFrom(first: string): number {
  return FIRST_WORDS.get(first) ?? 1;
}
