// Counting the findings of a kind reads every one of them (tens of ms with half a million conflicts in a
// million-claim ledger) and the findings page asks on every visit, so counts are kept until the ledger's
// findings may have changed, as the claims page keeps its counts (documents/store.ts). What says they may:
// the engine's change mark (another connection's commit on SQLite; a new document, review or correction on
// PostgreSQL), how far the metrics have read, the latest reference figure, and this process's own writes.

/** this process's metric writes per ledger (its own commits move no SQLite data_version) */
const generations = new WeakMap<object, number>();
const readings = new WeakMap<object, Promise<string>>();
const caches = new WeakMap<object, { mark: string; counts: Map<string, Promise<number>> }>();

/** a metrics write of this process to `ledger` has committed: its counts are to be made again */
export function findingsChanged(ledger: object): void {
  generations.set(ledger, (generations.get(ledger) ?? 0) + 1);
}

/** how many metrics writes of this process to `ledger` have committed (a kept answer's mark has it) */
export const findingsGeneration = (ledger: object): number => generations.get(ledger) ?? 0;

/** `count()` for `key`, or the count kept since `mark()` last read the same (mark and own writes alike) */
export async function keptCount(ledger: object, mark: () => Promise<string>, key: string, count: () => Promise<number>): Promise<number> {
  const generation = findingsGeneration(ledger);
  // counts asked together (a page's kinds) share one reading of the mark
  let reading = readings.get(ledger);
  if (!reading) {
    readings.set(ledger, (reading = mark()));
    const done = () => { if (readings.get(ledger) === reading) readings.delete(ledger); };
    reading.then(done, done);
  }
  const m = `${await reading}|${generation}`;
  let c = caches.get(ledger);
  if (!c || c.mark !== m) caches.set(ledger, (c = { mark: m, counts: new Map() }));
  let n = c.counts.get(key);
  if (n === undefined) {
    const counts = c.counts;
    n = count();
    counts.set(key, n);
    n.catch(() => counts.delete(key));
  }
  return n;
}
