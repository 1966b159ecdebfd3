// The metric a figure is about: what is counted (a lemma, synonyms as one), what happened to it, where, and
// in which dimension of unit. Two figures are of one metric when thing, event and dimension are the same
// and their places can be the same place. Every step is a rule with a word list in words.ts, so a key can
// be explained: "person|die|number|Kabul" is "people who died in Kabul".

import lemmatize from "wink-lemmatizer";
import { demonymPlace, placeKey, placeName } from "../extract/entities/places.js";
import {
  ABROAD_PHRASES, AFTER_FIGURE, BEFORE_FIGURE, WORLDWIDE_WORDS, OTHER_AFTER, EVENT_NOUNS, EVENT_SYNONYMS, HARM_VERBS, NOT_METRICS,
  LABEL_WORDS, RUNNING_TOTAL_WORDS, TOLL_BEFORE, OWNED_THINGS, PART_AFTER, PART_BEFORE, PART_GROUP, PERSON_GROUPS, RATE_AFTER, RATE_BEFORE, THING_EVENTS, THING_SYNONYMS, UNITS, WHAT_STOPS,
} from "./words.js";
import { holderOf, UNNAMED } from "./holder.js";
import { CHANGE_VERB_FORMS } from "../language/change-words.js";
import { pastParticiple, plural } from "../language/inflect.js";
import { allTags } from "../language/lexicon.js";
import { MEASURE_NOUNS } from "../extract/claims/phrases.js";

/**
 * The release of the keying rules below (and of words.ts and holder.ts): raise it whenever they would key or
 * label a stored claim differently (4: labels inflected by language/inflect.ts;
 * 5: a state after "be" or "remain" is the event, "68 people were missing"; "worldwide" is a place). A ledger keeps the release its metrics were keyed by, and one keyed by another is
 * made again (ledger/metrics/rebuild.ts) so old claims do not keep stale keys.
 */
export const METRIC_KEYS_VERSION = 5;

/** the place of a figure said to be abroad of its origin ("Tajik foreign fighters") */
export const ABROAD = "abroad";
/** the place of a figure said of the whole world ("140,000 deaths worldwide"): no country's, not its document's */
export const WORLD = "worldwide";

export interface MetricSubject {
  thing: string;
  event: string;
  /** "number", "percent", "money:USD", "length", … : figures of different dimensions never compare */
  dimension: string;
  places: string[];
  /** the country of a nationality adjective ("Tajik citizens" → Tajikistan) */
  origin: string | null;
  /** whose figure it is when the text names who has or received the counted thing ("the Green Party received
   * 1.4 million votes", "Hedges's votes", "votes for Jill Stein"): one party's votes are no rival of another's */
  holder?: string | null;
}

/** What a figure's metric is read from: a claim's fields, or a reference row's "what" read the same way. */
export interface FigureWords {
  counted: string | null;
  predicate: string | null;
  /** the sentence and where the figure is in it (for bare figures: "39 are confirmed dead") */
  text?: string;
  quantityStart?: number;
  quantityEnd?: number;
  unit: string | null;
  kind: string;
  places: string[];
  speaker?: string | null;
}

const lemmaNoun = (w: string) => lemmatize.noun(w.toLowerCase());
// (a verb the event table knows is kept as it is: the claim's predicate is a lemma already, and wink reads
// "wound" as the past of "wind")
const lemmaVerb = (w: string) => {
  const l = w.toLowerCase();
  return l in EVENT_SYNONYMS ? l : lemmatize.verb(l);
};

export { demonymPlace };

export function dimensionOf(kind: string, unit: string | null): { dimension: string; factor: number } {
  if (kind === "percent") return { dimension: "percent", factor: 1 };
  if (kind === "money") return { dimension: `money:${unit ?? "?"}`, factor: 1 };
  if (kind === "measure" && unit) {
    const u = UNITS[unit.toLowerCase()];
    return u ? { dimension: u[0], factor: u[1] } : { dimension: `unit:${unit.toLowerCase()}`, factor: 1 };
  }
  return { dimension: "number", factor: 1 };
}

const isName = (words: string[]) => words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));

