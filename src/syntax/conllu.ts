// Reads CoNLL-U (https://universaldependencies.org/format.html): the sentences of a treebank as words with
// their Penn tag (XPOS), head and relation. Multiword token lines ("1-2") and empty nodes ("8.1") are
// skipped: the parser reads syntactic words only, as the treebank's basic tree does.
import { UserError } from "../errors.js";

export interface Sentence {
  /** the sent_id comment, or "" */
  id: string;
  words: string[];
  /** Penn Treebank tags (XPOS); "_" when the treebank has none */
  tags: string[];
  /** 1-based heads, 0 = root, as in the file */
  heads: number[];
  /** full relations, subtypes included ("nsubj:pass") */
  deprels: string[];
}

/**
 * The sentences of a CoNLL-U text. `file` names the source in errors: a malformed line throws a UserError
 * naming the file, the line number and the problem.
 */
export function readConllu(text: string, file = "CoNLL-U"): Sentence[] {
  const out: Sentence[] = [];
  let current: Sentence | null = null;
  let id = "";
  const lines = text.split(/\r?\n/);
  const fail = (line: number, problem: string): never => {
    throw new UserError(`line ${line + 1}: ${problem}`, file);
  };
  const close = (line: number) => {
    if (current) {
      checkHeads(current, (p) => fail(line, p));
      out.push(current);
    }
    current = null;
    id = "";
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      close(i - 1);
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^#\s*sent_id\s*=\s*(.*)$/.exec(line);
      if (m) id = m[1].trim();
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) fail(i, `expected 10 tab-separated columns, found ${cols.length}`);
    const index = cols[0];
    if (/^\d+-\d+$/.test(index) || /^\d+\.\d+$/.test(index)) continue;
    if (!/^\d+$/.test(index)) fail(i, `bad word index "${index}"`);
    current ??= { id, words: [], tags: [], heads: [], deprels: [] };
    if (Number(index) !== current.words.length + 1) {
      fail(i, `word index ${index} out of order (expected ${current.words.length + 1})`);
    }
    if (!/^\d+$/.test(cols[6])) fail(i, `bad head "${cols[6]}"`);
    current.words.push(cols[1]);
    current.tags.push(cols[4]);
    current.heads.push(Number(cols[6]));
    current.deprels.push(cols[7]);
  }
  close(lines.length - 1);
  return out;
}

function checkHeads(s: Sentence, fail: (problem: string) => never): void {
  const n = s.words.length;
  for (let i = 0; i < n; i++) {
    if (s.heads[i] > n) fail(`word ${i + 1} has head ${s.heads[i]} beyond the sentence's ${n} words`);
    if (s.heads[i] === i + 1) fail(`word ${i + 1} is its own head`);
  }
}

/** Whether a tree has no crossing arcs (the arc-eager parser learns from projective trees only). */
export function isProjective(heads: readonly number[]): boolean {
  const n = heads.length;
  for (let i = 1; i <= n; i++) {
    const h = heads[i - 1];
    const lo = Math.min(i, h), hi = Math.max(i, h);
    for (let j = lo + 1; j < hi; j++) {
      // every word strictly inside the arc must descend from its head
      let k = j;
      let steps = 0;
      while (k !== 0 && k !== h && steps++ <= n) k = heads[k - 1];
      if (k !== h) return false;
    }
  }
  return true;
}
