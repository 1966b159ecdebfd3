// The entities of one document as they are met, and their mentions: people known by the last word of
// their name, organisations by the word suffixes of theirs, roles by the latest person given them.

import type { Entity, Mention, MentionKind } from "./types.js";
import { keptPerWord } from "../../language/kept-per-word.js";

// Constructed, not an object literal, so that V8 never allocates a document's mentions straight into the
// old generation (see TokenRecord in text/tokens.ts).
export class MentionRecord implements Mention {
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: MentionKind;
  declare sentence: number;
  declare entity: number | null;
  constructor(start: number, end: number, text: string, kind: MentionKind, sentence: number, entity: number | null) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.sentence = sentence;
    this.entity = entity;
  }
}

// names are compared by their last word again and again (every capitalised word against every person so
// far): split each name once
export const nameParts = keptPerWord((name: string): { last: string; count: number } => {
  const words = name.split(/\s+/);
  return { last: words[words.length - 1].toLowerCase(), count: words.length };
});
// (an organisation's short name in brackets, "… Council (NDRRMC)", is no word of its name: "the council" is it)
export const lastWord = (s: string) => nameParts(s.endsWith(")") ? s.replace(/\s+\([^()]*\)$/, "") : s).last;

/** a family name first and a hyphenated given name after it, as Korean names are written ("Ban Ki-moon", "Moon Jae-in") */
export const FAMILY_NAME_FIRST = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** every word suffix of a name, the name first ("Interior Ministry", "Ministry") */
function suffixes(name: string): string[] {
  const out = [name];
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) out.push(name.slice(i + 1));
  return out;
}

export class EntityRegistry {
  readonly mentions: Mention[] = [];
  readonly entities: Entity[] = [];
  // A person is known by the last word of their name ("Rahimzoda" is "Ramazon Rahimzoda"): each last word
  // names one person of the document, the first with it, whose name grows to the fullest met. (Looked up
  // here rather than by comparing every person so far with every name: 4% of extract() on PolNeAR train.)
  readonly personByLast = new Map<string, number>();
  // The person most recently given a role with a word ("minister" → the Interior Minister), by word: a
  // role is set once, so the latest person holding each word is kept as roles are given (every role
  // mention scanned every entity so far).
  private readonly roleHolder = new Map<string, number>();
  // An organisation is the first whose name is the name met, ends with it or ends it, word by word ("the
  // Interior Ministry" is "Ministry"). Looked up by each name's word suffixes rather than by comparing
  // every organisation so far: a name only grows to one it ends, so a suffix once filed stays one.
  private readonly orgBySuffix = new Map<string, number>(); // every word suffix of an organisation's name (its name too)
  private readonly orgByName = new Map<string, number[]>(); // organisations by the whole name they had (checked: names grow)
  // short names given in brackets after an organisation's full name ("… Seismology (Phivolcs)"): the same organisation
  private readonly aliases = new Map<string, number>();

  // organisations by the word that described them before their name ("budget airline Skylark Air"): "the
  // airline" later in the article is that one, however far back it was named
  private readonly describedAs = new Map<string, number>();

  constructor(private readonly text: string) {}

  /**
   * The organisation a described name is ("airline Skylark Air"), filed under the word that described it. A
   * name with no organisation's word, met before as a person's (a headline's "Skylark Air profit jumps"), is
   * that entity, an organisation from here on.
   */
  describedOrg(name: string, word: string): number {
    const { last } = nameParts(name);
    let e = this.personByLast.get(last);
    if (e !== undefined && this.entities[e].name === name && !this.entities[e].role) {
      this.entities[e].kind = "organization";
      this.personByLast.delete(last);
      this.fileOrg(e, name);
    } else e = this.orgFor(name);
    this.describedAs.set(word, e);
    return e;
  }

  /** The organisation the article described with this word, if any. */
  describedEntity(word: string): number | null {
    return this.describedAs.get(word) ?? null;
  }

  personFor(name: string, role: string | null): number {
    const { last, count } = nameParts(name);
    const e = this.personByLast.get(last);
    if (e !== undefined) {
      const x = this.entities[e];
      if (count > nameParts(x.name).count) x.name = name;
      if (role && !x.role) this.noteRole(e, (x.role = role));
      return e;
    }
    this.entities.push({ name, kind: "person", role });
    this.personByLast.set(last, this.entities.length - 1);
    // (the article calls one so named by the first word)
    const family = count === 2 ? FAMILY_NAME_FIRST.exec(name) : null;
    if (family && !this.personByLast.has(family[1].toLowerCase())) this.personByLast.set(family[1].toLowerCase(), this.entities.length - 1);
    if (role) this.noteRole(this.entities.length - 1, role);
    return this.entities.length - 1;
  }

  private noteRole(e: number, role: string): void {
    for (const w of role.toLowerCase().split(/\s+/)) if (!(this.roleHolder.get(w)! >= e)) this.roleHolder.set(w, e);
  }

  roleEntity(word: string): number | null {
    return this.roleHolder.get(word) ?? null;
  }

  private fileOrg(e: number, name: string): void {
    for (const s of suffixes(name)) if (!(this.orgBySuffix.get(s)! <= e)) this.orgBySuffix.set(s, e);
    const same = this.orgByName.get(name);
    if (same) same.push(e); else this.orgByName.set(name, [e]);
  }

  /**
   * Files `alias` as another name of organisation e, which is then named with both, as written ("Philippine
   * Institute of Volcanology and Seismology (Phivolcs)"): a reader knows it by either, the article cites it by
   * the short one after.
   */
  addAlias(alias: string, e: number): void {
    if (this.aliases.has(alias)) return;
    this.aliases.set(alias, e);
    const x = this.entities[e];
    if (!x.name.endsWith(`(${alias})`)) x.name = `${x.name} (${alias})`;
  }

  /** The organisation a bracketed short name stands for, if one was given. */
  aliasEntity(name: string): number | null {
    return this.aliases.get(name) ?? null;
  }

  orgFor(name: string): number {
    const alias = this.aliases.get(name);
    if (alias !== undefined) return alias;
    // the name met is one's name or ends it (" " + name), or one's name ends the name met
    let e = this.orgBySuffix.get(name) ?? -1;
    const [, ...proper] = suffixes(name);
    for (const s of proper)
      for (const x of this.orgByName.get(s) ?? []) if (this.entities[x].name === s && (e < 0 || x < e)) e = x;
    if (e >= 0) {
      if (name.length > this.entities[e].name.length) this.fileOrg(e, (this.entities[e].name = name));
      return e;
    }
    this.entities.push({ name, kind: "organization", role: null });
    this.fileOrg(this.entities.length - 1, name);
    return this.entities.length - 1;
  }

  addMention(sentence: number, start: number, end: number, kind: MentionKind, entity: number | null): void {
    this.mentions.push(new MentionRecord(start, end, this.text.slice(start, end), kind, sentence, entity));
  }
}