/** Reads a counted phrase: its head lemma (synonyms as one), nationality origin, places and "abroad". */
function readCounted(counted: string): { head: string | null; compound: string | null; origin: string | null; places: string[]; abroad: boolean } {
  let words = counted.split(/\s+/).filter(Boolean);
  // "tons of rice": a unit's "of" names what is counted
  const of = words.findIndex((w) => w.toLowerCase() === "of");
  if (of > 0 && UNITS[words[of - 1].toLowerCase()] && of < words.length - 1) words = words.slice(of + 1);
  const np: string[] = [];
  for (const w of words) {
    if (WHAT_STOPS.has(w.toLowerCase()) || (np.length && /^\p{Ll}+(?:ing|ed)$/u.test(w) && !/^(?:injured|wounded|dead)$/i.test(w))) break;
    np.push(w);
  }
  let origin: string | null = null;
  const places: string[] = [];
  const rest: string[] = [];
  for (const w of np) {
    const clean = w.replace(/[^\p{L}\p{N}-]/gu, "");
    const place = placeName(clean);
    const demonym = !place ? demonymPlace(clean) : null;
    if (demonym) origin ??= placeName(demonym) ?? demonym;
    else if (place && np.length > 1) places.push(place);
    else if (clean) rest.push(clean);
  }
  // a name is no thing counted ("former Vice President Biden"), nor is a unit ("6.12 acres": an area of what?)
  const last = rest[rest.length - 1] ?? "";
  if (!rest.length || isName(rest) || /^\p{Lu}\p{Ll}/u.test(last) || UNITS[last.toLowerCase()]) return { head: null, compound: null, origin, places, abroad: false };
  const head = lemmaNoun(last);
  const compound = rest.length > 1 ? `${lemmaNoun(rest[rest.length - 2])} ${head}` : null;
  const lower = np.join(" ").toLowerCase();
  const abroad = ABROAD_PHRASES.some((p) => lower.includes(p)) || /\babroad\b/i.test(counted);
  return { head, compound, origin, places, abroad };
}

/** The event of a predicate ("were detained" → detain; "joined fighting" → in), synonyms as one. */
export function eventOf(predicate: string | null, after = ""): string {
  if (!predicate) return "";
  const words = predicate.toLowerCase().split(/\s+/).filter(Boolean);
  const verb = lemmaVerb(words[words.length - 1] ?? "");
  // "joined fighting in Syria": the fighting is the event
  if (verb === "join" && /^\s*(?:the\s+)?fight/i.test(after)) return "in";
  const key = words.length > 1 ? words.map(lemmaVerb).join(" ") : verb;
  return EVENT_SYNONYMS[key] ?? EVENT_SYNONYMS[verb] ?? key;
}

/**
 * The metric of a figure, or null when it counts no metric (a duration, a name, nothing said).
 * `mainPlace` is the place a figure with none of its own is about: its document's (or reference table's)
 * most named place.
 */
