// Who a noun phrase refers to: a pronoun to the latest person, a role noun to its holder, a named
// mention inside the phrase to its entity, an unknown capitalised subject to a new person.

import type { AnalyzedDocument } from "../document.js";
import type { Speaker, SpeakerKind } from "../../types.js";
import { allTags, isCommonToken } from "../../language/lexicon.js";
import { DESCRIBED_ORG_HEADS as DESCRIBED_ORGS, GROUP_WORDS, ORG_HEADS, ROLE_WORDS } from "../../language/name-words.js";
import { DETERMINERS, PRONOUNS_GROUP, PRONOUNS_PERSON } from "../../language/function-words.js";
import { HONORIFICS } from "../../language/titles.js";
import { placeName } from "./places.js";
import type { EntityIndex, Mention } from "./types.js";
import { lastWord, MentionRecord, type EntityRegistry } from "./registry.js";
import { lowerWord, strip } from "./possessive.js";
import { findQuotes } from "../attribution/quotations.js";
import { firstStartingFrom } from "../span-index.js";

/**
 * Whether a person mention is no antecedent a pronoun (at offset `pronounAt`) can take: one named inside a
 * quotation the pronoun is outside of ("'…what Ed Vance proposed,' she said": the quoted words name others,
 * not the one quoted), or a name used as a noun's modifier ("the Mick Jagger posters": the posters are
 * meant, not the singer). The document's quotations are found when a pronoun first asks.
 */
function antecedentTest(doc: AnalyzedDocument): (m: Mention, pronounAt: number) => boolean {
  let quotes: { start: number; end: number }[] | null = null;
  const quoteAt = (offset: number) => {
    quotes ??= findQuotes(doc.text);
    const i = firstStartingFrom(quotes, offset) - 1;
    return i >= 0 && offset < quotes[i].end ? i : -1;
  };
  return (m, pronounAt) => {
    const q = quoteAt(m.start);
    if (q >= 0 && q !== quoteAt(pronounAt)) return true;
    const tokens = doc.tokens[m.sentence] ?? [];
    let i = tokens.findIndex((t) => t.start >= m.end);
    if (i < 0 || tokens[i].start > m.end + 1) return false;
    // past other names joined to it ("the Rolling Stones, 4 Seasons and Tom Waits posters")
    // (a comma only in such a list, closed by "and": "Jane Doe, spokeswoman for …" is an appositive)
    let comma = false, and = false;
    for (let k = 0; i < tokens.length && k < 12 && (tokens[i].cap || tokens[i].kind === "number" || tokens[i].text === "," || tokens[i].lower === "and"); i++, k++) {
      comma ||= tokens[i].text === ",";
      and ||= tokens[i].lower === "and";
    }
    const next = tokens[i];
    if (!next || next.kind !== "word" || next.cap || (comma && !and) || !tokens[i - 1].cap) return false;
    const tags = allTags(next.lower);
    return tags.length > 0 && tags.every((t) => t.startsWith("NN"));
  };
}

