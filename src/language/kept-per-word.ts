// A word's answer worked out once: the taggers and name readers ask the same questions of the same word
// forms again and again. Forgotten all at once past a limit, since a long-running server reads an
// unbounded vocabulary.

/** `answer`, kept per word (answers are never undefined) */
export function keptPerWord<T>(answer: (word: string) => T, limit = 100_000): (word: string) => T {
  const kept = new Map<string, T>();
  return (word) => {
    let known = kept.get(word);
    if (known === undefined) {
      known = answer(word);
      if (kept.size >= limit) kept.clear();
      kept.set(word, known);
    }
    return known;
  };
}