export function metricOf(words: FigureWords, mainPlace: string | null = null): MetricSubject | null {
  const f = measured(words) ?? words;
  const { dimension } = dimensionOf(f.kind, f.unit);
  const hasText = f.text !== undefined && f.quantityStart !== undefined && f.quantityEnd !== undefined;
  const before = hasText ? f.text!.slice(Math.max(0, f.quantityStart! - 60), f.quantityStart) : "";
  const following = hasText ? f.text!.slice(f.quantityEnd) : "";
  // "a Category 3 hurricane", "level 4": a label says which one, it counts nothing
  if (LABEL_WORDS.test(before)) return null;
  // "18 deaths per 100,000 people": neither the rate nor its denominator is a count
  if (RATE_BEFORE.test(before) || RATE_AFTER.test(following)) return null;
  let thing: string | null = null, event = "", origin: string | null = null, abroad = false;
  // places compare by their key: "Britain" and "UK" are one place
  let places = f.places.map(placeKey);
  const counted = f.counted && f.speaker && f.counted.includes(f.speaker) ? null : f.counted;
  if (counted) {
    const r = readCounted(counted);
    origin = r.origin;
    abroad = r.abroad;
    if (!places.length) places = r.places;
    const said = (r.compound && THING_EVENTS[r.compound]) || (r.head && THING_EVENTS[r.head]) || null;
    if (r.compound && NOT_METRICS.has(r.compound)) return null;
    if (r.head && NOT_METRICS.has(r.head)) return null;
    const toll = hasText && r.head && EVENT_NOUNS.has(r.head) ? TOLL_BEFORE.exec(f.text!.slice(Math.max(0, f.quantityStart! - 100), f.quantityStart)) : null;
    if (said) ({ thing, event } = said);
    // "the death toll from the car bomb had risen to 11": the toll's figure, whatever event it is of
    else if (toll) ({ thing, event } = { thing: "person", event: /injur/i.test(toll[1]) ? "injure" : "die" });
    else if (r.head && EVENT_NOUNS.has(r.head) && f.predicate && HARM_VERBS.has(lemmaVerb(f.predicate.split(/\s+/)[0]))) {
      // "the attack had killed twelve", "the tremor left five dead": people, not attacks
      const v = lemmaVerb(f.predicate.split(/\s+/)[0]);
      const after = f.text && f.quantityEnd !== undefined ? f.text.slice(f.quantityEnd) : "";
      const m = AFTER_FIGURE.exec(after) ?? /^\s*(dead|injured|wounded)\b/i.exec(after);
      thing = "person";
      event = m ? EVENT_SYNONYMS[m[1].toLowerCase()] ?? EVENT_SYNONYMS[lemmaVerb(m[1])] ?? "die" : v === "leave" || v === "claim" ? "" : EVENT_SYNONYMS[v] ?? v;
      if (!event) return null;
    } else if (r.head) {
      thing = THING_SYNONYMS[r.head] ?? r.head;
      const rest = f.text && f.quantityEnd !== undefined ? f.text.slice(f.quantityEnd) : "";
      event = copulaEvent(f.predicate, rest) ?? tallyEvent(f.predicate, before) ?? eventOf(f.predicate, afterPredicate(rest, f.predicate));
    }
  }
  if (!thing && !counted && f.predicate && HARM_VERBS.has(lemmaVerb(f.predicate.split(/\s+/)[0])) && EVENT_SYNONYMS[lemmaVerb(f.predicate.split(/\s+/)[0])]) {
    // "… and injured twelve": the verb says what happened to people
    thing = "person";
    event = EVENT_SYNONYMS[lemmaVerb(f.predicate.split(/\s+/)[0])];
  } else if (!thing && f.text && f.quantityStart !== undefined && f.quantityEnd !== undefined) {
    // a bare figure: "A total of 39 are confirmed dead", "death tolls … exceeded 100", "claimed 190 were dead"
    const after = AFTER_FIGURE.exec(f.text.slice(f.quantityEnd));
    const before = OTHER_AFTER.test(f.text.slice(f.quantityEnd)) ? null : BEFORE_FIGURE.exec(f.text.slice(Math.max(0, f.quantityStart - 100), f.quantityStart));
    const word = after?.[1] ?? before?.[1];
    if (word) {
      thing = "person";
      const w = word.toLowerCase();
      event = EVENT_SYNONYMS[w] ?? EVENT_SYNONYMS[lemmaVerb(w)] ?? THING_EVENTS[lemmaNoun(w)]?.event ?? (w.startsWith("death") ? "die" : w);
    }
  }
  // "six of them", "six of the 39", "six deaths were of children": a part of a whole said beside it, no
  // rival of the whole; it is a metric of its own when it says which group it is, else none
  if (PART_AFTER.test(following) || PART_BEFORE.test(before) || /^\s*(?:[\p{L}-]+\s+)?(?:were|was)\s+of\b/u.test(following)) {
    const named = PART_GROUP.exec(following)?.[1];
    const group = named ? lemmaNoun(named) : null;
    const counted = counted_head(f.counted);
    if (group && (PERSON_GROUPS.has(group) || /\bof\s+\S+$/.test(PART_GROUP.exec(following)![0]))) thing = group;
    else if (counted && PERSON_GROUPS.has(counted) && PART_BEFORE.test(before)) thing = counted;
    else return null;
  }
  // "the Fjordline pipeline will cost $2 billion" is the pipeline's cost: one metric with "the cost of the pipeline"
  const verb = f.predicate ? lemmaVerb(f.predicate.split(/\s+/).pop()!) : "";
  if (thing && f.counted && OWNED_THINGS.has(verb)) thing = verb;
  // a cost is a cost whether it "is", "rose to" or was "put at" the figure: the verb is no event of it
  if (thing && OWNED_THINGS.has(thing)) event = "";
  if (!thing) return null;
  // a thing that is always somebody's, with no holder named, is of something said before: it compares with nothing
  const holder = holderOf(f, thing);
  if (holder === UNNAMED) return null;
  if (abroad) places = [ABROAD];
  if (!places.length && hasText && WORLDWIDE_WORDS.test(f.text!)) places = [WORLD];
  if (!places.length) places = origin ? [origin] : mainPlace ? [mainPlace] : [];
  return { thing, event, dimension, places: [...new Set(places)].sort(), origin, holder };
}