/** The document's resolve(): mentions found later (an unknown subject) are added to `book` in text order. */
export function resolver(doc: AnalyzedDocument, book: EntityRegistry): EntityIndex["resolve"] {
  const { mentions, entities } = book;
  const text = doc.text;
  // The mentions are in text order (as they nearly always are as found; else once the first is added
  // below, which sorts them): a resolution then reads only those before the phrase or inside it, found by
  // bisection, not all of them (every cue asked every mention of the text: 23% of extract() at 1 MB).
  let ordered = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start);
  /** The index of the first mention starting after `offset` (in ordered mentions). */
  const after = (offset: number) => {
    let lo = 0, hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  const notAntecedent = antecedentTest(doc);

  // the organisation named last before offset `start`, in its sentence or the two before it
  const lastOrganization = (start: number, sentence: number): number | null => {
    for (let i = ordered ? after(start - 1) - 1 : mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (ordered && m.sentence < sentence - 2) break;
      if (m.start < start && m.sentence >= sentence - 2 && m.entity !== null && entities[m.entity].kind === "organization") return m.entity;
    }
    return null;
  };

  const resolve = (sentence: number, from: number, to: number): Speaker | null => {
    const tokens = doc.tokens[sentence];
    if (from < 0 || to >= tokens.length || from > to) return null;
    const start = tokens[from].start;
    const end = tokens[to].end;
    const mention = text.slice(start, end);
    const head = tokens[to];
    // (an owner's possessive, "the company's", is read as the noun it ends on: data-owners.ts asks it)
    const headWord = lowerWord(head);
    const before = (m: Mention) => m.start < start;
    const speaker = (e: number, resolved = true): Speaker => ({
      name: entities[e].name, mention, kind: entities[e].kind === "place" ? "organization" : (entities[e].kind as SpeakerKind),
      role: entities[e].role, resolved, start, end,
    });

    if (from === to && PRONOUNS_PERSON.has(head.lower)) {
      for (let i = ordered ? after(start - 1) - 1 : mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        // (in order, the earlier ones are further back still)
        if (ordered && m.sentence < sentence - 6) break;
        if (!before(m) || m.sentence < sentence - 6) continue;
        if ((m.kind === "person" || m.kind === "role") && m.entity !== null && entities[m.entity].kind === "person" && !notAntecedent(m, start)) return speaker(m.entity);
      }
      return { name: mention, mention, kind: "person", role: null, resolved: false, start, end };
    }
    if (from === to && PRONOUNS_GROUP.has(head.lower)) {
      return { name: mention, mention, kind: "group", role: null, resolved: false, start, end };
    }
    // a named mention inside the phrase: the last one is its head ("Interior Minister Ramazon Rahimzoda")
    let inside: Mention | null = null;
    for (let i = ordered ? after(start - 1) : 0, to = ordered ? after(end) : mentions.length; i < to; i++) {
      const m = mentions[i];
      if (m.start >= start && m.end <= end && m.entity !== null && m.kind !== "place") inside = m;
    }
    if (inside && inside.entity !== null) return speaker(inside.entity);

    const det = DETERMINERS.has(tokens[from].lower);
    if (ROLE_WORDS.has(headWord)) {
      const e = book.roleEntity(headWord);
      // ("the governor", "the region's governor": an office held by the one the article names with it)
      if (e !== null && (det || (to > from && /[’']s$/.test(tokens[to - 1].text)))) return speaker(e);
      return { name: det ? text.slice(tokens[from + 1]?.start ?? start, end) : mention, mention, kind: "person", role: head.text, resolved: false, start, end };
    }
    if (ORG_HEADS.has(headWord) && !head.cap) {
      // ("the airline" after "Nordwind Airlines")
      for (let e = entities.length - 1; e >= 0; e--)
        if (entities[e].kind === "organization" && (lastWord(entities[e].name) === headWord || lastWord(entities[e].name) === headWord + "s")) return speaker(e);
      // "Norrland Power reported damage. The utility said …": what the organisation named just before is
      if (det && DESCRIBED_ORGS.has(headWord)) {
        const near = lastOrganization(start, sentence);
        if (near !== null) return speaker(near);
      }
      // ("budget airline Skylark Air … The airline said": the one the article described so)
      const described = det ? book.describedEntity(headWord) : null;
      if (described !== null) return speaker(described);
      return { name: det ? text.slice(tokens[from + 1]?.start ?? start, end) : mention, mention, kind: "organization", role: null, resolved: false, start, end };
    }
    if (GROUP_WORDS.has(head.lower) || (head.lower.endsWith("s") && (!head.cap || isCommonToken(head)))) {
      const name = det && tokens[from].lower === "the" ? text.slice(tokens[from + 1]?.start ?? start, end) : mention;
      return { name, mention, kind: "group", role: null, resolved: true, start, end };
    }
    if (head.cap && !placeName(strip(head.text)) && !(to === 0 && isCommonToken(head))) {
      // an unknown capitalised name used as a subject: a person from here on
      const capFrom = tokens.slice(from, to + 1).findIndex((t) => t.cap && !HONORIFICS.has(t.lower) && !ROLE_WORDS.has(t.lower));
      if (capFrom >= 0) {
        const nameStart = tokens[from + capFrom].start;
        const name = text.slice(nameStart, end);
        if (ORG_HEADS.has(head.lower)) return speaker(book.orgFor(name));
        const e = book.personFor(name, null);
        const m = new MentionRecord(nameStart, end, name, "person", sentence, e);
        // (where a stable sort would put it: after every mention starting at or before it)
        if (ordered) mentions.splice(after(nameStart), 0, m);
        else {
          mentions.push(m);
          mentions.sort((a, b) => a.start - b.start);
          ordered = true;
        }
        return speaker(e);
      }
    }
    return { name: mention, mention, kind: head.cap ? "organization" : "group", role: null, resolved: false, start, end };
  };
  return resolve;
}
