// Whether a passage read so far holds one of a few words, asked as the passage grows (a paragraph, sentence
// by sentence) without reading it again from its start each time: testing the whole slice at every
// sentence made extraction grow with the square of a paragraph's length (1 MB of one paragraph: 13 s,
// nearly all of it in that one test).

/**
 * Answers `word.test(text.slice(from, to))` for one `from` and a `to` that only grows, reading each
 * character about once. `word` must match only whole words (it starts and ends with `\b`) of at most
 * `longest` characters, so that a new match can only end past the part read before, and one that ended
 * before the last `to` stays a match in every longer passage (the characters around it are the text's).
 */
export class WordsSoFar {
  private readonly global: RegExp;
  /** whether a word boundary falls between the two characters of a string, as `word` reads one */
  private readonly boundary: RegExp;
  private from = -1;
  private to = -1;
  /** a match that ends before `to`, so holds for every longer passage */
  private inside = false;
  private answer = false;

  constructor(private readonly text: string, word: RegExp, private readonly longest: number) {
    const flags = word.flags.replace(/[gy]/g, "");
    this.global = new RegExp(word.source, `${flags}g`);
    this.boundary = new RegExp("^[^]\\b", flags);
  }

  /** word.test(text.slice(from, to)); `to` must not be less than the last `to` asked with this `from`. */
  test(from: number, to: number): boolean {
    if (from !== this.from || to < this.to) {
      this.from = from;
      this.to = from;
      this.inside = false;
      this.answer = false;
    }
    if (this.inside || to === this.to) return this.inside || this.answer;
    // a match that is new ends past the last `to`, so starts no earlier than `longest` before it
    const window = Math.max(from, this.to - this.longest - 1);
    const re = this.global;
    re.lastIndex = 0;
    const part = this.text.slice(window, to);
    this.answer = false;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      // (the passage does not begin at the window: a word boundary there may not be one in the passage)
      if (m.index === 0 && window > from && !this.boundary.test(this.text.slice(window - 1, window + 1))) continue;
      if (window + m.index + m[0].length < to) { this.inside = true; break; }
      this.answer = true;
    }
    this.to = to;
    return this.inside || this.answer;
  }
}