/** "480 km of new roads were built": what a measure measures is the phrase after its unit's "of", and what
 * happened to it the verb after that, whatever the claim's counted words say (a unit or the speaker) */
function measured(f: FigureWords): FigureWords | null {
  if (f.kind !== "measure" || !f.text || f.quantityEnd === undefined) return null;
  const m = /^\s*([\p{L}.]+)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:(?:were|was|are|is|have been|has been|had been)\s+)?(\p{Ll}+ed|built|laid|dug|cut|burnt|spent)\b/u.exec(f.text.slice(f.quantityEnd));
  if (!m || !UNITS[m[1].toLowerCase()]) return null;
  return { ...f, counted: m[2], predicate: m[3] };
}

// "68 people were missing", "200 remain displaced": after "be" or "remain", an adjective or participle says what
// befell the figure's thing; a place or nothing after it ("1,100 are in Syria") leaves people present there
const COPULA_COMPLEMENT = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:were|was|are|is|remain|remains|remained|have been|has been|had been)\s+(?:(?:still|now|reportedly|also|all)\s+)?(\p{Ll}[\p{Ll}-]*)(\s+to\b)?/u;
function copulaEvent(predicate: string | null, rest: string): string | null {
  const verb = predicate ? lemmaVerb(predicate.split(/\s+/).pop()!) : "";
  if (verb !== "be" && verb !== "remain") return null;
  const m = COPULA_COMPLEMENT.exec(rest);
  // ("were able to", "are likely to": the verb after "to" is what happens, not the adjective)
  if (!m || m[2]) return null;
  const w = m[1];
  if (Object.hasOwn(EVENT_SYNONYMS, w)) return EVENT_SYNONYMS[w] || null;
  const tags = allTags(w);
  // a preposition, a noun or a determiner after the copula: no state of its own
  if (!tags.length || !(tags[0] === "JJ" || tags[0] === "VBN" || tags[0] === "VBG" && tags.includes("JJ"))) return null;
  const e = tags[0] === "VBN" ? lemmaVerb(w) : w;
  return Object.hasOwn(EVENT_SYNONYMS, e) ? EVENT_SYNONYMS[e] || null : e;
}

/**
 * "The tally of people killed rose to 60": a count (a measure noun's "of") that moved or reached a figure is of
 * the event its counted words say ("killed": died), never of its verb of change; of none when they say none
 * ("the count of victims reached 12"). Null when the figure is no such count.
 */
function tallyEvent(predicate: string | null, before: string): string | null {
  const verb = predicate ? lemmaVerb(predicate.split(/\s+/).pop()!) : "";
  if (!verb || !(CHANGE_VERB_FORMS.has(verb) || RUNNING_TOTAL_WORDS.test(verb))) return null;
  const m = TALLY_OF.exec(before);
  if (!m) return null;
  for (const w of m[1].split(/\s+/).slice(1)) {
    const e = EVENT_SYNONYMS[w.toLowerCase()] ?? EVENT_SYNONYMS[lemmaVerb(w)];
    if (e) return e;
  }
  return "";
}
const TALLY_OF = new RegExp(`\\b(?:${[...MEASURE_NOUNS].join("|")})\\s+of\\s+([^.;,:]*)$`, "i");

const counted_head = (counted: string | null) => {
  const w = counted?.split(/\s+/).filter(Boolean).pop();
  return w ? lemmaNoun(w.replace(/[^\p{L}-]/gu, "")) : null;
};

// the words after the predicate, for "joined fighting": what follows the figure's clause
function afterPredicate(rest: string, predicate: string | null): string {
  if (!predicate) return "";
  const last = predicate.split(/\s+/).pop()!;
  const at = rest.toLowerCase().indexOf(last.toLowerCase().slice(0, 4));
  return at < 0 ? "" : rest.slice(at).replace(/^\S+/, "");
}

/**
 * What a figure in no metric is known by: its counted thing (else its verb), lower-cased. A speaker's
 * timeline groups such figures by it, beside the figures grouped by their metric's key.
 */
export const countedKey = (f: Pick<FigureWords, "counted" | "predicate">) => (f.counted ?? f.predicate ?? "(unspecified)").toLowerCase();

/** the part of a key two figures must share to be of one metric */
export const baseKey = (s: MetricSubject) => `${s.thing}${s.holder ? ` of ${s.holder.toLowerCase()}` : ""}|${s.event}|${s.dimension}`;
/** a metric's key: its base and its places */
export const metricKey = (s: MetricSubject) => `${baseKey(s)}|${s.places.join("+") || "anywhere"}`;

/** Can two figures' places be the same place? Unknown places can; "abroad" is anywhere but the origin. */
export function placesCompatible(a: MetricSubject, b: MetricSubject): boolean {
  if (!a.places.length || !b.places.length) return true;
  if (a.origin && b.origin && a.origin !== b.origin) return false;
  const abroadA = a.places.includes(ABROAD), abroadB = b.places.includes(ABROAD);
  if (abroadA || abroadB) {
    const origin = a.origin ?? b.origin;
    const other = abroadA ? b.places : a.places;
    return abroadA && abroadB ? true : !origin || !other.includes(origin);
  }
  return a.places.some((p) => b.places.includes(p));
}

const EVENT_LABEL: Record<string, string> = { die: "killed", injure: "injured", detain: "detained", thwart: "thwarted", in: "" };

/** A readable label: "Tajikistan people in Syria and Iraq" reads "people from Tajikistan in Syria and Iraq". */
export function metricLabel(s: MetricSubject): string {
  const thing = plural(s.thing);
  // a state ("missing", "homeless") reads as it is; a verb's lemma as its participle
  const ev = s.event in EVENT_LABEL ? EVENT_LABEL[s.event] : isState(s.event) ? s.event : pastParticiple(s.event);
  const from = s.origin && !(s.places.length === 1 && s.places[0] === s.origin) ? ` from ${s.origin}` : "";
  const where = s.places.length ? (s.places[0] === ABROAD || s.places[0] === WORLD ? ` ${s.places[0]}` : ` in ${joinWords(s.places)}`) : "";
  const unit = s.dimension === "number" ? "" : ` (${s.dimension.replace(/^money:/, "")})`;
  // "delegates of Ola Berg", not "delegates had by Ola Berg"
  const verb = s.holder && s.event === "have" ? "" : ev;
  const whose = s.holder ? (verb ? ` by ${s.holder}` : ` of ${s.holder}`) : "";
  return `${thing}${from}${verb ? " " + verb : ""}${whose}${where}${unit}`;
}

const isState = (event: string) => !event.includes(" ") && allTags(event).includes("JJ") && !allTags(event).includes("VB");

const joinWords = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

/** The place a document (or reference table) names most: where its figures with no place are. */
export function mainPlace(placeLists: string[][]): string | null {
  const n = new Map<string, number>();
  for (const ps of placeLists) for (const p of new Set(ps)) if (p !== ABROAD && p !== WORLD) n.set(p, (n.get(p) ?? 0) + 1);
  let best: string | null = null, most = 0;
  for (const [p, k] of n) if (k > most) { best = p; most = k; }
  return best;
}
